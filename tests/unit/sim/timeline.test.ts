/** Parsing and validating simulator timelines: clear errors, two clocks, pause shorthands. */
import { describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../../src/core/settings.ts';
import { parseTimeline, type Timeline } from '../../../src/sim/timeline.ts';
import { formatLocalIso, parseDuration, parseIsoTime } from '../../../src/sim/timeText.ts';
import { pinTimeZone } from '../../support/timeZone.ts';

pinTimeZone('Europe/Berlin');

const START = '2026-03-02T09:00:00+01:00';
const T0 = Date.parse(START);
const MIN = 60_000;

function parsed(input: unknown): Timeline {
  const result = parseTimeline(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.timeline;
}
const errorsOf = (input: unknown) => {
  const result = parseTimeline(input);
  return result.ok ? [] : result.errors;
};

describe('timeline: time notations', () => {
  test('durations: units, combinations, signs; anything else is not a duration', () => {
    expect(parseDuration('+90s')).toBe(90_000);
    expect(parseDuration('+5m')).toBe(5 * MIN);
    expect(parseDuration('+1h30m')).toBe(90 * MIN);
    expect(parseDuration('-2h')).toBe(-120 * MIN);
    expect(parseDuration('+1d')).toBe(24 * 60 * MIN);
    expect(parseDuration('+250ms')).toBe(250);
    expect(parseDuration('+1.5m')).toBe(90_000);
    for (const bad of ['5m', '+', '+5', '+5x', '+m', ' +5m', '+5m ']) expect(parseDuration(bad)).toBeNull();
  });

  test('ISO times with an offset, in UTC, or local; nothing looser', () => {
    expect(parseIsoTime(START)).toBe(Date.UTC(2026, 2, 2, 8));
    expect(parseIsoTime('2026-03-02T08:00:00Z')).toBe(Date.UTC(2026, 2, 2, 8));
    expect(parseIsoTime('2026-03-02T09:00')).toBe(Date.UTC(2026, 2, 2, 8)); // local: Europe/Berlin
    for (const bad of ['2026-03-02', 'tomorrow', '2026-13-02T09:00', '1772438400000']) {
      expect(parseIsoTime(bad)).toBeNull();
    }
  });

  test('output times are local ISO with the offset of the day', () => {
    expect(formatLocalIso(Date.UTC(2026, 2, 2, 8))).toBe('2026-03-02T09:00:00+01:00');
    expect(formatLocalIso(Date.UTC(2026, 6, 1, 8, 0, 0, 5))).toBe('2026-07-01T10:00:00.005+02:00');
  });
});

describe('timeline: parse', () => {
  test('a minimal timeline gets the defaults', () => {
    const t = parsed({ start: START, events: [] });
    expect(t).toEqual({
      start: T0,
      prefs: DEFAULTS,
      heartbeat: false,
      entries: [],
      end: T0,
      timeZone: null,
      browser: 'chromium',
    });
  });

  test('"+5m" counts from the entry before; ISO times read the wall clock, shifted by clock jumps', () => {
    const t = parsed({
      start: START,
      events: [
        { at: '+5m', event: { type: 'skip' } },
        { at: '+1m', clockJump: '+1h' },
        { at: '2026-03-02T10:10:00+01:00', event: { type: 'resume' } },
      ],
      end: '+2m',
    });
    expect(t.entries.map((e) => e.at - T0)).toEqual([5 * MIN, 6 * MIN, 10 * MIN]);
    expect(t.end - T0).toBe(12 * MIN);
  });

  test('pause shorthands become times; finishBreak defaults to completed', () => {
    const t = parsed({
      start: START,
      prefs: { workingHoursEnabled: true },
      events: [
        { at: '+0s', event: { type: 'pause', until: '+30m' } },
        { at: '+0s', event: { type: 'pause', until: 'tomorrow' } },
        { at: '+0s', event: { type: 'pause', until: '2026-03-02T12:00:00+01:00' } },
        { at: '+0s', event: { type: 'finishBreak' } },
      ],
    });
    expect(t.entries.map((e) => (e.kind === 'event' ? e.event : null))).toEqual([
      { type: 'pause', until: T0 + 30 * MIN },
      { type: 'pause', until: Date.parse('2026-03-03T09:00:00+01:00') },
      { type: 'pause', until: Date.parse('2026-03-02T12:00:00+01:00') },
      { type: 'finishBreak', completed: true },
    ]);
  });

  test('settingsChanged carries the merged, validated prefs from then on', () => {
    const t = parsed({
      start: START,
      prefs: { workIntervalMin: 40 },
      events: [{ at: '+1m', event: { type: 'settingsChanged' }, prefs: { snoozeLimit: 1 } }],
    });
    expect(t.prefs.workIntervalMin).toBe(40);
    const entry = t.entries[0];
    expect(entry?.kind === 'event' && entry.prefs).toEqual({ ...DEFAULTS, workIntervalMin: 40, snoozeLimit: 1 });
  });

  test('a bad timeline gives every problem by its place in the file', () => {
    expect(
      errorsOf({
        start: 'Monday',
        prefs: { workIntervalMin: 0, colour: 'red' },
        heartbeat: 'yes',
        events: [
          { at: '+1m', event: { type: 'snooze' } },
          { at: '+1m', event: { type: 'idleState', idle: 'asleep', extra: 1 } },
          { at: '-1m', event: { type: 'skip' } },
          { at: '+1m', sleep: true, event: { type: 'skip' } },
          { at: '+1m', clockJump: 'later' },
          { at: '+1m', event: { type: 'nap' } },
          { at: '+1m', event: { type: 'skip' }, prefs: { chime: true } },
          { at: '+1m', event: { type: 'pause', until: 'soon' } },
          'skip',
        ],
      }),
    ).toEqual([
      'start: must be an ISO time such as "2026-03-02T09:00:00+01:00"',
      'prefs.colour: is not a Limber preference',
      'prefs.workIntervalMin: must be from 5 to 240 minutes',
      'heartbeat: must be true or false',
      'events[0].event.minutes: is missing',
      'events[1].event.idle: must be one of "active", "idle", "locked"',
      'events[1].event.extra: is not a field of a "idleState" event',
      'events[2].at: must not go back; use a clockJump',
      'events[3]: needs exactly one of "event", "sleep", "clockJump", "restart", "focus"',
      'events[4].clockJump: must be a signed duration such as "+1h" or "-30m"',
      'events[5].event.type: must be one of "wake", "alarm", "idleState", "snooze", "skip", "startBreak", ' +
        '"finishBreak", "pause", "resume", "settingsChanged", "holdChanged"',
      'events[6].prefs: only a settingsChanged event takes prefs',
      'events[7].event.until: must be "+30m"-style, an ISO time, epoch milliseconds or "tomorrow"',
      'events[8]: must be an object with "at" and an "event"',
    ]);
  });

  test('not an object, no events, an ISO time going back, a bad time zone', () => {
    expect(errorsOf([])).toEqual(['(root): must be an object with "start" and "events"']);
    expect(errorsOf({ start: START })).toEqual(['events: must be a list of entries']);
    expect(errorsOf({ start: START, events: [{ at: '2026-03-02T08:59:00+01:00', event: { type: 'skip' } }] })).toEqual([
      'events[0].at: is earlier than the entry before it',
    ]);
    expect(errorsOf({ start: START, events: [], timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone: must be an IANA time zone such as "Europe/Berlin"',
    ]);
  });
});
