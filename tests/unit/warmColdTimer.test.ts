import { describe, expect, it } from 'vitest';
import {
  parseWarmColdRun,
  pauseWarmCold,
  resumeWarmCold,
  startWarmCold,
  WARM_COLD_KEEP_DONE_MS,
  WARM_COLD_STEP_MS,
  WARM_COLD_STEPS,
  WARM_COLD_TOTAL_MS,
  warmColdExpired,
  warmColdStatus,
} from '../../src/core/warmColdTimer.ts';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe('warm-and-cold round', () => {
  it('is four 5-minute steps, warm first, about 20 minutes in all (no single application over 20 minutes)', () => {
    expect(WARM_COLD_STEPS).toEqual(['warm', 'cold', 'warm', 'cold']);
    expect(WARM_COLD_STEP_MS).toBe(5 * MIN);
    expect(WARM_COLD_TOTAL_MS).toBe(20 * MIN);
  });

  it('derives the step and the time left from the clock alone', () => {
    const run = startWarmCold(T0);
    expect(warmColdStatus(run, T0)).toMatchObject({
      state: 'running',
      step: 0,
      kind: 'warm',
      stepRemainingMs: 5 * MIN,
    });
    expect(warmColdStatus(run, T0 + 5 * MIN - 1)).toMatchObject({ step: 0, stepRemainingMs: 1 });
    expect(warmColdStatus(run, T0 + 5 * MIN)).toMatchObject({ step: 1, kind: 'cold', stepRemainingMs: 5 * MIN });
    expect(warmColdStatus(run, T0 + 17 * MIN)).toMatchObject({ step: 3, kind: 'cold', stepRemainingMs: 3 * MIN });
    expect(warmColdStatus(run, T0 + 20 * MIN)).toMatchObject({ state: 'done', step: 3, stepRemainingMs: 0 });
    expect(warmColdStatus(run, T0 + 90 * MIN).elapsedMs).toBe(WARM_COLD_TOTAL_MS);
  });

  it('a popup closed for 7 minutes and opened again shows the second step, 3 minutes left', () => {
    const stored = JSON.parse(JSON.stringify(startWarmCold(T0)));
    const run = parseWarmColdRun(stored);
    expect(run && warmColdStatus(run, T0 + 7 * MIN)).toMatchObject({ step: 1, kind: 'cold', stepRemainingMs: 3 * MIN });
  });

  it('stops the clock while paused and continues where it was', () => {
    let run = startWarmCold(T0);
    run = pauseWarmCold(run, T0 + 2 * MIN);
    expect(warmColdStatus(run, T0 + 30 * MIN)).toMatchObject({ state: 'paused', step: 0, stepRemainingMs: 3 * MIN });
    run = resumeWarmCold(run, T0 + 30 * MIN);
    expect(warmColdStatus(run, T0 + 31 * MIN)).toMatchObject({ state: 'running', step: 0, stepRemainingMs: 2 * MIN });
    expect(warmColdStatus(run, T0 + 48 * MIN).state).toBe('done');
    expect(pauseWarmCold(run, T0 + 49 * MIN)).toBe(run);
    expect(resumeWarmCold(run, T0 + 49 * MIN)).toBe(run);
  });

  it('never shows negative or extra time when the clock moves back', () => {
    const run = startWarmCold(T0);
    expect(warmColdStatus(run, T0 - 10 * MIN)).toMatchObject({ step: 0, stepRemainingMs: 5 * MIN, elapsedMs: 0 });
    const paused = pauseWarmCold(run, T0 - MIN);
    expect(paused.pausedAt).toBe(T0);
    expect(resumeWarmCold(paused, T0 - 5 * MIN).pausedMs).toBe(0);
  });

  it('forgets a finished round an hour after it ended, never a paused one', () => {
    const run = startWarmCold(T0);
    const end = T0 + WARM_COLD_TOTAL_MS;
    expect(warmColdExpired(run, end + WARM_COLD_KEEP_DONE_MS)).toBe(false);
    expect(warmColdExpired(run, end + WARM_COLD_KEEP_DONE_MS + 1)).toBe(true);
    expect(warmColdExpired(pauseWarmCold(run, T0 + MIN), T0 + 24 * 60 * MIN)).toBe(false);
  });

  it('reads back only well-formed records', () => {
    expect(parseWarmColdRun({ startedAt: T0, pausedAt: null, pausedMs: 0 })).toEqual({
      startedAt: T0,
      pausedAt: null,
      pausedMs: 0,
    });
    for (const bad of [
      null,
      'x',
      {},
      { startedAt: -1, pausedAt: null, pausedMs: 0 },
      { startedAt: T0, pausedAt: T0 - 1, pausedMs: 0 },
      { startedAt: T0, pausedAt: null, pausedMs: Number.NaN },
      { startedAt: T0, pausedMs: 0 },
    ])
      expect(parseWarmColdRun(bad)).toBeNull();
  });
});
