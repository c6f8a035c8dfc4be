/**
 * The scheduler's invariants (docs/RULES.md), over 10,000 seeded random timelines (randomTimeline.ts) run through the
 * simulator and replayed against what really happened (truth.ts). One run checks every property;
 * each failure names its property, the step and the state, and fast-check prints the shrunk timeline.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { accruedAt, MAX_QUIET_MS } from '../../../src/core/activity.ts';
import { holdApplies } from '../../../src/core/holdRules.ts';
import { expectsHeartbeat } from '../../../src/core/schedulerState.ts';
import type { Effect } from '../../../src/core/schedulerTypes.ts';
import { timingOf } from '../../../src/core/settings.ts';
import { isWorkingTime } from '../../../src/core/workingHours.ts';
import { runTimeline, type SimStep } from '../../../src/sim/runTimeline.ts';
import { type Scenario, scenario, timelineOf } from './randomTimeline.ts';
import { present, replay, type Truth } from './truth.ts';

const SEED = 20_260_302;
const RUNS = 10_000;

const count = (effects: Effect[], pred: (e: Effect) => boolean) => effects.filter(pred).length;
const isRecord = (kind: string) => (e: Effect) => e.type === 'record' && e.entry.kind === kind;
const RESETS = ['natural', 'taken', 'short', 'skipped'];
const activeMsOf = (effects: Effect[]) =>
  effects.reduce((sum, e) => sum + (e.type === 'record' && e.entry.kind === 'active' ? e.entry.ms : 0), 0);

function fail(property: string, step: SimStep, i: number, detail: string): never {
  throw new Error(`${property}: step ${i} (${step.event.type} at ${new Date(step.now).toISOString()}): ${detail}`);
}

/** Runs one scenario and checks all six properties at every step. */
function checkAll(sc: Scenario): void {
  const timeline = timelineOf(sc);
  const run = runTimeline(timeline);
  const K = sc.prefs.snoozeLimit;
  let outstanding = false;
  let snoozesInCycle = 0;
  let stretch: { startClock: number; fromStep: number } | null = null;
  const truth = replay(timeline, run.steps, (step, t: Truth, i) => {
    const { before, result, now, prefs } = step;
    const after = result.state;
    const T = timingOf(prefs);
    const fx = result.effects;

    // 1. Active time is never negative.
    if (after.cycleMs < 0 || accruedAt(after, now, prefs) < 0)
      fail('never negative', step, i, `cycle ${after.cycleMs}`);
    for (const e of fx)
      if (e.type === 'record' && e.entry.kind === 'active' && e.entry.ms <= 0)
        fail('never negative', step, i, 'record');

    // 2. Never a reminder while away for N or longer (a shorter absence is still sitting: someone
    // reading is reminded), locked, asleep, paused, on a break, held (under the maximum) or outside
    // working hours.
    const shown = count(fx, (e) => e.type === 'showReminder');
    if (shown > 0) {
      const awayTooLong = !present(t) && (t.absentMs ?? 0) >= T.naturalMs && !t.jumpedBack;
      if (!t.awake || after.idle === 'locked' || awayTooLong) {
        fail('no reminder while away', step, i, `truth ${JSON.stringify(t)}`);
      }
      if (after.pausedUntil !== null || after.breakStartedAt !== null) fail('no reminder while paused', step, i, '');
      if (!isWorkingTime(now, prefs)) fail('no reminder outside working hours', step, i, '');
      if (holdApplies(t.hold, prefs)) {
        const heldSince = before.holdSince === null ? null : before.holdSince - Math.max(0, before.lastTick - now);
        if (heldSince === null || now - heldSince < T.maxHoldMs)
          fail('no reminder while held', step, i, `${heldSince}`);
      }
    }

    // 3. At most one reminder outstanding. A clear with none outstanding is allowed: every answer and
    // natural break clears, in case a reminder is on screen that a lost step never stored.
    for (const e of fx) {
      if (e.type === 'showReminder' && outstanding) fail('one reminder at most', step, i, 'shown twice');
      if (e.type === 'showReminder') outstanding = true;
      if (e.type === 'clearReminder') outstanding = false;
    }
    if (after.reminderShown !== outstanding) fail('one reminder at most', step, i, 'state disagrees');

    // 4. Snoozes in a row never above the limit (K is fixed for a run); a refusal changes nothing.
    for (const e of fx) {
      if (e.type === 'record' && RESETS.includes(e.entry.kind)) snoozesInCycle = 0;
      if (isRecord('snoozed')(e)) snoozesInCycle++;
    }
    if (snoozesInCycle > K || after.snoozeCount > K) fail('snooze limit', step, i, `${snoozesInCycle} > ${K}`);
    if (result.rejected && (after !== before || fx.length > 0))
      fail('refusal changes nothing', step, i, result.rejected.message);

    // 5. A non-active stretch of N (no backward jump in it) always resets the cycle: nothing of the
    // cycle before it is left when the user is back. (The scheduler may have seen it start earlier.)
    if (!present(t) && stretch === null) {
      stretch = { startClock: t.real + t.offset, fromStep: i };
      t.jumpedBack = false;
    } else if (present(t) && stretch !== null && !result.rejected) {
      const long = now - stretch.startClock >= T.naturalMs && !t.jumpedBack && after.breakStartedAt === null;
      if (long && accruedAt(after, now, prefs) !== 0) {
        fail('a natural break resets the cycle', step, i, `stretch from step ${stretch.fromStep}`);
      }
      stretch = null;
    }

    // 6. A clock jump or gap creates no backlog: one reminder and one natural break at most, and no
    // sitting time for it beyond the silence itself, and that only when it is shorter than N.
    if (shown > 1 || count(fx, isRecord('natural')) > 1) fail('no backlog', step, i, 'more than one');
    const silence = now - before.lastTick;
    const prevIdleMs = timingOf(run.steps[i - 1]?.prefs ?? prefs).idleMs;
    const allowed = prevIdleMs + (silence < T.naturalMs ? silence : 0);
    if (expectsHeartbeat(before) && silence > MAX_QUIET_MS && activeMsOf(fx) > allowed) {
      fail('no backlog', step, i, `${activeMsOf(fx)} ms active for a ${silence} ms silence`);
    }
  });

  // 1b. Never more than the sitting time that really passed: active, plus absences shorter than N.
  if (run.accounting.activeMs > truth.sittingWallMs) {
    throw new Error(`never more than sitting time: ${run.accounting.activeMs} > ${truth.sittingWallMs}`);
  }
}

describe('scheduler properties', () => {
  test(`${RUNS} seeded random timelines: active time bounded, reminders only when allowed, one at a time, snooze limit, natural breaks reset, no backlog`, () => {
    fc.assert(
      fc.property(scenario, (sc) => checkAll(sc)),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  test('the generator reaches every interesting situation', () => {
    const seen = new Set<string>();
    for (const sc of fc.sample(scenario, { seed: SEED, numRuns: 500 })) {
      for (const s of runTimeline(timelineOf(sc)).steps) {
        for (const e of s.result.effects) seen.add(e.type === 'record' ? `record:${e.entry.kind}` : e.type);
        if (s.result.rejected) seen.add('rejected');
        if (s.now < s.before.lastTick) seen.add('clock back');
        if (s.now - s.before.lastTick > MAX_QUIET_MS && expectsHeartbeat(s.before)) seen.add('gap');
        if (s.result.state.holdSince !== null) seen.add('held');
        if (s.source === 'focus') seen.add('focus wake');
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'clearReminder',
        'clock back',
        'escalateReminder',
        'focus wake',
        'gap',
        'headsUp',
        'held',
        'openBreakPage',
        'record:active',
        'record:natural',
        'record:reminded',
        'record:short',
        'record:skipped',
        'record:snoozed',
        'record:taken',
        'rejected',
        'scheduleAlarm',
        'setBadge',
        'showReminder',
      ].sort(),
    );
  });
});
