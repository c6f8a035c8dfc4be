/**
 * What a read does with records it cannot use: it skips them at once, then removes them and leaves
 * one notice. Removing is the repair (the default of a history event or checklist mark is its
 * absence) and keeps the same damage from being reported on every later read.
 */
import { appendNotice } from './notices.ts';
import type { LimberDb } from './schema.ts';

export interface Damaged {
  /** Primary key of the record, as IndexedDB holds it (a damaged record's key may not be a string). */
  key: IDBValidKey;
  reason: string;
}

export async function discardDamaged(
  db: LimberDb,
  storeName: 'history' | 'checklist',
  damaged: readonly Damaged[],
  stillDamaged: (value: unknown) => boolean,
  what: string,
  at: number,
): Promise<void> {
  if (damaged.length === 0) return;
  const tx = db.transaction([storeName, 'meta'], 'readwrite');
  const store = tx.objectStore(storeName);
  const work = async () => {
    // Re-read inside the write: a valid record written since our read must not be removed.
    const removed: Damaged[] = [];
    for (const item of damaged) {
      const key = item.key as string;
      const current: unknown = await store.get(key);
      if (current === undefined || !stillDamaged(current)) continue;
      await store.delete(key);
      removed.push(item);
    }
    if (removed.length === 0) return;
    // The first few reasons say what went wrong; a list of hundreds would say nothing more.
    const shown = removed.slice(0, 5).map((d) => `${String(d.key)}: ${d.reason}`);
    const reasons = removed.length > shown.length ? `${shown.join('; ')}; …` : shown.join('; ');
    await appendNotice(tx.objectStore('meta'), `${removed.length} damaged ${what} removed (${reasons})`, at);
  };
  await Promise.all([work(), tx.done]);
}
