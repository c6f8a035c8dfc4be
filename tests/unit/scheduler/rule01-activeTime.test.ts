/**
 * Rule 1 (docs/RULES.md): sitting time accrues while active and through absences shorter than N, in working
 * hours and not paused. An absence is provisional: when it reaches N the session is taken back to its
 * last activity, about D before the idle report (the retroactive correction).
 */
import { describe, expect, test } from 'vitest';
import { local, MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 1: active time', () => {
  test('rule 1a: accrues while active; the last idle threshold stays provisional', () => {
    const sim = new Sim().advanceActive(10);
    expect(sim.accruedMin).toBe(10);
    // Final only up to now − D, so a late idle report never has to subtract (D = 60 s).
    expect(sim.state.cycleMs).toBe(9 * MIN);
    expect(sim.recordedActiveMin).toBe(9);
  });

  test('rule 1b: an idle report starts the absence D before it; a short absence keeps counting', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle();
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 9.5 * MIN);
    expect(sim.accruedMin).toBe(10.5);
    sim.wait(3);
    expect(sim.accruedMin).toBe(13.5);
    // Final only up to the start of the absence until the user is back (or it becomes a break).
    expect(sim.recordedActiveMin).toBe(9.5);
    sim.active();
    expect(sim.recordedActiveMin).toBe(13.5);
  });

  test('rule 1b: an absence that reaches N is taken back to the last activity (retroactive correction)', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    sim.idle(); // the user left at 9:30
    sim.wait(5); // N after 9:30
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 9.5 * MIN, durationMs: 5 * MIN }]);
    expect(sim.recordedActiveMin).toBe(9.5);
    expect(sim.accruedMin).toBe(0);
  });

  test('rule 1b: a longer idle threshold puts the start of the absence further back', () => {
    // N = 10 min: with N = 5 the 5 minutes before the report would already be a natural break.
    const sim = new Sim(MONDAY_9, { idleThresholdSec: 300, naturalBreakMin: 10 }).advanceActive(20);
    expect(sim.state.cycleMs).toBe(15 * MIN);
    sim.idle();
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 15 * MIN);
    sim.wait(5);
    expect(sim.accruedMin).toBe(0);
    expect(sim.recordedActiveMin).toBe(15);
  });

  test('rule 1c: the start of an absence is never before the last recorded activity (a user command)', () => {
    const sim = new Sim().advanceActive(10);
    sim.send({ type: 'resume' }); // any command proves the user is here at 10:00
    expect(sim.state.cycleMs).toBe(10 * MIN);
    sim.sleep(0.5);
    sim.idle();
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 10 * MIN);
    sim.wait(5);
    expect(sim.recordedActiveMin).toBe(10);
  });

  test('rule 1c: nor before the moment the user became active', () => {
    const sim = new Sim();
    sim.idle();
    sim.wait(6); // away long enough for a natural break
    sim.active(); // back at 6:00
    sim.sleep(20 / 60);
    sim.idle();
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 6 * MIN);
    sim.wait(5);
    expect(sim.recordedActiveMin).toBe(0);
  });

  test('rule 1d: nothing accrues outside working hours', () => {
    const sim = new Sim(local(2026, 3, 2, 8, 45), { workingHoursEnabled: true }).advanceActive(30);
    expect(sim.accruedMin).toBe(15);
    const evening = new Sim(local(2026, 3, 2, 17, 0), { workingHoursEnabled: true, workIntervalMin: 45 });
    evening.advanceActive(60);
    expect(evening.accruedMin).toBe(30);
    expect(evening.recordedActiveMin).toBe(30);
    expect(evening.reminderTimes).toEqual([]);
  });

  test('rule 1e: nothing accrues while paused', () => {
    const sim = new Sim().advanceActive(10);
    sim.send({ type: 'pause', until: sim.now + 20 * MIN });
    sim.wait(20);
    expect(sim.state.pausedUntil).toBeNull();
    expect(sim.accruedMin).toBe(10);
    sim.advanceActive(5);
    expect(sim.accruedMin).toBe(15);
  });

  test('rule 1f: nothing accrues during a guided break', () => {
    const sim = new Sim().advanceActive(10);
    sim.send({ type: 'startBreak' });
    sim.advanceActive(1.5);
    expect(sim.accruedMin).toBe(10);
    sim.send({ type: 'finishBreak', completed: true });
    expect(sim.accruedMin).toBe(0);
  });
});
