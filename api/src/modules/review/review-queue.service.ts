import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor } from '../../shared/actor.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import { ApplicantUiNumber } from '../cardholders/applicant-ui-number.entity.js';
import { AmendmentSortField, AssignmentFilter, listSchema } from './review.inputs.js';
import { assertCan } from './review.policy.js';

const SORT_COLUMNS: Record<AmendmentSortField, keyof Amendment> = {
  SUBMITTED_AT: 'submittedAt',
  UPDATED_AT: 'updatedAt',
  CREATED_AT: 'createdAt',
  APPLICATION_NUMBER: 'applicationNumber',
  STATUS: 'status',
};

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

  async list(input: unknown): Promise<{ items: Amendment[]; total: number }> {
    assertCan(this.actor, 'review:list', null);
    const me = this.actor.accountId;
    const { filter, sort, page, perPage } = parseInput(listSchema, input, '');
    // Officers never see other people's drafts.
    const where: Record<string, unknown>[] = [{ status: { $ne: AmendmentStatus.DRAFT } }];
    if (filter.status?.length) where.push({ status: { $in: filter.status } });
    if (filter.item) where.push({ items: { $contains: [filter.item] } });
    if (filter.submittedFrom) where.push({ submittedAt: { $gte: filter.submittedFrom } });
    if (filter.submittedTo) where.push({ submittedAt: { $lt: filter.submittedTo } });
    if (filter.assignment === AssignmentFilter.MINE) where.push({ assignedOfficer: me });
    if (filter.assignment === AssignmentFilter.UNASSIGNED) where.push({ assignedOfficer: null });
    if (filter.assignedOfficerId) where.push({ assignedOfficer: filter.assignedOfficerId });
    if (filter.overdue) {
      where.push({
        status: { $in: WAITING_FOR_OFFICER },
        submittedAt: { $lt: this.overdueBefore() },
      });
    }
    if (filter.holder) where.push(await this.holderCondition(filter.holder));
    const [items, total] = await this.em.findAndCount(
      Amendment,
      { $and: where },
      {
        orderBy: [
          { [SORT_COLUMNS[sort.field]]: `${sort.order.toLowerCase()} nulls last` },
          { id: 'asc' },
        ],
        limit: perPage,
        offset: (page - 1) * perPage,
      },
    );
    recordAudit(this.em, {
      action: 'amendment.list.viewed',
      actor: this.actor,
      entityType: 'Amendment',
      detail: {
        filter: { ...filter, holder: filter.holder ? '(given)' : undefined },
        page,
        count: items.length,
      },
    });
    await this.em.flush();
    return { items, total };
  }

  /** A UI number (current or earlier) matches exactly; anything else is a name fragment. */
  private async holderCondition(text: string): Promise<Record<string, unknown>> {
    const upper = text.toUpperCase();
    if (/^[A-Z][A-D89]\d{8}$/.test(upper)) {
      const owner = await this.em.findOne(ApplicantUiNumber, { uiNumber: upper });
      return { applicant: owner?.applicant.id ?? '00000000-0000-0000-0000-000000000000' };
    }
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return {
      applicant: {
        $or: [
          { englishSurname: { $ilike: like } },
          { englishGivenName: { $ilike: like } },
          { chineseName: { $ilike: like } },
        ],
      },
    };
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
