/**
 * The one Limber database: typed schema, cascading upgrades and opening (idb README shape).
 *
 * Upgrades are a list: step i takes a profile from version i to i + 1, and `upgrade` runs every
 * step the profile has not seen yet, which is the README's `if (oldVersion < N)` cascade written
 * once. Version 2 is appended here (and tests can append a step to prove v1 data survives it).
 * IndexedDB runs the whole upgrade in one versionchange transaction: if a step throws, nothing of
 * the upgrade is kept and the profile stays at its old version with its data intact.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { DayFigures } from '../core/insights/dailyFigures.ts';
import type { HistoryKind, SchedulerState } from '../core/schedulerTypes.ts';
import { buildAllFigures } from './figuresBuild.ts';

export const DB_NAME = 'limber';

/** Preferences as stored; `prefs` is whatever was written and is validated on every read. */
export interface PrefsRecord {
  version: number;
  prefs: unknown;
}

// History record shapes are pure data, defined in core so pure code can use them too.
export type { ActiveRecord, HistoryEventRecord, HistoryRecord } from '../core/historyRecords.ts';

import type { HistoryRecord } from '../core/historyRecords.ts';

export interface ChecklistRecord {
  id: string;
  checked: boolean;
  at: number;
}

/** An event kept inside its day's archive record once the day is older than 90 days (compaction.ts). */
export interface PackedEvent {
  kind: HistoryKind;
  at: number;
  durationMs?: number;
}

/** Version 2: the events of one day older than 90 days, packed into one record. */
export interface ArchiveRecord {
  day: string;
  events: PackedEvent[];
}

/**
 * Version 2: the figures of one day (docs/INSIGHTS.md). Derived from the day's history and archive
 * records and rebuilt in the same transaction whenever they change (dayRefresh.ts), so the Insights
 * page reads one small record per day instead of every event. The longest stretch lives only here.
 */
export type DayRecord = DayFigures;

/** Keys of the `meta` store and what each holds. */
export type MetaKey =
  | 'notices'
  | 'stretchRun'
  | 'maintenanceDay'
  | 'prefsChangedAt'
  | 'policyReported'
  | 'nudgeHydrationAt'
  | 'nudgePostureAt'
  | 'nextRoutine';

/** A repair the user should hear about ("some stored data was damaged and was reset"). */
export interface Notice {
  at: number;
  message: string;
}

export interface LimberSchema extends DBSchema {
  prefs: { key: 'prefs'; value: PrefsRecord };
  state: { key: 'scheduler'; value: SchedulerState };
  history: { key: string; value: HistoryRecord; indexes: { day: string } };
  checklist: { key: string; value: ChecklistRecord };
  /** notices: Notice[]; stretchRun, prefsChangedAt: ms; maintenanceDay, policyReported: text. */
  meta: { key: MetaKey; value: Notice[] | number | string };
  days: { key: string; value: DayRecord };
  archive: { key: string; value: ArchiveRecord };
}

export type LimberDb = IDBPDatabase<LimberSchema>;
export type LimberStore = StoreNames<LimberSchema>;
export type UpgradeTx = IDBPTransaction<LimberSchema, LimberStore[], 'versionchange'>;
export type UpgradeStep = (db: LimberDb, tx: UpgradeTx) => void;

const v1: UpgradeStep = (db) => {
  db.createObjectStore('prefs');
  db.createObjectStore('state');
  const history = db.createObjectStore('history', { keyPath: 'id' });
  history.createIndex('day', 'day');
  db.createObjectStore('checklist', { keyPath: 'id' });
  db.createObjectStore('meta');
};

/**
 * v2 adds `days` (the figures of each day) and `archive` (events packed after 90 days), and builds
 * the figures of every v1 day from its history records. Every v1 store and record is left exactly as
 * it was; packing happens later, from the daily maintenance (compaction.ts). The figures are built
 * with requests queued in this same versionchange transaction: if any fails, the whole upgrade is
 * aborted and the profile stays at v1 with its data.
 */
const v2: UpgradeStep = (db, tx) => {
  db.createObjectStore('days', { keyPath: 'day' });
  db.createObjectStore('archive', { keyPath: 'day' });
  buildAllFigures(tx).catch(() => {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request itself: the upgrade is undone either way.
    }
  });
};

/** Index i upgrades version i to i + 1; the database version is the list's length. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [v1, v2];
export const DB_VERSION = UPGRADE_STEPS.length;

export function runUpgrade(db: LimberDb, oldVersion: number, tx: UpgradeTx, steps: readonly UpgradeStep[]): void {
  steps.forEach((step, i) => {
    if (oldVersion < i + 1) step(db, tx);
  });
}

export interface OpenOptions {
  /** Tests only: a longer list to rehearse a future upgrade. */
  steps?: readonly UpgradeStep[];
  /** This connection closed itself or was closed by the browser: drop any cached handle. */
  onClosed?: (why: 'versionchange' | 'terminated') => void;
}

/**
 * Opens (creating or upgrading) the database. idb's openDB always uses the global `indexedDB`, so
 * this does what openDB does with idb's `wrap` over the given factory, which lets tests isolate
 * each case with its own fake-indexeddb factory.
 */
export async function openLimberDb(
  factory: IDBFactory = globalThis.indexedDB,
  options: OpenOptions = {},
): Promise<LimberDb> {
  const steps = options.steps ?? UPGRADE_STEPS;
  const request = factory.open(DB_NAME, steps.length);
  let upgradeError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    const upgradeTx = wrap(tx) as unknown as UpgradeTx;
    // An aborted upgrade is reported once, by the open request below; its `done` must not reject unheard.
    upgradeTx.done.catch(() => {});
    try {
      runUpgrade(wrap(request.result) as LimberDb, event.oldVersion, upgradeTx, steps);
    } catch (error) {
      upgradeError = error;
      tx.abort();
    }
  });
  request.addEventListener('blocked', () => {
    // Another page holds an older connection and has not closed it yet; the open completes when it does.
    console.warn('Limber: database upgrade waiting for another open page to close its connection');
  });
  let db: LimberDb;
  try {
    db = (await wrap(request)) as LimberDb;
  } catch (error) {
    if (upgradeError !== null) throw new Error('Limber: database upgrade failed', { cause: upgradeError });
    throw error;
  }
  // A newer version (another page after an update) wants to upgrade: step aside rather than block it.
  db.addEventListener('versionchange', () => {
    db.close();
    options.onClosed?.('versionchange');
  });
  // Fired only when the browser closes the connection abnormally (storage cleared, disk error).
  db.addEventListener('close', () => options.onClosed?.('terminated'));
  return db;
}
