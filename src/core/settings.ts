/**
 * Preferences: defaults, ranges and validation. The type is derived from DEFAULTS (house style:
 * refined-github's `type Options = typeof defaults`), and every field has a rule that either accepts
 * a value or says in plain words why not. Pure: no browser or storage imports.
 */

import { isPlainObject } from './guards.ts';

export const MINUTE = 60_000;
export const SECOND = 1_000;

/** Working hours for one weekday, as minutes after local midnight; start < end (same day). */
export interface DayHours {
  on: boolean;
  start: number;
  end: number;
}

const weekday = (on: boolean): DayHours => ({ on, start: 9 * 60, end: 17 * 60 + 30 });

export const DEFAULTS = {
  /** W: active minutes between breaks (the seed: "every 30 minutes"). */
  workIntervalMin: 30,
  /** B: length of the guided break, minutes. */
  breakLengthMin: 2,
  /** D: seconds without input before the browser reports idle (idle.setDetectionInterval). */
  idleThresholdSec: 60,
  /** N: a non-active stretch this long counts as a break taken (must be at least B). */
  naturalBreakMin: 5,
  /** K: snoozes in a row before only Start and Skip are offered. */
  snoozeLimit: 3,
  /** Working hours; when disabled Limber counts around the clock. Index 0 is Sunday. */
  workingHoursEnabled: false,
  workingHours: [
    weekday(false),
    weekday(true),
    weekday(true),
    weekday(true),
    weekday(true),
    weekday(true),
    weekday(false),
  ],
  /** Hold rules: wait while the focused window is fullscreen (on), a tab plays sound (opt-in). */
  holdWhenFullscreen: true,
  holdWhenAudible: false,
  holdWhenMeeting: false,
  /** Longest a due reminder waits for a hold to clear, minutes. */
  maxHoldMin: 30,
  /** How the reminder appears: a system notification (with a window fallback) or a small window. */
  reminderStyle: 'notification' as 'notification' | 'window',
  /**
   * A reminder left unanswered while the person keeps working comes back once as the small window
   * (core/escalation.ts).
   */
  escalateReminder: true,
  /** Show minutes left on the toolbar badge. */
  badgeCountdown: true,
  /** Soft chime with the reminder. */
  chime: false,
  /** Heads-up one minute before a break. */
  headsUp: false,
  /** Short non-blocking nudges beside the stretch break. */
  hydrationNudge: false,
  hydrationIntervalMin: 60,
  postureNudge: false,
  postureIntervalMin: 45,
  /** Open the guided break in a small window instead of a tab. */
  breakInWindow: false,
  /** Daily goal of breaks (taken or natural) for the streak. */
  dailyBreakGoal: 6,
  /** Mirror preferences to the browser's sync storage. */
  syncPrefs: true,
};

export type Prefs = typeof DEFAULTS;
export type PrefKey = keyof Prefs;

/** Preferences as stored: the fields plus a schema version for migrations. */
export const PREFS_VERSION = 1;

interface IntRange {
  kind: 'int';
  min: number;
  max: number;
  unit: string;
}
type Rule = IntRange | { kind: 'bool' } | { kind: 'enum'; values: readonly string[] } | { kind: 'hours' };

export const RULES: { [K in PrefKey]: Rule } = {
  workIntervalMin: { kind: 'int', min: 5, max: 240, unit: 'minutes' },
  breakLengthMin: { kind: 'int', min: 1, max: 30, unit: 'minutes' },
  idleThresholdSec: { kind: 'int', min: 15, max: 600, unit: 'seconds' },
  naturalBreakMin: { kind: 'int', min: 1, max: 120, unit: 'minutes' },
  snoozeLimit: { kind: 'int', min: 0, max: 10, unit: 'snoozes' },
  workingHoursEnabled: { kind: 'bool' },
  workingHours: { kind: 'hours' },
  holdWhenFullscreen: { kind: 'bool' },
  holdWhenAudible: { kind: 'bool' },
  holdWhenMeeting: { kind: 'bool' },
  maxHoldMin: { kind: 'int', min: 1, max: 120, unit: 'minutes' },
  reminderStyle: { kind: 'enum', values: ['notification', 'window'] },
  escalateReminder: { kind: 'bool' },
  badgeCountdown: { kind: 'bool' },
  chime: { kind: 'bool' },
  headsUp: { kind: 'bool' },
  hydrationNudge: { kind: 'bool' },
  hydrationIntervalMin: { kind: 'int', min: 10, max: 240, unit: 'minutes' },
  postureNudge: { kind: 'bool' },
  postureIntervalMin: { kind: 'int', min: 10, max: 240, unit: 'minutes' },
  breakInWindow: { kind: 'bool' },
  dailyBreakGoal: { kind: 'int', min: 1, max: 48, unit: 'breaks' },
  syncPrefs: { kind: 'bool' },
};

export const PREF_KEYS = Object.keys(DEFAULTS) as PrefKey[];

/**
 * One problem with one field, in words a person can act on. `message` is the English text (logs,
 * tests, imports report); `code` + `subs` let pages show it through _locales (`err_<code>`).
 */
export interface FieldError {
  field: string;
  code: ErrorCode;
  subs: string[];
  message: string;
}

export type ErrorCode =
  | 'notNumber'
  | 'notWhole'
  | 'range'
  | 'notBool'
  | 'notOneOf'
  | 'hours'
  | 'unknownField'
  | 'missing'
  | 'notObject'
  | 'naturalBelowBreak';

const fieldError = (field: string, code: ErrorCode, message: string, subs: string[] = []): FieldError => ({
  field,
  code,
  subs,
  message,
});

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function checkDayHours(value: unknown): string | null {
  if (!isPlainObject(value)) return 'must be an object with on, start and end';
  const { on, start, end } = value;
  if (typeof on !== 'boolean') return '"on" must be true or false';
  for (const [name, v] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 24 * 60) {
      return `"${name}" must be a whole number of minutes from 0 to 1440`;
    }
  }
  if ((start as number) >= (end as number)) return 'the start must be before the end';
  return null;
}

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Checks one field's value against its rule; returns the problem or null. */
export function checkField(key: PrefKey, value: unknown): FieldError | null {
  const rule = RULES[key];
  switch (rule.kind) {
    case 'int': {
      const subs = [String(rule.min), String(rule.max)];
      if (typeof value !== 'number' || Number.isNaN(value)) {
        return fieldError(key, 'notNumber', `must be a number of ${rule.unit}`, subs);
      }
      if (!Number.isFinite(value) || !Number.isInteger(value)) {
        return fieldError(key, 'notWhole', `must be a whole number of ${rule.unit}`, subs);
      }
      if (value < rule.min || value > rule.max) {
        return fieldError(key, 'range', `must be from ${rule.min} to ${rule.max} ${rule.unit}`, subs);
      }
      return null;
    }
    case 'bool':
      return typeof value === 'boolean' ? null : fieldError(key, 'notBool', 'must be true or false');
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value)
        ? null
        : fieldError(key, 'notOneOf', `must be one of: ${rule.values.join(', ')}`, [rule.values.join(', ')]);
    case 'hours': {
      if (!Array.isArray(value) || value.length !== 7) {
        return fieldError(key, 'hours', 'must list 7 weekdays, Sunday first', ['']);
      }
      for (let i = 0; i < 7; i++) {
        const problem = checkDayHours(value[i]);
        if (problem) return fieldError(key, 'hours', `${DAY_NAMES[i]}: ${problem}`, [String(i)]);
      }
      return null;
    }
  }
}

/** Rules that tie two fields together; checked after each field is valid on its own. */
function crossFieldErrors(p: Prefs): FieldError[] {
  if (p.naturalBreakMin >= p.breakLengthMin) return [];
  return [fieldError('naturalBreakMin', 'naturalBelowBreak', 'must be at least the break length')];
}

const notObject = (): FieldError => fieldError('(root)', 'notObject', 'must be an object');

/**
 * Validates a complete preferences object strictly: unknown fields, missing fields and bad values
 * are all errors. Used for imports and for every write, so an invalid value is never saved.
 */
export function validatePrefs(input: unknown): Validation<Prefs> {
  if (!isPlainObject(input)) return { ok: false, errors: [notObject()] };
  const errors: FieldError[] = [];
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(DEFAULTS, key)) {
      errors.push(fieldError(key, 'unknownField', 'is not a Limber preference'));
    }
  }
  for (const key of PREF_KEYS) {
    if (!Object.hasOwn(input, key)) {
      errors.push(fieldError(key, 'missing', 'is missing'));
      continue;
    }
    const problem = checkField(key, input[key]);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0) return { ok: false, errors };
  const value = structuredClone(input) as Prefs;
  const cross = crossFieldErrors(value);
  return cross.length > 0 ? { ok: false, errors: cross } : { ok: true, value };
}

/** Validates a partial change on top of current preferences (what the options page sends). */
export function applyPatch(current: Prefs, patch: unknown): Validation<Prefs> {
  if (!isPlainObject(patch)) return { ok: false, errors: [notObject()] };
  return validatePrefs({ ...current, ...patch });
}

/**
 * Repairs stored preferences field by field (Dark Reader's validateSettings): each bad or missing
 * field falls back to its default and is reported; good fields are kept. Never throws.
 */
export function repairPrefs(input: unknown): { prefs: Prefs; repaired: FieldError[] } {
  const repaired: FieldError[] = [];
  const source = isPlainObject(input) ? input : {};
  if (!isPlainObject(input)) repaired.push(notObject());
  const prefs = structuredClone(DEFAULTS) as Record<string, unknown>;
  for (const key of PREF_KEYS) {
    if (!Object.hasOwn(source, key)) continue;
    const problem = checkField(key, source[key]);
    if (problem) repaired.push(problem);
    else prefs[key] = structuredClone(source[key]);
  }
  const result = prefs as Prefs;
  for (const problem of crossFieldErrors(result)) {
    repaired.push(problem);
    result.naturalBreakMin = Math.max(DEFAULTS.naturalBreakMin, result.breakLengthMin);
  }
  return { prefs: result, repaired };
}

/** The scheduler works in milliseconds; this is the one place minutes become ms. */
export interface Timing {
  workMs: number;
  breakMs: number;
  idleMs: number;
  naturalMs: number;
  snoozeLimit: number;
  maxHoldMs: number;
}

export function timingOf(p: Prefs): Timing {
  return {
    workMs: p.workIntervalMin * MINUTE,
    breakMs: p.breakLengthMin * MINUTE,
    idleMs: p.idleThresholdSec * SECOND,
    naturalMs: p.naturalBreakMin * MINUTE,
    snoozeLimit: p.snoozeLimit,
    maxHoldMs: p.maxHoldMin * MINUTE,
  };
}
