/**
 * What the real-input test expects, computed from the timeline it played: the sitting-time rule as
 * docs/ARCHITECTURE.md states it ("Sitting time (what the countdown counts)"), written out here once,
 * so a change to the rule changes this file only.
 *
 * The rule encoded: a sitting session runs from the first input to the last input before an absence
 * of at least the natural break N, and everything in between counts, short absences included. An
 * absence of at least N is a natural break: it resets the countdown and does not count (while it is
 * shorter than N it counts provisionally; at N the session is taken back to its last input). The
 * countdown starts again when input comes back.
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

const isNaturalBreak = (absence: Absence, rule: Rule) => absence.to - absence.from >= rule.naturalMs;

/** Sitting time counted at `at`, for input from `start` with these absences (in order). */
export function sittingMsAt(at: number, start: number, absences: readonly Absence[], rule: Rule): number {
  let since = start;
  for (const absence of absences) {
    if (at <= absence.from || !isNaturalBreak(absence, rule)) continue;
    // Until N has passed the absence still counts; from then on the session is over.
    if (at < absence.from + rule.naturalMs) return at - since;
    if (at < absence.to) return 0;
    since = absence.to;
  }
  return at - since;
}

/** The moment the reminder is due: the first moment the sitting time reaches the work interval W. */
export function expectedReminderAt(start: number, absences: readonly Absence[], rule: Rule): number {
  let since = start;
  for (const absence of absences) {
    if (!isNaturalBreak(absence, rule)) continue;
    // Due before this absence became a natural break (possibly during it, provisionally).
    if (since + rule.workMs < absence.from + rule.naturalMs) break;
    since = absence.to;
  }
  return since + rule.workMs;
}
