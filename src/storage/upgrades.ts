/**
 * Schema versions as a list: step i takes a profile from version i to i + 1, and `runUpgrade` runs
 * every step the profile has not seen yet, which is idb's `if (oldVersion < N)` cascade written
 * once. IndexedDB runs the whole upgrade in one versionchange transaction: if a step throws or one
 * of its requests fails, nothing of the upgrade is kept and the profile stays at its old version with
 * its data intact. Every step has a test with a profile of the shape before it (tests/storage/).
 */
import { dailyFigures } from '../core/insights/dailyFigures.ts';
import { dayStores, readDayRange } from './dayRange.ts';
import type { LimberDb, UpgradeTx } from './schema.ts';

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
 * it was; packing happens later, in the daily maintenance. A damaged v1 record is left in place and
 * not counted, as every reader treats it. The figures are written with requests queued in this same
 * versionchange transaction: if one fails, the whole upgrade is aborted and the profile stays at v1.
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

async function buildAllFigures(tx: UpgradeTx): Promise<void> {
  const stores = dayStores(tx);
  const { records } = await readDayRange(stores, null);
  await Promise.all([...dailyFigures(records).values()].map((figures) => stores.days.put(figures)));
}

/** Index i upgrades version i to i + 1; the database version is the list's length. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [v1, v2];
export const DB_VERSION = UPGRADE_STEPS.length;

/**
 * A database without a single store is new, whatever version it claims: `indexedDB.open(name)`
 * without a version (a debugging console, a test helper) creates an empty version 1, and treating
 * that as a real v1 would skip the stores v1 makes and leave the profile broken for good.
 */
export function runUpgrade(db: LimberDb, oldVersion: number, tx: UpgradeTx, steps: readonly UpgradeStep[]): void {
  const from = db.objectStoreNames.length === 0 ? 0 : oldVersion;
  steps.forEach((step, i) => {
    if (from < i + 1) step(db, tx);
  });
}
