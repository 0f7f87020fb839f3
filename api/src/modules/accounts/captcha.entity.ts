import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One captcha challenge: the answer is kept only as a hash, and it can be tried once. */
@Entity({ tableName: 'captcha' })
export class Captcha {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64 })
  answerHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
