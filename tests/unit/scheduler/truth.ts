/**
 * What really happened at each step of a simulated run, replayed from the timeline entries beside
 * the scheduler's steps: whether the user was at an awake machine, the hold condition, the clock
 * offset, and the wall time the user spent active so far. The property tests hold the scheduler to it.
 */
import type { HoldReason } from '../../../src/core/schedulerTypes.ts';
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
}

const COMMANDS = new Set(['snooze', 'skip', 'startBreak', 'finishBreak', 'pause', 'resume']);

export const present = (t: Truth) => t.userActive && t.awake;

function apply(t: Truth, entry: TimelineEntry, rejected: boolean): void {
  if (present(t)) t.activeWallMs += entry.at - t.real;
  t.real = entry.at;
  if (entry.kind === 'sleep') t.awake = false;
  else if (entry.kind === 'clockJump') {
    if (present(t) && entry.byMs > 0) t.activeWallMs += entry.byMs;
    if (entry.byMs < 0) t.jumpedBack = true;
    t.offset += entry.byMs;
  } else {
    t.awake = true;
    const e = entry.event;
    if (e.type === 'idleState' || (e.type === 'wake' && e.idle)) t.userActive = e.idle === 'active';
    if (e.type === 'holdChanged') t.hold = e.hold;
    // A refused command leaves the scheduler as it was; the replay does the same.
    if (COMMANDS.has(e.type) && !rejected) t.userActive = true;
  }
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
  };
  let next = 0;
  steps.forEach((step, i) => {
    // A heartbeat at the same moment as an entry fires before it.
    const due = (e: TimelineEntry) => (step.source === 'heartbeat' ? e.at < step.real : e.kind !== 'event');
    for (let e = timeline.entries[next]; e && due(e); e = timeline.entries[next]) {
      if (e.kind === 'event') throw new Error(`replay: entry ${next} never ran as a step`);
      apply(t, e, false);
      next++;
    }
    if (step.source === 'timeline') {
      const own = timeline.entries[next++];
      if (own?.kind !== 'event' || own.event !== step.event) throw new Error(`replay: step ${i} out of order`);
      apply(t, own, step.result.rejected !== undefined);
    } else if (present(t)) {
      t.activeWallMs += step.real - t.real;
      t.real = step.real;
    }
    visit(step, t, i);
  });
  for (const e of timeline.entries.slice(next)) apply(t, e, false);
  if (present(t)) t.activeWallMs += timeline.end - t.real;
  return t;
}
