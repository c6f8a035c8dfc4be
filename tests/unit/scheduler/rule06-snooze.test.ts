/** Rule 6 (docs/RULES.md): snooze S returns the reminder S wall-clock minutes later; K snoozes in a row at most. */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, notable, Sim } from './driver.ts';

describe('rule 6: snooze with its limit', () => {
  test('rule 6a: the reminder returns S minutes of wall-clock time later', () => {
    const sim = new Sim().advanceActive(30);
    const result = sim.send({ type: 'snooze', minutes: 10 });
    expect(notable(result.effects)).toEqual([
      { type: 'clearReminder' },
      { type: 'record', entry: { kind: 'snoozed', at: MONDAY_9 + 30 * MIN } },
    ]);
    expect(result.effects.at(-1)).toEqual({ type: 'setBadge', text: 'zz', look: 'snoozed' });
    sim.advanceActive(15);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 40 * MIN]);
  });

  test('rule 6b: a snooze ending during a short absence is delivered at its end (the user may be reading)', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.advanceActive(3);
    sim.idle(); // no input since 32:00
    sim.wait(2.5); // the snooze ends at 35:00, 3 minutes into the absence: no natural break
    sim.active();
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 35 * MIN]);
  });

  test('rule 6c: after K snoozes in a row only Start and Skip: the next snooze is refused, state unchanged', () => {
    const sim = new Sim().advanceActive(30);
    const left: number[] = [];
    for (let i = 0; i < 3; i++) {
      left.push(
        ...sim
          .effects('showReminder')
          .slice(i)
          .map((e) => e.snoozesLeft),
      );
      expect(sim.send({ type: 'snooze', minutes: 5 }).rejected).toBeUndefined();
      sim.advanceActive(5);
    }
    expect(sim.effects('showReminder').map((e) => e.snoozesLeft)).toEqual([3, 2, 1, 0]);
    const before = sim.state;
    const refused = sim.send({ type: 'snooze', minutes: 5 });
    expect(refused.rejected?.message).toBe('The snooze limit (3 in a row) is reached.');
    expect(refused.state).toBe(before);
    expect(refused.effects).toEqual([]);
    expect(sim.records('snoozed')).toHaveLength(3);
  });

  test('rule 6d: a snooze limit of 0 offers no snooze at all', () => {
    const sim = new Sim(MONDAY_9, { snoozeLimit: 0 }).advanceActive(30);
    expect(sim.effects('showReminder')).toEqual([{ type: 'showReminder', snoozesLeft: 0 }]);
    expect(sim.send({ type: 'snooze', minutes: 5 }).rejected?.message).toBe(
      'The snooze limit (0 in a row) is reached.',
    );
  });

  test('rule 6e: the count is per cycle: a skip, a break or a natural break starts it again', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'snooze', minutes: 5 });
    sim.send({ type: 'snooze', minutes: 5 });
    sim.send({ type: 'skip' });
    expect(sim.state.snoozeCount).toBe(0);
    sim.advanceActive(30);
    expect(sim.effects('showReminder').at(-1)).toEqual({ type: 'showReminder', snoozesLeft: 3 });
  });

  test('rule 6f: with nothing due (28 minutes left) a snooze is refused: no record, no snooze used, no change', () => {
    const sim = new Sim().advanceActive(2);
    const before = sim.state;
    const refused = sim.send({ type: 'snooze', minutes: 5 });
    expect(refused.rejected?.code).toBe('nothingDue');
    expect(refused.state).toBe(before);
    expect(refused.effects).toEqual([]);
    sim.advanceActive(28);
    expect(sim.records('snoozed')).toEqual([]);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
    expect(sim.effects('showReminder')).toEqual([{ type: 'showReminder', snoozesLeft: 3 }]);
  });

  test('rule 6h: while the heads-up shows a snooze is taken, and the reminder comes when it ends', () => {
    const sim = new Sim(MONDAY_9, { headsUp: true }).advanceActive(29.5);
    expect(sim.effects('headsUp')).toHaveLength(1);
    expect(sim.send({ type: 'snooze', minutes: 10 }).rejected).toBeUndefined();
    sim.advanceActive(15);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 39.5 * MIN]);
    expect(sim.records('snoozed')).toHaveLength(1);
  });

  test('rule 6i: no snooze while paused, even with a break due', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'pause', until: sim.now + 30 * MIN });
    expect(sim.send({ type: 'snooze', minutes: 5 }).rejected?.code).toBe('paused');
  });

  test('rule 6g: a snooze of no time, or not a number, is refused', () => {
    const sim = new Sim().advanceActive(30);
    expect(sim.send({ type: 'snooze', minutes: 0 }).rejected?.message).toBe(
      'A snooze must be a positive number of minutes.',
    );
    expect(sim.send({ type: 'snooze', minutes: Number.NaN }).rejected?.message).toBe(
      'A snooze must be a positive number of minutes.',
    );
    expect(sim.state.snoozeCount).toBe(0);
  });
});
