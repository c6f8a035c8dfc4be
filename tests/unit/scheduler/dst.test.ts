/**
 * Daylight-saving changes in Europe/Berlin (pinned below): 2026-03-29 02:00 CET -> 03:00 CEST
 * (a 23-hour day) and 2026-10-25 03:00 CEST -> 02:00 CET (a 25-hour day). Active time is real time;
 * working hours and days follow the wall clock.
 */
import { describe, expect, test } from 'vitest';
import { dayKey } from '../../../src/core/localDay.ts';
import type { DayHours } from '../../../src/core/settings.ts';
import { pinTimeZone } from '../../support/timeZone.ts';
import { HOUR, local, MIN, Sim } from './driver.ts';

pinTimeZone('Europe/Berlin');

/** Working hours on Sunday only (both changes fall on a Sunday). */
const sundayOnly = (hours: DayHours) => {
  const off = { on: false, start: 9 * 60, end: 17 * 60 };
  return { workingHoursEnabled: true, workingHours: [hours, off, off, off, off, off, off] };
};

describe('daylight-saving change', () => {
  test('DST spring: a 30-minute cycle across 02:00 -> 03:00 ends 30 real minutes later, at 03:15 local', () => {
    const start = local(2026, 3, 29, 1, 45);
    const sim = new Sim(start).advanceActive(40);
    expect(sim.reminderTimes).toEqual([local(2026, 3, 29, 3, 15)]);
    expect(local(2026, 3, 29, 3, 15) - start).toBe(30 * MIN);
    expect(new Set(sim.records('active').map((e) => ('day' in e ? e.day : '')))).toEqual(new Set(['2026-03-29']));
  });

  test('DST autumn: a 30-minute cycle across 03:00 -> 02:00 ends 30 real minutes later, at 02:10 local', () => {
    const start = Date.UTC(2026, 9, 25, 0, 40); // 02:40 CEST, the first 02:40 of the night
    const sim = new Sim(start).advanceActive(40);
    const reminder = sim.reminderTimes[0] ?? 0;
    expect(reminder - start).toBe(30 * MIN);
    expect(new Date(reminder).getHours()).toBe(2);
    expect(new Date(reminder).getMinutes()).toBe(10);
    expect(dayKey(reminder)).toBe('2026-10-25');
  });

  test('DST spring: working hours 01:00-04:00 on the short night are 2 real hours', () => {
    const sim = new Sim(local(2026, 3, 29, 0, 0), {
      workIntervalMin: 240,
      ...sundayOnly({ on: true, start: 60, end: 240 }),
    });
    sim.advanceActive(5 * 60);
    expect(sim.accruedMin).toBe(120);
  });

  test('DST autumn: working hours 01:00-04:00 on the long night are 4 real hours', () => {
    const start = local(2026, 10, 25, 0, 0);
    const sim = new Sim(start, { workIntervalMin: 240, ...sundayOnly({ on: true, start: 60, end: 240 }) });
    sim.advanceActive(6 * 60);
    expect(sim.accruedMin).toBe(240);
    expect(local(2026, 10, 25, 4, 0) - local(2026, 10, 25, 1, 0)).toBe(4 * HOUR);
  });

  test('DST spring: working hours start at 09:00 local on the day of the change', () => {
    const sim = new Sim(local(2026, 3, 29, 8, 0), sundayOnly({ on: true, start: 9 * 60, end: 17 * 60 }));
    sim.advanceActive(60);
    expect(sim.accruedMin).toBe(0); // 08:00 -> 09:00 local, nothing yet
    sim.advanceActive(31);
    expect(sim.reminderTimes).toEqual([local(2026, 3, 29, 9, 30)]);
  });
});
