/**
 * The preferences mirror through storage.sync (rules in src/core/syncedPrefs.ts): a local save is
 * stamped and pushed; at start-up and when another browser changes the item, the newest change wins.
 * The local copy is always saved first; a refused sync write (quota, rate limit) loses nothing and
 * is retried by the next save or start-up, since the local stamp is then newer than the synced one.
 */
import { samePrefValue } from '../core/managedPolicy.ts';
import { PREF_KEYS, type Prefs } from '../core/settings.ts';
import { readSynced, reconcile, syncPayload } from '../core/syncedPrefs.ts';
import { setIdleThreshold } from '../platform/idle.ts';
import { readSyncedItem, type SyncOutcome, writeSynced } from '../platform/syncPrefs.ts';
import { addNotice, readNumber, writeMeta } from '../storage/stores/meta.ts';
import { loadPrefs, savePrefs } from '../storage/stores/prefs.ts';
import { now } from './clock.ts';
import { database } from './database.ts';
import { dispatch, serially } from './engine.ts';
import { currentPolicy } from './prefsPolicy.ts';

async function push(prefs: Prefs, changedAt: number): Promise<SyncOutcome> {
  const outcome = await writeSynced(syncPayload(prefs, changedAt, await currentPolicy()));
  if (outcome === 'ok') return outcome;
  console.warn(`Limber: preferences not copied to sync storage (${outcome}); kept on this device`);
  // A full sync storage will not clear by itself: tell the user once. A rate limit passes; stay quiet.
  if (outcome === 'quota') {
    await addNotice(
      await database(),
      'Your preferences could not be copied to your other browsers (their shared storage is full). They are saved on this device.',
      now(),
    );
  }
  return outcome;
}

/** After the user saved preferences here (handlers.ts storePrefs). Never throws into the save. */
export async function afterLocalSave(previous: Prefs, next: Prefs): Promise<void> {
  const onlySwitch = PREF_KEYS.every((key) => key === 'syncPrefs' || samePrefValue(previous[key], next[key]));
  if (onlySwitch) {
    // Turning sync on is not a change to mirror: adopt the newer synced preferences, or push ours.
    if (next.syncPrefs && !previous.syncPrefs) await reconcileSync();
    return;
  }
  const changedAt = now();
  await writeMeta(await database(), 'prefsChangedAt', changedAt);
  if (next.syncPrefs) await push(next, changedAt);
}

/** Start-up (remote read from sync storage) or storage.onChanged from sync (remote given). */
export async function reconcileSync(remoteItem?: unknown): Promise<void> {
  const remote = readSynced(remoteItem === undefined ? await readSyncedItem() : remoteItem);
  const policy = await currentPolicy();
  const result = await serially(async () => {
    const db = await database();
    const { prefs } = await loadPrefs(db, now());
    const stamp = (await readNumber(db, 'prefsChangedAt')) ?? 0;
    const decision = reconcile(prefs, stamp, remote, policy);
    if (decision.action === 'apply') {
      await savePrefs(db, decision.prefs);
      await writeMeta(db, 'prefsChangedAt', decision.changedAt);
    }
    return { decision, prefs, stamp };
  });
  const { decision, prefs, stamp } = result;
  if (decision.action === 'push') await push(prefs, stamp);
  if (decision.action !== 'apply') return;
  if (decision.prefs.idleThresholdSec !== prefs.idleThresholdSec) setIdleThreshold(decision.prefs.idleThresholdSec);
  await dispatch({ type: 'settingsChanged' });
}
