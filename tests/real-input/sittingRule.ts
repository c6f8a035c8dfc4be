/**
 * What the real-input test expects, computed from the timeline it played: the sitting-time rule as
 * docs/ARCHITECTURE.md states it ("Active-time accounting" and the state diagram), written out once
 * so a change to the rule changes one function here.
 *
 * The rule encoded: time with input counts. An absence (from the last input until input comes back)
 * of at least the natural-break length N is a natural break and resets the countdown. A shorter
 * absence is not a break and keeps the session, and counts nothing: "away: idle or locked; counts
 * nothing; a stretch ≥ N resets the cycle".
 */

export interface Absence {
  /** The last input before it. */
  from: number;
  /** The first input after it. */
  to: number;
}

export interface Rule {
  workMs: number;
  naturalMs: number;
}

/**
 * The rule itself: the sitting time an absence leaves, given the time counted before it. A natural
 * break (at least N) resets it; a shorter absence keeps it and adds nothing.
 */
export function afterAbsence(countedMs: number, absenceMs: number, rule: Rule): number {
  return absenceMs >= rule.naturalMs ? 0 : countedMs;
}

/** Sitting time counted at `at`, for input from `start` with these absences (in order). */
export function sittingMsAt(at: number, start: number, absences: readonly Absence[], rule: Rule): number {
  let counted = 0;
  let since = start;
  for (const { from, to } of absences) {
    if (at <= from) break;
    counted += from - since;
    if (at < to) return counted;
    counted = afterAbsence(counted, to - from, rule);
    since = to;
  }
  return counted + (at - since);
}

/** The moment the reminder is due: the first moment the sitting time reaches the work interval W. */
export function expectedReminderAt(start: number, absences: readonly Absence[], rule: Rule): number {
  let counted = 0;
  let since = start;
  for (const { from, to } of absences) {
    if (counted + (from - since) >= rule.workMs) break;
    counted = afterAbsence(counted + (from - since), to - from, rule);
    since = to;
  }
  return since + (rule.workMs - counted);
}
