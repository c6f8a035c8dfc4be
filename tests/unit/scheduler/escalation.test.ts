/**
 * Escalation (src/core/escalation.ts): a reminder left unanswered while the person keeps working
 * comes back once as the reminder window, then waits: no second window, no backlog. It can be
 * turned off, and away time never brings it.
 */
import { describe, expect, test } from 'vitest';
import { ESCALATE_AFTER_MS } from '../../../src/core/escalation.ts';
import { MIN, MONDAY_9, Sim } from './driver.ts';

/** Wall times at which the reminder came back as the window. */
const escalations = (sim: Sim) => sim.log.filter((s) => s.effect.type === 'escalateReminder').map((s) => s.at);

describe('escalation: an ignored reminder comes back once as the window', () => {
  test('after a few minutes of work past the reminder, once, and never again however long the work goes on', () => {
    expect(ESCALATE_AFTER_MS).toBe(3 * MIN);
    const sim = new Sim().advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    sim.advanceActive(2);
    expect(escalations(sim)).toEqual([]);
    sim.advanceActive(1);
    // Three minutes of active time after the reminder (committed accrual lags D both times).
    expect(escalations(sim)).toEqual([MONDAY_9 + 33 * MIN]);
    sim.advanceActive(120);
    expect(escalations(sim)).toHaveLength(1);
    expect(sim.reminderTimes).toHaveLength(1);
    expect(sim.state.reminderShown).toBe(true);
  });

  test('turned off, the reminder stays a notification', () => {
    const sim = new Sim(MONDAY_9, { escalateReminder: false }).advanceActive(60);
    expect(sim.reminderTimes).toHaveLength(1);
    expect(escalations(sim)).toEqual([]);
  });

  test('away after the reminder, nothing comes back; the time away ends the cycle as a natural break', () => {
    const sim = new Sim().advanceActive(30);
    sim.idle();
    sim.wait(10);
    expect(escalations(sim)).toEqual([]);
    sim.active();
    sim.advanceActive(10);
    expect(escalations(sim)).toEqual([]);
    expect(sim.records('natural')).toHaveLength(1);
  });

  test('answered in time (snoozed), it does not come back; the reminder after the snooze may, once', () => {
    const sim = new Sim().advanceActive(31);
    sim.send({ type: 'snooze', minutes: 5 });
    const mark = sim.mark();
    sim.advanceActive(5);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 36 * MIN]);
    expect(sim.effects('escalateReminder', mark)).toEqual([]);
    sim.advanceActive(3);
    expect(escalations(sim)).toEqual([MONDAY_9 + 39 * MIN]);
    sim.advanceActive(30);
    expect(escalations(sim)).toHaveLength(1);
  });

  test('a break started, skipped or paused before the mark clears it', () => {
    for (const answer of [{ type: 'startBreak' }, { type: 'skip' }, { type: 'pause', until: 0 }] as const) {
      const sim = new Sim().advanceActive(31);
      sim.send(answer.type === 'pause' ? { type: 'pause', until: sim.now + 60 * MIN } : answer);
      expect(sim.state.escalateAtMs).toBeNull();
      sim.advanceActive(10);
      expect(escalations(sim), answer.type).toEqual([]);
    }
  });

  test('switched on while a reminder is waiting, it comes back at the usual mark', () => {
    const sim = new Sim(MONDAY_9, { escalateReminder: false }).advanceActive(31);
    sim.setPrefs({ escalateReminder: true });
    sim.advanceActive(2);
    expect(escalations(sim)).toEqual([MONDAY_9 + 33 * MIN]);
  });

  test('a browser restart re-delivers the reminder and the wait starts again, with no window at once', () => {
    const sim = new Sim().advanceActive(32);
    sim.send({ type: 'wake', idle: 'active', restarted: true });
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 32 * MIN]);
    expect(escalations(sim)).toEqual([]);
    sim.advanceActive(3);
    expect(escalations(sim)).toEqual([MONDAY_9 + 35 * MIN]);
  });

  test('a reminder held for full screen is not delivered, so nothing escalates until it is', () => {
    const sim = new Sim().advanceActive(29);
    sim.send({ type: 'holdChanged', hold: 'fullscreen' });
    sim.advanceActive(20);
    expect(sim.reminderTimes).toEqual([]);
    expect(escalations(sim)).toEqual([]);
  });
});
