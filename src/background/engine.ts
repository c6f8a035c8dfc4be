/**
 * Runs one scheduler event end to end: load prefs and state, step(), persist, carry out effects.
 * Events are handled one at a time (a promise chain) so two listeners firing together cannot both
 * read the same old state. Nothing here survives the worker except what is written to IndexedDB.
 */
import { reminderMayBeDue } from '../core/dueCheck.ts';
import { dayKey } from '../core/localDay.ts';
import { step } from '../core/scheduler.ts';
import { initialState } from '../core/schedulerState.ts';
import type { HistoryEntry, SchedulerEvent, SchedulerState, StepResult } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import type { Status } from '../core/status.ts';
import { describe } from '../core/statusOf.ts';
import { detectHold } from '../platform/hold.ts';
import { queryIdle } from '../platform/idle.ts';
import { commitStep } from '../storage/operations/commitStep.ts';
import { todayFigures } from '../storage/stores/history.ts';
import { readNextRoutine } from '../storage/stores/meta.ts';
import { loadPrefs } from '../storage/stores/prefs.ts';
import { loadState } from '../storage/stores/state.ts';
import { now as clockNow } from './clock.ts';
import { database } from './database.ts';
import { runEffects } from './effects.ts';
import { runNudges } from './nudges.ts';

let queue: Promise<unknown> = Promise.resolve();

/** Serialises work on the scheduler state; a failure does not block later events. */
export function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export interface Outcome {
  result: StepResult;
  status: Status;
  prefs: Prefs;
}

/** Adds hold information to timer and idle events, but only when a reminder could be delivered. */
async function withHold(event: SchedulerEvent, state: SchedulerState, prefs: Prefs, at: number) {
  if (event.type !== 'alarm' && event.type !== 'wake' && event.type !== 'idleState') return event;
  if (!reminderMayBeDue(state, at, prefs)) return event;
  const hold = await detectHold(prefs).catch(() => null);
  return { ...event, hold };
}

/**
 * Timer and wake events carry the idle state as the browser sees it now. After a sleep or a late
 * alarm the scheduler has marked the user away, and a user who was active before and after never
 * produces an idle-state change: without this query nothing would count until they next went idle.
 */
async function withIdle(event: SchedulerEvent, prefs: Prefs): Promise<SchedulerEvent> {
  if ((event.type !== 'alarm' && event.type !== 'wake') || event.idle) return event;
  const idle = await queryIdle(prefs.idleThresholdSec).catch(() => undefined);
  return idle ? { ...event, idle } : event;
}

/**
 * `figures: false` skips reading today's history for the status: browser events (the minute
 * heartbeat above all) discard the status, so they should not pay a database read for it.
 */
export function dispatch(event: SchedulerEvent, { figures = true } = {}): Promise<Outcome> {
  return serially(async () => {
    const db = await database();
    const at = clockNow();
    const { prefs } = await loadPrefs(db, at);
    const state = (await loadState(db, at)) ?? initialState(at);
    const queried = await withIdle(event, prefs);
    const result = step(state, await withHold(queried, state, prefs, at), at, prefs);
    if (!result.rejected) await commitStep(db, result.state, historyOf(result), at);
    const reminding = result.effects.some((e) => e.type === 'showReminder');
    // Only a reminder needs the next routine (to name its first stretch): one read, only then.
    const nextRoutine = reminding ? await readNextRoutine(db) : [];
    await runEffects(result.effects, prefs, { firstStretchId: nextRoutine[0] ?? null });
    const today = figures ? await todayFigures(db, dayKey(at), at) : null;
    const status = describe(result.state, at, prefs, today);
    if (today) status.today.activeMs += Math.max(0, status.accruedMs - result.state.cycleMs);
    await runNudges(db, status.kind, prefs, at).catch((error: unknown) => console.warn('Limber: nudge failed', error));
    return { result, status, prefs };
  });
}

const historyOf = (result: StepResult): HistoryEntry[] =>
  result.effects.flatMap((e) => (e.type === 'record' ? [e.entry] : []));
