/** Working hours per weekday (Sunday first), in Europe/Berlin local time. */
import { describe, expect, test } from 'vitest';
import { type DayHours, DEFAULTS } from '../../src/core/settings.ts';
import {
  isWorkingTime,
  nextWorkingChange,
  nextWorkStart,
  pauseUntilTomorrow,
  windowOfDay,
  workingMsBetween,
} from '../../src/core/workingHours.ts';
import { pinTimeZone } from '../support/timeZone.ts';

pinTimeZone('Europe/Berlin');

const HOUR = 3_600_000;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
/** The defaults switched on: Monday to Friday 09:00-17:30. */
const on = { ...DEFAULTS, workingHoursEnabled: true };
const off: DayHours = { on: false, start: 540, end: 1050 };
const week = (hours: Partial<Record<number, DayHours>>) => ({
  workingHoursEnabled: true,
  workingHours: [0, 1, 2, 3, 4, 5, 6].map((d) => hours[d] ?? off),
});

describe('working hours', () => {
  test('disabled: always working time, everything counts, no changes to wait for', () => {
    expect(isWorkingTime(local(2026, 3, 1, 3), DEFAULTS)).toBe(true);
    expect(workingMsBetween(0, 5 * HOUR, DEFAULTS)).toBe(5 * HOUR);
    expect(nextWorkingChange(local(2026, 3, 2, 12), DEFAULTS)).toBeNull();
    expect(nextWorkStart(local(2026, 3, 2, 12), DEFAULTS)).toBeNull();
  });

  test('the window is [start, end): the start minute counts, the end minute does not', () => {
    expect(isWorkingTime(local(2026, 3, 2, 8, 59), on)).toBe(false);
    expect(isWorkingTime(local(2026, 3, 2, 9, 0), on)).toBe(true);
    expect(isWorkingTime(local(2026, 3, 2, 17, 29), on)).toBe(true);
    expect(isWorkingTime(local(2026, 3, 2, 17, 30), on)).toBe(false);
  });

  test('per weekday: Saturday and Sunday are off by default; a day of its own hours is honoured', () => {
    expect(windowOfDay(local(2026, 3, 7, 12), on)).toBeNull();
    expect(windowOfDay(local(2026, 3, 8, 12), on)).toBeNull();
    const wednesdayShort = week({ 3: { on: true, start: 13 * 60, end: 14 * 60 } });
    expect(windowOfDay(local(2026, 3, 4, 0), wednesdayShort)).toEqual({
      start: local(2026, 3, 4, 13),
      end: local(2026, 3, 4, 14),
    });
    expect(isWorkingTime(local(2026, 3, 2, 13, 30), wednesdayShort)).toBe(false);
  });

  test('workingMsBetween counts only the parts inside the windows, across days', () => {
    expect(workingMsBetween(local(2026, 3, 2, 8), local(2026, 3, 2, 10), on)).toBe(HOUR);
    expect(workingMsBetween(local(2026, 3, 2, 17), local(2026, 3, 3, 10), on)).toBe(1.5 * HOUR);
    expect(workingMsBetween(local(2026, 3, 6, 17), local(2026, 3, 9, 10), on)).toBe(1.5 * HOUR);
    expect(workingMsBetween(local(2026, 3, 2, 10), local(2026, 3, 2, 9), on)).toBe(0);
  });

  test('nextWorkingChange is the next start or end; nextWorkStart skips the weekend', () => {
    expect(nextWorkingChange(local(2026, 3, 2, 8), on)).toBe(local(2026, 3, 2, 9));
    expect(nextWorkingChange(local(2026, 3, 2, 9), on)).toBe(local(2026, 3, 2, 17, 30));
    expect(nextWorkingChange(local(2026, 3, 6, 18), on)).toBe(local(2026, 3, 9, 9));
    expect(nextWorkStart(local(2026, 3, 2, 9, 30), on)).toBe(local(2026, 3, 3, 9));
    expect(nextWorkStart(local(2026, 3, 2, 9, 30), week({}))).toBeNull();
  });

  test('DST spring: a 01:00-04:00 Sunday window on 2026-03-29 lasts 2 real hours', () => {
    const night = week({ 0: { on: true, start: 60, end: 240 } });
    expect(workingMsBetween(local(2026, 3, 29, 0), local(2026, 3, 29, 12), night)).toBe(2 * HOUR);
    expect(isWorkingTime(local(2026, 3, 29, 3, 30), night)).toBe(true);
  });

  test('DST autumn: a 01:00-04:00 Sunday window on 2026-10-25 lasts 4 real hours; 09:00 stays 09:00', () => {
    const night = week({ 0: { on: true, start: 60, end: 240 } });
    expect(workingMsBetween(local(2026, 10, 25, 0), local(2026, 10, 25, 12), night)).toBe(4 * HOUR);
    const sunday = week({ 0: { on: true, start: 9 * 60, end: 17 * 60 } });
    expect(new Date(nextWorkStart(local(2026, 10, 24, 12), sunday) ?? 0).getHours()).toBe(9);
    expect(workingMsBetween(local(2026, 10, 25, 0), local(2026, 10, 26, 0), sunday)).toBe(8 * HOUR);
  });

  test('pause until tomorrow: next working start on a later day, else the next 04:00', () => {
    expect(pauseUntilTomorrow(local(2026, 3, 2, 15), on)).toBe(local(2026, 3, 3, 9));
    expect(pauseUntilTomorrow(local(2026, 3, 6, 15), on)).toBe(local(2026, 3, 9, 9));
    expect(pauseUntilTomorrow(local(2026, 3, 3, 1), on)).toBe(local(2026, 3, 3, 9));
    expect(pauseUntilTomorrow(local(2026, 3, 2, 15), DEFAULTS)).toBe(local(2026, 3, 3, 4));
    expect(pauseUntilTomorrow(local(2026, 3, 3, 3, 59), DEFAULTS)).toBe(local(2026, 3, 3, 4));
    expect(pauseUntilTomorrow(local(2026, 3, 2, 15), week({}))).toBe(local(2026, 3, 3, 4));
    // The night of the spring change: still 04:00 on the wall clock.
    expect(pauseUntilTomorrow(local(2026, 3, 28, 22), DEFAULTS)).toBe(local(2026, 3, 29, 4));
  });
});
