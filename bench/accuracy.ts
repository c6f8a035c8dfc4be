/**
 * Active-time accuracy on generated timelines (seeded). The truth is a list of sessions, each
 * from the first to the last input of a stretch of use; gaps between sessions are longer than the
 * idle threshold D, so each session ends in exactly one idle transition (gaps shorter than D are
 * activity by the idle API's own definition, and no tracker can see them).
 *
 * The browser side follows Chromium's idle detector, which polls once a second: `active` is
 * reported up to 1 s after input resumes, `idle` D (plus up to 1 s) after the last input, and
 * `locked` up to 1 s after the screen locks, whatever D is. The scheduler gets those events plus
 * its own heartbeat alarms; its recorded active time per session is compared with the truth.
 * The naive tracker counts from the `active` report to the `idle` report, with no correction.
 */
import { MIN, SchedulerLoop, SEC, START } from './schedulerLoop.ts';
import { median, quantile, seededRandom } from './stats.ts';

/** Chromium's idle detector polling interval. */
const POLL_MS = 1_000;

export interface ErrorFigures {
  transitions: number;
  /** Median and worst absolute error per transition, seconds. */
  medianAbsS: number;
  p95AbsS: number;
  maxAbsS: number;
  /** Mean signed error, seconds (negative: time lost). */
  meanSignedS: number;
}

export interface AccuracyFigures {
  timelines: number;
  idle: { scheduler: ErrorFigures; naive: ErrorFigures };
  /** Sessions ended by locking the screen while active (a separate case: see docs/BENCHMARKS.md). */
  locked: { scheduler: ErrorFigures; naive: ErrorFigures };
}

function figures(errorsMs: number[]): ErrorFigures {
  const abs = errorsMs.map((e) => Math.abs(e) / SEC);
  return {
    transitions: errorsMs.length,
    medianAbsS: median(abs),
    p95AbsS: quantile(abs, 0.95),
    maxAbsS: Math.max(...abs),
    meanSignedS: errorsMs.reduce((a, b) => a + b, 0) / errorsMs.length / SEC,
  };
}

interface Errors {
  idleScheduler: number[];
  idleNaive: number[];
  lockScheduler: number[];
  lockNaive: number[];
}

/** One generated day of sessions and gaps, run through the scheduler loop. */
function runTimeline(seed: number, errors: Errors): void {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const loop = new SchedulerLoop(START);
  const idleMs = loop.prefs.idleThresholdSec * SEC;
  // The browser starts with nobody at the keyboard.
  loop.send({ type: 'idleState', idle: 'idle' });
  let t = START + between(1, 10) * MIN;
  for (let session = 0; session < 24; session++) {
    // Sessions from 20 s to 50 min; a few short ones test the "never before activity" floor.
    const length = random() < 0.15 ? between(20 * SEC, 2 * MIN) : between(2 * MIN, 50 * MIN);
    const reportedActive = t + random() * POLL_MS;
    loop.runTo(reportedActive);
    const before = loop.recordedActiveMs;
    loop.send({ type: 'idleState', idle: 'active' });
    const lastInput = t + length;
    const locks = random() < 0.25;
    // A lock comes 0..D after the last input (the user walks away and presses the lock keys).
    const reportedAway = locks
      ? lastInput + random() * idleMs + random() * POLL_MS
      : lastInput + idleMs + random() * POLL_MS;
    loop.runTo(reportedAway);
    loop.send({ type: 'idleState', idle: locks ? 'locked' : 'idle' });
    const scheduler = loop.recordedActiveMs - before - length;
    const naive = reportedAway - reportedActive - length;
    (locks ? errors.lockScheduler : errors.idleScheduler).push(scheduler);
    (locks ? errors.lockNaive : errors.idleNaive).push(naive);
    // Gaps from just over D (a short interruption) to 90 minutes (lunch: a natural break).
    const gap = random() < 0.5 ? between(idleMs / MIN + 0.05, 4) * MIN : between(4, 90) * MIN;
    t = lastInput + Math.max(gap, reportedAway - lastInput + 2 * POLL_MS);
  }
}

export function measureAccuracy(timelines = 200, seed = 20_260_302): AccuracyFigures {
  const errors: Errors = { idleScheduler: [], idleNaive: [], lockScheduler: [], lockNaive: [] };
  for (let i = 0; i < timelines; i++) runTimeline(seed + i, errors);
  return {
    timelines,
    idle: { scheduler: figures(errors.idleScheduler), naive: figures(errors.idleNaive) },
    locked: { scheduler: figures(errors.lockScheduler), naive: figures(errors.lockNaive) },
  };
}
