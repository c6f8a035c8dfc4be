/**
 * The shape of the one Limber database, as TypeScript sees it. Each store module in `stores/`
 * declares its own store here: its key, its record and its indexes, beside the code that validates,
 * reads, writes and repairs those records (TypeScript merges the declarations into this interface;
 * stores/checklist.ts is the smallest example). Creating the store is an upgrade step
 * (upgrades.ts). Types only.
 */
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'limber';

// Empty here on purpose: every store module adds its own entry.
export interface LimberSchema extends DBSchema {}

export type LimberDb = IDBPDatabase<LimberSchema>;
export type LimberStore = StoreNames<LimberSchema>;
export type UpgradeTx = IDBPTransaction<LimberSchema, LimberStore[], 'versionchange'>;

/** Store `N` as seen through a transaction over the stores `T` (a caller's transaction, passed in). */
export type StoreIn<
  T extends ArrayLike<LimberStore>,
  N extends LimberStore,
  M extends IDBTransactionMode = 'readwrite',
> = IDBPObjectStore<LimberSchema, T, N, M>;
