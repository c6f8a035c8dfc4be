/**
 * Random timelines for the property tests: user and browser events at realistic intervals (seconds
 * to hours), machine sleeps, and clock jumps both ways, run through the simulator in heartbeat
 * (faithful) mode or with listed events only. truth.ts replays what really happened beside it.
 */
import fc from 'fast-check';
import type { HoldReason, IdleState, SchedulerEvent } from '../../../src/core/schedulerTypes.ts';
import { DEFAULTS, type Prefs } from '../../../src/core/settings.ts';
import { pauseUntilTomorrow } from '../../../src/core/workingHours.ts';
import type { Timeline, TimelineEntry } from '../../../src/sim/timeline.ts';
import { local, MIN, SEC } from './driver.ts';

type Action =
  | { kind: 'event'; event: SchedulerEvent }
  | { kind: 'pause'; minutes: number | 'tomorrow' }
  | { kind: 'settings'; patch: Partial<Prefs> }
  | { kind: 'sleep'; ms: number; wakeIdle: IdleState }
  | { kind: 'clockJump'; byMs: number }
  | { kind: 'focus' };

const idle = fc.constantFrom<IdleState>('active', 'active', 'idle', 'locked');
const hold = fc.constantFrom<HoldReason | null>('fullscreen', 'audible', 'meeting', null, null);
const timing = {
  workIntervalMin: fc.integer({ min: 5, max: 60 }),
  naturalBreakMin: fc.integer({ min: 2, max: 15 }),
  idleThresholdSec: fc.integer({ min: 15, max: 300 }),
  maxHoldMin: fc.integer({ min: 1, max: 30 }),
  workingHoursEnabled: fc.boolean(),
};

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: idle.map((i) => ({ kind: 'event', event: { type: 'idleState', idle: i } }) as const) },
  {
    weight: 3,
    arbitrary: fc
      .integer({ min: 1, max: 20 })
      .map((m) => ({ kind: 'event', event: { type: 'snooze', minutes: m } }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'event', event: { type: 'skip' } } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'event', event: { type: 'startBreak' } } as const) },
  {
    weight: 1,
    arbitrary: fc.boolean().map((c) => ({ kind: 'event', event: { type: 'finishBreak', completed: c } }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'event', event: { type: 'resume' } } as const) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer({ min: 1, max: 180 }), fc.constant('tomorrow' as const))
      .map((m) => ({ kind: 'pause', minutes: m }) as const),
  },
  { weight: 2, arbitrary: hold.map((h) => ({ kind: 'event', event: { type: 'holdChanged', hold: h } }) as const) },
  {
    weight: 1,
    arbitrary: fc.record(timing, { requiredKeys: [] }).map((patch) => ({ kind: 'settings', patch }) as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ ms: fc.integer({ min: 151, max: 12 * 3600 }).map((s) => s * SEC), wakeIdle: idle })
      .map((s) => ({ kind: 'sleep', ...s }) as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer({ min: 10, max: 10 * 3600 }), fc.integer({ min: -3 * 3600, max: -10 }))
      .map((s) => ({ kind: 'clockJump', byMs: s * SEC }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'focus' } as const) },
);

/** Mostly seconds and minutes between actions, sometimes hours. */
const delta = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 120 }).map((s) => s * SEC) },
  { weight: 4, arbitrary: fc.integer({ min: 2, max: 30 }).map((m) => m * MIN) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 * 60 }).map((m) => m * MIN) },
);

/** Near a plain Monday and both daylight-saving nights of 2026 (vitest runs in Europe/Berlin). */
const start = fc
  .tuple(
    fc.constantFrom(local(2026, 3, 2, 8), local(2026, 3, 28, 20), local(2026, 10, 24, 20)),
    fc.integer({ min: 0, max: 36 * 60 }),
  )
  .map(([anchor, minutes]) => anchor + minutes * MIN);

export const scenario = fc.record({
  start,
  browser: fc.constantFrom<'chromium' | 'firefox'>('chromium', 'firefox'),
  heartbeat: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  prefs: fc.record({
    ...timing,
    snoozeLimit: fc.integer({ min: 0, max: 4 }),
    holdWhenAudible: fc.boolean(),
    headsUp: fc.boolean(),
  }),
  steps: fc.array(fc.tuple(delta, action), { minLength: 1, maxLength: 24 }),
  tail: fc.integer({ min: 0, max: 60 }).map((m) => m * MIN),
});
export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The scenario as a simulator timeline (real times; pause targets read the clock of their moment). */
export function timelineOf(sc: Scenario): Timeline {
  let prefs: Prefs = { ...structuredClone(DEFAULTS), ...sc.prefs };
  const initial = prefs;
  let real = sc.start;
  let offset = 0;
  const entries: TimelineEntry[] = [{ kind: 'event', at: real, event: { type: 'wake', idle: 'active' } }];
  for (const [gap, a] of sc.steps) {
    real += gap;
    if (a.kind === 'event') entries.push({ kind: 'event', at: real, event: a.event });
    else if (a.kind === 'pause') {
      const clock = real + offset;
      const until = a.minutes === 'tomorrow' ? pauseUntilTomorrow(clock, prefs) : clock + a.minutes * MIN;
      entries.push({ kind: 'event', at: real, event: { type: 'pause', until } });
    } else if (a.kind === 'settings') {
      prefs = { ...prefs, ...a.patch };
      entries.push({ kind: 'event', at: real, event: { type: 'settingsChanged' }, prefs });
    } else if (a.kind === 'sleep') {
      entries.push({ kind: 'sleep', at: real });
      real += a.ms;
      entries.push({ kind: 'event', at: real, event: { type: 'wake', idle: a.wakeIdle } });
    } else if (a.kind === 'focus') {
      entries.push({ kind: 'focus', at: real });
    } else {
      offset += a.byMs;
      entries.push({ kind: 'clockJump', at: real, byMs: a.byMs });
    }
  }
  const end = real + sc.tail;
  return {
    start: sc.start,
    prefs: initial,
    heartbeat: sc.heartbeat,
    entries,
    end,
    timeZone: null,
    browser: sc.browser,
  };
}
