import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/insights/calendar.ts';
import { type DayFigures, emptyDay } from '../../../src/core/insights/dailyFigures.ts';
import { goalStreak, REST_DAY_MAX_ACTIVE_MS } from '../../../src/core/insights/streak.ts';

const TODAY = '2025-05-14';
const H = 3_600_000;

/** Days ending today, oldest first: 'm' met (6 breaks, 4 h), 'x' missed (1 break, 4 h), 'r' rest. */
function history(pattern: string): Map<string, DayFigures> {
  const map = new Map<string, DayFigures>();
  [...pattern].forEach((c, i) => {
    const day = addDays(TODAY, i - pattern.length + 1);
    if (c === 'm') map.set(day, { ...emptyDay(day), taken: 4, natural: 2, activeMs: 4 * H });
    if (c === 'x') map.set(day, { ...emptyDay(day), taken: 1, activeMs: 4 * H });
    if (c === 'r') map.set(day, { ...emptyDay(day), activeMs: REST_DAY_MAX_ACTIVE_MS - 1 });
  });
  return map;
}

describe('goalStreak', () => {
  it('counts consecutive days that met the goal, today included once met', () => {
    expect(goalStreak(history('xmmm'), TODAY, 6)).toEqual({ current: 3, best: 3 });
  });

  it('does not end the streak on a today still under the goal', () => {
    expect(goalStreak(history('xmmx'), TODAY, 6)).toEqual({ current: 2, best: 2 });
  });

  it('lets rest days (and days with no record) pass without counting or breaking', () => {
    expect(goalStreak(history('mmr.mm'), TODAY, 6)).toEqual({ current: 4, best: 4 });
  });

  it('ends at a missed day and remembers the best run', () => {
    expect(goalStreak(history('mmmmxmm'), TODAY, 6)).toEqual({ current: 2, best: 4 });
    expect(goalStreak(history('mmmmx'), TODAY, 6)).toEqual({ current: 4, best: 4 });
    expect(goalStreak(history('mmxxx'), TODAY, 6)).toEqual({ current: 0, best: 2 });
  });

  it('is 0 with no history, and follows the goal', () => {
    expect(goalStreak(new Map(), TODAY, 6)).toEqual({ current: 0, best: 0 });
    expect(goalStreak(history('xxx'), TODAY, 1)).toEqual({ current: 3, best: 3 });
  });

  it('looks back at most maxDays', () => {
    expect(goalStreak(history('m'.repeat(40)), TODAY, 6, 30).current).toBe(30);
  });
});
