import type { GetListParams } from 'react-admin';
import type { MandateFieldsFragment, MandateStatus } from '../../generated/graphql';

export type MandateRecord = MandateFieldsFragment;

/** The statuses in the order officers work through them: what waits for them first. */
export const MANDATE_STATUSES: MandateStatus[] = [
  'PENDING_VERIFICATION',
  'ACTIVE',
  'REJECTED',
  'REVOKED',
];

const rank = (status: MandateStatus) => MANDATE_STATUSES.indexOf(status);

/** The list's status filter as the API's argument (an unknown value is no filter). */
export function mandateStatusFilter(filter: Record<string, unknown> | undefined) {
  const status = filter?.status;
  return typeof status === 'string' && MANDATE_STATUSES.includes(status as MandateStatus)
    ? (status as MandateStatus)
    : null;
}

/**
 * `mandates` answers one list (at most 200, unpaged): the console orders it — pending first, then
 * oldest request first within the pending ones (they wait longest), newest first otherwise — and
 * cuts the page.
 */
export function mandatePage(all: MandateRecord[], params: GetListParams) {
  const sorted = [...all].sort((a, b) => {
    const byStatus = rank(a.status) - rank(b.status);
    if (byStatus !== 0) return byStatus;
    const byTime = a.createdAt.localeCompare(b.createdAt);
    return a.status === 'PENDING_VERIFICATION' ? byTime : -byTime;
  });
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  return {
    data: sorted.slice((page - 1) * perPage, page * perPage),
    total: sorted.length,
  };
}
