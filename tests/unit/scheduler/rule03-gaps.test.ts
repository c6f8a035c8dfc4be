/**
 * Rule 3 (docs/RULES.md): gaps (browser closed, worker dead, machine asleep) and clock jumps. A silence of
 * more than 150 s while heartbeating is a gap: accrual is trusted up to the last heartbeat, the rest
 * is an absence like any other: shorter than N it is still the sitting session, N or longer it is a
 * natural break. Backwards is zero, never negative; no backlog however long the gap.
 */
import { describe, expect, test } from 'vitest';
import { HOUR, local, MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 3: gaps and clock jumps', () => {
  test('rule 3a: a gap of at least N is a natural break; accrual is trusted up to the last heartbeat', () => {
    const sim = new Sim().advanceActive(20).sleep(60);
    sim.send({ type: 'wake', idle: 'active' });
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 20 * MIN, durationMs: 60 * MIN }]);
    expect(sim.recordedActiveMin).toBe(20);
    expect(sim.accruedMin).toBe(0);
    expect(sim.reminderTimes).toEqual([]);
  });

  test('rule 3b: a shorter gap is no break: it is part of the sitting session', () => {
    const sim = new Sim().advanceActive(20).sleep(4);
    sim.send({ type: 'wake', idle: 'active' });
    expect(sim.records('natural')).toEqual([]);
    expect(sim.accruedMin).toBe(24);
    sim.advanceActive(10);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
  });

  test('rule 3c: a late alarm (silence up to 150 s) is no gap; 151 s is', () => {
    const late = new Sim().advanceActive(10).sleep(2.5);
    late.send({ type: 'alarm' });
    expect(late.accruedMin).toBe(12.5);
    const gap = new Sim().advanceActive(10).sleep(151 / 60);
    gap.send({ type: 'alarm' });
    expect(gap.state.idle).toBe('idle');
    // The absence starts at the last heartbeat; until it reaches N it still counts.
    expect(gap.state.inactiveSince).toBe(MONDAY_9 + 10 * MIN);
    expect(gap.state.cycleMs).toBe(10 * MIN);
  });

  test('rule 3d: a clock jumping backwards gives a gap of zero, never negative time', () => {
    const sim = new Sim().advanceActive(10);
    sim.at(sim.now - 2 * HOUR).send({ type: 'alarm' });
    expect(sim.state.idle).toBe('active');
    expect(sim.records('natural')).toEqual([]);
    expect(sim.accruedMin).toBe(10);
    sim.advanceActive(5);
    expect(sim.accruedMin).toBe(15);
    expect(sim.records('active').every((e) => 'ms' in e && e.ms > 0)).toBe(true);
  });

  test('rule 3d: relative deadlines move with a backward jump (snooze still lasts its minutes)', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'snooze', minutes: 10 });
    sim.advanceActive(2);
    sim.at(sim.now - HOUR).send({ type: 'alarm' });
    sim.advanceActive(10);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 40 * MIN - HOUR]);
  });

  test('rule 3d: away time before a backward jump still counts toward a natural break', () => {
    const sim = new Sim().advanceActive(10);
    sim.idle(); // stretch from 9:00
    sim.wait(3).send({ type: 'wake' }); // the scheduler can only know about time up to its last tick
    sim.at(sim.now - HOUR).send({ type: 'alarm' });
    sim.wait(5);
    // 5 minutes of real time away: one at the start (D), three before the jump, one after.
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 9 * MIN - HOUR, durationMs: 5 * MIN }]);
  });

  test('rule 3e: a forward clock jump is a gap: natural break, no backlog, the next reminder a full W later', () => {
    const sim = new Sim().advanceActive(29.5);
    sim.at(sim.now + 3 * HOUR).send({ type: 'alarm', idle: 'active' });
    expect(sim.records('natural')).toHaveLength(1);
    expect(sim.reminderTimes).toEqual([]);
    expect(sim.accruedMin).toBe(0);
    const back = sim.now;
    sim.advanceActive(45);
    expect(sim.reminderTimes).toEqual([back + 30 * MIN]);
  });

  test('rule 3f: one reminder at most after a gap, however many would have fallen in it', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 30 }).advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    const mark = sim.mark();
    sim.sleep(25); // shorter than N: not a break; the snooze ran out while asleep
    sim.send({ type: 'wake', idle: 'active' });
    expect(sim.effects('showReminder', mark)).toEqual([{ type: 'showReminder', snoozesLeft: 2 }]);
    const long = new Sim().advanceActive(30);
    long.send({ type: 'snooze', minutes: 5 });
    long.sleep(12 * 60).send({ type: 'wake', idle: 'active' });
    expect(long.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    expect(long.records('natural')).toHaveLength(1);
  });

  test('rule 3g: a pause that ended while asleep does not turn the sleep into active time', () => {
    const sim = new Sim().advanceActive(10);
    sim.send({ type: 'pause', until: sim.now + 20 * MIN });
    sim.sleep(3 * 60).send({ type: 'wake', idle: 'active' });
    expect(sim.recordedActiveMin).toBe(10);
    expect(sim.accruedMin).toBe(0);
    expect(sim.reminderTimes).toEqual([]);
    // The scheduler heartbeats during a pause too, so the silence is measured from its last tick.
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 10 * MIN, durationMs: 3 * HOUR }]);
  });

  test('rule 3g: working hours that began while asleep do not turn the sleep into active time', () => {
    const sim = new Sim(local(2026, 3, 2, 7, 30), { workingHoursEnabled: true }).advanceActive(10);
    sim.at(local(2026, 3, 2, 12, 0)).send({ type: 'wake', idle: 'active' });
    expect(sim.recordedActiveMin).toBe(0);
    expect(sim.accruedMin).toBe(0);
    expect(sim.reminderTimes).toEqual([]);
    expect(sim.records('natural')).toEqual([
      { kind: 'natural', at: local(2026, 3, 2, 7, 40), durationMs: 4 * HOUR + 20 * MIN },
    ]);
  });

  test('rule 3h: a browser closed for the night is a natural break: the morning starts a fresh cycle', () => {
    const sim = new Sim(local(2026, 3, 2, 17, 10), { workingHoursEnabled: true }).advanceActive(50);
    expect(sim.accruedMin).toBe(20);
    sim.at(local(2026, 3, 3, 8, 55)).send({ type: 'wake', idle: 'active' });
    expect(sim.records('natural')).toEqual([
      { kind: 'natural', at: local(2026, 3, 2, 18, 0), durationMs: 14 * HOUR + 55 * MIN },
    ]);
    sim.advanceActive(40);
    expect(sim.reminderTimes).toEqual([local(2026, 3, 3, 9, 30)]);
  });

  test('rule 3i: a machine asleep during a pause is a natural break too (the heartbeat goes on while paused)', () => {
    const sim = new Sim().advanceActive(20);
    sim.send({ type: 'pause', until: sim.now + 2 * HOUR });
    sim.advanceActive(10);
    sim.sleep(60).send({ type: 'wake', idle: 'active' });
    expect(sim.records('natural')).toEqual([{ kind: 'natural', at: MONDAY_9 + 30 * MIN, durationMs: HOUR }]);
    sim.advanceActive(50); // the pause ends at 2:20
    expect(sim.state.pausedUntil).toBeNull();
    sim.advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 170 * MIN]);
  });
});
