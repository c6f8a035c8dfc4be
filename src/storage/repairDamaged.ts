/**
 * Repairs of the v2 stores, in the manner of discardDamaged.ts: re-checked inside the write (a good
 * record written since the read is left alone), then one notice. A damaged figures record is rebuilt
 * from the day's history (its longest stretch, which has no other source, restarts at 0); a damaged
 * archive record keeps its good events, or is removed when nothing of it is usable.
 */

import { isDayKey } from '../core/validateHistory.ts';
import { refreshDay } from './dayRefresh.ts';
import type { Damaged } from './discardDamaged.ts';
import { appendNotice } from './notices.ts';
import type { LimberDb } from './schema.ts';
import { validateArchive, validateDayFigures } from './validateDay.ts';

const summary = (done: string[]) => (done.length > 5 ? `${done.slice(0, 5).join('; ')}; …` : done.join('; '));

export async function repairFigures(db: LimberDb, damaged: readonly Damaged[], now: number): Promise<void> {
  if (damaged.length === 0) return;
  const tx = db.transaction(['history', 'archive', 'days', 'meta'], 'readwrite');
  const stores = {
    history: tx.objectStore('history'),
    archive: tx.objectStore('archive'),
    days: tx.objectStore('days'),
  };
  const work = async () => {
    const done: string[] = [];
    for (const item of damaged) {
      const key = item.key as string;
      const current: unknown = await stores.days.get(key);
      if (current === undefined || validateDayFigures(current).ok) continue;
      await stores.days.delete(key);
      if (isDayKey(key)) await refreshDay(stores, key);
      done.push(`${String(item.key)}: ${item.reason}`);
    }
    if (done.length > 0) {
      await appendNotice(
        tx.objectStore('meta'),
        `${done.length} damaged daily figures rebuilt from history (${summary(done)})`,
        now,
      );
    }
  };
  await Promise.all([work(), tx.done]);
}

export async function repairArchive(db: LimberDb, damaged: readonly Damaged[], now: number): Promise<void> {
  if (damaged.length === 0) return;
  const tx = db.transaction(['archive', 'meta'], 'readwrite');
  const work = async () => {
    const done: string[] = [];
    for (const item of damaged) {
      const key = item.key as string;
      const current: unknown = await tx.objectStore('archive').get(key);
      if (current === undefined) continue;
      const again = validateArchive(current);
      if (again.ok && again.dropped.length === 0) continue;
      if (again.ok) await tx.objectStore('archive').put(again.record);
      else await tx.objectStore('archive').delete(key);
      done.push(`${String(item.key)}: ${item.reason}`);
    }
    if (done.length > 0) {
      await appendNotice(
        tx.objectStore('meta'),
        `${done.length} damaged archived days repaired (${summary(done)})`,
        now,
      );
    }
  };
  await Promise.all([work(), tx.done]);
}
