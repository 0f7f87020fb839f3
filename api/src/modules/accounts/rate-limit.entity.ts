import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The table rate-limiter-flexible keeps its counters in (its own layout), so that every API
 * replica shares them. Declared here so that migrations and the schema check know it.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ length: 255 })
  key!: string;

  @Property({ default: 0 })
  points: number = 0;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
