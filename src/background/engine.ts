/**
 * Runs one scheduler event end to end: load prefs and state, step(), persist, carry out effects.
 * Events are handled one at a time (a promise chain) so two listeners firing together cannot both
 * read the same old state. Nothing here survives the worker except what is written to IndexedDB.
 */
import { reminderMayBeDue } from '../core/dueCheck.ts';
import { type DayFigures, emptyDay } from '../core/insights/dailyFigures.ts';
import { figuresAhead } from '../core/insights/figuresAhead.ts';
import { dayKey } from '../core/localDay.ts';
import { step } from '../core/scheduler.ts';
import { initialState } from '../core/schedulerState.ts';
import type { HistoryEntry, SchedulerEvent, SchedulerState, StepResult } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import type { Status } from '../core/status.ts';
import { describe, statusToday } from '../core/statusOf.ts';
import { detectHold } from '../platform/hold.ts';
import { queryIdle } from '../platform/idle.ts';
import { commitStep } from '../storage/operations/commitStep.ts';
import { loadSchedule } from '../storage/operations/loadSchedule.ts';
import type { LimberDb } from '../storage/schema.ts';
import { readDayFigures } from '../storage/stores/days.ts';
import { readNextRoutine } from '../storage/stores/meta.ts';
import { now as clockNow } from './clock.ts';
import { database } from './database.ts';
import { putsReminderOnScreen, runEffects } from './effects.ts';
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

export interface DispatchOptions {
  /**
   * false skips today's figures in the status: browser events (the minute heartbeat above all)
   * discard the status, so they should not pay for it.
   */
  figures?: boolean;
  /**
   * Answer as soon as the status is known: before the step's write when the day's figures it shows
   * are certain without it (core/insights/figuresAhead.ts), else once the step is stored. The write,
   * the effects (alarm, badge, notifications) and the nudges then follow in the same queue, before
   * any later event. For getStatus, whose caller only shows the status: a worker woken cold by the
   * popup answers sooner.
   */
  answerFirst?: boolean;
}

export function dispatch(event: SchedulerEvent, { figures = true, answerFirst = false }: DispatchOptions = {}) {
  return new Promise<Outcome>((resolve, fail) => {
    let answered = false;
    const answer = (outcome: Outcome) => {
      answered = true;
      resolve(outcome);
    };
    serially(async () => {
      const db = await database();
      const at = clockNow();
      const today = figures ? dayKey(at) : null;
      const loaded = await loadSchedule(db, at, answerFirst ? today : null);
      const { prefs } = loaded;
      const state = loaded.state ?? initialState(at);
      const queried = await withIdle(event, prefs);
      const result = step(state, await withHold(queried, state, prefs, at), at, prefs);
      const entries = historyOf(result);
      const statusWith = (dayFigures: DayFigures | null) => {
        const status = describe(result.state, at, prefs, dayFigures ? statusToday(dayFigures) : null);
        if (dayFigures) status.today.activeMs += Math.max(0, status.accruedMs - result.state.cycleMs);
        return status;
      };
      // When the figures the status shows are certain before the write, the answer need not wait for it.
      const ahead = loaded.figures && !result.rejected ? figuresAhead(loaded.figures, entries) : null;
      let outcome: Outcome | null = null;
      if (ahead) {
        outcome = { result, status: statusWith(ahead), prefs };
        answer(outcome);
      }
      const reminding = result.effects.some((e) => e.type === 'showReminder');
      // Only a reminder needs the next routine (to name its first stretch): one read, only then.
      const nextRoutine = reminding ? await readNextRoutine(db) : [];
      const context = { firstStretchId: nextRoutine[0] ?? null };
      // The reminder goes on screen before the step that shows it is stored. Stored first, a worker
      // stopped in between would leave "shown" recorded for a reminder nobody saw, and no later step
      // would show it; shown first, such a stop only means the next step shows it again, under the
      // same notification id or in the same window, so it is never on screen twice.
      await runEffects(result.effects.filter(putsReminderOnScreen), prefs, context);
      const stored = result.rejected ? null : await commitStep(db, result.state, entries, at, ahead ? null : today);
      outcome ??= { result, status: statusWith(today ? await todayOf(db, today, stored?.figures, at) : null), prefs };
      if (answerFirst) answer(outcome);
      await runEffects(
        result.effects.filter((e) => !putsReminderOnScreen(e)),
        prefs,
        context,
      );
      await runNudges(db, outcome.status.kind, prefs, at).catch((error: unknown) =>
        console.warn('Limber: nudge failed', error),
      );
      answer(outcome);
    }).catch((error: unknown) =>
      answered ? console.warn('Limber: effects after the answer failed', error) : fail(error),
    );
  });
}

/**
 * Today's figures for the status, from the `days` record the step's own transaction read back; read
 * (and, if damaged, rebuilt) on their own only after a refused command (nothing stored) or when that
 * record was damaged.
 */
async function todayOf(db: LimberDb, day: string, fromStep: DayFigures | null | undefined, at: number) {
  return fromStep ?? (await readDayFigures(db, day, day, at))[0] ?? emptyDay(day);
}

const historyOf = (result: StepResult): HistoryEntry[] =>
  result.effects.flatMap((e) => (e.type === 'record' ? [e.entry] : []));
