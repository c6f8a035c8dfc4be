/** Pinned-clock runs: local times read in the run's zone (Europe/Berlin here), and the clock shift. */
import { describe, expect, test } from 'vitest';
import { clockShiftSeconds, parseLocalTime } from '../../scripts/pinned-clock/localTime.ts';
import { nextMorning } from '../../scripts/pinned-clock/nextMorning.ts';
import { pinTimeZone } from '../support/timeZone.ts';

pinTimeZone('Europe/Berlin');

describe('parseLocalTime', () => {
  test('reads a local time in the current zone, with or without seconds', () => {
    expect(parseLocalTime('2028-02-29 12:00')).toEqual({ ok: true, at: Date.UTC(2028, 1, 29, 11, 0) });
    expect(parseLocalTime('2026-12-31 23:59:30')).toEqual({ ok: true, at: Date.UTC(2026, 11, 31, 22, 59, 30) });
    expect(parseLocalTime('2027-03-29T09:00')).toEqual({ ok: true, at: Date.UTC(2027, 2, 29, 7, 0) });
  });

  test('the autumn hour that happens twice is the first of the two', () => {
    // 2026-10-25 02:30 exists twice in Berlin: CEST (00:30 UTC), then CET (01:30 UTC).
    expect(parseLocalTime('2026-10-25 02:30')).toEqual({ ok: true, at: Date.UTC(2026, 9, 25, 0, 30) });
  });

  test('refuses dates that do not exist and times a spring change skips', () => {
    for (const text of ['2027-02-29 10:00', '2026-04-31 10:00', '2026-13-01 10:00', '2027-03-28 02:30']) {
      const result = parseLocalTime(text);
      expect(result.ok, text).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(/does not exist/);
    }
  });

  test('refuses anything that is not YYYY-MM-DD hh:mm[:ss]', () => {
    for (const text of ['', 'tomorrow', '2026-12-31', '2026-12-31 23', '31.12.2026 23:59', '2026-12-31 23:59 UTC']) {
      const result = parseLocalTime(text);
      expect(result.ok, text).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(/is not a local time/);
    }
  });
});

describe('clockShiftSeconds', () => {
  test('whole seconds from now to the target, either way', () => {
    const now = Date.UTC(2026, 10, 30, 10, 0, 0, 400);
    expect(clockShiftSeconds(Date.UTC(2026, 11, 31, 23, 59), now)).toBe(2_728_740);
    expect(clockShiftSeconds(Date.UTC(2026, 10, 29, 10, 0), now)).toBe(-86_400);
    expect(clockShiftSeconds(now, now)).toBe(0);
  });
});

describe('nextMorning (where the Chromium e2e suites run)', () => {
  test("today's 10:00 before it, tomorrow's from 10:00 on", () => {
    expect(nextMorning(new Date(2026, 10, 30, 9, 59).getTime())).toBe('2026-11-30 10:00');
    expect(nextMorning(new Date(2026, 10, 30, 10, 0).getTime())).toBe('2026-12-01 10:00');
    expect(nextMorning(new Date(2026, 10, 30, 23, 59).getTime())).toBe('2026-12-01 10:00');
  });

  test('across a month, a year and a daylight-saving change, always ahead of now', () => {
    expect(nextMorning(new Date(2026, 11, 31, 22, 0).getTime())).toBe('2027-01-01 10:00');
    // Berlin springs forward on 2027-03-28: the day has 23 hours, 10:00 still exists.
    expect(nextMorning(new Date(2027, 2, 27, 12, 0).getTime())).toBe('2027-03-28 10:00');
    for (const now of [new Date(2027, 2, 27, 12, 0), new Date(2026, 9, 25, 1, 0), new Date(2026, 10, 30, 22, 41)]) {
      const pinned = parseLocalTime(nextMorning(now.getTime()));
      expect(pinned.ok && pinned.at > now.getTime()).toBe(true);
    }
  });
});
