/**
 * Sitting-time accuracy on generated days (seeded), against the truth of the same days. The user's
 * day is a list of input stretches (first to last input) and the gaps between them. By the definition
 * the scheduler implements (docs/ARCHITECTURE.md, "Sitting time"), the truth is:
 * - a gap shorter than the natural break N is part of the sitting session (reading, a quick word);
 * - a gap of N or more is a natural break: it ends the session, and is not sitting time;
 * - a sitting session lasts from its first input to its last input before such a gap.
 * The gaps are drawn around that line on purpose: 40 % reading pauses (just over D to 30 s under N),
 * 10 % within 30 s of N either way, 50 % clear breaks (30 s over N to 90 min); 15 % of the stretches
 * are short (20 s to 2 min).
 *
 * The browser side follows Chromium's idle detector, which polls once a second: `active` is reported
 * up to 1 s after input resumes, `idle` D (plus up to 1 s) after the last input, and `locked` up to
 * 1 s after the screen locks, whatever D is; a quarter of the stretches end with a lock 0..D after the
 * last input. The scheduler gets those events plus its own alarms. Per sitting session, the error is
 * the sitting time it recorded minus the true length; sessions ending with a lock are reported apart
 * (the lock comes up to D after the last input, and the user is taken to be there until then).
 * The classification of every gap (natural break or not) is checked too. The naive tracker counts
 * input time only: from each `active` report to the next `idle` report, as input-based counters do.
 */

import type { Row } from './report.ts';
import { HOUR, MIN, SchedulerLoop, SEC, START } from './schedulerLoop.ts';
import { median, quantile, seededRandom } from './stats.ts';

/** Chromium's idle detector polling interval. */
const POLL_MS = 1_000;

export interface ErrorFigures {
  sessions: number;
  /** Median and worst absolute error per sitting session, seconds. */
  medianAbsS: number;
  p95AbsS: number;
  maxAbsS: number;
  /** Mean signed error, seconds (negative: time lost). */
  meanSignedS: number;
}

export interface GapFigures {
  gaps: number;
  /** Gaps the scheduler classified otherwise than the truth (natural break or not). */
  misclassified: number;
  /** The furthest a misclassified gap was from N, seconds: within the detector's 1-s poll is a tie. */
  worstDistanceFromNS: number;
}

export interface AccuracyFigures {
  days: number;
  /** Sitting sessions ended by an idle report, where the scheduler saw the same session boundaries. */
  idle: { scheduler: ErrorFigures; naive: ErrorFigures };
  /** Sessions ended by locking the screen while active (a separate case: see docs/BENCHMARKS.md). */
  locked: { scheduler: ErrorFigures; naive: ErrorFigures };
  /** After an idle report, and after a lock (which starts the absence at the lock, up to D after the last input). */
  gaps: { idle: GapFigures; locked: GapFigures };
  /** Sitting time per day: recorded / true, over every day (all sessions, misclassified ones included). */
  dayRatio: { median: number; min: number; max: number };
}

function figures(errorsMs: number[]): ErrorFigures {
  const abs = errorsMs.map((e) => Math.abs(e) / SEC);
  return {
    sessions: errorsMs.length,
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
  gaps: { idle: number; locked: number };
  misclassified: { idle: number[]; locked: number[] };
  dayRatios: number[];
}

interface Gap {
  from: number;
  to: number;
  afterLock: boolean;
}

/** One true sitting session as it unfolds, and what both trackers recorded for it. */
interface Session {
  firstInput: number;
  lastInput: number;
  recordedAtStart: number;
  naive: number;
  endedByLock: boolean;
  /** Gaps inside it, each shorter than N. */
  inner: Gap[];
}

/** One generated day of input stretches and gaps, run through the scheduler loop. */
function runDay(seed: number, errors: Errors): void {
  const random = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  // The day starts after a night away: the user left the evening before, which is a natural break.
  const loop = new SchedulerLoop(START - 12 * HOUR);
  const D = loop.prefs.idleThresholdSec * SEC;
  const N = loop.prefs.naturalBreakMin * MIN;
  loop.send({ type: 'idleState', idle: 'idle' });
  loop.runTo(START);
  let t = START + between(1, 10) * MIN;
  let truthMs = 0;
  let session: Session | null = null;
  // Whether the scheduler also saw a natural break before the current session (else, merged with
  // the one before, its start is not where the truth's is).
  let leadingSeen = true;
  const natural = (gap: Gap) => [...loop.naturals].some((at) => at >= gap.from && at < gap.to);
  const classify = (gap: Gap, truth: boolean) => {
    const kind = gap.afterLock ? 'locked' : 'idle';
    errors.gaps[kind] += 1;
    if (natural(gap) !== truth) {
      errors.misclassified[kind].push(Math.abs(gap.to - gap.from - N));
    }
  };
  const close = (s: Session, trailing: Gap) => {
    const truth = s.lastInput - s.firstInput;
    truthMs += truth;
    for (const gap of s.inner) classify(gap, false);
    classify(trailing, true);
    // Per-session errors where the scheduler saw the same session: a natural break before it, one in
    // its trailing gap and none inside (the rest show in the gap figures and the day ratio).
    const seen = leadingSeen && natural(trailing) && !s.inner.some(natural);
    leadingSeen = natural(trailing);
    if (!seen) return;
    const scheduler = loop.recordedActiveMs - s.recordedAtStart - truth;
    (s.endedByLock ? errors.lockScheduler : errors.idleScheduler).push(scheduler);
    (s.endedByLock ? errors.lockNaive : errors.idleNaive).push(s.naive - truth);
  };
  const STRETCHES = 24;
  for (let stretch = 0; stretch < STRETCHES; stretch++) {
    const length = random() < 0.15 ? between(20 * SEC, 2 * MIN) : between(2 * MIN, 50 * MIN);
    const reportedActive = t + random() * POLL_MS;
    loop.runTo(reportedActive);
    if (!session) {
      session = {
        firstInput: t,
        lastInput: t,
        recordedAtStart: loop.recordedActiveMs,
        naive: 0,
        endedByLock: false,
        inner: [],
      };
    }
    loop.send({ type: 'idleState', idle: 'active' });
    const lastInput = t + length;
    const locks = random() < 0.25;
    const reportedAway = locks ? lastInput + random() * D + random() * POLL_MS : lastInput + D + random() * POLL_MS;
    loop.runTo(reportedAway);
    loop.send({ type: 'idleState', idle: locks ? 'locked' : 'idle' });
    session.lastInput = lastInput;
    session.naive += reportedAway - reportedActive;
    session.endedByLock = locks;
    const draw = random();
    const wanted =
      draw < 0.4
        ? between(D + 3 * SEC, N - 30 * SEC)
        : draw < 0.5
          ? between(N - 30 * SEC, N + 30 * SEC)
          : between(N + 30 * SEC, 90 * MIN);
    const gap = Math.max(wanted, reportedAway - lastInput + 2 * POLL_MS);
    t = lastInput + gap;
    const ended: Gap = { from: lastInput, to: t, afterLock: locks };
    // After the last stretch the user does not come back: that gap is the day's end, below.
    if (stretch === STRETCHES - 1) break;
    if (gap < N) {
      session.inner.push(ended);
      continue;
    }
    // The next session starts at t: close this one once the loop has reached it.
    loop.runTo(t);
    close(session, ended);
    session = null;
  }
  if (session) {
    // The day ends with the user away for good: the last session ends with a natural break too.
    loop.runTo(session.lastInput + N + 2 * MIN);
    close(session, { from: session.lastInput, to: loop.now, afterLock: session.endedByLock });
  }
  errors.dayRatios.push(loop.recordedActiveMs / truthMs);
}

const gapFigures = (gaps: number, misclassified: number[]): GapFigures => ({
  gaps,
  misclassified: misclassified.length,
  worstDistanceFromNS: misclassified.length > 0 ? Math.max(...misclassified) / SEC : 0,
});

export function measureAccuracy(days = 200, seed = 20_260_302): AccuracyFigures {
  const errors: Errors = {
    idleScheduler: [],
    idleNaive: [],
    lockScheduler: [],
    lockNaive: [],
    gaps: { idle: 0, locked: 0 },
    misclassified: { idle: [], locked: [] },
    dayRatios: [],
  };
  for (let i = 0; i < days; i++) runDay(seed + i, errors);
  return {
    days,
    idle: { scheduler: figures(errors.idleScheduler), naive: figures(errors.idleNaive) },
    locked: { scheduler: figures(errors.lockScheduler), naive: figures(errors.lockNaive) },
    gaps: {
      idle: gapFigures(errors.gaps.idle, errors.misclassified.idle),
      locked: gapFigures(errors.gaps.locked, errors.misclassified.locked),
    },
    dayRatio: {
      median: median(errors.dayRatios),
      min: Math.min(...errors.dayRatios),
      max: Math.max(...errors.dayRatios),
    },
  };
}

/** The rows `npm run bench` prints and writes for these figures. */
export function accuracyRows(a: AccuracyFigures): Omit<Row, 'met'>[] {
  return [
    {
      id: 'accuracy.idle',
      measure: `Sitting-time error per sitting session, worst of ${a.idle.scheduler.sessions}`,
      value: a.idle.scheduler.maxAbsS,
      unit: 's',
      baseline: a.idle.naive.maxAbsS,
      target: { max: 2, on: 'value' },
      note: 'baseline: input-time tracker (from each active report to the next idle report)',
    },
    {
      id: 'accuracy.idle.median',
      measure: '  median |error| per sitting session (input-time tracker beside)',
      value: a.idle.scheduler.medianAbsS,
      unit: 's',
      baseline: a.idle.naive.medianAbsS,
    },
    {
      id: 'accuracy.locked',
      measure: `  worst |error| per session ended by a lock, of ${a.locked.scheduler.sessions}`,
      value: a.locked.scheduler.maxAbsS,
      unit: 's',
      baseline: a.locked.naive.maxAbsS,
    },
    {
      id: 'accuracy.gaps',
      measure: `  gaps classified otherwise than the truth (natural break or not), of ${a.gaps.idle.gaps}`,
      value: a.gaps.idle.misclassified,
      unit: '',
      note: `each within ${a.gaps.idle.worstDistanceFromNS.toFixed(2)} s of N; after a lock ${a.gaps.locked.misclassified} of ${a.gaps.locked.gaps}`,
    },
    {
      id: 'accuracy.day',
      measure: `  sitting time per day, recorded / true, worst of ${a.days}`,
      value: a.dayRatio.max,
      unit: 'x',
      note: `median ${a.dayRatio.median.toFixed(4)}, lowest ${a.dayRatio.min.toFixed(4)}`,
    },
  ];
}
