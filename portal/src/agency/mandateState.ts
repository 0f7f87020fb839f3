import type { AgencyMandateFieldsFragment } from '../generated/graphql';

export type Mandate = AgencyMandateFieldsFragment;

/** Where a mandate stands for the reader: the API's status, refined by today's date. */
export type MandateState = 'active' | 'notYet' | 'expired' | 'pending' | 'rejected' | 'revoked';

export function mandateState(m: Mandate, today: string): MandateState {
  switch (m.status) {
    case 'PENDING_VERIFICATION':
      return 'pending';
    case 'REJECTED':
      return 'rejected';
    case 'REVOKED':
      return 'revoked';
    default:
      if (m.activeNow) return 'active';
      return m.validFrom > today ? 'notYet' : 'expired';
  }
}

/** Still something to act on (and to revoke): in effect, about to be, or awaiting an officer. */
export function isCurrent(state: MandateState): boolean {
  return state === 'active' || state === 'notYet' || state === 'pending';
}

export const STATE_MESSAGE = {
  active: 'statusActive',
  notYet: 'statusNotYet',
  expired: 'statusExpired',
  pending: 'statusPending',
  rejected: 'statusRejected',
  revoked: 'statusRevoked',
} as const;

export const STATE_COLOUR = {
  active: 'success',
  notYet: 'info',
  pending: 'warning',
  expired: 'default',
  rejected: 'error',
  revoked: 'default',
} as const;
