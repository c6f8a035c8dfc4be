/**
 * storage.sync for the preferences mirror (src/core/syncedPrefs.ts has the rules). Writes never
 * throw: the local copy in IndexedDB is saved first and stays the truth, and a refused sync write
 * comes back as an outcome the caller can report and retry later (the next save or start-up).
 */
import { SYNC_KEY } from '../core/syncedPrefs.ts';
import browser from './browser.ts';

/** quota: QUOTA_BYTES(_PER_ITEM) in Chrome, QuotaExceededError in Firefox; rate: MAX_WRITE_OPERATIONS_PER_*. */
export type SyncOutcome = 'ok' | 'quota' | 'rate' | 'failed';

export function classifySyncError(error: unknown): Exclude<SyncOutcome, 'ok'> {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|quota/i.test(text)) return 'quota';
  return 'failed';
}

export async function writeSynced(value: unknown): Promise<SyncOutcome> {
  try {
    await browser.storage.sync.set({ [SYNC_KEY]: value });
    return 'ok';
  } catch (error) {
    return classifySyncError(error);
  }
}

/** Removes the synced copy (delete all data). A failure is reported to the caller. */
export async function removeSynced(): Promise<void> {
  await browser.storage.sync.remove(SYNC_KEY);
}

/** The synced item, or undefined when there is none or sync storage cannot be read. */
export async function readSyncedItem(): Promise<unknown> {
  try {
    return (await browser.storage.sync.get(SYNC_KEY))[SYNC_KEY];
  } catch {
    return undefined;
  }
}

/** Another browser (or this one) changed the synced item. */
export function onSyncedChange(listener: (value: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SYNC_KEY];
    if (area === 'sync' && change) listener(change.newValue);
  });
}
