/**
 * A moment as the staff screens show it, in Taiwan time (the agency's): zh-TW `2026/12/06 14:05`,
 * English `6 Dec 2026, 14:05`. Composed from numeric parts because the platforms' English month
 * abbreviations differ (ICU writes "Sept" for en-GB).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Taipei',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const pad = (n: number) => String(n).padStart(2, '0');

export function localDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = Object.fromEntries(
    parts
      .formatToParts(date)
      .filter((x) => x.type !== 'literal')
      .map((x) => [x.type, Number(x.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  return locale.startsWith('zh')
    ? `${p.year}/${pad(p.month)}/${pad(p.day)} ${time}`
    : `${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${time}`;
}
