// Shared by the v2 storage tests: plants history as older code (or a hand-edited profile) would
// leave it, then builds the day figures the way every write does (dayRefresh.ts).
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import { refreshDay } from '../../src/storage/dayRefresh.ts';
import type { LimberDb } from '../../src/storage/schema.ts';
import { putRaw } from './dbFixture.ts';

/** Raw history records; stretch records become the peak of their day's figures. */
export async function plant(db: LimberDb, records: readonly InsightRecord[]): Promise<void> {
  const peaks = new Map<string, number>();
  for (const r of records) {
    if (r.kind === 'longestStretch') peaks.set(r.day, Math.max(peaks.get(r.day) ?? 0, r.ms));
    else await putRaw(db, 'history', r);
    peaks.set(r.day, peaks.get(r.day) ?? 0);
  }
  const tx = db.transaction(['history', 'archive', 'days'], 'readwrite');
  const stores = {
    history: tx.objectStore('history'),
    archive: tx.objectStore('archive'),
    days: tx.objectStore('days'),
  };
  await Promise.all([
    (async () => {
      for (const [day, peak] of peaks) await refreshDay(stores, day, peak);
    })(),
    tx.done,
  ]);
}
