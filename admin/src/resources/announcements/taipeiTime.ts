/**
 * The publishing times are typed in Taiwan time whatever the browser's zone, as the console shows
 * every time (src/format.ts). Taiwan keeps +08:00 all year (no daylight saving), so the offset is
 * fixed. `<input type="datetime-local">` speaks `YYYY-MM-DDTHH:mm`.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * An instant (ISO string or Date) as the input's Taiwan wall-clock value; '' for none. A value
 * that is already wall-clock time is kept: react-admin's DateTimeInput formats twice.
 */
export function toTaipeiInput(value: unknown): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string' && WALL_CLOCK.test(value)) return value.slice(0, 16);
  if (!(value instanceof Date) && typeof value !== 'string') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** The input's Taiwan wall-clock value as an ISO instant; null for an empty input. */
export function fromTaipeiInput(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  if (!WALL_CLOCK.test(value)) return value;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
