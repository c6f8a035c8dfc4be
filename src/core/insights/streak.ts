/**
 * The goal streak: consecutive days on which the breaks kept (taken + natural) reached the user's
 * daily goal. Pure. Rules (docs/INSIGHTS.md):
 * - today counts once the goal is met, and does not end the streak while it is still under way;
 * - a rest day (less than REST_DAY_MAX_ACTIVE_MS of active time and the goal not met) neither
 *   counts nor breaks it, so weekends and days off do not reset a working-week habit;
 * - any other day under the goal ends it.
 */
import { addDays, daysBetween } from './calendar.ts';
import { breaksKept, type DayFigures, emptyDay } from './dailyFigures.ts';

/** Under an hour at the screen is not a desk day. */
export const REST_DAY_MAX_ACTIVE_MS = 60 * 60_000;

export interface Streak {
  /** The streak running now (ending today or yesterday). */
  current: number;
  /** The longest streak in the data given. */
  best: number;
}

type DayKind = 'met' | 'rest' | 'missed';

function kindOf(f: DayFigures, goal: number): DayKind {
  if (breaksKept(f) >= goal) return 'met';
  return f.activeMs < REST_DAY_MAX_ACTIVE_MS ? 'rest' : 'missed';
}

/** `byDay` holds the days with data; missing days are blank (rest) days. Looks back at most `maxDays`. */
export function goalStreak(byDay: ReadonlyMap<string, DayFigures>, today: string, goal: number, maxDays = 731): Streak {
  let current = 0;
  let ended = false;
  let run = 0;
  let best = 0;
  const oldest = [...byDay.keys()].reduce((min, d) => (d < min ? d : min), today);
  const span = Math.min(maxDays, daysBetween(oldest, today) + 1);
  for (let i = 0; i < span; i++) {
    const day = addDays(today, -i);
    const kind = kindOf(byDay.get(day) ?? emptyDay(day), goal);
    if (kind === 'met') run += 1;
    else if (kind === 'missed' && i > 0) {
      if (!ended) current = run;
      ended = true;
      best = Math.max(best, run);
      run = 0;
    }
  }
  if (!ended) current = run;
  return { current, best: Math.max(best, run) };
}
