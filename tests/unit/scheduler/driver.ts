/**
 * A tiny harness around the pure scheduler so each test reads like the rule it checks: a clock, the
 * persisted state, the preferences, and every effect collected with the time it was produced.
 * `advanceActive` sends an alarm every 60 s like the real heartbeat; `wait` fires only the alarms the
 * scheduler itself asked for (the faithful background of rule 10); `sleep` moves time with no event.
 */
import { accruedAt } from '../../../src/core/activity.ts';
import { step } from '../../../src/core/scheduler.ts';
import { initialState } from '../../../src/core/schedulerState.ts';
import type {
  Effect,
  HistoryEntry,
  HistoryKind,
  IdleState,
  SchedulerEvent,
  SchedulerState,
  StepResult,
} from '../../../src/core/schedulerTypes.ts';
import { DEFAULTS, type Prefs } from '../../../src/core/settings.ts';

export const SEC = 1_000;
export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** Local wall-clock time in the process's zone (dst.test.ts pins Europe/Berlin). Month is 1-based. */
export const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number =>
  new Date(y, mo - 1, d, h, mi, s).getTime();

/** Monday 2 March 2026, 09:00 local: a plain working day far from any DST change. */
export const MONDAY_9 = local(2026, 3, 2, 9);

/** The effects a reader cares about: without the routine alarm, badge and active-minute records. */
export const notable = (effects: Effect[]): Effect[] =>
  effects.filter(
    (e) => e.type !== 'scheduleAlarm' && e.type !== 'setBadge' && !(e.type === 'record' && e.entry.kind === 'active'),
  );

export interface Stamped {
  at: number;
  event: SchedulerEvent['type'];
  effect: Effect;
}

export class Sim {
  state: SchedulerState;
  prefs: Prefs;
  now: number;
  /** Every effect so far, oldest first. */
  log: Stamped[] = [];
  last!: StepResult;
  /** The alarm the scheduler asked for most recently (rule 10). */
  alarmAt: number | null = null;

  constructor(start = MONDAY_9, prefs: Partial<Prefs> = {}) {
    this.now = start;
    this.prefs = { ...structuredClone(DEFAULTS), ...prefs };
    this.state = initialState(start);
  }

  /** Sets the clock without running the scheduler (a clock jump, or time passing unobserved). */
  at(ms: number): this {
    this.now = ms;
    return this;
  }

  /** Time passes with no event at all: the browser is closed or the machine sleeps. */
  sleep(minutes: number): this {
    this.now += minutes * MIN;
    return this;
  }

  send(event: SchedulerEvent): StepResult {
    this.last = step(this.state, event, this.now, this.prefs);
    this.state = this.last.state;
    for (const effect of this.last.effects) {
      this.log.push({ at: this.now, event: event.type, effect });
      if (effect.type === 'scheduleAlarm') this.alarmAt = effect.at;
    }
    return this.last;
  }

  /** The user is active for `minutes` of wall time; the heartbeat alarm fires every 60 s. */
  advanceActive(minutes: number): this {
    if (this.state.idle !== 'active') this.send({ type: 'idleState', idle: 'active' });
    const end = this.now + minutes * MIN;
    while (this.now < end) {
      this.now = Math.min(end, this.now + MIN);
      this.send({ type: 'alarm' });
    }
    return this;
  }

  /** Time passes with the machine awake: only the alarms the scheduler scheduled fire. */
  wait(minutes: number): this {
    const end = this.now + minutes * MIN;
    for (let guard = 0; this.alarmAt !== null && this.alarmAt <= end; guard++) {
      if (guard > 100_000) throw new Error('wait(): the scheduler keeps asking for alarms in the past');
      this.now = Math.max(this.now, this.alarmAt);
      this.send({ type: 'alarm' });
    }
    this.now = end;
    return this;
  }

  idle(kind: Exclude<IdleState, 'active'> = 'idle'): StepResult {
    return this.send({ type: 'idleState', idle: kind });
  }

  active(): StepResult {
    return this.send({ type: 'idleState', idle: 'active' });
  }

  /** Changes preferences and tells the scheduler, as the options page does. */
  setPrefs(patch: Partial<Prefs>): StepResult {
    this.prefs = { ...this.prefs, ...patch };
    return this.send({ type: 'settingsChanged' });
  }

  /** Active minutes of this cycle as of now, including the not-yet-final tail. */
  get accruedMin(): number {
    return accruedAt(this.state, this.now, this.prefs) / MIN;
  }

  /** Effects since `from` (an index into the log), optionally of one type. */
  effects<T extends Effect['type']>(type?: T, from = 0): Extract<Effect, { type: T }>[] {
    return this.log
      .slice(from)
      .map((s) => s.effect)
      .filter((e): e is Extract<Effect, { type: T }> => type === undefined || e.type === type);
  }

  /**
   * History records so far, optionally of one kind, as the database keeps them: an event written
   * again with the same kind and time (a natural break given its real length) replaces the first.
   */
  records(kind?: HistoryKind | 'active'): HistoryEntry[] {
    const entries = this.effects('record')
      .map((e) => e.entry)
      .filter((e) => kind === undefined || e.kind === kind);
    const last = new Map<string, number>();
    entries.forEach((e, i) => {
      if ('at' in e) last.set(`${e.kind}:${e.at}`, i);
    });
    return entries.filter((e, i) => !('at' in e) || last.get(`${e.kind}:${e.at}`) === i);
  }

  /** Total active time recorded for the history, in minutes (committed accrual only). */
  get recordedActiveMin(): number {
    return this.records('active').reduce((sum, e) => sum + ('ms' in e ? e.ms : 0), 0) / MIN;
  }

  /** Times at which a reminder was shown. */
  get reminderTimes(): number[] {
    return this.log.filter((s) => s.effect.type === 'showReminder').map((s) => s.at);
  }

  /** Index to pass as `from` to look only at what happens next. */
  mark(): number {
    return this.log.length;
  }
}

/**
 * The user touches the mouse every `periodSec` for `minutes`, starting at the sim's clock. Chromium
 * reports `idle` D after a touch when the next one is further away than D, and `active` at the next
 * touch; the scheduler's own alarms fire in between (the faithful background).
 */
export function reader(sim: Sim, periodSec: number, minutes: number): Sim {
  const D = sim.prefs.idleThresholdSec;
  const end = sim.now + minutes * MIN;
  // The browser reports the user active, and from then on the scheduler's own alarms run.
  sim.send({ type: 'wake', idle: 'active' });
  while (sim.now + periodSec * SEC <= end) {
    if (periodSec > D) {
      sim.wait(D / 60);
      sim.idle();
      sim.wait((periodSec - D) / 60);
      sim.active();
    } else {
      sim.wait(periodSec / 60);
    }
  }
  sim.wait((end - sim.now) / MIN);
  return sim;
}
