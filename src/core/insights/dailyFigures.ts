/**
 * Daily figures from history records. Each record already carries its local day (fixed when it was
 * written, in the zone the user was in then), so a day here is exactly the day the user lived:
 * nothing is re-derived from timestamps, and midnight or daylight-saving changes cannot move a
 * record. Pure. Definitions (breaks due, adherence) are in docs/INSIGHTS.md.
 */
import type { InsightRecord } from './stretchRecord.ts';

export interface DayFigures {
  day: string;
  activeMs: number;
  taken: number;
  /** Guided breaks ended before they counted as taken (rule 7): not kept, but a cycle ended. */
  short: number;
  natural: number;
  snoozed: number;
  skipped: number;
  /** Work cycles whose reminder was delivered (once per cycle, however often it was snoozed). */
  reminded: number;
  /** Sum of the guided breaks' real durations. */
  breakMs: number;
  /** Longest unbroken active stretch recorded for the day. */
  longestStretchMs: number;
}

export const emptyDay = (day: string): DayFigures => ({
  day,
  activeMs: 0,
  taken: 0,
  short: 0,
  natural: 0,
  snoozed: 0,
  skipped: 0,
  reminded: 0,
  breakMs: 0,
  longestStretchMs: 0,
});

/** Breaks that happened: guided ones and natural ones (a stretch away of at least N). */
export const breaksKept = (f: DayFigures): number => f.taken + f.natural;

/** Every work cycle that ended on the day: with a break (taken or natural), a short break or a skip. */
export const breaksDue = (f: Pick<DayFigures, 'taken' | 'short' | 'natural' | 'skipped'>): number =>
  f.taken + f.short + f.natural + f.skipped;

/** Breaks kept out of breaks due, 0..1; null on a day no cycle ended (nothing to keep or miss). */
export function adherence(f: Pick<DayFigures, 'taken' | 'short' | 'natural' | 'skipped'>): number | null {
  const due = breaksDue(f);
  return due === 0 ? null : (f.taken + f.natural) / due;
}

/** A day with nothing recorded: no active time, no event, no stretch. */
export const isBlankDay = (f: DayFigures): boolean =>
  f.activeMs === 0 &&
  f.taken + f.short + f.natural + f.snoozed + f.skipped + f.reminded === 0 &&
  f.longestStretchMs === 0;

/**
 * Figures per day. Events are counted once per id, so a record that is both in the raw history and
 * in a compacted day (an import racing compaction) cannot count twice.
 */
export function dailyFigures(records: Iterable<InsightRecord>): Map<string, DayFigures> {
  const days = new Map<string, DayFigures>();
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    let f = days.get(r.day);
    if (!f) {
      f = emptyDay(r.day);
      days.set(r.day, f);
    }
    switch (r.kind) {
      case 'active':
        f.activeMs += r.ms;
        break;
      case 'longestStretch':
        f.longestStretchMs = Math.max(f.longestStretchMs, r.ms);
        break;
      case 'taken':
        f.taken += 1;
        f.breakMs += r.durationMs ?? 0;
        break;
      default:
        f[r.kind] += 1;
    }
  }
  return days;
}
