/**
 * Field-by-field check of a stored SchedulerState. Unlike preferences, the fields depend on one
 * another (a cycle's time, its heartbeat, its snoozes), so a damaged record is not patched field by
 * field: it is refused whole and the scheduler starts fresh. Pure.
 */
import { isNonNegativeFinite, isPlainObject } from '../core/guards.ts';
import type { SchedulerState } from '../core/schedulerTypes.ts';

type Check = (v: unknown) => string | null;

const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v) ? null : `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const time: Check = (v) => (isNonNegativeFinite(v) ? null : 'must be a time (a number of ms, not negative)');
const timeOrNull: Check = (v) =>
  v === null || isNonNegativeFinite(v) ? null : 'must be a time (a number of ms, not negative) or null';
const duration: Check = (v) => (isNonNegativeFinite(v) ? null : 'must be a duration (a number of ms, not negative)');
const count: Check = (v) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? null : 'must be a whole number, not negative';

// A mapped type, so a field added to SchedulerState does not compile until it is checked here.
const CHECKS: { [K in keyof SchedulerState]-?: Check } = {
  version: oneOf(1),
  idle: oneOf('active', 'idle', 'locked'),
  activeSince: timeOrNull,
  inactiveSince: timeOrNull,
  naturalCounted: bool,
  naturalAt: timeOrNull,
  cycleMs: duration,
  committedUntil: time,
  lastTick: time,
  reminderShown: bool,
  remindedThisCycle: bool,
  snoozeUntil: timeOrNull,
  snoozeCount: count,
  breakStartedAt: timeOrNull,
  breakId: timeOrNull,
  pausedUntil: timeOrNull,
  hold: oneOf(null, 'fullscreen', 'audible', 'meeting'),
  holdSince: timeOrNull,
  headsUpGiven: bool,
};

/**
 * Fields added after version 1 was first stored, with the value a state written before them means:
 * no natural-break record to lengthen; a running break named by its start, which is what the page of
 * such a break was told.
 */
const ADDED_LATER: Partial<{ [K in keyof SchedulerState]: (input: Record<string, unknown>) => unknown }> = {
  naturalAt: () => null,
  breakId: (input) => input.breakStartedAt ?? null,
};

export type StateValidation = { ok: true; state: SchedulerState } | { ok: false; problems: string[] };

/** Checks every field and lists every problem. Unknown extra fields are not damage; they are dropped. */
export function validateSchedulerState(input: unknown): StateValidation {
  if (!isPlainObject(input)) return { ok: false, problems: ['the record is not an object'] };
  const problems: string[] = [];
  const state: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(CHECKS) as [keyof SchedulerState, Check][]) {
    const added = ADDED_LATER[key];
    if (!Object.hasOwn(input, key) && !added) {
      problems.push(`${key} is missing`);
      continue;
    }
    const value = Object.hasOwn(input, key) ? input[key] : added?.(input);
    const problem = check(value);
    if (problem) problems.push(`${key} ${problem}`);
    else state[key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, state: state as unknown as SchedulerState };
}
