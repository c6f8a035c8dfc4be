/**
 * Local calendar days. History is kept per local day, so a day is what the user's clock calls a
 * day: 23 or 25 hours long across a daylight-saving change. Pure; uses the process time zone.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the local day containing `ms`. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight that starts the day containing `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight that ends the day containing `ms` (the next day's start). */
export function nextMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Local time `minutes` after the midnight starting the day of `dayMs`; Date handles DST. */
export function atMinuteOfDay(dayMs: number, minutes: number): number {
  const d = new Date(dayMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, minutes).getTime();
}

/** Splits [from, to) at local midnights: how many ms of it fall on each day. */
export function splitByDay(from: number, to: number): { day: string; ms: number }[] {
  const parts: { day: string; ms: number }[] = [];
  let cursor = from;
  while (cursor < to) {
    const end = Math.min(to, nextMidnight(cursor));
    parts.push({ day: dayKey(cursor), ms: end - cursor });
    cursor = end;
  }
  return parts;
}
