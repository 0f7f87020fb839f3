import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A notice on the bulletin board (公布欄), in zh-TW and English, with the unit that issues it.
 * Shown to everyone from `publishFrom` until `publishUntil` (none: until retired); a retired
 * notice is never shown again. Texts are kept exactly as the supervisor wrote them: plain text
 * with a small Markdown subset, which clients render with HTML disabled (the API renders nothing).
 */
@Entity({ tableName: 'announcement' })
// The public board: what is live now, important first, then newest.
@Index({
  name: 'announcement_board_index',
  expression: `create index "announcement_board_index" on "announcement" ("important" desc, "publish_from" desc, "id") where "retired_at" is null`,
})
export class Announcement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 120 })
  titleZhTw!: string;

  @Property({ length: 120 })
  titleEn!: string;

  @Property({ length: 4000 })
  bodyZhTw!: string;

  @Property({ length: 4000 })
  bodyEn!: string;

  @Property({ length: 80 })
  issuingUnitZhTw!: string;

  @Property({ length: 80 })
  issuingUnitEn!: string;

  /** Pinned above the others (重要公告). */
  @Property()
  important: boolean = false;

  @Property({ type: 'datetime' })
  publishFrom!: Date;

  /** Null: shown until retired. */
  @Property({ type: 'datetime', nullable: true })
  publishUntil?: Date | null;

  /** Taken down for good: no longer shown, whatever its dates. */
  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date | null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'uuid' })
  updatedBy!: string;

  @Property({ version: true })
  version: number = 1;

  @Property({ type: 'datetime' })
  @Index()
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
