import type { AmendmentDetailFragment, AmendmentStatus } from '../../generated/graphql';

/** Statuses in which a case is still being handled (can be reassigned). */
export const HANDLED: AmendmentStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED'];

/**
 * What the caller may do with the case, following the API's transitions and policy (the API
 * still decides): a submitted case is claimed, which puts it under review; only the assigned
 * officer decides on a case under review; any officer hands out the card.
 */
export function availableActions(
  record: Pick<AmendmentDetailFragment, 'status' | 'assignedOfficer' | 'fee'>,
  me: { id?: string | number; role?: string },
) {
  const assigned = record.assignedOfficer;
  const mine = assigned != null && assigned.id === me.id;
  const supervisor = me.role === 'SUPERVISOR';
  return {
    mine,
    claim: record.status === 'SUBMITTED' && !assigned,
    release: record.status === 'UNDER_REVIEW' && (mine || supervisor),
    decide: record.status === 'UNDER_REVIEW' && mine,
    markReady: record.status === 'APPROVED' && record.fee.cardPrinted,
    markCollected: record.status === 'CARD_READY',
    feeUnpaid: record.fee.status === 'UNPAID',
    reassign: supervisor && HANDLED.includes(record.status),
  };
}

/** A rejected or withdrawn case owes nothing, whatever the fee fixed at submit said. */
export function feeNotPayable(
  fee: Pick<AmendmentDetailFragment['fee'], 'status'>,
  caseStatus: AmendmentStatus,
): boolean {
  return fee.status === 'UNPAID' && (caseStatus === 'REJECTED' || caseStatus === 'WITHDRAWN');
}

/**
 * Who a case can be reassigned to: active staff other than its officer, the least loaded first
 * (open cases, then name), so that work is shared out evenly.
 */
export function officersByLoad<
  T extends { id: string; displayName: string; openCases: number; disabled: boolean },
>(accounts: T[], currentOfficerId?: string): T[] {
  return accounts
    .filter((a) => a.id !== currentOfficerId && !a.disabled)
    .sort((a, b) => a.openCases - b.openCases || a.displayName.localeCompare(b.displayName));
}
