/**
 * Rule 4 (docs/RULES.md): an absence of at least N resets the cycle and is logged as natural, with its real
 * length once the user is back; a shorter one is part of the sitting session.
 */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 4: natural break', () => {
  test('rule 4a: a non-active stretch of N resets accrued time to 0, recorded once when detected', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle(); // the stretch starts at 19:00 (D = 60 s)
    const mark = sim.mark();
    sim.wait(3.5);
    expect(sim.records('natural')).toEqual([]);
    sim.wait(0.5);
    expect(sim.effects('record', mark)).toEqual([
      { type: 'record', entry: { kind: 'natural', at: MONDAY_9 + 19 * MIN, durationMs: 5 * MIN } },
    ]);
    expect(sim.accruedMin).toBe(0);
    sim.wait(16);
    sim.active();
    sim.advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 70 * MIN]);
    expect(sim.records('natural')).toHaveLength(1);
  });

  test('rule 4b: an absence just under N keeps the cycle, and counts as sitting', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle();
    sim.wait(3.99);
    sim.active();
    expect(sim.accruedMin).toBeCloseTo(23.99, 10);
    expect(sim.recordedActiveMin).toBeCloseTo(23.99, 10);
    expect(sim.records('natural')).toEqual([]);
  });

  test('rule 4c: a natural break withdraws an outstanding reminder and resets the snooze count', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.advanceActive(5);
    expect(sim.state.reminderShown).toBe(true);
    expect(sim.state.snoozeCount).toBe(1);
    sim.idle();
    const mark = sim.mark();
    sim.wait(10);
    expect(sim.effects('clearReminder', mark)).toHaveLength(1);
    expect(sim.state.reminderShown).toBe(false);
    expect(sim.state.snoozeCount).toBe(0);
  });

  test('rule 4d: a shorter N (a preference) is honoured', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 2 }).advanceActive(10);
    sim.idle();
    sim.wait(2);
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 9 * MIN, durationMs: 2 * MIN }]);
  });
});
