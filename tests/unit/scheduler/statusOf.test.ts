/** What the popup and the toolbar badge show: derived from the state, one distinct look per kind. */
import { describe, expect, test } from 'vitest';
import type { Status } from '../../../src/core/status.ts';
import { badgeOf, describe as statusOf } from '../../../src/core/statusOf.ts';
import { local, MIN, MONDAY_9, Sim } from './driver.ts';

const statusAfter = (sim: Sim): Status => statusOf(sim.state, sim.now, sim.prefs, null);

/** One simulator in each of the seven kinds. */
function oneOfEach(): Record<Status['kind'], Sim> {
  const working = new Sim().advanceActive(10);
  const due = new Sim().advanceActive(30);
  const snoozed = new Sim().advanceActive(30);
  snoozed.send({ type: 'snooze', minutes: 10 });
  const paused = new Sim().advanceActive(5);
  paused.send({ type: 'pause', until: paused.now + 30 * MIN });
  const offHours = new Sim(local(2026, 3, 2, 18, 0), { workingHoursEnabled: true }).advanceActive(1);
  const onBreak = new Sim().advanceActive(5);
  onBreak.send({ type: 'startBreak' });
  const away = new Sim().advanceActive(10);
  away.idle();
  return { working, due, snoozed, paused, offHours, onBreak, away };
}

describe('status and badge', () => {
  test('status: each kind is recognised from the state', () => {
    for (const [kind, sim] of Object.entries(oneOfEach())) expect(statusAfter(sim).kind).toBe(kind);
  });

  test('badge: each status kind has a distinct look, and the look names the kind', () => {
    const badges = Object.values(oneOfEach()).map((sim) => badgeOf(statusAfter(sim)));
    expect(badges.map((b) => b.look)).toEqual(['working', 'due', 'snoozed', 'paused', 'offHours', 'onBreak', 'away']);
    expect(new Set(badges.map((b) => b.look)).size).toBe(7);
    // Away for a minute is still sitting: the countdown has gone on (20 left, as when working).
    expect(badges.map((b) => b.text)).toEqual(['20', '!', 'zz', '||', 'off', '...', '20']);
  });

  test('status: away counts down during a short absence, and waits after a natural break', () => {
    const { away } = oneOfEach();
    const short = statusAfter(away);
    expect([short.kind, short.counting, short.remainingMs, short.nextBreakAt]).toEqual([
      'away',
      true,
      20 * MIN,
      away.now + 20 * MIN,
    ]);
    away.wait(5);
    const natural = statusAfter(away);
    expect([natural.kind, natural.counting, natural.remainingMs, natural.nextBreakAt]).toEqual([
      'away',
      false,
      30 * MIN,
      null,
    ]);
  });

  test('status: snooze and skip are offered only while a break is due (snooze also in the heads-up)', () => {
    const offered = (sim: Sim) => [statusAfter(sim).canSnooze, statusAfter(sim).canSkip];
    const all = oneOfEach();
    expect(offered(all.working)).toEqual([false, false]);
    expect(offered(all.due)).toEqual([true, true]);
    expect(offered(all.snoozed)).toEqual([true, true]);
    expect(offered(all.paused)).toEqual([false, false]);
    expect(offered(all.onBreak)).toEqual([false, false]);
    expect(offered(all.away)).toEqual([false, false]);
    const headsUp = new Sim(MONDAY_9, { headsUp: true }).advanceActive(29.5);
    expect(offered(headsUp)).toEqual([true, false]);
    const limit = new Sim(MONDAY_9, { snoozeLimit: 0 }).advanceActive(30);
    expect(offered(limit)).toEqual([false, true]);
  });

  test('badge: the countdown is rounded up to whole minutes and can be turned off', () => {
    const sim = new Sim().advanceActive(10).sleep(0.5);
    expect(badgeOf(statusAfter(sim)).text).toBe('20');
    expect(badgeOf(statusAfter(sim), false)).toEqual({ type: 'setBadge', text: '', look: 'working' });
  });

  test('status: figures while working, snoozed, paused and off hours', () => {
    const { working, snoozed, paused, offHours } = oneOfEach();
    const w = statusAfter(working);
    expect([w.accruedMs, w.remainingMs, w.nextBreakAt]).toEqual([10 * MIN, 20 * MIN, MONDAY_9 + 30 * MIN]);
    const s = statusAfter(snoozed);
    expect([s.snoozeUntil, s.nextBreakAt, s.snoozeCount, s.snoozesLeft]).toEqual([
      MONDAY_9 + 40 * MIN,
      MONDAY_9 + 40 * MIN,
      1,
      2,
    ]);
    const p = statusAfter(paused);
    expect([p.pausedUntil, p.nextBreakAt]).toEqual([MONDAY_9 + 35 * MIN, null]);
    expect(statusAfter(offHours).workStartsAt).toBe(local(2026, 3, 3, 9, 0));
  });

  test('status: today figures are passed through; none means zeros', () => {
    const sim = new Sim().advanceActive(1);
    const today = { activeMs: 5, taken: 1, short: 5, natural: 2, snoozed: 3, skipped: 4 };
    expect(statusOf(sim.state, sim.now, sim.prefs, today).today).toEqual(today);
    expect(statusAfter(sim).today).toEqual({ activeMs: 0, taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0 });
  });
});
