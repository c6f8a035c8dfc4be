/** DESIGN 2, rule 5: due when accrued >= W and the user is active; never delivered while away. */
import { describe, expect, test } from 'vitest';
import { local, MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 5: due only while active', () => {
  test('rule 5a: the reminder comes at exactly W of active time, with one reminded record', () => {
    const sim = new Sim().wait(0); // the faithful background: only the alarms the scheduler set
    sim.send({ type: 'wake', idle: 'active' });
    const mark = sim.mark();
    sim.wait(29);
    expect(sim.effects('showReminder', mark)).toEqual([]);
    sim.wait(1);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    expect(sim.last.effects).toEqual([
      { type: 'record', entry: { kind: 'active', day: '2026-03-02', ms: MIN } },
      { type: 'showReminder', snoozesLeft: 3 },
      { type: 'record', entry: { kind: 'reminded', at: MONDAY_9 + 30 * MIN } },
      { type: 'scheduleAlarm', at: MONDAY_9 + 31 * MIN },
      { type: 'setBadge', text: '!', look: 'due' },
    ]);
    sim.wait(10);
    expect(sim.reminderTimes).toHaveLength(1);
    expect(sim.records('reminded')).toHaveLength(1);
  });

  test('rule 5b: never delivered while idle; delivered at the next activity', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.advanceActive(2);
    sim.idle(); // away from 31:00; the snooze ends at 35:00 while away
    sim.wait(5);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    expect(sim.state.snoozeUntil).toBe(MONDAY_9 + 35 * MIN);
    sim.active();
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 37 * MIN]);
  });

  test('rule 5c: a due reminder is cancelled by a natural break instead', () => {
    const sim = new Sim().advanceActive(29.5);
    sim.idle(); // stopped at 28:30
    sim.setPrefs({ workIntervalMin: 20 }); // due now, but the user is away
    sim.wait(10);
    sim.active();
    expect(sim.reminderTimes).toEqual([]);
    expect(sim.records('natural')).toHaveLength(1);
    expect(sim.accruedMin).toBe(0);
  });

  test('rule 5d: no reminder outside working hours, even when due', () => {
    const sim = new Sim(local(2026, 3, 2, 17, 0), { workingHoursEnabled: true }).advanceActive(30);
    sim.setPrefs({ workIntervalMin: 20 });
    sim.advanceActive(60);
    expect(sim.accruedMin).toBe(30);
    expect(sim.reminderTimes).toEqual([]);
  });
});
