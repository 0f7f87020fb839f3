import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { CardStatus } from './cardholders.enums.js';
import type { Applicant } from './applicant.entity.js';

@Entity({ tableName: 'card' })
@Index({ properties: ['applicant', 'status'] })
@ObjectType({ description: 'One printed Employment Gold Card (就業金卡)' })
export class Card {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the card record' })
  id: string = randomUUID();

  @ManyToOne('Applicant', { deleteRule: 'cascade' })
  applicant!: Applicant;

  @Property({ length: 10 })
  @Field({ description: 'UI number printed on this card' })
  uiNumber!: string;

  @Property({ length: 30 })
  fieldOfExpertiseCode!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of validity' })
  validFrom!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Last day of validity (cards are valid 1–3 years)' })
  validUntil!: string;

  @Property({ length: 3 })
  collectionPlaceCode!: string;

  @Enum({ items: () => CardStatus, nativeEnumName: 'card_status' })
  @Field(() => CardStatus, { description: 'Active, superseded or revoked' })
  status: CardStatus = CardStatus.ACTIVE;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar, { description: 'When the card was printed' })
  issuedAt: Date = new Date();
}
