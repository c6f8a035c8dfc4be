/** Figures over a run of days, with the days nothing happened on filled in as zeros. Pure. */
import { dayRange } from './calendar.ts';
import { adherence, type DayFigures, emptyDay } from './dailyFigures.ts';

/** One entry per calendar day from `from` to `to` inclusive, oldest first. */
export function rangeFigures(byDay: ReadonlyMap<string, DayFigures>, from: string, to: string): DayFigures[] {
  return dayRange(from, to).map((day) => byDay.get(day) ?? emptyDay(day));
}

export interface RangeTotals {
  days: number;
  activeMs: number;
  taken: number;
  short: number;
  natural: number;
  snoozed: number;
  skipped: number;
  reminded: number;
  longestStretchMs: number;
  /** Over the whole range: kept / due summed, not an average of daily ratios (busy days weigh more). */
  adherence: number | null;
}

export function totals(days: readonly DayFigures[]): RangeTotals {
  const sum = { activeMs: 0, taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0, reminded: 0, longestStretchMs: 0 };
  for (const d of days) {
    sum.activeMs += d.activeMs;
    sum.taken += d.taken;
    sum.short += d.short;
    sum.natural += d.natural;
    sum.snoozed += d.snoozed;
    sum.skipped += d.skipped;
    sum.reminded += d.reminded;
    sum.longestStretchMs = Math.max(sum.longestStretchMs, d.longestStretchMs);
  }
  return { days: days.length, ...sum, adherence: adherence(sum) };
}
