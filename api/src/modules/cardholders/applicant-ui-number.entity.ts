import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { UiNumberFormatEnum } from './cardholders.enums.js';
import type { Applicant } from './applicant.entity.js';

/**
 * Every UI number a holder has had, the current one included. Unique across all holders, so an
 * old number (still known to banks) always leads to exactly one holder.
 */
@Entity({ tableName: 'applicant_ui_number' })
@ObjectType({ description: 'A UI number a holder has or had' })
export class ApplicantUiNumber {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Applicant', { deleteRule: 'cascade', index: true })
  applicant!: Applicant;

  @Property({ length: 10, unique: true })
  @Field({ description: 'The UI number' })
  uiNumber!: string;

  @Enum({ items: () => UiNumberFormatEnum, nativeEnumName: 'ui_number_format' })
  @Field(() => UiNumberFormatEnum, { description: 'Old or new format' })
  format!: UiNumberFormatEnum;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the number was assigned' })
  assignedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day it was replaced; empty if current' })
  replacedOn?: string | null;

  @Property({ length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why it was replaced: NEW_FORMAT or PERSONAL_REASON',
  })
  replacedReason?: string | null;
}
