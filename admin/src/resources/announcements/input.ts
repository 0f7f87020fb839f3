import type { AnnouncementInput, AnnouncementStatus } from '../../generated/graphql';
import { fromTaipeiInput } from './taipeiTime';

export const ANNOUNCEMENT_STATUSES: AnnouncementStatus[] = [
  'SCHEDULED',
  'PUBLISHED',
  'EXPIRED',
  'RETIRED',
];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
/** Bodies go as written (the API keeps their spaces and line breaks). */
const body = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The form's values as the API's input: exactly its fields (the record's other fields stay
 * behind), titles and units trimmed, an empty "from" left to the API (now) and an empty "until" as none.
 * The times are instants already (the inputs parse them); wall-clock text is read as Taiwan time.
 */
export function announcementInput(values: Record<string, unknown>): AnnouncementInput {
  const publishFrom = fromTaipeiInput(values.publishFrom);
  return {
    titleZhTw: text(values.titleZhTw),
    titleEn: text(values.titleEn),
    bodyZhTw: body(values.bodyZhTw),
    bodyEn: body(values.bodyEn),
    issuingUnitZhTw: text(values.issuingUnitZhTw),
    issuingUnitEn: text(values.issuingUnitEn),
    important: values.important === true,
    ...(publishFrom ? { publishFrom } : {}),
    publishUntil: fromTaipeiInput(values.publishUntil),
  };
}

/** The list's status filter as the API's argument. */
export function announcementStatusFilter(
  filter: Record<string, unknown> | undefined,
): AnnouncementStatus | undefined {
  const status = filter?.status;
  return ANNOUNCEMENT_STATUSES.find((s) => s === status);
}
