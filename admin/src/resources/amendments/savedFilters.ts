import type { AmendmentStatus, AssignmentFilter } from '../../generated/graphql';

export interface AmendmentListFilter {
  status?: AmendmentStatus[];
  assignment?: AssignmentFilter;
  item?: string;
  holder?: string;
  submittedFrom?: string;
  submittedTo?: string;
  overdue?: boolean;
}

/** Cases an officer still has to act on. */
export const OPEN_STATUSES: AmendmentStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

/** The list's tabs; the dashboard links to the same filters. */
export const savedFilters = {
  all: { label: 'goldcard.amendments.tabs.all', filter: {} as AmendmentListFilter },
  mine: {
    label: 'goldcard.amendments.tabs.mine',
    filter: { assignment: 'MINE', status: OPEN_STATUSES } as AmendmentListFilter,
  },
  unassigned: {
    label: 'goldcard.amendments.tabs.unassigned',
    filter: { assignment: 'UNASSIGNED', status: ['SUBMITTED'] } as AmendmentListFilter,
  },
  waiting: {
    label: 'goldcard.amendments.tabs.waiting',
    filter: { status: ['SUPPLEMENT_REQUESTED'] } as AmendmentListFilter,
  },
};

export type SavedFilterKey = keyof typeof savedFilters;

/** The keys the tabs set; other filters (holder, dates, …) are kept when switching tabs. */
const TAB_KEYS = ['status', 'assignment'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Which tab the current filter is, or false when it is none of them. */
export function activeTab(filter: Record<string, unknown>): SavedFilterKey | false {
  for (const [key, saved] of Object.entries(savedFilters) as [
    SavedFilterKey,
    (typeof savedFilters)['all'],
  ][]) {
    const values = saved.filter as Record<string, unknown>;
    if (TAB_KEYS.every((k) => same(filter[k], values[k]))) return key;
  }
  return false;
}

/** `filter` with the tab's keys replaced by `key`'s. */
export function withTab(
  filter: Record<string, unknown>,
  key: SavedFilterKey,
): Record<string, unknown> {
  const rest = Object.fromEntries(
    Object.entries(filter).filter(([k]) => !(TAB_KEYS as readonly string[]).includes(k)),
  );
  return { ...rest, ...savedFilters[key].filter };
}

/** The case list's path with a filter (react-admin reads it from the query string). */
export function listPath(filter: AmendmentListFilter): string {
  return `/amendments?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
