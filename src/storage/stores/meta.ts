/**
 * The `meta` store: small named values beside the data, each with a safe default.
 * - `notices`: repairs of stored data the user should hear about ("some stored data was damaged and
 *   was reset"), kept until the popup dismisses them, bounded so a record damaged over and over
 *   cannot grow the list without end;
 * - numbers (ms) and lines of text: bookkeeping of the stretch run, sync, policy, nudges, daily
 *   maintenance and the next break's routine. A value of the wrong type reads as absent, never as
 *   a crash: each is advisory and rebuilt or re-chosen when missing.
 */
import { isFiniteNumber, isPlainObject } from '../../core/guards.ts';
import type { LimberDb, LimberStore, StoreIn } from '../schema.ts';

export interface Notice {
  at: number;
  message: string;
}

export type NumberKey = 'stretchRun' | 'prefsChangedAt' | 'nudgeHydrationAt' | 'nudgePostureAt' | 'welcomedAt';
export type TextKey = 'maintenanceDay' | 'policyReported' | 'nextRoutine';
export type MetaKey = 'notices' | NumberKey | TextKey;

declare module '../schema.ts' {
  interface LimberSchema {
    meta: { key: MetaKey; value: Notice[] | number | string };
  }
}

type MetaIn<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode = 'readwrite'> = StoreIn<T, 'meta', M>;

export const MAX_NOTICES = 20;

/** The notices list as read: anything that is not a notice is dropped (the list itself is only advisory). */
function cleanNotices(raw: unknown): Notice[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((n): n is Notice => isPlainObject(n) && isFiniteNumber(n.at) && typeof n.message === 'string')
    .map((n) => ({ at: n.at, message: n.message }));
}

/**
 * Appends inside a transaction the caller already holds, so a repair and its notice are written
 * together or not at all. The same message again replaces the older copy rather than repeating.
 */
export async function appendNotice<T extends ArrayLike<LimberStore>>(store: MetaIn<T>, message: string, at: number) {
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

const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function readNumber(db: LimberDb, key: NumberKey): Promise<number | null> {
  return asNumber(await db.get('meta', key));
}

export async function readText(db: LimberDb, key: TextKey): Promise<string | null> {
  return asText(await db.get('meta', key));
}

export async function writeMeta(db: LimberDb, key: NumberKey | TextKey, value: number | string): Promise<void> {
  await db.put('meta', value, key);
}

/** Inside a transaction the caller holds (the stretch run is written with the step it follows). */
export async function readNumberIn<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode>(
  store: MetaIn<T, M>,
  key: NumberKey,
): Promise<number | null> {
  return asNumber(await store.get(key));
}

const ROUTINE_ID = /^[A-Za-z0-9]{1,40}$/;
const MAX_STRETCHES = 20;

/**
 * The next break's routine (stretch ids), chosen by the break page when a break starts, so the next
 * reminder can name the stretch it starts with without the worker carrying the stretch library.
 * One line of text; anything malformed reads as "no routine chosen yet".
 */
export function parseRoutine(text: string | null): string[] {
  if (!text) return [];
  const ids = text.split(',');
  return ids.length <= MAX_STRETCHES && ids.every((id) => ROUTINE_ID.test(id)) ? ids : [];
}

export async function readNextRoutine(db: LimberDb): Promise<string[]> {
  return parseRoutine(await readText(db, 'nextRoutine'));
}

export async function saveNextRoutine(db: LimberDb, ids: readonly string[]): Promise<void> {
  const valid = ids.filter((id) => ROUTINE_ID.test(id)).slice(0, MAX_STRETCHES);
  await writeMeta(db, 'nextRoutine', valid.join(','));
}
