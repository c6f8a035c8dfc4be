/**
 * Rule 2 (docs/RULES.md): `locked` is an absence like `idle` (Firefox never reports `locked`), with two
 * refinements: a lock reported straight from active starts the absence at the report, because
 * Chromium reports a lock at once, not D after the last input; and no reminder is delivered while
 * the screen is locked (nobody can see it), though a short lock still counts as sitting.
 */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 2: locked is idle', () => {
  test('rule 2a: a lock straight from active starts the absence at the report', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle('locked');
    expect(sim.state.idle).toBe('locked');
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 10.5 * MIN);
    expect(sim.state.cycleMs).toBe(10.5 * MIN);
    sim.wait(3);
    expect(sim.accruedMin).toBe(13.5); // a short lock is still the sitting session
    sim.wait(3);
    expect(sim.accruedMin).toBe(0); // locked for N: a natural break
    expect(sim.recordedActiveMin).toBe(10.5);
  });

  test('rule 2a: an idle report starts the absence D before it (the contrast)', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle('idle');
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 9.5 * MIN);
    expect(sim.state.cycleMs).toBe(9.5 * MIN);
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
