import { Field, Int, ObjectType } from 'type-graphql';
import { Applicant } from './applicant.entity.js';
import { Sex, UiNumberFormatEnum } from './cardholders.enums.js';

@ObjectType({ description: 'One page of holders' })
export class ApplicantPage {
  @Field(() => [Applicant], { description: 'The holders on this page' })
  items!: Applicant[];

  @Field(() => Int, { description: 'Number of holders matching the filter' })
  total!: number;
}

@ObjectType({
  description: 'What a UI number says about itself, checked without looking anyone up',
})
export class UiNumberCheckResult {
  @Field({ description: 'True when the shape and the check digit are right' })
  valid!: boolean;

  @Field(() => String, { nullable: true, description: 'The number trimmed and upper-cased' })
  normalized!: string | null;

  @Field(() => UiNumberFormatEnum, { nullable: true, description: 'Old or new format, if valid' })
  format!: UiNumberFormatEnum | null;

  @Field(() => Sex, { nullable: true, description: 'Sex encoded in the second character' })
  sex!: Sex | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is invalid: FORMAT (shape) or CHECKSUM (check digit)',
  })
  problem!: string | null;
}
