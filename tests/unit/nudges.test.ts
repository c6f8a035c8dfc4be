import { describe, expect, test } from 'vitest';
import { startNudgeClock, takeDueNudges } from '../../src/core/nudges.ts';
import { DEFAULTS, MINUTE } from '../../src/core/settings.ts';

const T0 = Date.UTC(2026, 10, 26, 9);
const prefs = {
  ...DEFAULTS,
  hydrationNudge: true,
  hydrationIntervalMin: 60,
  postureNudge: true,
  postureIntervalMin: 45,
};

describe('hydration and posture nudges', () => {
  test('each comes after its own interval of working time, then restarts', () => {
    let clock = startNudgeClock(T0);
    expect(takeDueNudges(clock, T0 + 44 * MINUTE, prefs, 'working').due).toEqual([]);
    const at45 = takeDueNudges(clock, T0 + 45 * MINUTE, prefs, 'working');
    expect(at45.due).toEqual(['posture']);
    clock = at45.clock;
    const at60 = takeDueNudges(clock, T0 + 60 * MINUTE, prefs, 'working');
    expect(at60.due).toEqual(['hydration']);
    expect(takeDueNudges(at60.clock, T0 + 89 * MINUTE, prefs, 'working').due).toEqual([]);
    expect(takeDueNudges(at60.clock, T0 + 90 * MINUTE, prefs, 'working').due).toEqual(['posture']);
  });

  test('off switches keep a nudge away', () => {
    const off = { ...prefs, hydrationNudge: false, postureNudge: false };
    expect(takeDueNudges(startNudgeClock(T0), T0 + 5 * 60 * MINUTE, off, 'working').due).toEqual([]);
  });

  test.each(['away', 'paused', 'offHours', 'onBreak', 'due'] as const)(
    'never while %s, and no backlog afterwards',
    (kind) => {
      const away = takeDueNudges(startNudgeClock(T0), T0 + 3 * 60 * MINUTE, prefs, kind);
      expect(away.due).toEqual([]);
      expect(takeDueNudges(away.clock, T0 + 3 * 60 * MINUTE + MINUTE, prefs, 'working').due).toEqual([]);
    },
  );

  test('a clock in the future (system clock went back) restarts instead of waiting', () => {
    const future = { hydration: T0 + 10 * 60 * MINUTE, posture: T0 + 10 * 60 * MINUTE };
    const result = takeDueNudges(future, T0, prefs, 'working');
    expect(result.due).toEqual([]);
    expect(result.clock).toEqual({ hydration: T0, posture: T0 });
  });
});
