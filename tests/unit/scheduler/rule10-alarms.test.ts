/** Rule 10 (docs/RULES.md): alarms are never trusted alone; every wake recomputes the one alarm. */
import { describe, expect, test } from 'vitest';
import { step } from '../../../src/core/scheduler.ts';
import { local, MIN, MONDAY_9, Sim } from './driver.ts';

const alarmOf = (sim: Sim) => sim.last.effects.find((e) => e.type === 'scheduleAlarm');

describe('rule 10: alarms recomputed on every wake', () => {
  test('rule 10a: while accruing the alarm is the next heartbeat, or the due moment if sooner', () => {
    const sim = new Sim().advanceActive(10);
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: MONDAY_9 + 11 * MIN });
    sim.advanceActive(19).sleep(0.5).send({ type: 'wake' });
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: MONDAY_9 + 30 * MIN });
  });

  test('rule 10b: while away the alarm is the moment the stretch becomes a natural break, then none', () => {
    const sim = new Sim().advanceActive(10);
    sim.idle();
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: MONDAY_9 + 14 * MIN });
    sim.wait(5);
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: null });
  });

  test('rule 10c: a missed alarm is made good by the next event of any kind', () => {
    const sim = new Sim().advanceActive(29);
    sim.sleep(1.5).send({ type: 'idleState', idle: 'active' }); // the 30:00 alarm never came
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30.5 * MIN]);
    expect(sim.accruedMin).toBe(30.5);
  });

  test('rule 10d: an alarm at any other moment changes nothing but the schedule', () => {
    const sim = new Sim().advanceActive(10);
    const again = step(sim.state, { type: 'alarm' }, sim.now, sim.prefs);
    expect(again.state).toEqual(sim.state);
    expect(again.effects).toEqual(sim.last.effects.filter((e) => e.type !== 'record'));
  });

  test('rule 10e: outside working hours the heartbeat goes on while active (gaps), and stops when away', () => {
    const sim = new Sim(local(2026, 3, 2, 17, 0), { workingHoursEnabled: true }).advanceActive(59);
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: local(2026, 3, 2, 18, 0) });
    sim.idle();
    sim.wait(10);
    expect(alarmOf(sim)).toEqual({ type: 'scheduleAlarm', at: null });
    const early = new Sim(local(2026, 3, 3, 8, 59, 30), { workingHoursEnabled: true });
    early.send({ type: 'wake' });
    expect(alarmOf(early)).toEqual({ type: 'scheduleAlarm', at: local(2026, 3, 3, 9, 0) });
  });

  test('rule 10f: the input state is never mutated', () => {
    const sim = new Sim().advanceActive(30);
    const frozen = structuredClone(sim.state);
    step(sim.state, { type: 'skip' }, sim.now + MIN, sim.prefs);
    step(sim.state, { type: 'wake', idle: 'locked' }, sim.now + 60 * MIN, sim.prefs);
    expect(sim.state).toEqual(frozen);
  });

  test('rule 10g: after a browser restart, a reminder that was on screen is delivered again (logged once)', () => {
    const sim = new Sim().advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    sim.sleep(1);
    const restarted = sim.send({ type: 'wake', idle: 'active', restarted: true });
    expect(restarted.effects.filter((e) => e.type === 'showReminder')).toHaveLength(1);
    expect(sim.records('reminded')).toHaveLength(1);
    // A plain wake (the popup asking for the status) does not repeat it.
    const plain = sim.send({ type: 'wake', idle: 'active' });
    expect(plain.effects.filter((e) => e.type === 'showReminder')).toEqual([]);
  });
});
