/** DESIGN 2, rule 7: skip resets the cycle; a guided break is logged as taken with its real duration. */
import { describe, expect, test } from 'vitest';
import { MIN, MONDAY_9, notable, Sim } from './driver.ts';

describe('rule 7: skip, start and finish a break', () => {
  test('rule 7a: skip withdraws the reminder, resets the cycle and is logged as skipped', () => {
    const sim = new Sim().advanceActive(30);
    const result = sim.send({ type: 'skip' });
    expect(notable(result.effects)).toEqual([
      { type: 'clearReminder' },
      { type: 'record', entry: { kind: 'skipped', at: MONDAY_9 + 30 * MIN } },
    ]);
    expect(sim.accruedMin).toBe(0);
    sim.advanceActive(31);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 60 * MIN]);
  });

  test('rule 7b: start opens the break page and stops accrual; finish logs taken with its real duration', () => {
    const sim = new Sim().advanceActive(30);
    const started = sim.send({ type: 'startBreak' });
    expect(notable(started.effects)).toEqual([{ type: 'clearReminder' }, { type: 'openBreakPage' }]);
    expect(started.effects.at(-1)).toEqual({ type: 'setBadge', text: '...', look: 'onBreak' });
    sim.advanceActive(3.5);
    const finished = sim.send({ type: 'finishBreak', completed: true });
    expect(notable(finished.effects)).toEqual([
      { type: 'record', entry: { kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 3.5 * MIN } },
    ]);
    expect(sim.accruedMin).toBe(0);
    sim.advanceActive(30);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN, MONDAY_9 + 63.5 * MIN]);
  });

  test('rule 7c: a break page left open B + 10 min counts as taken with duration B', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.wait(30); // the scheduler's own alarm ends it
    expect(sim.records('taken')).toEqual([{ kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 2 * MIN }]);
    expect(sim.log.find((s) => s.effect.type === 'record' && s.effect.entry.kind === 'taken')?.at).toBe(
      MONDAY_9 + 42 * MIN,
    );
    expect(sim.state.breakStartedAt).toBeNull();
  });

  test('rule 7d: finishing with no break running is refused; starting twice only reopens the page', () => {
    const sim = new Sim().advanceActive(5);
    expect(sim.send({ type: 'finishBreak', completed: true }).rejected).toBe('No break is running.');
    sim.send({ type: 'startBreak' });
    sim.sleep(1);
    expect(notable(sim.send({ type: 'startBreak' }).effects)).toEqual([{ type: 'openBreakPage' }]);
    expect(sim.state.breakStartedAt).toBe(MONDAY_9 + 5 * MIN);
  });

  test('rule 7e: a break early in the cycle also starts a new cycle; snoozing during it is refused', () => {
    const sim = new Sim().advanceActive(12);
    sim.send({ type: 'startBreak' });
    expect(sim.send({ type: 'snooze', minutes: 5 }).rejected).toBe('A break is running; finish or skip it first.');
    sim.sleep(2);
    sim.send({ type: 'finishBreak', completed: true });
    sim.advanceActive(31);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 44 * MIN]);
  });

  test('rule 7f: a break left open while the user walked away is one break, not also a natural one', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(1);
    sim.idle(); // stepped away from the screen to stretch
    sim.wait(40); // the page is abandoned at 42:00
    sim.active();
    expect(sim.records('taken')).toHaveLength(1);
    expect(sim.records('natural')).toEqual([]);
  });

  test('rule 7g: a break whose end alarm was missed is ended before the next command is judged', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(60); // the machine slept through the abandon alarm
    const restarted = sim.send({ type: 'startBreak' });
    expect(restarted.rejected).toBeUndefined();
    expect(sim.records('taken')).toEqual([{ kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 2 * MIN }]);
    expect(sim.state.breakStartedAt).toBe(sim.now); // the new break is running
    const snoozed = new Sim().advanceActive(30);
    snoozed.send({ type: 'startBreak' });
    snoozed.sleep(60);
    expect(snoozed.send({ type: 'snooze', minutes: 5 }).rejected).toBeUndefined();
  });

  test('rule 7h: a break page closed before half of B is logged as skipped with the time it lasted', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(0.05); // 3 s
    const closed = sim.send({ type: 'finishBreak', completed: false });
    expect(notable(closed.effects)).toEqual([
      { type: 'record', entry: { kind: 'skipped', at: MONDAY_9 + 30 * MIN, durationMs: 3_000 } },
    ]);
    expect(sim.records('taken')).toEqual([]);
    expect(sim.accruedMin).toBe(0);
  });

  test('rule 7i: a break page closed after half of B counts as taken with its real duration', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(1);
    const closed = sim.send({ type: 'finishBreak', completed: false });
    expect(notable(closed.effects)).toEqual([
      { type: 'record', entry: { kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 1 * MIN } },
    ]);
  });
});
