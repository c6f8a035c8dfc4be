/**
 * The administrator's policy applied to the stored preferences (rules in src/core/managedPolicy.ts).
 * Locked values are written into the stored preferences, so everything that reads them (the
 * scheduler, every page) obeys the policy without knowing about it; `locked` in PrefsView tells the
 * pages which fields to show as set by the organisation. Ignored parts of a policy are logged for
 * the administrator and left as one notice for the user, once per distinct set of problems.
 */
import { enforce, lockedKeys, type ManagedPolicy, samePrefValue, startingPrefs } from '../core/managedPolicy.ts';
import type { Prefs } from '../core/settings.ts';
import { setIdleThreshold } from '../platform/idle.ts';
import { readManagedPolicy } from '../platform/managedPrefs.ts';
import { addNotice, readText, writeMeta } from '../storage/stores/meta.ts';
import { hasSavedPrefs, loadPrefs, savePrefs } from '../storage/stores/prefs.ts';
import { now } from './clock.ts';
import { database } from './database.ts';
import { dispatch, serially } from './engine.ts';

export const currentPolicy = (): Promise<ManagedPolicy> => readManagedPolicy();

export async function lockedFields(): Promise<string[]> {
  return lockedKeys(await currentPolicy());
}

/** What "reset" restores: built-in defaults under the policy's defaults and locks. */
export async function policyStartingPrefs(): Promise<Prefs> {
  return startingPrefs(await currentPolicy());
}

async function reportProblems(problems: string[]): Promise<void> {
  if (problems.length === 0) return;
  console.warn('Limber: parts of the managed policy were ignored:', problems);
  const db = await database();
  const key = problems.join('\n');
  if ((await readText(db, 'policyReported')) === key) return;
  await addNotice(
    db,
    `Your organisation's settings for Limber contain values that were ignored: ${problems.join('; ')}`,
    now(),
  );
  await writeMeta(db, 'policyReported', key);
}

/**
 * On start-up, install and every policy change: the first run starts from the policy's defaults;
 * locked values are enforced over whatever is stored. Re-plans the schedule when anything changed.
 */
export async function enforcePolicy(): Promise<void> {
  const policy = await currentPolicy();
  const change = await serially(async () => {
    const db = await database();
    const firstRun = !(await hasSavedPrefs(db));
    const before = firstRun ? null : (await loadPrefs(db, now())).prefs;
    const next = before === null ? startingPrefs(policy) : enforce(before, policy);
    const unchanged =
      before === null
        ? Object.keys(policy.defaults).length + lockedKeys(policy).length === 0
        : samePrefValue(before, next);
    if (unchanged) return null;
    await savePrefs(db, next);
    return { before, next };
  });
  await reportProblems(policy.problems);
  if (!change) return;
  if (change.before?.idleThresholdSec !== change.next.idleThresholdSec) setIdleThreshold(change.next.idleThresholdSec);
  await dispatch({ type: 'settingsChanged' });
}
