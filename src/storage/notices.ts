/**
 * Notices: repairs of stored data the user should hear about ("some stored data was damaged and
 * was reset"). Kept under meta/'notices' until the UI clears them; bounded so a record damaged over
 * and over cannot grow the list without end.
 */
import type { IDBPObjectStore } from 'idb';
import { isFiniteNumber, isPlainObject } from '../core/guards.ts';
import type { LimberDb, LimberSchema, LimberStore, Notice } from './schema.ts';

export const MAX_NOTICES = 20;

/** The notices list as read: anything that is not a notice is dropped (the list itself is only advisory). */
export function cleanNotices(raw: unknown): Notice[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((n): n is Notice => isPlainObject(n) && isFiniteNumber(n.at) && typeof n.message === 'string')
    .map((n) => ({ at: n.at, message: n.message }));
}

type MetaStore<T extends ArrayLike<LimberStore>> = IDBPObjectStore<LimberSchema, T, 'meta', 'readwrite'>;

/**
 * Appends inside a transaction the caller already holds, so a repair and its notice are written
 * together or not at all. The same message again replaces the older copy rather than repeating.
 */
export async function appendNotice<T extends ArrayLike<LimberStore>>(store: MetaStore<T>, message: string, at: number) {
  const kept = cleanNotices(await store.get('notices')).filter((n) => n.message !== message);
  kept.push({ at, message });
  await store.put(kept.slice(-MAX_NOTICES), 'notices');
}

export async function addNotice(db: LimberDb, message: string, at: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([appendNotice(tx.store, message, at), tx.done]);
}

export async function readNotices(db: LimberDb): Promise<Notice[]> {
  return cleanNotices(await db.get('meta', 'notices'));
}

export async function clearNotices(db: LimberDb): Promise<void> {
  await db.delete('meta', 'notices');
}
