/**
 * Calendar arithmetic on day keys ('YYYY-MM-DD'). Days are counted on the calendar, not in 24-hour
 * steps: subtracting 86 400 000 ms from a local midnight lands on 23:00 or 01:00 across a
 * daylight-saving change and repeats or skips a day. UTC dates have no such changes, so the key is
 * parsed as a UTC date, moved, and printed again. Pure.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** The day `n` calendar days after `day` (before, for negative n). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  const moved = new Date(Date.UTC(y, m - 1, d + n));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Every day from `from` to `to` inclusive, in order; empty when `from` is after `to`. */
export function dayRange(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The `n` days ending with `today` (today included), oldest first. */
export const lastDays = (today: string, n: number): string[] => dayRange(addDays(today, 1 - n), today);

/** Day of the week, 0 = Sunday, of a day key (the calendar's, not the local clock's). */
export function weekday(day: string): number {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
