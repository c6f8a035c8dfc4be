import { describe, expect, it } from 'vitest';
import {
  idleCountdown,
  pauseCountdown,
  remaining,
  startCountdown,
  stopCountdown,
  tickCountdown,
} from '../../src/ui/sections/countdown.ts';
import { formatClock, formatDuration } from '../../src/ui/sections/format.ts';

describe('countdown transitions', () => {
  it('derives remaining time from the end timestamp, so late ticks never drift', () => {
    const running = startCountdown(idleCountdown(30_000), 1_000);
    expect(running).toMatchObject({ status: 'running', endsAt: 31_000 });
    expect(remaining(running, 11_000)).toBe(20_000);
    // A tick that arrives very late still lands on the right value and finishes once.
    const done = tickCountdown(running, 90_000);
    expect(done).toMatchObject({ status: 'done', remainingMs: 0, endsAt: null });
    expect(tickCountdown(done, 95_000)).toBe(done);
  });

  it('pauses and resumes from what was left', () => {
    const paused = pauseCountdown(startCountdown(idleCountdown(30_000), 0), 12_000);
    expect(paused).toMatchObject({ status: 'paused', remainingMs: 18_000 });
    expect(remaining(paused, 500_000)).toBe(18_000);
    const resumed = startCountdown(paused, 100_000);
    expect(resumed.endsAt).toBe(118_000);
  });

  it('restarts from the full duration after done or stop, and ignores no-op transitions', () => {
    const c = idleCountdown(10_000);
    expect(pauseCountdown(c, 5)).toBe(c);
    const running = startCountdown(c, 0);
    expect(startCountdown(running, 5_000)).toBe(running);
    expect(tickCountdown(running, 9_999).status).toBe('running');
    const done = tickCountdown(running, 10_000);
    expect(startCountdown(done, 50_000)).toMatchObject({ status: 'running', endsAt: 60_000 });
    expect(stopCountdown(running)).toEqual(idleCountdown(10_000));
  });
});

describe('formatting', () => {
  it('rounds the clock up so 0:00 means really done', () => {
    expect(formatClock(45_000)).toBe('0:45');
    expect(formatClock(44_001)).toBe('0:45');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(300_000)).toBe('5:00');
  });

  it('formats durations through the locale', () => {
    expect(formatDuration(45)).toBe('45 sec');
    expect(formatDuration(60)).toBe('1 min');
    expect(formatDuration(90)).toBe('2 min');
    expect(formatDuration(300)).toBe('5 min');
  });
});
