/**
 * The e2e test entry point, on the worker's global: drives scheduler events and moves the
 * in-memory test clock. It changes no stored preference and no shipped default; without a caller
 * it does nothing. Reachable only from code already running in the extension's own worker.
 */
import type { SchedulerEvent } from '../core/schedulerTypes.ts';
import { advanceClock, now } from './clock.ts';
import { dispatch } from './engine.ts';

export interface LimberTestHooks {
  now(): number;
  dispatch(event: SchedulerEvent): Promise<unknown>;
  /** Moves the clock forward by `ms`, firing the heartbeat the real alarm would fire on the way. */
  advance(ms: number, stepMs?: number): Promise<unknown>;
  /**
   * Settles when the start-up recovery has run: its step delivers a due reminder again (the restart
   * took it), so a test that drives the clock before it ends would see that delivery mid-test.
   */
  recovered(): Promise<void>;
  /**
   * Settles, once its handlers (recovery, the welcome page) have run, with the start-up event this
   * background ran: the install reason ('install', 'update', …) or 'startup'; null when something
   * else started it (an alarm, a page). A test can then say "no welcome page opened" once the
   * handler that would have opened it is done, instead of after a pause.
   */
  started(): Promise<string | null>;
}

/** A start-up event the background ran, and the promise of its handlers. */
export interface StartEvent {
  event: string;
  handled: Promise<void>;
}

export function installTestHooks(
  scope: object,
  recovery: () => Promise<void> = () => Promise.resolve(),
  started: () => StartEvent | null = () => null,
): void {
  const hooks: LimberTestHooks = {
    now,
    dispatch: async (event) => (await dispatch(event)).status,
    advance: async (ms, stepMs = 60_000) => {
      let status: unknown;
      for (let left = ms; left > 0; left -= stepMs) {
        advanceClock(Math.min(stepMs, left));
        status = (await dispatch({ type: 'alarm' })).status;
      }
      return status;
    },
    recovered: () => recovery(),
    started: async () => {
      const start = started();
      if (start === null) return null;
      await start.handled;
      return start.event;
    },
  };
  Object.defineProperty(scope, '__limberTest', { value: hooks, configurable: true });
}
