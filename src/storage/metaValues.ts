/**
 * Small bookkeeping values kept in the `meta` store beside the notices: a number of ms or a line of
 * text each. A value of the wrong type reads as absent (each has a safe default), never as a crash.
 */
import type { IDBPObjectStore } from 'idb';
import type { LimberDb, LimberSchema, LimberStore } from './schema.ts';

export type NumberKey = 'stretchRun' | 'prefsChangedAt' | 'nudgeHydrationAt' | 'nudgePostureAt';
export type TextKey = 'maintenanceDay' | 'policyReported' | 'nextRoutine';

type MetaStore<T extends ArrayLike<LimberStore>, M extends IDBTransactionMode> = IDBPObjectStore<
  LimberSchema,
  T,
  'meta',
  M
>;

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
  store: MetaStore<T, M>,
  key: NumberKey,
): Promise<number | null> {
  return asNumber(await store.get(key));
}
