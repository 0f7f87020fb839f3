import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Account } from '../accounts/account.entity.js';

/** Who accepted which version of the amendment terms, when and from where. */
@Entity({ tableName: 'terms_acceptance' })
@Index({ properties: ['account', 'version'] })
export class TermsAcceptance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Account', { deleteRule: 'cascade' })
  account!: Account;

  @Property({ length: 20 })
  version!: string;

  @Property({ type: 'datetime' })
  acceptedAt: Date = new Date();

  @Property({ length: 45, nullable: true })
  ip?: string | null;
}
