/**
 * A reminder that gets seen. A notification can be missed: a focus or do-not-disturb mode swallows
 * it, or it slides away while the person types. When a reminder has been left unanswered while the
 * person kept working for ESCALATE_AFTER_MS of active time, it comes back once, as the reminder
 * window, and then waits politely: never a second window, never a backlog. The person can turn this
 * off (`escalateReminder`). Pure; scheduler.ts calls it after each delivery check.
 */
import type { Effect, SchedulerState } from './schedulerTypes.ts';
import type { Prefs } from './settings.ts';

/** "A few minutes" of work carried on past an unanswered reminder. */
export const ESCALATE_AFTER_MS = 3 * 60_000;

/** A reminder was just delivered: it comes back once this cycle's active time reaches the mark. */
export function armEscalation(s: SchedulerState): void {
  s.escalateAtMs = s.cycleMs + ESCALATE_AFTER_MS;
}

/**
 * Brings an ignored reminder back as the window, once. "Kept working" is measured on committed
 * active time only (final up to now minus the idle threshold), so time the person may already have
 * walked away in never counts; away, nothing accrues and the window does not come.
 */
export function escalateIfIgnored(s: SchedulerState, p: Prefs, effects: Effect[]): void {
  if (s.escalateAtMs === null || !s.reminderShown || !p.escalateReminder) return;
  if (s.cycleMs < s.escalateAtMs) return;
  s.escalateAtMs = null;
  effects.push({ type: 'escalateReminder' });
}
