import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { columnNames, plainRows, query } from '../../db/raw-read.js';
import { type Actor, Role } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { Announcement } from './announcement.entity.js';
import { type AnnouncementData, announcementSchema, pageSchema } from './announcements.inputs.js';
import { assertCan } from './announcements.policy.js';
import {
  AnnouncementStatus,
  type AnnouncementPage,
  type AnnouncementView,
} from './announcements.types.js';

/** Where a notice stands at `now`: retirement wins, then its dates. */
export function statusAt(a: Announcement, now: Date): AnnouncementStatus {
  if (a.retiredAt) return AnnouncementStatus.RETIRED;
  if (a.publishFrom > now) return AnnouncementStatus.SCHEDULED;
  if (a.publishUntil && a.publishUntil <= now) return AnnouncementStatus.EXPIRED;
  return AnnouncementStatus.PUBLISHED;
}

/** The SQL condition of each status at `?` (now), with its parameters. */
const STATUS_SQL: Record<AnnouncementStatus, { where: string; nowParams: number }> = {
  SCHEDULED: { where: '"retired_at" is null and "publish_from" > ?', nowParams: 1 },
  PUBLISHED: {
    where:
      '"retired_at" is null and "publish_from" <= ? and ("publish_until" is null or "publish_until" > ?)',
    nowParams: 2,
  },
  EXPIRED: { where: '"retired_at" is null and "publish_until" <= ?', nowParams: 1 },
  RETIRED: { where: '"retired_at" is not null', nowParams: 0 },
};

const isSupervisor = (actor: Actor) => actor.kind === 'account' && actor.role === Role.SUPERVISOR;

/**
 * A notice as the caller reads it: the texts in the caller's language (zh-TW when a text in
 * English is missing), and both languages and the retirement only for supervisors.
 */
export function announcementView(
  a: Announcement,
  locale: Locale,
  supervisor: boolean,
  now: Date,
): AnnouncementView {
  const en = locale === 'en';
  return {
    id: a.id,
    title: (en && a.titleEn) || a.titleZhTw,
    body: (en && a.bodyEn) || a.bodyZhTw,
    issuingUnit: (en && a.issuingUnitEn) || a.issuingUnitZhTw,
    important: a.important,
    publishFrom: a.publishFrom,
    publishUntil: a.publishUntil ?? null,
    titleZhTw: supervisor ? a.titleZhTw : null,
    titleEn: supervisor ? a.titleEn : null,
    bodyZhTw: supervisor ? a.bodyZhTw : null,
    bodyEn: supervisor ? a.bodyEn : null,
    issuingUnitZhTw: supervisor ? a.issuingUnitZhTw : null,
    issuingUnitEn: supervisor ? a.issuingUnitEn : null,
    retiredAt: supervisor ? (a.retiredAt ?? null) : null,
    status: statusAt(a, now),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
  };
}

/** The texts and dates a notice is made of: what an update may change, and its audit shows. */
const EDITABLE = [
  'titleZhTw',
  'titleEn',
  'bodyZhTw',
  'bodyEn',
  'issuingUnitZhTw',
  'issuingUnitEn',
  'important',
  'publishFrom',
  'publishUntil',
] as const;

/** The bulletin board: public reading of what is published, supervisors' management. */
export class AnnouncementService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly locale: Locale,
  ) {}

  /** The notices published at `now`: important first, then newest first. */
  board(input: { page: number; perPage: number }, now = new Date()): Promise<AnnouncementPage> {
    const { page, perPage } = parseInput(pageSchema(50), input, '');
    return this.page(STATUS_SQL.PUBLISHED, now, '"important" desc, "publish_from" desc, "id"', {
      page,
      perPage,
    });
  }

  /** Supervisors: every notice (or those in `status`), newest first. */
  manage(
    input: { page: number; perPage: number; status: AnnouncementStatus | null },
    now = new Date(),
  ): Promise<AnnouncementPage> {
    assertCan(this.actor, 'announcement:manage', null);
    const { page, perPage } = parseInput(pageSchema(100), input, '');
    const filter = input.status ? STATUS_SQL[input.status] : { where: 'true', nowParams: 0 };
    return this.page(filter, now, '"created_at" desc, "id"', { page, perPage });
  }

  /**
   * One statement for the page and its total (a window count); a second, for the total only,
   * when a page past the end comes back empty.
   */
  private async page(
    filter: { where: string; nowParams: number },
    now: Date,
    orderBy: string,
    { page, perPage }: { page: number; perPage: number },
  ): Promise<AnnouncementPage> {
    const nows = Array<Date>(filter.nowParams).fill(now);
    const rows = await query<Record<string, unknown> & { total: number }>(
      this.em,
      `select ${this.columns()}, (count(*) over ())::int as "total" from "announcement"
       where ${filter.where} order by ${orderBy} limit ? offset ?`,
      [...nows, perPage, (page - 1) * perPage],
    );
    let total = rows[0]?.total ?? 0;
    if (!rows.length && page > 1) {
      const [count] = await query<{ n: number }>(
        this.em,
        `select count(*)::int as "n" from "announcement" where ${filter.where}`,
        nows,
      );
      total = count?.n ?? 0;
    }
    const supervisor = isSupervisor(this.actor);
    return {
      items: plainRows(this.em, Announcement, rows).map((a) =>
        announcementView(a, this.locale, supervisor, now),
      ),
      total,
    };
  }

  /** A published notice for anyone; any notice for supervisors; null otherwise. */
  async get(id: string, now = new Date()): Promise<AnnouncementView | null> {
    if (!z.uuid().safeParse(id).success) return null;
    const [row] = await query(
      this.em,
      `select ${this.columns()} from "announcement" where "id" = ?`,
      [id],
    );
    if (!row) return null;
    const found = plainRows(this.em, Announcement, [row])[0]!;
    const supervisor = isSupervisor(this.actor);
    if (!supervisor && statusAt(found, now) !== AnnouncementStatus.PUBLISHED) return null;
    return announcementView(found, this.locale, supervisor, now);
  }

  async create(input: unknown, now = new Date()): Promise<AnnouncementView> {
    assertCan(this.actor, 'announcement:manage', null);
    const data = parseInput(announcementSchema, input, 'input');
    const publishFrom = data.publishFrom ?? now;
    checkPeriod(publishFrom, data.publishUntil ?? null);
    const announcement = Object.assign(new Announcement(), {
      ...texts(data),
      important: data.important,
      publishFrom,
      publishUntil: data.publishUntil ?? null,
      createdBy: this.actor.accountId,
      updatedBy: this.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    this.em.persist(announcement);
    recordAudit(this.em, {
      action: 'announcement.created',
      actor: this.actor,
      entityType: 'Announcement',
      entityId: announcement.id,
      detail: {
        important: announcement.important,
        publishFrom: publishFrom.toISOString(),
        publishUntil: announcement.publishUntil?.toISOString() ?? null,
      },
    });
    await this.em.flush();
    return announcementView(announcement, this.locale, true, now);
  }

  /** Replaces the texts and dates; a stale `version` is CONFLICT. A retired notice stays retired. */
  async update(
    id: string,
    version: number,
    input: unknown,
    now = new Date(),
  ): Promise<AnnouncementView> {
    assertCan(this.actor, 'announcement:manage', null);
    const data = parseInput(announcementSchema, input, 'input');
    const announcement = await this.load(id, version);
    const publishFrom = data.publishFrom ?? announcement.publishFrom;
    checkPeriod(publishFrom, data.publishUntil ?? null);
    const next = {
      ...texts(data),
      important: data.important,
      publishFrom,
      publishUntil: data.publishUntil ?? null,
    };
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of EDITABLE) {
      const before = announcement[key] ?? null;
      const after = next[key];
      if (comparable(before) !== comparable(after)) changes[key] = { before, after };
    }
    if (!Object.keys(changes).length) return announcementView(announcement, this.locale, true, now);
    Object.assign(announcement, next, { updatedBy: this.actor.accountId });
    recordAudit(this.em, {
      action: 'announcement.updated',
      actor: this.actor,
      entityType: 'Announcement',
      entityId: announcement.id,
      changes,
    });
    await this.em.flush();
    return announcementView(announcement, this.locale, true, now);
  }

  /** Takes a notice down for good; retiring a retired one changes nothing. */
  async retire(id: string, version: number, now = new Date()): Promise<AnnouncementView> {
    assertCan(this.actor, 'announcement:manage', null);
    const announcement = await this.load(id, version);
    if (!announcement.retiredAt) {
      announcement.retiredAt = now;
      announcement.updatedBy = this.actor.accountId;
      recordAudit(this.em, {
        action: 'announcement.retired',
        actor: this.actor,
        entityType: 'Announcement',
        entityId: announcement.id,
        detail: { statusBefore: statusAt({ ...announcement, retiredAt: null }, now) },
      });
      await this.em.flush();
    }
    return announcementView(announcement, this.locale, true, now);
  }

  private columns(): string {
    return columnNames(this.em, Announcement)
      .map((c) => `"${c}"`)
      .join(', ');
  }

  private async load(id: string, version: number): Promise<Announcement> {
    const found = z.uuid().safeParse(id).success
      ? await this.em.findOne(Announcement, { id })
      : null;
    if (!found) throw new AppError('NOT_FOUND', { entity: 'Announcement' });
    // The flush's optimistic lock catches a change made after this read (also CONFLICT).
    if (found.version !== version) throw new AppError('CONFLICT');
    return found;
  }
}

const texts = (data: AnnouncementData) => ({
  titleZhTw: data.titleZhTw,
  titleEn: data.titleEn,
  bodyZhTw: data.bodyZhTw,
  bodyEn: data.bodyEn,
  issuingUnitZhTw: data.issuingUnitZhTw,
  issuingUnitEn: data.issuingUnitEn,
});

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString() : JSON.stringify(value);

function checkPeriod(from: Date, until: Date | null) {
  if (until && until <= from) {
    throw badInput([{ field: 'input.publishUntil', problem: 'ENDS_BEFORE_START' }]);
  }
}
