/** Rule 8 (docs/RULES.md): pause until a time (auto-resume) or until tomorrow. */
import { describe, expect, test } from 'vitest';
import { pauseUntilTomorrow } from '../../../src/core/workingHours.ts';
import { local, MIN, MONDAY_9, notable, Sim } from './driver.ts';

describe('rule 8: pause', () => {
  test('rule 8a: pause until a time freezes accrual and resumes by itself at that time', () => {
    const sim = new Sim().advanceActive(10);
    const paused = sim.send({ type: 'pause', until: MONDAY_9 + 30 * MIN });
    // Still a heartbeat: a silence during a pause is a gap too (rule 3).
    expect(paused.effects.slice(-2)).toEqual([
      { type: 'scheduleAlarm', at: MONDAY_9 + 11 * MIN },
      { type: 'setBadge', text: '||', look: 'paused' },
    ]);
    sim.wait(20);
    expect(sim.state.pausedUntil).toBeNull();
    expect(sim.accruedMin).toBe(10);
    sim.wait(20);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 50 * MIN]);
  });

  test('rule 8b: a pause withdraws the reminder; a reminder still due comes back when the pause ends', () => {
    const sim = new Sim().advanceActive(30);
    expect(notable(sim.send({ type: 'pause', until: sim.now + 10 * MIN }).effects)).toEqual([
      { type: 'clearReminder' },
    ]);
    sim.advanceActive(9);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    sim.advanceActive(1);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 40 * MIN]);
  });

  test('rule 8c: resume ends the pause early; accrual starts again from that moment', () => {
    const sim = new Sim().advanceActive(10);
    sim.send({ type: 'pause', until: sim.now + 60 * MIN });
    sim.advanceActive(5);
    sim.send({ type: 'resume' });
    expect(sim.state.pausedUntil).toBeNull();
    sim.advanceActive(20);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 35 * MIN]);
  });

  test('rule 8d: a pause must end in the future', () => {
    const sim = new Sim().advanceActive(5);
    expect(sim.send({ type: 'pause', until: sim.now }).rejected?.message).toBe('A pause must end in the future.');
    expect(sim.send({ type: 'pause', until: Number.NaN }).rejected?.message).toBe('A pause must end in the future.');
    expect(sim.state.pausedUntil).toBeNull();
  });

  test('rule 8e: until tomorrow without working hours is the next local 04:00', () => {
    const prefs = new Sim().prefs;
    expect(pauseUntilTomorrow(local(2026, 3, 2, 15, 0), prefs)).toBe(local(2026, 3, 3, 4, 0));
    expect(pauseUntilTomorrow(local(2026, 3, 3, 1, 0), prefs)).toBe(local(2026, 3, 3, 4, 0));
    expect(pauseUntilTomorrow(local(2026, 3, 3, 4, 0), prefs)).toBe(local(2026, 3, 4, 4, 0));
    const sim = new Sim(local(2026, 3, 2, 15, 0)).advanceActive(10);
    sim.send({ type: 'pause', until: pauseUntilTomorrow(sim.now, sim.prefs) });
    sim.sleep(0.5);
    sim.idle(); // gone for the night: the natural break alarm, then the end of the pause
    const mark = sim.mark();
    sim.wait(24 * 60);
    const alarms = [
      ...new Set(
        sim.log
          .slice(mark)
          .filter((s) => s.event === 'alarm')
          .map((s) => s.at),
      ),
    ];
    expect(alarms).toEqual([local(2026, 3, 2, 15, 15), local(2026, 3, 3, 4, 0)]);
    expect(sim.state.pausedUntil).toBeNull();
  });

  test('rule 8f: until tomorrow with working hours is the next working start on a later day', () => {
    const hours = new Sim(MONDAY_9, { workingHoursEnabled: true }).prefs;
    expect(pauseUntilTomorrow(local(2026, 3, 2, 15, 0), hours)).toBe(local(2026, 3, 3, 9, 0));
    expect(pauseUntilTomorrow(local(2026, 3, 2, 20, 0), hours)).toBe(local(2026, 3, 3, 9, 0));
    expect(pauseUntilTomorrow(local(2026, 3, 3, 8, 0), hours)).toBe(local(2026, 3, 4, 9, 0));
    // Friday afternoon and Saturday resume on Monday; the weekend is not working time.
    expect(pauseUntilTomorrow(local(2026, 3, 6, 15, 0), hours)).toBe(local(2026, 3, 9, 9, 0));
    expect(pauseUntilTomorrow(local(2026, 3, 7, 11, 0), hours)).toBe(local(2026, 3, 9, 9, 0));
  });

  test('rule 8g: until tomorrow at 01:00 means the coming morning, with or without working hours', () => {
    const hours = new Sim(MONDAY_9, { workingHoursEnabled: true }).prefs;
    expect(pauseUntilTomorrow(local(2026, 3, 3, 1, 0), hours)).toBe(local(2026, 3, 3, 9, 0));
  });
});
