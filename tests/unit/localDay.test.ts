/** Local calendar days in Europe/Berlin (pinned below), including both daylight-saving days. */
import { describe, expect, test } from 'vitest';
import { atMinuteOfDay, dayKey, nextMidnight, splitByDay, startOfDay } from '../../src/core/localDay.ts';
import { pinTimeZone } from '../support/timeZone.ts';

pinTimeZone('Europe/Berlin');

const HOUR = 3_600_000;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('localDay', () => {
  test('dayKey is the local date, zero-padded, and changes at local midnight, not UTC', () => {
    expect(dayKey(local(2026, 3, 2, 0, 0))).toBe('2026-03-02');
    expect(dayKey(local(2026, 3, 2, 23, 59))).toBe('2026-03-02');
    expect(dayKey(Date.UTC(2026, 2, 1, 23, 30))).toBe('2026-03-02'); // 00:30 CET
    expect(dayKey(local(2026, 12, 31, 23, 59) + 60_000)).toBe('2027-01-01');
  });

  test('startOfDay and nextMidnight bound an ordinary day of 24 hours', () => {
    const noon = local(2026, 3, 2, 12);
    expect(startOfDay(noon)).toBe(local(2026, 3, 2));
    expect(nextMidnight(noon)).toBe(local(2026, 3, 3));
    expect(nextMidnight(local(2026, 3, 2))).toBe(local(2026, 3, 3));
  });

  test('DST spring: 2026-03-29 is 23 hours long', () => {
    const day = local(2026, 3, 29, 12);
    expect(nextMidnight(day) - startOfDay(day)).toBe(23 * HOUR);
    expect(atMinuteOfDay(day, 3 * 60) - atMinuteOfDay(day, 60)).toBe(HOUR); // 02:00-03:00 does not exist
  });

  test('DST autumn: 2026-10-25 is 25 hours long', () => {
    const day = local(2026, 10, 25, 12);
    expect(nextMidnight(day) - startOfDay(day)).toBe(25 * HOUR);
    expect(atMinuteOfDay(day, 4 * 60) - atMinuteOfDay(day, 60)).toBe(4 * HOUR);
  });

  test('atMinuteOfDay: 0 is midnight, 1440 the next midnight', () => {
    const day = local(2026, 3, 2, 15);
    expect(atMinuteOfDay(day, 0)).toBe(local(2026, 3, 2));
    expect(atMinuteOfDay(day, 9 * 60 + 30)).toBe(local(2026, 3, 2, 9, 30));
    expect(atMinuteOfDay(day, 1440)).toBe(local(2026, 3, 3));
  });

  test('splitByDay splits at each local midnight and the parts add up', () => {
    expect(splitByDay(local(2026, 3, 2, 23), local(2026, 3, 3, 1))).toEqual([
      { day: '2026-03-02', ms: HOUR },
      { day: '2026-03-03', ms: HOUR },
    ]);
    const parts = splitByDay(local(2026, 3, 28, 12), local(2026, 3, 30, 12));
    expect(parts).toEqual([
      { day: '2026-03-28', ms: 12 * HOUR },
      { day: '2026-03-29', ms: 23 * HOUR },
      { day: '2026-03-30', ms: 12 * HOUR },
    ]);
    expect(splitByDay(local(2026, 10, 25), local(2026, 10, 26))).toEqual([{ day: '2026-10-25', ms: 25 * HOUR }]);
  });

  test('splitByDay of an empty or reversed interval is empty', () => {
    expect(splitByDay(5, 5)).toEqual([]);
    expect(splitByDay(10, 5)).toEqual([]);
  });
});
