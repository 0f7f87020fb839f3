/** NT$ with the thousands separators of the reader's language, whole dollars (the API's unit). */
export function formatNtd(amount: number, locale: string): string {
  return `NT$${amount.toLocaleString(locale, { maximumFractionDigits: 0 })}`;
}

/**
 * A calendar date (YYYY-MM-DD) written out in the reader's language — 2026年12月6日, Dec 6, 2026 —
 * so that no reader mistakes the day for the month. Read as UTC: a date has no time zone.
 */
export function formatCalendarDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      });
}

/** Whole days from `since` to `now` (the age of an unpaid fee). */
export function daysSince(since: string | null | undefined, now = Date.now()): number {
  if (!since) return 0;
  return Math.max(0, Math.floor((now - new Date(since).getTime()) / 86_400_000));
}
