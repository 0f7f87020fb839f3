import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { DecisionReasonKind } from './decision-reasons.js';

registerEnumType(DecisionReasonKind, {
  name: 'DecisionReasonKind',
  description: 'Which decision a standard reason explains',
  valuesConfig: {
    REJECTION: { description: 'Rejecting a case (`rejectAmendment`)' },
    SUPPLEMENT: { description: 'Asking for more documents (`requestSupplement`)' },
  },
});

@ObjectType({ description: 'A standard reason an officer can pick, in the reader’s language' })
export class DecisionReason {
  @Field({ description: 'Stable code, passed as `reasonCode`' })
  code!: string;

  @Field({ description: 'Short name for the officer’s list' })
  label!: string;

  @Field({ description: 'What the filer reads (in the filer’s language when sent)' })
  text!: string;
}

@ObjectType({ description: 'What happened to one case of a bulk action' })
export class BulkOutcome {
  @Field(() => ID, { description: 'The case, as given' })
  id!: string;

  @Field({ description: 'Whether the action was done on this case' })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When not done: the error code the single action would answer (docs/errors.md)',
  })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When not done: why, in the reader’s language',
  })
  message!: string | null;

  @Field(() => AmendmentType, { nullable: true, description: 'When done: the case as it is now' })
  amendment!: Amendment | null;
}

@ObjectType({ description: 'The case list as a CSV file (UTF-8 with BOM, for spreadsheets)' })
export class CaseExport {
  @Field({ description: 'A file name to save it under' })
  filename!: string;

  @Field({ description: 'The file’s content: a header row, then one row per case' })
  csv!: string;

  @Field(() => Int, { description: 'Cases in the file' })
  rows!: number;

  @Field({
    description: 'True when more cases matched than one file holds (5,000): narrow the filter',
  })
  truncated!: boolean;
}
