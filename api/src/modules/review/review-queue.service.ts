import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor } from '../../shared/actor.js';
import { parseInput } from '../../shared/validation.js';
import { writeAudit } from '../audit/audit.service.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import { listSchema } from './review.inputs.js';
import { LIST_COUNT_LIMIT, type ListPage, selectListPage } from './review-list.sql.js';
import { CaseQueue, QUEUE_LABELS, type QueueContext, queueCountsSql } from './case-queues.js';
import { query } from '../../db/raw-read.js';
import type { Locale } from '../../shared/request-context.js';
import { assertCan } from './review.policy.js';

/** Statuses in which a case waits for an officer (and can become overdue). */
export const WAITING_FOR_OFFICER = [AmendmentStatus.SUBMITTED, AmendmentStatus.UNDER_REVIEW];

/** The officers' work queue: filtered, sorted, paged lists and the dashboard counts. */
export class ReviewQueueService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly config: Config,
  ) {}

  private overdueBefore(): Date {
    return new Date(Date.now() - this.config.reviewSlaDays * 86_400_000);
  }

  /** `selected`: the fields asked of each case, so that unread columns are left out. */
  async list(input: unknown, selected?: ReadonlySet<string>): Promise<ListPage> {
    assertCan(this.actor, 'review:list', null);
    const parsed = parseInput(listSchema, input, '');
    const page = await selectListPage(
      this.em,
      parsed,
      this.queueContext(this.actor.accountId),
      selected,
    );
    const { filter } = parsed;
    await writeAudit(this.em, {
      action: 'amendment.list.viewed',
      actor: this.actor,
      entityType: 'Amendment',
      detail: {
        filter: {
          ...filter,
          holder: filter.holder ? '(given)' : undefined,
          search: filter.search ? '(given)' : undefined,
        },
        page: parsed.page,
        count: page.items.length,
      },
    });
    return page;
  }

  private queueContext(me: string): QueueContext {
    return {
      me,
      overdueBefore: this.overdueBefore(),
      waiting: WAITING_FOR_OFFICER,
    };
  }

  /** What the list's SQL needs of the caller and the clock (the CSV export reads it too). */
  conditions(): QueueContext {
    assertCan(this.actor, 'review:list', null);
    return this.queueContext(this.actor.accountId);
  }

  /** Each work queue with its count (bounded as the list's total is), in one statement. */
  async queueCounts(locale: Locale) {
    assertCan(this.actor, 'review:list', null);
    const { sql, params } = queueCountsSql(
      this.queueContext(this.actor.accountId),
      LIST_COUNT_LIMIT,
    );
    const [row] = await query<Record<CaseQueue, number>>(this.em, sql, params);
    return Object.values(CaseQueue).map((queue) => {
      const counted = Number(row?.[queue] ?? 0);
      return {
        queue,
        label: QUEUE_LABELS[queue][locale === 'en' ? 'en' : 'zhTw'],
        count: Math.min(counted, LIST_COUNT_LIMIT),
        countExact: counted <= LIST_COUNT_LIMIT,
      };
    });
  }

  async stats() {
    assertCan(this.actor, 'review:list', null);
    const conn = this.em.getConnection();
    const rows = await conn.execute<{ status: AmendmentStatus; count: string }[]>(
      "select status, count(*) as count from amendment where status <> 'DRAFT' group by status",
    );
    const [counts] = await conn.execute<{ mine: string; unassigned: string; overdue: string }[]>(
      `select
         count(*) filter (where assigned_officer_id = ? and status in ('UNDER_REVIEW')) as mine,
         count(*) filter (where assigned_officer_id is null and status = 'SUBMITTED') as unassigned,
         count(*) filter (where status in ('SUBMITTED', 'UNDER_REVIEW') and submitted_at < ?) as overdue
       from amendment where status in ('SUBMITTED', 'UNDER_REVIEW')`,
      [this.actor.accountId, this.overdueBefore()],
    );
    return {
      byStatus: rows.map((r) => ({ status: r.status, count: Number(r.count) })),
      myQueue: Number(counts?.mine ?? 0),
      unassigned: Number(counts?.unassigned ?? 0),
      overdue: Number(counts?.overdue ?? 0),
    };
  }

  isOverdue(amendment: Amendment): boolean {
    return (
      WAITING_FOR_OFFICER.includes(amendment.status) &&
      Boolean(amendment.submittedAt && amendment.submittedAt < this.overdueBefore())
    );
  }
}
