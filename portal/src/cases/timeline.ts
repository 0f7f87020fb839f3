import type { Locale } from '../i18n/locale';

/** A timeline event as the case query returns it. */
export interface TimelineEvent {
  type: string;
  at: string;
  toStatus?: string | null;
  statusLabel?: string | null;
  actorRole?: string | null;
  note?: string | null;
}

/** Who acted, as a key of labelMessages (never the raw role). */
export function actorKey(
  role: string | null | undefined,
): 'byApplicant' | 'byEmployer' | 'byAgency' | 'byOfficer' | 'bySystem' | undefined {
  switch (role) {
    case 'APPLICANT':
      return 'byApplicant';
    case 'EMPLOYER':
      return 'byEmployer';
    case 'AGENCY':
      return 'byAgency';
    case 'OFFICER':
    case 'SUPERVISOR':
      return 'byOfficer';
    case 'SYSTEM':
      return 'bySystem';
    default:
      return undefined;
  }
}

/**
 * The note as people should read it, or nothing:
 * - a supplement request's note ends with the document types asked for in brackets (codes, shown
 *   by their names in the request itself): cut off;
 * - the system's own notes on status changes are for staff, in English: left out;
 * - the system's payment notes carry both languages, "中文 / English": the half in the reader's.
 */
export function readableNote(event: TimelineEvent, locale: Locale): string | undefined {
  const note = event.note?.trim();
  if (!note) return undefined;
  if (event.type === 'STATUS_CHANGED' && event.actorRole === 'SYSTEM') return undefined;
  if (event.toStatus === 'SUPPLEMENT_REQUESTED') {
    return note.replace(/\s*\[[A-Z_]+(?:, [A-Z_]+)*\]$/, '') || undefined;
  }
  if (event.type === 'NOTE' && event.actorRole === 'SYSTEM') {
    const halves = note.split(' / ');
    if (halves.length === 2) return locale === 'en' ? halves[1] : halves[0];
  }
  return note;
}

/**
 * The events worth a line, oldest first: every status change and note, and the documents sent
 * after submission (answers to a request); the draft's own uploads are listed under Documents.
 */
export function visibleEvents<E extends TimelineEvent>(
  events: readonly E[],
  submittedAt: string | null | undefined,
): E[] {
  const since = submittedAt ? Date.parse(submittedAt) : Number.POSITIVE_INFINITY;
  return [...events]
    .filter((e) => !e.type.startsWith('DOCUMENT_') || Date.parse(e.at) > since)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
