import { registerEnumType } from 'type-graphql';
import { AmendmentItem, ITEM_RULES } from '../amendments/amendment-items.js';

/** The officers' work queues: each a fixed condition on the case list (`AmendmentFilter.queue`). */
export enum CaseQueue {
  TO_CLAIM = 'TO_CLAIM',
  MINE = 'MINE',
  WAITING_FOR_APPLICANT = 'WAITING_FOR_APPLICANT',
  SUPPLEMENT_ANSWERED = 'SUPPLEMENT_ANSWERED',
  CARDS_TO_PRODUCE = 'CARDS_TO_PRODUCE',
  CARDS_TO_HAND_OVER = 'CARDS_TO_HAND_OVER',
  OVERDUE = 'OVERDUE',
}
registerEnumType(CaseQueue, {
  name: 'CaseQueue',
  description: 'A work queue of the officers’ case list; `caseQueues` counts each',
  valuesConfig: {
    TO_CLAIM: { description: 'Submitted and not yet claimed by anyone' },
    MINE: { description: 'Open cases assigned to the caller' },
    WAITING_FOR_APPLICANT: { description: 'More documents requested (補件), not yet supplied' },
    SUPPLEMENT_ANSWERED: {
      description: 'The filer supplied the requested documents; no decision since',
    },
    CARDS_TO_PRODUCE: {
      description:
        'Approved changes that need a new card, fee (if any) paid: the card is to be made. ' +
        'Approvals that print no card (contact details only) are finished and in no queue',
    },
    CARDS_TO_HAND_OVER: { description: 'The new card is ready for the holder to collect' },
    OVERDUE: { description: 'Waiting for an officer longer than the service level' },
  },
});

/** What each queue is called on screen, in both languages. */
export const QUEUE_LABELS: Record<CaseQueue, { zhTw: string; en: string }> = {
  TO_CLAIM: { zhTw: '待認領', en: 'To claim' },
  MINE: { zhTw: '我的案件', en: 'My cases' },
  WAITING_FOR_APPLICANT: { zhTw: '待申請人補件', en: 'Waiting for the applicant’s documents' },
  SUPPLEMENT_ANSWERED: { zhTw: '已補件，待審核', en: 'Documents supplied, to review' },
  CARDS_TO_PRODUCE: { zhTw: '待製卡', en: 'Cards to produce' },
  CARDS_TO_HAND_OVER: { zhTw: '待領卡', en: 'Cards to hand over' },
  OVERDUE: { zhTw: '逾期待處理', en: 'Overdue' },
};

/** Items whose approval prints a new card (ITEM_RULES), as a SQL array literal. */
const CARD_ITEMS = `array[${Object.values(AmendmentItem)
  .filter((item) => ITEM_RULES[item].printsCard)
  .map((item) => `'${item}'`)
  .join(', ')}]::text[]`;

/**
 * The partial indexes' predicates (Migration20261206000200CaseSearchAndQueues, entity
 * `Amendment`). The list repeats them word for word so that PostgreSQL can prove a query
 * implies the index's condition; list-at-scale.test.ts checks that the plans use them.
 */
export const QUEUE_INDEX_PREDICATES = {
  MINE: `status in ('SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')`,
  SUPPLEMENT_ANSWERED: `status = 'UNDER_REVIEW' and supplement_answered_at is not null`,
  CARDS_TO_PRODUCE: `status = 'APPROVED' and items && ${CARD_ITEMS} and (fee_paid_at is not null or coalesce((fee ->> 'amount')::numeric, 0) = 0)`,
} as const;

export interface QueueContext {
  me: string;
  overdueBefore: Date;
  waiting: readonly string[];
}

/** A queue as SQL over `amendment a` (its columns unqualified, as in the index predicates). */
export function queueCondition(
  queue: CaseQueue,
  c: QueueContext,
): { sql: string; params: unknown[] } {
  switch (queue) {
    case CaseQueue.TO_CLAIM:
      return { sql: `a.status = 'SUBMITTED' and a.assigned_officer_id is null`, params: [] };
    case CaseQueue.MINE:
      return {
        sql: `a.assigned_officer_id = ? and ${QUEUE_INDEX_PREDICATES.MINE}`,
        params: [c.me],
      };
    case CaseQueue.WAITING_FOR_APPLICANT:
      return { sql: `a.status = 'SUPPLEMENT_REQUESTED'`, params: [] };
    case CaseQueue.SUPPLEMENT_ANSWERED:
      return { sql: QUEUE_INDEX_PREDICATES.SUPPLEMENT_ANSWERED, params: [] };
    case CaseQueue.CARDS_TO_PRODUCE:
      return { sql: QUEUE_INDEX_PREDICATES.CARDS_TO_PRODUCE, params: [] };
    case CaseQueue.CARDS_TO_HAND_OVER:
      return { sql: `a.status = 'CARD_READY'`, params: [] };
    case CaseQueue.OVERDUE:
      return {
        sql: 'a.status in (?) and a.submitted_at < ?',
        params: [c.waiting, c.overdueBefore],
      };
  }
}

/**
 * Every queue's count in one statement, each counted up to `limit + 1` rows through its index
 * (as the list's total is): `count > limit` means "more than the limit".
 */
export function queueCountsSql(c: QueueContext, limit: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const columns = Object.values(CaseQueue).map((queue) => {
    const condition = queueCondition(queue, c);
    params.push(...condition.params, limit + 1);
    return `(select count(*)::int from (select 1 from amendment a
       where a.status <> 'DRAFT' and ${condition.sql} limit ?) q) as "${queue}"`;
  });
  return { sql: `select ${columns.join(',\n')}`, params };
}
