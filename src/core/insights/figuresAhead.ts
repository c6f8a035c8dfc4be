/**
 * A day's figures as a step's write will leave them, known before that write when it is certain:
 * the step recorded nothing but sitting time, which the write adds to the day's active total (or, by
 * rule 1's correction, takes back from it), never below 0, as storage/stores/history.ts writeHistory
 * does. Any other record changes counts the write rebuilds from history, and an entry the write would
 * refuse is not counted by it: then null, and the caller waits for the write. Pure.
 */
import type { HistoryEntry } from '../schedulerTypes.ts';
import { checkEntry } from '../validateHistory.ts';
import type { DayFigures } from './dailyFigures.ts';

export function figuresAhead(stored: DayFigures, entries: readonly HistoryEntry[]): DayFigures | null {
  let delta = 0;
  for (const entry of entries) {
    if (entry.kind !== 'active' || checkEntry(entry) !== null) return null;
    if (entry.day === stored.day) delta += entry.ms;
  }
  return delta === 0 ? stored : { ...stored, activeMs: Math.max(0, stored.activeMs + delta) };
}
