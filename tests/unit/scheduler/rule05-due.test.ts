/**
 * Rule 5 (docs/RULES.md): due when the sitting time reaches W; delivered while the countdown counts (the
 * user is active, or away for less than N: a reader is reminded too), never while locked or after a
 * natural break.
 */
import { describe, expect, test } from 'vitest';
import { local, MIN, MONDAY_9, Sim } from './driver.ts';

describe('rule 5: due when sitting reaches W', () => {
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

  test('rule 5b: delivered during a short absence (someone reading), at its time', () => {
    const sim = new Sim(MONDAY_9, { naturalBreakMin: 10 }).advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.advanceActive(2);
    sim.idle(); // no input since 31:00; the snooze ends at 35:00, still within N
    sim.wait(5);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 35 * MIN]);
    sim.active();
    expect(sim.reminderTimes).toHaveLength(2);
  });

  test('rule 5c: a reminder out during an absence is withdrawn when the absence becomes a natural break', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle(); // the absence starts at 19:00
    sim.setPrefs({ workIntervalMin: 20 }); // due now: the absence so far still counts
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 20 * MIN]);
    const mark = sim.mark();
    sim.wait(10);
    expect(sim.effects('clearReminder', mark)).toHaveLength(1);
    sim.active();
    expect(sim.records('natural')).toHaveLength(1);
    expect(sim.accruedMin).toBe(0);
  });

  test('rule 5e: never delivered once the absence is a natural break, even if W shrinks then', () => {
    const sim = new Sim().advanceActive(20);
    sim.idle();
    sim.wait(6); // natural break at 24:00
    sim.setPrefs({ workIntervalMin: 5 });
    sim.wait(5);
    expect(sim.reminderTimes).toEqual([]);
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
