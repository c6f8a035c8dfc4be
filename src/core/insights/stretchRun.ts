/**
 * The longest unbroken active stretch, fed from the history entries of each scheduler step. Pure.
 *
 * The run is active time since the last real break: it grows with every active entry and drops to
 * 0 at a break taken or a natural break. A skip or a snooze does not end it: the user stayed in the
 * chair, which is what the figure is for (the scheduler's cycleMs, by contrast, restarts at a skip).
 * Short idle spells (under the natural-break length N) do not end it either, as they do not end a
 * cycle. Each day's peak is the largest run reached while that day's active time accrued, so a run
 * over midnight counts, in full, on the day it reached its length.
 */

import type { HistoryEntry } from '../schedulerTypes.ts';
import { checkEntry } from '../validateHistory.ts';

export interface RunStep {
  /** The run after these entries, to persist for the next step. */
  run: number;
  /** Day → largest run reached on that day in these entries. */
  peaks: Map<string, number>;
}

export function advanceRun(run: number, entries: readonly HistoryEntry[]): RunStep {
  let current = Number.isFinite(run) && run > 0 ? run : 0;
  const peaks = new Map<string, number>();
  for (const entry of entries) {
    if (checkEntry(entry) !== null) continue;
    if (entry.kind === 'active') {
      current = Math.max(0, current + entry.ms);
      peaks.set(entry.day, Math.max(peaks.get(entry.day) ?? 0, current));
    } else if (entry.kind === 'taken' || entry.kind === 'natural') {
      current = 0;
    }
  }
  return { run: current, peaks };
}
