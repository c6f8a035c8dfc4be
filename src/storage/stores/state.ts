/**
 * The `state` store: the scheduler state under one key, written with every scheduler step
 * (operations/commitStep.ts). Unlike preferences, its fields depend on one another (a cycle's time,
 * its heartbeat, its snoozes), so a damaged record is not patched field by field: it is refused
 * whole, removed with a notice, and the scheduler starts fresh.
 */
import type { Checked } from '../../core/checked.ts';
import { isNonNegativeFinite, isPlainObject } from '../../core/guards.ts';
import type { SchedulerState } from '../../core/schedulerTypes.ts';
import { repairInWrite } from '../repair.ts';
import type { LimberDb, LimberStore, StoreIn } from '../schema.ts';

const KEY = 'scheduler';

declare module '../schema.ts' {
  interface LimberSchema {
    state: { key: typeof KEY; value: SchedulerState };
  }
}

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
  escalateAtMs: (v) => (v === null || isNonNegativeFinite(v) ? null : 'must be a duration (ms, not negative) or null'),
};

/**
 * Fields added after version 1 was first stored, with the value a state written before them means:
 * no natural-break record to lengthen; a running break named by its start, which is what the page of
 * such a break was told; no reminder escalation pending.
 */
const ADDED_LATER: Partial<{ [K in keyof SchedulerState]: (input: Record<string, unknown>) => unknown }> = {
  naturalAt: () => null,
  breakId: (input) => input.breakStartedAt ?? null,
  escalateAtMs: () => null,
};

/** Checks every field and names every problem. Unknown extra fields are not damage; they are dropped. */
export function validateSchedulerState(input: unknown): Checked<SchedulerState> {
  if (!isPlainObject(input)) return { ok: false, reason: 'the record is not an object' };
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
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  return { ok: true, record: state as unknown as SchedulerState };
}

/** The stored state, or null on a first run or after a damaged record was removed (and reported). */
export async function loadState(db: LimberDb, now: number): Promise<SchedulerState | null> {
  return stateFromRecord(db, await db.get('state', KEY), now);
}

/** The stored record as read in the caller's transaction (see operations/loadSchedule.ts). */
export function getStateRecord<T extends ArrayLike<LimberStore>>(store: StoreIn<T, 'state', 'readonly'>) {
  return store.get(KEY);
}

/** The state a record read earlier means; a damaged one is removed in its own write, with a notice. */
export async function stateFromRecord(db: LimberDb, raw: unknown, now: number): Promise<SchedulerState | null> {
  if (raw === undefined) return null;
  const first = validateSchedulerState(raw);
  if (first.ok) return first.record;
  try {
    return await repairInWrite(db, ['state'], now, async (tx) => {
      const current: unknown = await tx.objectStore('state').get(KEY);
      if (current === undefined) return { result: null, notice: null };
      const again = validateSchedulerState(current);
      if (again.ok) return { result: again.record, notice: null };
      await tx.objectStore('state').delete(KEY);
      return { result: null, notice: `The saved break timer was damaged and was reset (${again.reason})` };
    });
  } catch (error) {
    // As with preferences: a repair that cannot be written must not stop the scheduler; the damaged
    // record is ignored (a fresh state) and the removal is tried again next time.
    console.warn('Limber: damaged scheduler state could not be removed', error);
    return null;
  }
}

/**
 * Puts the state inside the caller's transaction. A state the next load would refuse throws at once,
 * before anything is queued, so the caller's transaction writes nothing.
 */
export function putState<T extends ArrayLike<LimberStore>>(store: StoreIn<T, 'state'>, state: SchedulerState) {
  const checked = validateSchedulerState(state);
  if (!checked.ok) throw new Error(`Scheduler state not saved: ${checked.reason}`);
  return store.put(checked.record, KEY);
}
