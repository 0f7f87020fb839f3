import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The answer to a mutation an integration sent with an `Idempotency-Key` header: a retry with the
 * same key and request gets this answer again instead of doing the work twice.
 */
@Entity({ tableName: 'idempotent_response' })
export class IdempotentResponse {
  @PrimaryKey({ type: 'uuid' })
  accountId!: string;

  @PrimaryKey({ length: 100 })
  key!: string;

  /** SHA-256 of the query and its variables. */
  @Property({ length: 64 })
  requestHash!: string;

  /** Null while the first request is still running. */
  @Property({ type: 'json', nullable: true })
  response?: Record<string, unknown> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
