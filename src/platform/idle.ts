/** The idle API: `active`, `idle` or `locked` (Firefox never reports `locked`). */
import type { IdleState } from '../core/schedulerTypes.ts';
import browser from './browser.ts';

export function setIdleThreshold(seconds: number): void {
  browser.idle.setDetectionInterval(seconds);
}

export async function queryIdle(thresholdSeconds: number): Promise<IdleState> {
  return (await browser.idle.queryState(thresholdSeconds)) as IdleState;
}

export function onIdleChange(listener: (state: IdleState) => void): void {
  browser.idle.onStateChanged.addListener((state) => listener(state as IdleState));
}
