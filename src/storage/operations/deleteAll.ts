/** "Delete all data" from the options page: every store emptied in one transaction, all or nothing. */
import type { LimberDb } from '../schema.ts';

export async function deleteAllData(db: LimberDb): Promise<void> {
  // Every store the open database has, so a store added by a later version is not forgotten here.
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
}
