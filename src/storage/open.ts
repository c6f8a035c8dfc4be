/**
 * Opening (creating or upgrading) the database. idb's openDB always uses the global `indexedDB`, so
 * this does what openDB does with idb's `wrap` over the given factory, which lets tests isolate each
 * case with its own fake-indexeddb factory. Code outside tests gets its connection from
 * connection.ts.
 */
import { wrap } from 'idb';
import { DB_NAME, type LimberDb, type UpgradeTx } from './schema.ts';
import { runUpgrade, UPGRADE_STEPS, type UpgradeStep } from './upgrades.ts';

export interface OpenOptions {
  /** Tests only: a longer list to rehearse a future upgrade. */
  steps?: readonly UpgradeStep[];
  /** This connection closed itself or was closed by the browser: drop any cached handle. */
  onClosed?: (why: 'versionchange' | 'terminated') => void;
}

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
