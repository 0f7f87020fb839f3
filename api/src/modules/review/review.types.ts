import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import type { Amendment } from '../amendments/amendment.entity.js';

@ObjectType({ description: 'One page of cases' })
export class AmendmentPage {
  @Field(() => [AmendmentType], { description: 'The cases on this page' })
  items!: Amendment[];

  @Field(() => Int, {
    description:
      'Cases matching the filter, counted up to 10,000 (see `totalExact`): past that, narrow the filter',
  })
  total!: number;

  @Field({
    description: 'False when more than 10,000 cases match and `total` is that limit, not the count',
  })
  totalExact!: boolean;
}

@ObjectType({ description: 'How many cases have a status' })
export class StatusCount {
  @Field(() => AmendmentStatus, { description: 'The status' })
  status!: AmendmentStatus;

  @Field(() => Int, { description: 'Number of cases' })
  count!: number;
}

@ObjectType({ description: 'The officers’ dashboard figures' })
export class AmendmentStats {
  @Field(() => [StatusCount], { description: 'Cases by status (drafts excluded)' })
  byStatus!: StatusCount[];

  @Field(() => Int, { description: 'Cases assigned to the caller and waiting for them' })
  myQueue!: number;

  @Field(() => Int, { description: 'Submitted cases nobody has claimed' })
  unassigned!: number;

  @Field(() => Int, { description: 'Cases waiting longer than the service level' })
  overdue!: number;
}

@ObjectType({ description: 'An officer, as shown on a case' })
export class StaffRef {
  @Field(() => ID, { description: 'Account id' })
  id!: string;

  @Field({ description: 'Name shown in the console' })
  displayName!: string;
}
