/**
 * The v2 upgrade's conversion: the figures of every v1 day, built from the v1 history records in the
 * versionchange transaction itself (nothing of v1 is changed). A damaged v1 record is left in place
 * and not counted, exactly as the history reader treats it.
 */
import { dailyFigures } from '../core/insights/dailyFigures.ts';
import type { InsightRecord } from '../core/insights/stretchRecord.ts';
import { validateHistoryRecord } from '../core/validateHistory.ts';
import type { UpgradeTx } from './schema.ts';

export async function buildAllFigures(tx: UpgradeTx): Promise<void> {
  const records: InsightRecord[] = [];
  for (const value of (await tx.objectStore('history').getAll()) as unknown[]) {
    const check = validateHistoryRecord(value);
    if (check.ok) records.push(check.record);
  }
  const days = tx.objectStore('days');
  await Promise.all([...dailyFigures(records).values()].map((figures) => days.put(figures)));
}
