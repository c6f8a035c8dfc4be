/**
 * Sense checks on a backup whose records are well formed: nothing a real day of Limber cannot produce
 * is imported. A backup is a file anyone can write; a hand-made one with 60,000 breaks on one day, or a
 * record dated 9999, would otherwise become figures on the Insights page. Every limit is one no real
 * day can exceed, derived from Limber's own rules (docs/INSIGHTS.md, "Import limits", says why each).
 * Pure; `now` is the importing device's clock.
 */
import { dayKey, nextMidnight } from '../localDay.ts';
import { ABANDONED_BREAK_GRACE_MS } from '../scheduler.ts';
import type { HistoryKind } from '../schedulerTypes.ts';
import { type PrefKey, RULES } from '../settings.ts';
import { type BackupProblem, problem } from './backupProblem.ts';
import { addDays } from './calendar.ts';
import type { InsightRecord } from './stretchRecord.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** The range a preference allows (the limits below follow from the most extreme settings). */
function range(key: PrefKey): { min: number; max: number } {
  const rule = RULES[key];
  if (rule.kind !== 'int') throw new TypeError(`${key} is not a number preference`);
  return rule;
}
const B = range('breakLengthMin');
const N = range('naturalBreakMin');
const W = range('workIntervalMin');
const K = range('snoozeLimit');

/** The longest local day: 25 hours, the night daylight-saving time ends. */
export const LONGEST_DAY_MS = 25 * HOUR;
/** Limber did not exist before 2020: nothing can have been recorded then. */
export const EARLIEST_DAY = '2020-01-01';
/** The longest guided break: B at most 30 minutes, and a page left open is ended 10 minutes past B. */
export const LONGEST_BREAK_MS = B.max * MIN + ABANDONED_BREAK_GRACE_MS;
/** A natural break is an absence of at least N, and N is at least one minute. */
export const SHORTEST_NATURAL_MS = N.min * MIN;
/** Time zones reach from UTC-12 to UTC+14: a record's day is the local day of its time in one of them. */
const ZONES = { west: -12 * HOUR, east: 14 * HOUR };

const cycles = LONGEST_DAY_MS / (W.min * MIN);
/**
 * The most events of each kind one day can hold:
 * - taken: each needs half of the shortest break (1 min) spent, and breaks do not overlap: 25 h / 30 s;
 * - short: no minimum length, so a judgement with the same bound: one every 30 s for 25 hours;
 * - natural: each is an absence of at least a minute, and absences do not overlap: 25 h / 1 min;
 * - reminded, skipped: once per cycle at most, and a cycle needs W (at least 5 min) of sitting: 25 h / 5 min;
 * - snoozed: at most 10 in a row per cycle, a cycle reaching its heads-up after 4 minutes at the least.
 */
export const MOST_PER_DAY: Record<HistoryKind, number> = {
  taken: LONGEST_DAY_MS / ((B.min * MIN) / 2),
  short: LONGEST_DAY_MS / ((B.min * MIN) / 2),
  natural: LONGEST_DAY_MS / SHORTEST_NATURAL_MS,
  reminded: cycles,
  skipped: cycles,
  snoozed: Math.floor(LONGEST_DAY_MS / ((W.min - 1) * MIN)) * K.max,
};

/** Kinds that are guided breaks with a length (a `skipped` with a length is a short break of older versions). */
const BREAK_KINDS = new Set<string>(['taken', 'short', 'skipped']);

const utcDay = (ms: number): string | null => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
};

/** Whether `day` is the local day of `at` in some zone from UTC-12 to UTC+14. */
export function dayFitsTime(day: string, at: number): boolean {
  const first = utcDay(at + ZONES.west);
  const last = utcDay(at + ZONES.east);
  return first !== null && last !== null && first <= day && day <= last;
}

const minutes = (ms: number) => String(Math.round((ms / MIN) * 10) / 10);

/** What is wrong with record `n`, or null: dates, the day of its time, its length. */
function recordProblem(r: InsightRecord, n: string, now: number): BackupProblem | null {
  const tomorrow = addDays(dayKey(now), 1);
  const where = `Record ${n} (${r.kind}, ${r.day})`;
  if (r.day < EARLIEST_DAY) {
    return problem('rec_beforeLimber', `Record ${n} is dated ${r.day}, before 2020, when Limber did not exist.`, [
      n,
      r.day,
    ]);
  }
  if (r.day > tomorrow)
    return problem('rec_afterTomorrow', `Record ${n} is dated ${r.day}, after tomorrow.`, [n, r.day]);
  if (r.kind === 'active' || r.kind === 'longestStretch') {
    if (r.ms <= LONGEST_DAY_MS) return null;
    const m = minutes(r.ms);
    const message = `${where}: ${m} minutes, more than the longest day has (1500 minutes).`;
    return problem('rec_dayTooLong', message, [n, r.kind, r.day, m]);
  }
  if (!dayFitsTime(r.day, r.at)) {
    const time = utcDay(r.at) === null ? String(r.at) : new Date(r.at).toISOString();
    const message = `Record ${n} (${r.kind}): its time ${time} does not fall on ${r.day} in any time zone.`;
    return problem('rec_dayMismatch', message, [n, r.kind, r.day, time]);
  }
  const length = r.durationMs;
  if (length === undefined) return null;
  if (r.kind === 'snoozed' || r.kind === 'reminded') {
    return problem('rec_noLength', `${where}: this kind of record has no length.`, [n, r.kind, r.day]);
  }
  if (BREAK_KINDS.has(r.kind) && length > LONGEST_BREAK_MS) {
    const m = minutes(length);
    const message = `${where}: a guided break of ${m} minutes; one lasts at most 40 minutes.`;
    return problem('rec_breakTooLong', message, [n, r.kind, r.day, m]);
  }
  if (r.kind === 'natural' && length < SHORTEST_NATURAL_MS) {
    const s = String(Math.round(length / 1000));
    const message = `${where}: a natural break of ${s} seconds; one lasts at least a minute.`;
    return problem('rec_naturalTooShort', message, [n, r.day, s]);
  }
  // A natural break's length runs to the user's return, which cannot be later than the import.
  if (r.at + length > nextMidnight(nextMidnight(now))) {
    return problem('rec_endsLater', `${where}: it ends after tomorrow.`, [n, r.kind, r.day]);
  }
  return null;
}

/** Limits over each day: how many events of a kind, and how long its guided breaks are together. */
function dayProblems(records: readonly InsightRecord[]): BackupProblem[] {
  const counts = new Map<string, number>();
  const breakTime = new Map<string, number>();
  for (const r of records) {
    if (r.kind === 'active' || r.kind === 'longestStretch') continue;
    const key = `${r.day} ${r.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (BREAK_KINDS.has(r.kind)) breakTime.set(r.day, (breakTime.get(r.day) ?? 0) + (r.durationMs ?? 0));
  }
  const found: BackupProblem[] = [];
  for (const [key, count] of counts) {
    const [day = '', kind = ''] = key.split(' ');
    const most = MOST_PER_DAY[kind as HistoryKind];
    if (count <= most) continue;
    const message = `${day} has ${count} ${kind} records; no real day has more than ${most}.`;
    found.push(problem('day_tooMany', message, [day, kind, String(count), String(most)]));
  }
  // Breaks do not overlap; the last one of a day may run past midnight.
  for (const [day, ms] of breakTime) {
    if (ms <= LONGEST_DAY_MS + LONGEST_BREAK_MS) continue;
    const m = minutes(ms);
    found.push(
      problem('day_breakTime', `The guided breaks of ${day} add up to ${m} minutes, more than the day has.`, [day, m]),
    );
  }
  return found.sort((a, b) => (a.message < b.message ? -1 : 1));
}

/** Every sense problem of well-formed records (numbered as in the file), records first, then days. */
export function senseProblems(records: readonly { record: InsightRecord; n: string }[], now: number): BackupProblem[] {
  const found: BackupProblem[] = [];
  for (const { record, n } of records) {
    const p = recordProblem(record, n, now);
    if (p) found.push(p);
  }
  return [...found, ...dayProblems(records.map((r) => r.record))];
}
