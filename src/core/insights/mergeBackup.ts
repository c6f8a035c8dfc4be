/**
 * Merging an imported backup into the history already stored, without duplicates. Pure. Rules:
 * - an event is identified by its id (`kind:at`): one already present is left as it is;
 * - a day's active time and its longest stretch are totals, not events: adding the same backup twice
 *   must not double them, so the larger of the stored and imported value is kept;
 * - days older than the retention window are not imported (they would be deleted the next day).
 */
import type { InsightRecord } from './stretchRecord.ts';

export interface MergePlan {
  /** Records to write: new events, and totals raised by the import. */
  writes: InsightRecord[];
  added: number;
  raised: number;
  unchanged: number;
  tooOld: number;
}

export function planMerge(
  existing: ReadonlyMap<string, InsightRecord>,
  incoming: readonly InsightRecord[],
  keepFrom: string,
): MergePlan {
  const plan: MergePlan = { writes: [], added: 0, raised: 0, unchanged: 0, tooOld: 0 };
  for (const record of incoming) {
    if (record.day < keepFrom) {
      plan.tooOld += 1;
      continue;
    }
    const current = existing.get(record.id);
    if (!current) {
      plan.writes.push(record);
      plan.added += 1;
    } else if (
      (record.kind === 'active' || record.kind === 'longestStretch') &&
      'ms' in current &&
      record.ms > current.ms
    ) {
      plan.writes.push(record);
      plan.raised += 1;
    } else {
      plan.unchanged += 1;
    }
  }
  return plan;
}
