/**
 * What really happened at each step of a simulated run, replayed from the timeline entries beside
 * the scheduler's steps: whether the user was at an awake machine, the hold condition, the clock
 * offset, the wall time the user spent active so far, and the sitting time (active time plus the
 * absences shorter than N that ended with the user back). The property tests hold the scheduler to it.
 */
import type { HoldReason } from '../../../src/core/schedulerTypes.ts';
import { timingOf } from '../../../src/core/settings.ts';
import type { SimStep } from '../../../src/sim/runTimeline.ts';
import type { Timeline, TimelineEntry } from '../../../src/sim/timeline.ts';

export interface Truth {
  userActive: boolean;
  awake: boolean;
  hold: HoldReason | null;
  offset: number;
  /** Wall-clock time (forward moves only) spent with the user active at an awake machine. */
  activeWallMs: number;
  /** Real time of the last entry applied. */
  real: number;
  /** Some clock jump went backwards since this counter was last reset by the caller. */
  jumpedBack: boolean;
  /** The current absence (user idle or machine asleep): its length so far, real time plus forward jumps. */
  absentMs: number | null;
  /** Backward clock jumps during the current absence (0 or negative): its length on the wall clock is the sum. */
  absentBackMs: number;
  /** Active time plus every finished absence shorter than N: what the countdown may count at most. */
  sittingWallMs: number;
}

const COMMANDS = new Set(['snooze', 'skip', 'startBreak', 'finishBreak', 'pause', 'resume']);

export const present = (t: Truth) => t.userActive && t.awake;

/** Time passes: to the active time while present, to the absence's length otherwise. */
function pass(t: Truth, ms: number): void {
  if (present(t)) {
    t.activeWallMs += ms;
    t.sittingWallMs += ms;
  } else t.absentMs = (t.absentMs ?? 0) + ms;
}

/**
 * Called after every change of presence: an absence starts, or ends and counts if shorter than N.
 * The scheduler sees only the wall clock, and a backward jump smaller than the time since its last
 * step is invisible to it, so an absence counts if it looks shorter than N on either clock.
 */
function presence(t: Truth, wasPresent: boolean, naturalMs: number): void {
  if (wasPresent && !present(t)) {
    t.absentMs = 0;
    t.absentBackMs = 0;
  }
  if (!wasPresent && present(t)) {
    if (t.absentMs !== null && t.absentMs + t.absentBackMs < naturalMs) t.sittingWallMs += t.absentMs;
    t.absentMs = null;
  }
}

function apply(t: Truth, entry: TimelineEntry, rejected: boolean, naturalMs: number): void {
  const was = present(t);
  pass(t, entry.at - t.real);
  t.real = entry.at;
  if (entry.kind === 'sleep') t.awake = false;
  else if (entry.kind === 'clockJump') {
    if (entry.byMs > 0) pass(t, entry.byMs);
    if (entry.byMs < 0) t.jumpedBack = true;
    if (entry.byMs < 0 && t.absentMs !== null) t.absentBackMs += entry.byMs;
    t.offset += entry.byMs;
  } else if (entry.kind === 'event') {
    t.awake = true;
    const e = entry.event;
    if (e.type === 'idleState' || (e.type === 'wake' && e.idle)) t.userActive = e.idle === 'active';
    if (e.type === 'holdChanged') t.hold = e.hold;
    // A refused command leaves the scheduler as it was; the replay does the same.
    if (COMMANDS.has(e.type) && !rejected) t.userActive = true;
  }
  presence(t, was, naturalMs);
}

/** Calls `visit` for every step with the truth as of that step (after its own entry, if any). */
export function replay(timeline: Timeline, steps: SimStep[], visit: (step: SimStep, truth: Truth, i: number) => void) {
  const t: Truth = {
    userActive: true,
    awake: true,
    hold: null,
    offset: 0,
    activeWallMs: 0,
    real: timeline.start,
    jumpedBack: false,
    absentMs: null,
    absentBackMs: 0,
    sittingWallMs: 0,
  };
  // N only grows the bound: an absence counts if it was shorter than the longest N in force during it.
  let naturalMs = timingOf(timeline.prefs).naturalMs;
  let next = 0;
  steps.forEach((step, i) => {
    // A heartbeat at the same moment as an entry fires before it; a focus step comes from its own
    // (non-event) entry, so that one and every earlier one are applied first.
    const due = (e: TimelineEntry) =>
      step.source === 'heartbeat'
        ? e.at < step.real
        : step.source === 'focus'
          ? e.at <= step.real && e.kind !== 'event'
          : e.kind !== 'event';
    for (let e = timeline.entries[next]; e && due(e); e = timeline.entries[next]) {
      if (e.kind === 'event') throw new Error(`replay: entry ${next} never ran as a step`);
      apply(t, e, false, naturalMs);
      next++;
    }
    naturalMs =
      t.absentMs === null ? timingOf(step.prefs).naturalMs : Math.max(naturalMs, timingOf(step.prefs).naturalMs);
    if (step.source === 'timeline') {
      const own = timeline.entries[next++];
      if (own?.kind !== 'event' || own.event !== step.event) throw new Error(`replay: step ${i} out of order`);
      apply(t, own, step.result.rejected !== undefined, naturalMs);
    } else {
      pass(t, step.real - t.real);
      t.real = step.real;
    }
    visit(step, t, i);
  });
  for (const e of timeline.entries.slice(next)) apply(t, e, false, naturalMs);
  pass(t, timeline.end - t.real);
  return t;
}
