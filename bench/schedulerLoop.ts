/**
 * The background's timing loop without a browser: the pure scheduler plus the one alarm it keeps
 * asking for (each step's `scheduleAlarm` replaces the pending alarm, as chrome.alarms.create with
 * the same name does, and the alarm fires exactly when asked). The wake-up and accuracy figures
 * are measured on this loop, so they count what the shipped step() asks the browser for.
 */
import { step } from '../src/core/scheduler.ts';
import { initialState } from '../src/core/schedulerState.ts';
import type { Effect, SchedulerEvent, SchedulerState } from '../src/core/schedulerTypes.ts';
import { DEFAULTS, type Prefs } from '../src/core/settings.ts';

export const SEC = 1_000;
export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** Monday 2 March 2026 09:00 UTC: a plain day, far from daylight-saving changes in most zones. */
export const START = Date.UTC(2026, 2, 2, 9);

export class SchedulerLoop {
  state: SchedulerState;
  readonly prefs: Prefs;
  now: number;
  alarmAt: number | null = null;
  /** When each alarm fired. */
  readonly alarms: number[] = [];
  /** Sitting time the scheduler recorded for the history, ms (committed accrual only). */
  recordedActiveMs = 0;
  /** Start (`at`) of each natural break recorded, once each (a break is written again with its real length). */
  readonly naturals = new Set<number>();
  reminders = 0;

  constructor(start = START, prefs: Partial<Prefs> = {}) {
    this.now = start;
    this.prefs = { ...structuredClone(DEFAULTS), ...prefs };
    this.state = initialState(start);
  }

  /** Delivers one event at the current time and applies its effects to the loop. */
  send(event: SchedulerEvent): Effect[] {
    const result = step(this.state, event, this.now, this.prefs);
    this.state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'scheduleAlarm') this.alarmAt = effect.at;
      else if (effect.type === 'showReminder') this.reminders += 1;
      else if (effect.type === 'record' && effect.entry.kind === 'active') this.recordedActiveMs += effect.entry.ms;
      else if (effect.type === 'record' && effect.entry.kind === 'natural') this.naturals.add(effect.entry.at);
    }
    return result.effects;
  }

  /** Moves time to `t`, firing every alarm the scheduler asked for on the way. */
  runTo(t: number): void {
    for (let guard = 0; this.alarmAt !== null && this.alarmAt <= t; guard++) {
      if (guard > 1_000_000) throw new Error('The scheduler keeps asking for alarms in the past');
      this.now = Math.max(this.now, this.alarmAt);
      this.alarms.push(this.now);
      this.send({ type: 'alarm' });
    }
    this.now = Math.max(this.now, t);
  }

  /** Alarms that fired in [from, to). */
  alarmsBetween(from: number, to: number): number {
    return this.alarms.filter((a) => a >= from && a < to).length;
  }
}
