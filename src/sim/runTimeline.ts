/**
 * Runs the pure scheduler over a parsed timeline. Deterministic: the same timeline always gives the
 * same steps. With `heartbeat` on, the alarm each step asks for fires as an `alarm` event at its
 * time, like the real background (the faithful mode); nothing fires while the machine sleeps, and a
 * forward clock jump makes an overdue alarm fire at once. After a backward jump a Chromium alarm waits
 * for the wall clock to reach its time again, a Firefox one fires after its real delay (`browser`).
 * A `focus` entry wakes the scheduler only if the wall clock is behind its last step, as the
 * background's focus listener does (background/clockWatch.ts).
 */
import { clockWentBack } from '../core/clockCheck.ts';
import { step } from '../core/scheduler.ts';
import { initialState } from '../core/schedulerState.ts';
import type { HistoryKind, SchedulerEvent, SchedulerState, StepResult } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import type { Timeline } from './timeline.ts';

export interface SimStep {
  /** Real time of the step. */
  real: number;
  /** The wall clock the scheduler read. */
  now: number;
  event: SchedulerEvent;
  /** What ran the step: a timeline entry, the scheduler's own alarm, or a focus change after the clock went back. */
  source: 'timeline' | 'heartbeat' | 'focus';
  before: SchedulerState;
  result: StepResult;
  prefs: Prefs;
}

export interface Accounting {
  activeMs: number;
  activeMinutes: number;
  breaks: Record<HistoryKind, number>;
}

export interface SimRun {
  steps: SimStep[];
  state: SchedulerState;
  accounting: Accounting;
}

/** A year of minutes: beyond this a heartbeat run is surely a mistake in the timeline. */
const MAX_STEPS = 600_000;

export function runTimeline(timeline: Timeline): SimRun {
  const steps: SimStep[] = [];
  let state = initialState(timeline.start);
  let prefs = timeline.prefs;
  let offset = 0;
  let alarmAt: number | null = null;
  /** The offset when the alarm was set: a Firefox alarm fires after its real delay from then. */
  let alarmOffset = 0;
  let awake = true;

  const run = (real: number, event: SchedulerEvent, source: SimStep['source']) => {
    if (steps.length >= MAX_STEPS) throw new Error(`More than ${MAX_STEPS} steps: is the timeline that long?`);
    const now = real + offset;
    const result = step(state, event, now, prefs);
    steps.push({ real, now, event, source, before: state, result, prefs });
    state = result.state;
    for (const e of result.effects) {
      if (e.type !== 'scheduleAlarm') continue;
      alarmAt = e.at;
      alarmOffset = offset;
    }
  };

  /** Real time at which the pending alarm fires, as this browser's alarms behave. */
  const alarmReal = (at: number) => (timeline.browser === 'firefox' ? at - alarmOffset : at - offset);

  /** Fires the scheduled alarms due up to real time `until` (inclusive), in order. */
  const heartbeatsUntil = (from: number, until: number) => {
    let real = from;
    while (timeline.heartbeat && awake && alarmAt !== null) {
      const fireAt = Math.max(real, alarmReal(alarmAt));
      if (fireAt > until) return;
      real = fireAt;
      run(real, { type: 'alarm' }, 'heartbeat');
    }
  };

  let real = timeline.start;
  for (const entry of timeline.entries) {
    heartbeatsUntil(real, entry.at);
    real = entry.at;
    if (entry.kind === 'sleep') awake = false;
    else if (entry.kind === 'clockJump') offset += entry.byMs;
    else if (entry.kind === 'focus') {
      // A focus change needs a running browser; it wakes the scheduler only when the clock went back.
      if (awake && clockWentBack(state.lastTick, real + offset)) run(real, { type: 'wake' }, 'focus');
    } else {
      // Any event means the browser is running again.
      awake = true;
      if (entry.prefs) prefs = entry.prefs;
      run(real, entry.event, 'timeline');
    }
  }
  heartbeatsUntil(real, timeline.end);
  return { steps, state, accounting: accountingOf(steps) };
}

/**
 * Totals from the history records the steps produced (what Insights would show). An event is one
 * record per kind and time, as in the database: a natural break written again with its real length
 * counts once.
 */
export function accountingOf(steps: SimStep[]): Accounting {
  const breaks: Record<HistoryKind, number> = { taken: 0, short: 0, natural: 0, snoozed: 0, skipped: 0, reminded: 0 };
  const seen = new Set<string>();
  let activeMs = 0;
  for (const s of steps) {
    for (const e of s.result.effects) {
      if (e.type !== 'record') continue;
      if (e.entry.kind === 'active') activeMs += e.entry.ms;
      else if (!seen.has(`${e.entry.kind}:${e.entry.at}`)) {
        seen.add(`${e.entry.kind}:${e.entry.at}`);
        breaks[e.entry.kind] += 1;
      }
    }
  }
  return { activeMs, activeMinutes: Math.round(activeMs / 600) / 100, breaks };
}
