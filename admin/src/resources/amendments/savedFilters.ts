import type { AmendmentStatus, AssignmentFilter, CaseQueue } from '../../generated/graphql';

export interface AmendmentListFilter {
  queue?: CaseQueue;
  search?: string;
  status?: AmendmentStatus[];
  assignment?: AssignmentFilter;
  item?: string;
  submittedFrom?: string;
  submittedTo?: string;
  overdue?: boolean;
}

/** Cases an officer still has to act on. */
export const OPEN_STATUSES: AmendmentStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

/** The API's work queues (`caseQueues`, `AmendmentFilter.queue`), in the order of the work. */
export const QUEUES: CaseQueue[] = [
  'TO_CLAIM',
  'MINE',
  'WAITING_FOR_APPLICANT',
  'SUPPLEMENT_ANSWERED',
  'CARDS_TO_PRODUCE',
  'CARDS_TO_HAND_OVER',
  'OVERDUE',
];

/** The list's tabs: every case, then one per work queue. */
export type QueueTab = 'ALL' | CaseQueue;
export const TABS: QueueTab[] = ['ALL', ...QUEUES];

const isQueue = (value: unknown): value is CaseQueue =>
  typeof value === 'string' && (QUEUES as string[]).includes(value);

/** The tab the list's filter is on (the filter is in the address, so a reload keeps it). */
export function activeTab(filter: Record<string, unknown>): QueueTab {
  return isQueue(filter.queue) ? filter.queue : 'ALL';
}

/**
 * `filter` on another tab. A queue stands for statuses and an assignment of its own, so those
 * filters go; the search box and the other filters (item, dates) are kept.
 */
const TAB_OWNED = ['queue', 'status', 'assignment'];

export function withTab(filter: Record<string, unknown>, tab: QueueTab): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => !TAB_OWNED.includes(k)));
  return tab === 'ALL' ? rest : { ...rest, queue: tab };
}

export type BulkAction = 'claim' | 'markReady' | 'markCollected';

/**
 * The bulk actions a tab offers: those that can succeed for its cases. "All" offers each (the
 * API says, case by case, why one could not be done).
 */
export function bulkActionsFor(tab: QueueTab): BulkAction[] {
  switch (tab) {
    case 'ALL':
      return ['claim', 'markReady', 'markCollected'];
    case 'TO_CLAIM':
    case 'OVERDUE':
      return ['claim'];
    case 'CARDS_TO_PRODUCE':
      return ['markReady'];
    case 'CARDS_TO_HAND_OVER':
      return ['markCollected'];
    default:
      return [];
  }
}

/** A count as the tab shows it: "10,000+" when the API stopped counting. */
export function formatCount(
  count: { count: number; countExact: boolean } | undefined,
  locale: string,
): string | undefined {
  if (!count) return undefined;
  const n = new Intl.NumberFormat(locale).format(count.count);
  return count.countExact ? n : `${n}+`;
}

/** The case list's path with a filter (react-admin reads it from the query string). */
export function listPath(filter: AmendmentListFilter): string {
  return `/amendments?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
