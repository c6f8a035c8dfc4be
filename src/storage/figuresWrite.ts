/**
 * What a scheduler step adds to the daily figures, inside the step's own transaction: the
 * longest-stretch run advanced by the step's history (src/core/insights/stretchRun.ts), and every
 * day the step touched rebuilt from its records (dayRefresh.ts).
 */
import type { IDBPObjectStore } from 'idb';
import { advanceRun } from '../core/insights/stretchRun.ts';
import { dayKey } from '../core/localDay.ts';
import type { HistoryEntry } from '../core/schedulerTypes.ts';
import { checkEntry } from '../core/validateHistory.ts';
import { type FigureStores, refreshDay } from './dayRefresh.ts';
import { readNumberIn } from './metaValues.ts';
import type { LimberSchema, LimberStore } from './schema.ts';

type MetaStore<T extends ArrayLike<LimberStore>> = IDBPObjectStore<LimberSchema, T, 'meta', 'readwrite'>;

export async function writeFigures<T extends ArrayLike<LimberStore>>(
  stores: FigureStores<T>,
  meta: MetaStore<T>,
  entries: readonly HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const before = (await readNumberIn(meta, 'stretchRun')) ?? 0;
  const { run, peaks } = advanceRun(before, entries);
  if (run !== before) await meta.put(run, 'stretchRun');
  const touched = new Set(peaks.keys());
  for (const entry of entries) {
    if (checkEntry(entry) !== null) continue;
    touched.add(entry.kind === 'active' ? entry.day : dayKey(entry.at));
  }
  for (const day of touched) await refreshDay(stores, day, peaks.get(day) ?? 0);
}
