// Shared by the storage tests: plants history as older code (or a hand-edited profile) would leave
// it, raw and unpacked, through the import's own write (putRecords), without the import's merge
// and packing, so compaction and readers can be tested on it.
import type { InsightRecord } from '../../src/core/insights/stretchRecord.ts';
import { dayStores } from '../../src/storage/dayRange.ts';
import { putRecords } from '../../src/storage/operations/backup.ts';
import type { LimberDb } from '../../src/storage/schema.ts';

/** History records as they are; stretch records become the peak of their day's figures. */
export async function plant(db: LimberDb, records: readonly InsightRecord[]): Promise<void> {
  const tx = db.transaction(['history', 'archive', 'days'], 'readwrite');
  await Promise.all([putRecords(dayStores(tx), records), tx.done]);
}
