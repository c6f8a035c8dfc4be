/**
 * The time notations of a simulator timeline: durations like "+90s", "-1h" or "+1h30m", ISO date-times
 * (with or without an offset; without one they are local time), and the local ISO form used in output
 * so a reader sees the wall clock the scheduler saw, daylight-saving offset included.
 */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^([+-])((?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** "+90s", "-1h", "+1h30m" -> signed milliseconds, or null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  let ms = 0;
  for (const [, amount, unit] of (match[2] ?? '').matchAll(PART)) ms += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  return Math.round(match[1] === '-' ? -ms : ms);
}

/** An ISO date-time -> epoch milliseconds, or null. Without an offset it is local time (process TZ). */
export function parseIsoTime(text: string): number | null {
  if (!ISO.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Epoch ms -> "2026-03-02T09:30:00+01:00" in the process time zone (milliseconds only when set). */
export function formatLocalIso(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const millis = d.getMilliseconds() === 0 ? '' : `.${pad(d.getMilliseconds(), 3)}`;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${millis}`;
  return `${date}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
