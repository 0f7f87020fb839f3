import type { SortPayload } from 'react-admin';
import type * as G from './generated/graphql';

/**
 * react-admin's filter values (form values and URL state) turned into the API's filter inputs.
 * Dates picked in the console are days in Taiwan (UTC+8, no daylight saving time).
 */

const TAIWAN_OFFSET = '+08:00';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The first instant of a YYYY-MM-DD day in Taiwan. */
export function startOfDay(value: unknown): string | undefined {
  const day = text(value);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(`${day}T00:00:00.000${TAIWAN_OFFSET}`).toISOString();
}

/** The first instant after a YYYY-MM-DD day in Taiwan ("to" dates include the whole day). */
export function endOfDay(value: unknown): string | undefined {
  const start = startOfDay(value);
  return start ? new Date(Date.parse(start) + 24 * 60 * 60 * 1000).toISOString() : undefined;
}

const list = <T extends string>(value: unknown): T[] | undefined => {
  if (Array.isArray(value)) return value.length > 0 ? (value as T[]) : undefined;
  return typeof value === 'string' && value !== '' ? [value as T] : undefined;
};

const bool = (value: unknown): boolean | undefined =>
  typeof value === 'boolean'
    ? value
    : value === 'true'
      ? true
      : value === 'false'
        ? false
        : undefined;

/** Drops empty keys so that the request only carries filters that were set. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

export function amendmentFilter(
  filter: Record<string, unknown> = {},
): G.AmendmentFilter | undefined {
  return compact<G.AmendmentFilter>({
    status: list<G.AmendmentStatus>(filter.status),
    item: text(filter.item) as G.AmendmentItem | undefined,
    submittedFrom: startOfDay(filter.submittedFrom),
    submittedTo: endOfDay(filter.submittedTo),
    assignment: text(filter.assignment) as G.AssignmentFilter | undefined,
    assignedOfficerId: text(filter.assignedOfficerId),
    // One search box; addresses saved before it (`holder`, `q`) still search the same way.
    search: text(filter.search) ?? text(filter.holder) ?? text(filter.q),
    queue: text(filter.queue) as G.CaseQueue | undefined,
    // The switch means "overdue only"; off means no filter, not "not overdue".
    overdue: bool(filter.overdue) === true ? true : undefined,
  });
}

const amendmentSortFields: Record<string, G.AmendmentSortField> = {
  applicationNumber: 'APPLICATION_NUMBER',
  status: 'STATUS',
  submittedAt: 'SUBMITTED_AT',
  updatedAt: 'UPDATED_AT',
  createdAt: 'CREATED_AT',
};

export function amendmentSort(sort: SortPayload | undefined): G.AmendmentSort | undefined {
  const field = sort ? amendmentSortFields[sort.field] : undefined;
  if (!field || !sort) return undefined;
  return { field, order: sort.order === 'ASC' ? 'ASC' : 'DESC' };
}

/** A current-format or old-format UI number (統一證號), e.g. A800000014 or AC01234567. */
export const UI_NUMBER_PATTERN = /^[A-Z][A-D89]\d{8}$/i;

/**
 * The holder search box takes a UI number (current or earlier), a passport number (it has
 * digits; names do not) or part of a name.
 */
export function applicantFilter(
  filter: Record<string, unknown> = {},
): G.ApplicantFilter | undefined {
  const q = text(filter.q);
  const kind = !q
    ? undefined
    : UI_NUMBER_PATTERN.test(q)
      ? 'uiNumber'
      : /\d/.test(q)
        ? 'passport'
        : 'name';
  return compact<G.ApplicantFilter>({
    uiNumber: text(filter.uiNumber) ?? (kind === 'uiNumber' ? q : undefined),
    name: text(filter.name) ?? (kind === 'name' ? q : undefined),
    nationality: text(filter.nationality),
    passportNumber: text(filter.passportNumber) ?? (kind === 'passport' ? q : undefined),
  });
}

export function auditEventFilter(
  filter: Record<string, unknown> = {},
): G.AuditEventFilter | undefined {
  return compact<G.AuditEventFilter>({
    action: text(filter.action),
    actorAccountId: text(filter.actorAccountId),
    actor: text(filter.actor),
    amendmentId: text(filter.amendmentId),
    entityType: text(filter.entityType),
    entityId: text(filter.entityId),
    from: startOfDay(filter.from),
    to: endOfDay(filter.to),
  });
}
