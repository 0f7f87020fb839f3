import { Field, InputType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import { CaseQueue } from './case-queues.js';

export enum AssignmentFilter {
  ANY = 'ANY',
  MINE = 'MINE',
  UNASSIGNED = 'UNASSIGNED',
}
registerEnumType(AssignmentFilter, {
  name: 'AssignmentFilter',
  description: 'ANY: all cases; MINE: assigned to the caller; UNASSIGNED: nobody has claimed them',
});

export enum AmendmentSortField {
  SUBMITTED_AT = 'SUBMITTED_AT',
  UPDATED_AT = 'UPDATED_AT',
  CREATED_AT = 'CREATED_AT',
  APPLICATION_NUMBER = 'APPLICATION_NUMBER',
  STATUS = 'STATUS',
}
registerEnumType(AmendmentSortField, {
  name: 'AmendmentSortField',
  description: 'Columns the case list sorts by',
});

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder', description: 'Ascending or descending' });

@InputType({ description: 'Filters of the officers’ case list; all given filters must match' })
export class AmendmentFilter {
  @Field(() => [AmendmentStatus], { nullable: true, description: 'Any of these statuses' })
  status?: AmendmentStatus[] | null;

  @Field(() => AmendmentItem, { nullable: true, description: 'Cases that change this item' })
  item?: AmendmentItem | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or after' })
  submittedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted before' })
  submittedTo?: Date | null;

  @Field(() => AssignmentFilter, { nullable: true, description: 'Mine, unassigned or any' })
  assignment?: AssignmentFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cases assigned to this officer (account id)',
  })
  assignedOfficerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Holder: a UI number (current or earlier, exact) or part of a name',
    deprecationReason:
      'Use `search`, which also finds application and passport numbers and names in either order',
  })
  holder?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'One search box, case-insensitive: an application number whole or in part (3 characters ' +
      'or more, digits alone too), a UI number current or earlier (exact), the holder’s passport ' +
      'number (exact), an English name in either order or one part of it, or part of a Chinese name',
  })
  search?: string | null;

  @Field(() => CaseQueue, { nullable: true, description: 'Only the cases of this work queue' })
  queue?: CaseQueue | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cases waiting longer than the service level',
  })
  overdue?: boolean | null;
}

@InputType({ description: 'How to sort the case list' })
export class AmendmentSort {
  @Field(() => AmendmentSortField, { description: 'Column' })
  field!: AmendmentSortField;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESC, description: 'Direction' })
  order!: SortOrder;
}

export const listSchema = z.object({
  filter: z
    .object({
      status: z.array(z.enum(AmendmentStatus)).max(9).nullish(),
      item: z.enum(AmendmentItem).nullish(),
      submittedFrom: z.date().nullish(),
      submittedTo: z.date().nullish(),
      assignment: z.enum(AssignmentFilter).nullish(),
      assignedOfficerId: z.uuid().nullish(),
      holder: z.string().trim().min(1).max(80).nullish(),
      search: z.string().trim().min(1).max(80).nullish(),
      queue: z.enum(CaseQueue).nullish(),
      overdue: z.boolean().nullish(),
    })
    .default({}),
  sort: z
    .object({ field: z.enum(AmendmentSortField), order: z.enum(SortOrder) })
    .default({ field: AmendmentSortField.SUBMITTED_AT, order: SortOrder.DESC }),
  page: z.number().int().min(1).max(100_000),
  perPage: z.number().int().min(1).max(100),
});

export const decisionSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  text: z.string().trim().max(2000).nullish(),
});
/** Rejection and supplement: the officer's words, a standard reason (`reasonCode`), or both. */
export const reasonSchema = decisionSchema.extend({
  reasonCode: z.string().trim().max(60).nullish(),
});
export const supplementSchema = reasonSchema.extend({
  documents: z.array(z.string()).min(1).max(10),
});
