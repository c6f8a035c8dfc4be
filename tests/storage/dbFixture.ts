// Shared by the storage tests: a database on its own fake-indexeddb factory per test, and a raw
// writer that bypasses the repositories to plant damaged records.
import 'fake-indexeddb/auto'; // IDBKeyRange and friends as globals, as in a browser
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach } from 'vitest';
import { type OpenOptions, openLimberDb } from '../../src/storage/open.ts';
import type { LimberDb } from '../../src/storage/schema.ts';

const open: LimberDb[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

export async function freshDb(factory: IDBFactory = new IDBFactory(), options?: OpenOptions) {
  const db = await openLimberDb(factory, options);
  open.push(db);
  return { db, factory };
}

/** Writes anything anywhere, as a disk error, an old bug or a hand-edited profile might. */
export function putRaw(db: LimberDb, store: string, value: unknown, key?: IDBValidKey) {
  return (db as unknown as IDBPDatabase).put(store, value, key);
}

export function getRaw(db: LimberDb, store: string, key: IDBValidKey) {
  return (db as unknown as IDBPDatabase).get(store, key);
}

export const NOW = Date.UTC(2025, 4, 14, 10, 0, 0);
