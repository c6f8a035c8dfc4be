/**
 * An administrator's policy (storage.managed, docs/ADMIN.md) → what Limber does with it. Pure.
 *
 * Each preference is its own policy, `{ "value": …, "locked": true | false }`:
 * - not locked: a starting value, used on first run and by "reset"; the user may change it;
 * - locked: enforced on every start and every policy change; the user cannot change it.
 * One policy per preference because Chrome drops a whole policy when any part of it fails the
 * schema: a bad value then costs only its own preference. Every value is checked again with the
 * preference rules (checkField), since Firefox checks nothing; anything bad is ignored and listed
 * in `problems`, and the rest of the policy applies.
 */
import { isPlainObject } from './guards.ts';
import { checkField, DEFAULTS, type PrefKey, type Prefs } from './settings.ts';

export interface ManagedPolicy {
  defaults: Partial<Prefs>;
  locked: Partial<Prefs>;
  /** One line per ignored part of the policy, in English (for the notice and the worker log). */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { defaults: {}, locked: {}, problems: [] };

const isPrefKey = (key: string): key is PrefKey => Object.hasOwn(DEFAULTS, key);
const name = (key: string) => JSON.stringify(key).slice(0, 60);

/** One preference's policy: its value and whether it is locked, or the reason it is ignored. */
function readEntry(key: PrefKey, raw: unknown): { value: unknown; locked: boolean } | string {
  if (!isPlainObject(raw)) return `${key} must be an object with "value" (and "locked"); ignored`;
  const extra = Object.keys(raw).find((k) => k !== 'value' && k !== 'locked');
  if (extra !== undefined) return `${key}.${name(extra)} is not understood (use "value" and "locked"); ignored`;
  if (raw.locked !== undefined && typeof raw.locked !== 'boolean')
    return `${key}.locked must be true or false; ignored`;
  if (!Object.hasOwn(raw, 'value')) return `${key} has no "value"; ignored`;
  const error = checkField(key, raw.value);
  if (error) return `${key}.value ${error.message}; ignored`;
  return { value: structuredClone(raw.value), locked: raw.locked === true };
}

export function readPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return structuredClone(NO_POLICY);
  if (!isPlainObject(raw)) return { defaults: {}, locked: {}, problems: ['the policy must be an object; ignored'] };
  const problems: string[] = [];
  const defaults: Record<string, unknown> = {};
  const locked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isPrefKey(key)) {
      problems.push(`${name(key)} is not a Limber preference; ignored`);
      continue;
    }
    const entry = readEntry(key, value);
    if (typeof entry === 'string') problems.push(entry);
    else (entry.locked ? locked : defaults)[key] = entry.value;
  }
  // The one rule between two fields: a natural break is at least as long as a guided break.
  const merged = { ...DEFAULTS, ...defaults, ...locked } as Prefs;
  if (merged.naturalBreakMin < merged.breakLengthMin) {
    problems.push(`naturalBreakMin.value must be at least the break length (${merged.breakLengthMin}); ignored`);
    delete defaults.naturalBreakMin;
    delete locked.naturalBreakMin;
  }
  return { defaults: defaults as Partial<Prefs>, locked: locked as Partial<Prefs>, problems };
}

export const samePrefValue = (a: unknown, b: unknown): boolean => same(a, b);

export const lockedKeys = (policy: ManagedPolicy): PrefKey[] => Object.keys(policy.locked) as PrefKey[];

/**
 * The policy's values on top of `prefs`, kept consistent: a natural break shorter than the break
 * length moves whichever of the two is not locked (validatePrefs would refuse the pair otherwise).
 */
export function enforce(prefs: Prefs, policy: ManagedPolicy): Prefs {
  const next = { ...structuredClone(prefs), ...structuredClone(policy.locked) } as Prefs;
  if (next.naturalBreakMin < next.breakLengthMin) {
    if (policy.locked.naturalBreakMin === undefined) next.naturalBreakMin = next.breakLengthMin;
    else if (policy.locked.breakLengthMin === undefined) next.breakLengthMin = next.naturalBreakMin;
  }
  return next;
}

/** What a first run (or a reset) starts from: built-in defaults, then the policy's defaults and locks. */
export const startingPrefs = (policy: ManagedPolicy): Prefs =>
  enforce({ ...structuredClone(DEFAULTS), ...structuredClone(policy.defaults) } as Prefs, policy);

/** Structural equality of JSON-like values, key order aside (working hours are objects in a list). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
}

/** Why a change is refused, or null: it would change a locked field. Sending a locked field unchanged is fine. */
export function lockRefusal(patch: Record<string, unknown>, policy: ManagedPolicy): string | null {
  const changed = lockedKeys(policy).filter(
    (key) => Object.hasOwn(patch, key) && !same(patch[key], policy.locked[key]),
  );
  if (changed.length === 0) return null;
  const verb = changed.length === 1 ? 'is' : 'are';
  return `Not saved: ${changed.join(', ')} ${verb} set by your organisation and cannot be changed.`;
}
