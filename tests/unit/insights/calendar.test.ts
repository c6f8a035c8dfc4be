import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, lastDays, weekday } from '../../../src/core/insights/calendar.ts';
import { dayKey } from '../../../src/core/localDay.ts';
import { pinTimeZone } from '../../support/timeZone.ts';

pinTimeZone('Europe/Berlin');

const SEED = { seed: 20250514 };
/** A day key between 1990 and 2089. */
const dayArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2089, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar days', () => {
  it('moves across month ends, leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('counts the daylight-saving days once each (Europe/Berlin, 23 h and 25 h days)', () => {
    // Vitest runs in Europe/Berlin: 2025-03-30 has 23 hours, 2025-10-26 has 25.
    expect(dayRange('2025-03-29', '2025-03-31')).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(lastDays('2025-10-27', 3)).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
    // Stepping back 24 h from local midnight is what this module avoids: it skips the 23-hour day.
    const midnightAfterSpringForward = new Date(2025, 2, 31).getTime();
    expect(dayKey(midnightAfterSpringForward - 24 * 3_600_000)).toBe('2025-03-29');
    expect(lastDays('2025-03-31', 2)).toEqual(['2025-03-30', '2025-03-31']);
  });

  it('gives the weekday of the calendar day', () => {
    expect(weekday('2025-05-14')).toBe(3);
    expect(weekday('2025-10-26')).toBe(0);
  });

  it('addDays and daysBetween agree, and ranges have one entry per day (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -800, max: 800 }), (day, n) => {
        const moved = addDays(day, n);
        expect(addDays(moved, -n)).toBe(day);
        expect(daysBetween(day, moved)).toBe(n);
        const range = n >= 0 ? dayRange(day, moved) : dayRange(moved, day);
        expect(range).toHaveLength(Math.abs(n) + 1);
        expect(new Set(range).size).toBe(range.length);
        expect([...range].sort()).toEqual(range);
      }),
      SEED,
    );
  });

  it('an empty range when the start is after the end', () => {
    expect(dayRange('2025-05-15', '2025-05-14')).toEqual([]);
  });
});
