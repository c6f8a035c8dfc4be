/** Preferences changed in the middle of a cycle: the rules are re-evaluated with the new values. */
import { describe, expect, test } from 'vitest';
import { describe as statusOf } from '../../../src/core/statusOf.ts';
import { MIN, MONDAY_9, Sim } from './driver.ts';

describe('settings changed mid-cycle', () => {
  test('settings: a longer W moves the reminder out; accrued time is kept', () => {
    const sim = new Sim().advanceActive(20);
    sim.setPrefs({ workIntervalMin: 45 });
    expect(sim.accruedMin).toBe(20);
    sim.advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 45 * MIN]);
  });

  test('settings: a shorter W still above the accrued time moves the reminder in', () => {
    const sim = new Sim().advanceActive(20);
    sim.setPrefs({ workIntervalMin: 25 });
    sim.advanceActive(10);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 25 * MIN]);
  });

  test('settings: W shortened below the accrued time gives the reminder at once, no negative countdown', () => {
    const sim = new Sim().advanceActive(20);
    const result = sim.setPrefs({ workIntervalMin: 15 });
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 20 * MIN]);
    expect(result.effects.at(-1)).toEqual({ type: 'setBadge', text: '!', look: 'due' });
    const status = statusOf(sim.state, sim.now, sim.prefs, null);
    expect([status.kind, status.remainingMs, status.nextBreakAt]).toEqual(['due', 0, sim.now]);
    sim.advanceActive(10);
    expect(sim.reminderTimes).toHaveLength(1);
  });

  test('settings: W shortened below the accrued time during a short absence reminds at once', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(20);
    sim.idle();
    sim.setPrefs({ workIntervalMin: 15 });
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 20 * MIN]);
  });

  test('settings: W shortened while the screen is locked waits for the next activity', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(20);
    sim.idle('locked');
    sim.setPrefs({ workIntervalMin: 15 });
    expect(sim.reminderTimes).toEqual([]);
    sim.wait(3);
    sim.active();
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 23 * MIN]);
  });

  test('settings: a shorter N turns the current away stretch into a natural break at once', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(20);
    sim.idle(); // away from 19:00
    sim.wait(6);
    expect(sim.records('natural')).toEqual([]);
    sim.setPrefs({ naturalBreakMin: 5 });
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 19 * MIN, durationMs: 7 * MIN }]);
  });

  test('settings: a longer N turns a would-be natural break into a short absence, part of the session', () => {
    const sim = new Sim(MONDAY_9, { workIntervalMin: 45 }).advanceActive(20);
    sim.idle(); // from 19:00
    sim.setPrefs({ naturalBreakMin: 15 });
    sim.wait(10);
    sim.active(); // back at 30:00, 11 minutes away
    expect(sim.records('natural')).toEqual([]);
    expect(sim.accruedMin).toBe(30);
  });

  test('settings: a lower snooze limit applies to the snoozes already used', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.send({ type: 'snooze', minutes: 5 });
    sim.setPrefs({ snoozeLimit: 2 });
    expect(sim.send({ type: 'snooze', minutes: 5 }).rejected?.message).toBe(
      'The snooze limit (2 in a row) is reached.',
    );
  });

  test('settings: a longer idle threshold never takes back time already final', () => {
    const sim = new Sim().advanceActive(20);
    sim.setPrefs({ idleThresholdSec: 300 });
    sim.idle();
    expect(sim.state.inactiveSince).toBe(MONDAY_9 + 19 * MIN);
    sim.wait(5);
    expect(sim.recordedActiveMin).toBe(19);
  });

  test('settings: an outstanding reminder stays until answered when W grows past the accrued time', () => {
    // Documented behaviour: the scheduler cannot tell this from a reminder whose tail was taken back
    // by the idle correction, so it leaves the answer to the user; the new W applies to the next cycle.
    const sim = new Sim().advanceActive(30);
    sim.setPrefs({ workIntervalMin: 45 });
    expect(sim.state.reminderShown).toBe(true);
    sim.send({ type: 'skip' });
    sim.advanceActive(46);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 75 * MIN]);
  });
});
