import type { AccountRef } from '../accounts/account-ref.js';
import type { Applicant } from '../cardholders/applicant.entity.js';

/**
 * Relations a list already read with its rows (one joined statement), kept on each row so that
 * the rows' field resolvers answer at once: no loader, no promise per field per row.
 */
export interface JoinedRelations {
  applicant: Applicant;
  filedBy: AccountRef;
  assignedOfficer: AccountRef | null;
}

const joined = new WeakMap<object, JoinedRelations>();

export function withJoined<T extends object>(row: T, relations: JoinedRelations): T {
  joined.set(row, relations);
  return row;
}

export function joinedOf(row: object): JoinedRelations | undefined {
  return joined.get(row);
}
