/**
 * Rule 7 (docs/RULES.md): skip (only while a break is due) resets the cycle; a guided break is logged with
 * its real duration, as taken when B was spent or the routine was finished after half of B, otherwise
 * as short (never counted as kept).
 */
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
    expect(notable(started.effects)).toEqual([
      { type: 'clearReminder' },
      { type: 'openBreakPage', breakId: MONDAY_9 + 30 * MIN },
    ]);
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
    expect(sim.send({ type: 'finishBreak', completed: true }).rejected?.message).toBe('No break is running.');
    sim.send({ type: 'startBreak' });
    sim.sleep(1);
    expect(notable(sim.send({ type: 'startBreak' }).effects)).toEqual([
      { type: 'openBreakPage', breakId: MONDAY_9 + 5 * MIN },
    ]);
    expect(sim.state.breakStartedAt).toBe(MONDAY_9 + 5 * MIN);
  });

  test('rule 7e: a break early in the cycle also starts a new cycle; snoozing during it is refused', () => {
    const sim = new Sim().advanceActive(12);
    sim.send({ type: 'startBreak' });
    expect(sim.send({ type: 'snooze', minutes: 5 }).rejected?.message).toBe(
      'A break is running; finish it on its page first.',
    );
    expect(sim.send({ type: 'skip' }).rejected?.code).toBe('breakRunning');
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
    // After it, a new cycle has begun: nothing is due, so there is nothing to snooze.
    const snoozed = new Sim().advanceActive(30);
    snoozed.send({ type: 'startBreak' });
    snoozed.sleep(60);
    const refused = snoozed.send({ type: 'snooze', minutes: 5 });
    expect(refused.rejected?.code).toBe('nothingDue');
    expect(snoozed.state.breakStartedAt).not.toBeNull(); // refused: the state is as it was before
  });

  test('rule 7h: a break page closed early is a short break with the time it lasted', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(0.05); // 3 s
    const closed = sim.send({ type: 'finishBreak', completed: false });
    expect(notable(closed.effects)).toEqual([
      { type: 'record', entry: { kind: 'short', at: MONDAY_9 + 30 * MIN, durationMs: 3_000 } },
    ]);
    expect(sim.records('taken')).toEqual([]);
    expect(sim.accruedMin).toBe(0);
  });

  test('rule 7i: a 3-second break with the routine finished is short, not taken', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    sim.sleep(0.05); // Done (or Next three times) after 3 s
    const done = sim.send({ type: 'finishBreak', completed: true });
    expect(notable(done.effects)).toEqual([
      { type: 'record', entry: { kind: 'short', at: MONDAY_9 + 30 * MIN, durationMs: 3_000 } },
    ]);
    expect(sim.records('taken')).toEqual([]);
  });

  test('rule 7j: taken needs the routine finished after half of B, or B spent', () => {
    const finished = new Sim().advanceActive(30);
    finished.send({ type: 'startBreak' });
    finished.sleep(1); // half of B = 2 min
    expect(notable(finished.send({ type: 'finishBreak', completed: true }).effects)).toEqual([
      { type: 'record', entry: { kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 1 * MIN } },
    ]);
    const closedHalf = new Sim().advanceActive(30);
    closedHalf.send({ type: 'startBreak' });
    closedHalf.sleep(1);
    expect(closedHalf.send({ type: 'finishBreak', completed: false }).effects).toContainEqual({
      type: 'record',
      entry: { kind: 'short', at: MONDAY_9 + 30 * MIN, durationMs: 1 * MIN },
    });
    const closedFull = new Sim().advanceActive(30);
    closedFull.send({ type: 'startBreak' });
    closedFull.sleep(2);
    expect(closedFull.send({ type: 'finishBreak', completed: false }).effects).toContainEqual({
      type: 'record',
      entry: { kind: 'taken', at: MONDAY_9 + 30 * MIN, durationMs: 2 * MIN },
    });
  });

  test('rule 7k: with nothing due a skip is refused and logs nothing', () => {
    const sim = new Sim().advanceActive(2);
    const before = sim.state;
    const refused = sim.send({ type: 'skip' });
    expect(refused.rejected?.code).toBe('nothingDue');
    expect(refused.state).toBe(before);
    expect(refused.effects).toEqual([]);
    sim.advanceActive(28);
    expect(sim.records('skipped')).toEqual([]);
    expect(sim.reminderTimes).toEqual([MONDAY_9 + 30 * MIN]);
  });

  test('rule 7l: finishing names its break: a page left from an earlier break ends nothing', () => {
    const sim = new Sim().advanceActive(30);
    sim.send({ type: 'startBreak' });
    const first = sim.state.breakId as number;
    sim.sleep(3);
    sim.send({ type: 'finishBreak', completed: true, breakId: first });
    sim.advanceActive(30);
    sim.send({ type: 'startBreak' });
    const refused = sim.send({ type: 'finishBreak', completed: false, breakId: first });
    expect(refused.rejected?.code).toBe('otherBreak');
    expect(sim.state.breakId).not.toBe(first);
    expect(sim.state.breakStartedAt).not.toBeNull();
  });

  test('rule 7m: Start pressed on a break page opens no page: that page shows the break itself', () => {
    const sim = new Sim().advanceActive(30);
    const started = sim.send({ type: 'startBreak', onPage: true });
    expect(notable(started.effects)).toEqual([{ type: 'clearReminder' }]);
    expect(sim.state.breakId).toBe(MONDAY_9 + 30 * MIN);
    // Asked again while it runs (another page's "show the running break"), the break's page is brought forward.
    expect(notable(sim.send({ type: 'startBreak' }).effects)).toEqual([
      { type: 'openBreakPage', breakId: MONDAY_9 + 30 * MIN },
    ]);
  });
});
