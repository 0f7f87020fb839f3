import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A client's idempotency key for one filing operation: a retry with the same key and the same
 * request gets the same result; the same key with another request is refused.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  @PrimaryKey({ length: 100 })
  key!: string;

  @Property({ length: 60 })
  operation!: string;

  /** SHA-256 of the operation's arguments. */
  @Property({ length: 64 })
  requestHash!: string;

  /** What the first call produced (e.g. the amendment id). */
  @Property({ length: 64 })
  resultRef!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
