/**
 * Preferences mirrored through storage.sync across the user's browsers (not history). Pure. The
 * synced item is `{ v: 1, changedAt, prefs }` under one key; the newest change wins, judged by
 * `changedAt` (the saving browser's clock). Left out of the mirror:
 * - `syncPrefs` itself: the switch belongs to each browser (turning it off here must not turn it off
 *   everywhere, and a browser with it off must not be switched back on by another);
 * - fields an administrator locked here: an organisation's values must not spread to the user's
 *   other browsers, and a locked field never takes a synced value.
 */
import { isFiniteNumber, isPlainObject } from './guards.ts';
import { enforce, lockedKeys, type ManagedPolicy } from './managedPolicy.ts';
import { checkField, DEFAULTS, type PrefKey, type Prefs, validatePrefs } from './settings.ts';

export const SYNC_KEY = 'limberPrefs';

export interface SyncedPrefs {
  v: 1;
  changedAt: number;
  prefs: Partial<Prefs>;
}

export function syncPayload(prefs: Prefs, changedAt: number, policy: ManagedPolicy): SyncedPrefs {
  const shared: Record<string, unknown> = structuredClone(prefs);
  delete shared.syncPrefs;
  for (const key of lockedKeys(policy)) delete shared[key];
  return { v: 1, changedAt, prefs: shared as Partial<Prefs> };
}

/**
 * The synced item as another browser (maybe another Limber version) wrote it: fields this version
 * does not know or cannot accept are left out, the good ones are used. Null when unusable.
 */
export function readSynced(raw: unknown): SyncedPrefs | null {
  if (!isPlainObject(raw) || raw.v !== 1 || !isFiniteNumber(raw.changedAt) || !isPlainObject(raw.prefs)) return null;
  const prefs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.prefs)) {
    if (key === 'syncPrefs' || !Object.hasOwn(DEFAULTS, key)) continue;
    if (checkField(key as PrefKey, value) === null) prefs[key] = structuredClone(value);
  }
  return { v: 1, changedAt: raw.changedAt, prefs: prefs as Partial<Prefs> };
}

export type SyncDecision =
  | { action: 'apply'; prefs: Prefs; changedAt: number }
  | { action: 'push' }
  | { action: 'none'; why: 'off' | 'same' | 'inconsistent' };

/** Newest change wins. `localChangedAt` is 0 when this browser never saved a change. */
export function reconcile(
  local: Prefs,
  localChangedAt: number,
  remote: SyncedPrefs | null,
  policy: ManagedPolicy,
): SyncDecision {
  if (!local.syncPrefs) return { action: 'none', why: 'off' };
  if (remote && remote.changedAt > localChangedAt) {
    const merged = enforce({ ...local, ...remote.prefs, syncPrefs: local.syncPrefs } as Prefs, policy);
    const checked = validatePrefs(merged);
    if (!checked.ok) return { action: 'none', why: 'inconsistent' };
    return { action: 'apply', prefs: checked.value, changedAt: remote.changedAt };
  }
  if (localChangedAt > (remote?.changedAt ?? 0)) return { action: 'push' };
  return { action: 'none', why: 'same' };
}
