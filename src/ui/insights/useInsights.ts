/**
 * Loads and aggregates the history for the page, and times it: the query plus the aggregation is
 * measured as `limber-insights-data` (Performance API), which the e2e test and the bench read.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DayFigures } from '../../core/insights/dailyFigures.ts';
import { goalStreak, type Streak } from '../../core/insights/streak.ts';
import { dayKey } from '../../core/localDay.ts';
import { DEFAULTS } from '../../core/settings.ts';
import type { InsightsSource } from './source.ts';

export const MEASURE = 'limber-insights-data';

export interface Insights {
  today: string;
  byDay: Map<string, DayFigures>;
  goal: number;
  /** N, minutes: a pause this long is a natural break, a shorter one is still sitting time. */
  naturalMin: number;
  streak: Streak;
  hasHistory: boolean;
}

export type InsightsState =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; data: Insights };

export function useInsights(source: InsightsSource, now: () => number) {
  const [state, setState] = useState<InsightsState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const start = performance.now();
      const at = now();
      const { days, goal, naturalMin = DEFAULTS.naturalBreakMin } = await source.load(at);
      const byDay = new Map(days.map((d) => [d.day, d]));
      const today = dayKey(at);
      const streak = goalStreak(byDay, today, goal);
      performance.measure(MEASURE, { start, end: performance.now() });
      setState({ kind: 'ready', data: { today, byDay, goal, naturalMin, streak, hasHistory: days.length > 0 } });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }, [source, now]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
