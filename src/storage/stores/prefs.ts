/**
 * The `prefs` store: the preferences under one key, with a version for migrations. Reads repair
 * field by field (a bad or missing field falls back to its default, good ones are kept; the rules
 * are src/core/settings.ts), write the repair back and leave a notice; writes are strict and refuse
 * anything validatePrefs rejects, so an invalid value is never stored.
 */
import { isPlainObject } from '../../core/guards.ts';
import {
  DEFAULTS,
  type FieldError,
  PREFS_VERSION,
  type Prefs,
  repairPrefs,
  validatePrefs,
} from '../../core/settings.ts';
import { repairInWrite } from '../repair.ts';
import type { LimberDb, LimberStore, StoreIn } from '../schema.ts';

const KEY = 'prefs';

/** Preferences as stored; `prefs` is whatever was written and is checked on every read. */
export interface PrefsRecord {
  version: number;
  prefs: unknown;
}

declare module '../schema.ts' {
  interface LimberSchema {
    prefs: { key: typeof KEY; value: PrefsRecord };
  }
}

/** Thrown by savePrefs; `errors` carries one entry per bad field for the options page. */
export class PrefsValidationError extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(`Preferences not saved: ${describe(errors)}`);
    this.name = 'PrefsValidationError';
    this.errors = errors;
  }
}

const describe = (errors: FieldError[]) => errors.map((e) => `${e.field} ${e.message}`).join('; ');

/** Pure: the preferences a stored record means, and every field that had to be repaired to read it. */
export function repairPrefsRecord(raw: unknown): { prefs: Prefs; repaired: FieldError[] } {
  // Nothing stored yet is a first run, not damage.
  if (raw === undefined) return { prefs: structuredClone(DEFAULTS), repaired: [] };
  if (!isPlainObject(raw)) return repairPrefs(raw);
  const result = repairPrefs(raw.prefs);
  // repairPrefs drops unknown fields silently; here dropping one changes the stored record, so say so.
  if (isPlainObject(raw.prefs)) {
    for (const key of Object.keys(raw.prefs)) {
      if (!Object.hasOwn(DEFAULTS, key)) {
        result.repaired.push({ field: key, code: 'unknownField', subs: [], message: 'is not a Limber preference' });
      }
    }
  }
  // Only version 1 exists; a migration from an older version would run here before repairing.
  if (raw.version !== PREFS_VERSION) {
    const expected = String(PREFS_VERSION);
    result.repaired.unshift({ field: 'version', code: 'notOneOf', subs: [expected], message: `must be ${expected}` });
  }
  return result;
}

export type LoadedPrefs = { prefs: Prefs; repaired: FieldError[] };

export async function loadPrefs(db: LimberDb, now = Date.now()): Promise<LoadedPrefs> {
  return prefsFromRecord(db, await db.get('prefs', KEY), now);
}

/** The stored record as read in the caller's transaction (see operations/loadSchedule.ts). */
export function getPrefsRecord<T extends ArrayLike<LimberStore>>(store: StoreIn<T, 'prefs', 'readonly'>) {
  return store.get(KEY);
}

/** The preferences a record read earlier means; a damaged one is repaired in its own write, with a notice. */
export async function prefsFromRecord(db: LimberDb, raw: unknown, now: number): Promise<LoadedPrefs> {
  const first = repairPrefsRecord(raw);
  if (first.repaired.length === 0) return first;
  try {
    return await repairInWrite(db, ['prefs'], now, async (tx) => {
      // Re-read inside the write so a save that landed since the first read is not overwritten.
      const again = repairPrefsRecord(await tx.objectStore('prefs').get(KEY));
      if (again.repaired.length === 0) return { result: again, notice: null };
      await tx.objectStore('prefs').put({ version: PREFS_VERSION, prefs: again.prefs }, KEY);
      const notice = `Some saved preferences were damaged and were reset to their defaults: ${describe(again.repaired)}`;
      return { result: again, notice };
    });
  } catch (error) {
    // The repair could not be written (a full disk, say). The repaired values are still right for
    // this read; the write is tried again next time. Failing here would stop every scheduler event.
    console.warn('Limber: repaired preferences could not be saved', error);
    return first;
  }
}

/** Whether preferences were ever saved (a first run starts from the administrator's defaults). */
export async function hasSavedPrefs(db: LimberDb): Promise<boolean> {
  return (await db.get('prefs', KEY)) !== undefined;
}

/** Validates strictly and stores; throws PrefsValidationError (nothing written) if any field is bad. */
export async function savePrefs(db: LimberDb, prefs: unknown): Promise<Prefs> {
  const checked = validatePrefs(prefs);
  if (!checked.ok) throw new PrefsValidationError(checked.errors);
  await db.put('prefs', { version: PREFS_VERSION, prefs: checked.value }, KEY);
  return checked.value;
}
