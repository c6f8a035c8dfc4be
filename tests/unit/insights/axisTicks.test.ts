import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/core/insights/axisTicks.ts';

const MIN = 60_000;

describe('axisTicks', () => {
  it('durations: round steps of minutes or hours that cover the highest bar', () => {
    expect(axisTicks(37 * MIN, 'duration')).toEqual({ max: 40 * MIN, ticks: [0, 10, 20, 30, 40].map((m) => m * MIN) });
    expect(axisTicks(95 * MIN, 'duration')).toEqual({
      max: 120 * MIN,
      ticks: [0, 30, 60, 90, 120].map((m) => m * MIN),
    });
    expect(axisTicks(7.5 * 60 * MIN, 'duration').ticks.map((v) => v / MIN)).toEqual([0, 120, 240, 360, 480]);
  });

  it('counts: whole steps; a goal above the bars is covered', () => {
    expect(axisTicks(6, 'count')).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(axisTicks(3, 'count')).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(axisTicks(48, 'count')).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
  });

  it('an empty chart still has an axis; nonsense reads as empty', () => {
    expect(axisTicks(0, 'count')).toEqual({ max: 1, ticks: [0, 1] });
    expect(axisTicks(0, 'duration')).toEqual({ max: 5 * MIN, ticks: [0, 5 * MIN] });
    expect(axisTicks(Number.NaN, 'count').max).toBe(1);
    expect(axisTicks(-3, 'count').max).toBe(1);
  });

  it('beyond the largest round step it still gives at most the asked number of steps', () => {
    const axis = axisTicks(1e6, 'count');
    expect(axis.ticks.length).toBeLessThanOrEqual(5);
    expect(axis.max).toBeGreaterThanOrEqual(1e6);
  });
});
