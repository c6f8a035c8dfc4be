/**
 * DESIGN 2, rule 2: `locked` is treated like `idle` (Firefox never reports `locked`), with one
 * refinement: a lock reported straight from active ends accrual at the report, because Chromium
 * reports a lock at once, not D after the last input.
 */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 2: locked is idle', () => {
  test('rule 2a: a lock straight from active ends accrual at the report, and then counts nothing', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle('locked');
    expect(sim.state.idle).toBe('locked');
    expect(sim.accruedMin).toBe(10.5);
    sim.wait(3);
    expect(sim.accruedMin).toBe(10.5);
  });

  test('rule 2a: an idle report still takes back D (the contrast)', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle('idle');
    expect(sim.accruedMin).toBe(9.5);
  });

  test('rule 2b: idle then locked is one non-active stretch (natural break counted from its start)', () => {
    const sim = new Sim().advanceActive(10);
    sim.idle();
    sim.sleep(2);
    sim.idle('locked');
    sim.wait(10); // the scheduler's own alarm fires at the stretch start + N
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 9 * MIN, durationMs: 5 * MIN }]);
    expect(sim.log.find((s) => s.effect.type === 'record' && s.effect.entry.kind === 'natural')?.at).toBe(
      MONDAY_9 + 14 * MIN,
    );
  });

  test('rule 2c: no reminder while locked; it comes with the next activity', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(29.5);
    sim.idle('locked'); // stopped at 29:30, the moment of the lock
    sim.setPrefs({ workIntervalMin: 25 });
    sim.wait(5);
    expect(sim.reminderTimes).toEqual([]);
    sim.active();
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 34.5 * MIN]);
  });
});
