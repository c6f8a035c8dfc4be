/**
 * A simulator timeline (docs/SIMULATOR.md): a start, preferences, and timestamped entries, parsed and
 * validated with every problem reported by its place in the file. Pure apart from reading the process
 * time zone for ISO times without an offset.
 *
 * Two clocks: entries happen in real time, the scheduler reads the wall clock. They agree until a
 * `clockJump` entry moves the wall clock; "+5m" offsets count real time, ISO times read the wall clock.
 */
import { isPlainObject } from '../core/guards.ts';
import type { SchedulerEvent } from '../core/schedulerTypes.ts';
import { applyPatch, DEFAULTS, type Prefs } from '../core/settings.ts';
import { parseEvent } from './timelineEvent.ts';
import { parseDuration, parseIsoTime } from './timeText.ts';

export type TimelineEntry =
  | { kind: 'event'; at: number; event: SchedulerEvent; prefs?: Prefs }
  | { kind: 'sleep'; at: number }
  | { kind: 'clockJump'; at: number; byMs: number }
  /** A tab or window gains focus: the background wakes the scheduler only if the wall clock went back. */
  | { kind: 'focus'; at: number };

/**
 * Whose `alarms` the run imitates. Chromium keeps an alarm at its wall-clock time, so after the clock
 * goes back it fires only when the wall clock reaches that time again (extensions/browser/api/alarms/
 * alarm_manager.cc); Firefox sets a timer for the delay, which fires after that much real time
 * whatever the clock does (toolkit/components/extensions/parent/ext-alarms.js).
 */
export type AlarmClock = 'chromium' | 'firefox';

export interface Timeline {
  /** Real time of the start; the wall clock shows the same until the first clock jump. */
  start: number;
  prefs: Prefs;
  /** Insert the alarms the real background would get (the faithful mode). */
  heartbeat: boolean;
  /** In real time, never decreasing. */
  entries: TimelineEntry[];
  /** Real time the run ends; heartbeats go on until then. */
  end: number;
  timeZone: string | null;
  browser: AlarmClock;
}

export type Parsed = { ok: true; timeline: Timeline } | { ok: false; errors: string[] };

const TOP_KEYS = ['start', 'prefs', 'heartbeat', 'events', 'end', 'timeZone', 'description', 'browser'];
const ENTRY_KINDS = ['event', 'sleep', 'clockJump', 'restart', 'focus'];
const IDLE_STATES = ['active', 'idle', 'locked'] as const;

/** "+5m" after `previous` (real time), or an ISO wall-clock time converted with the current offset. */
function when(value: unknown, previous: number, offset: number): number | string {
  if (typeof value !== 'string') return 'must be "+90s", "+5m", "+2h" or an ISO time';
  const relative = parseDuration(value);
  if (relative !== null) return value.startsWith('+') ? previous + relative : 'must not go back; use a clockJump';
  const absolute = parseIsoTime(value);
  if (absolute === null) return 'must be "+90s", "+5m", "+2h" or an ISO time';
  return absolute - offset >= previous ? absolute - offset : 'is earlier than the entry before it';
}

function prefsFrom(patch: unknown, base: Prefs, path: string, errors: string[]): Prefs {
  const result = applyPatch(base, patch);
  if (result.ok) return result.value;
  for (const e of result.errors) errors.push(`${path}${e.field === '(root)' ? '' : `.${e.field}`}: ${e.message}`);
  return base;
}

function checkTimeZone(value: unknown, errors: string[]): string | null {
  if (value === undefined) return null;
  try {
    if (typeof value !== 'string') throw new RangeError();
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    errors.push('timeZone: must be an IANA time zone such as "Europe/Berlin"');
    return null;
  }
}

/** Where parsing stands: the real time and clock offset so far, and the preferences in force. */
interface Cursor {
  real: number;
  offset: number;
  prefs: Prefs;
}

/** Parses entry `i`, moving the cursor; problems go to `errors`. */
function parseEntry(raw: unknown, path: string, c: Cursor, errors: string[]): TimelineEntry | null {
  if (!isPlainObject(raw)) {
    errors.push(`${path}: must be an object with "at" and an "event"`);
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (![...ENTRY_KINDS, 'at', 'prefs'].includes(key)) errors.push(`${path}.${key}: is not an entry field`);
  }
  const kinds = ENTRY_KINDS.filter((k) => Object.hasOwn(raw, k));
  if (kinds.length !== 1) {
    errors.push(`${path}: needs exactly one of "event", "sleep", "clockJump", "restart", "focus"`);
    return null;
  }
  const at = when(raw.at, c.real, c.offset);
  if (typeof at === 'string') {
    errors.push(`${path}.at: ${at}`);
    return null;
  }
  c.real = at;
  if (raw.prefs !== undefined && (raw.event as { type?: unknown })?.type !== 'settingsChanged') {
    errors.push(`${path}.prefs: only a settingsChanged event takes prefs`);
  }
  if (kinds[0] === 'sleep') {
    if (raw.sleep !== true) errors.push(`${path}.sleep: must be true`);
    return { kind: 'sleep', at };
  }
  if (kinds[0] === 'focus') {
    if (raw.focus !== true) errors.push(`${path}.focus: must be true`);
    return { kind: 'focus', at };
  }
  if (kinds[0] === 'restart') {
    // The browser starts again (after a "sleep" entry for the time it was closed): the background's
    // start-up runs a wake that knows the reminder on screen went with the old process.
    const idle = raw.restart === true ? 'active' : raw.restart;
    if (!IDLE_STATES.includes(idle as (typeof IDLE_STATES)[number])) {
      errors.push(`${path}.restart: must be true or one of "active", "idle", "locked"`);
      return null;
    }
    const event: SchedulerEvent = { type: 'wake', idle: idle as (typeof IDLE_STATES)[number], restarted: true };
    return { kind: 'event', at, event };
  }
  if (kinds[0] === 'clockJump') {
    const byMs = typeof raw.clockJump === 'string' ? parseDuration(raw.clockJump) : null;
    if (byMs === null) {
      errors.push(`${path}.clockJump: must be a signed duration such as "+1h" or "-30m"`);
      return null;
    }
    c.offset += byMs;
    return { kind: 'clockJump', at, byMs };
  }
  const event = parseEvent(raw.event, `${path}.event`, at + c.offset, c.prefs, errors);
  if (event?.type !== 'settingsChanged' || raw.prefs === undefined) return event && { kind: 'event', at, event };
  c.prefs = prefsFrom(raw.prefs, c.prefs, `${path}.prefs`, errors);
  return { kind: 'event', at, event, prefs: c.prefs };
}

export function parseTimeline(input: unknown): Parsed {
  if (!isPlainObject(input)) return { ok: false, errors: ['(root): must be an object with "start" and "events"'] };
  const errors: string[] = [];
  for (const key of Object.keys(input)) if (!TOP_KEYS.includes(key)) errors.push(`${key}: is not a timeline field`);
  const timeZone = checkTimeZone(input.timeZone, errors);
  const start = typeof input.start === 'string' ? parseIsoTime(input.start) : null;
  if (start === null) errors.push('start: must be an ISO time such as "2026-03-02T09:00:00+01:00"');
  const prefs =
    input.prefs === undefined ? structuredClone(DEFAULTS) : prefsFrom(input.prefs, DEFAULTS, 'prefs', errors);
  if (input.heartbeat !== undefined && typeof input.heartbeat !== 'boolean') {
    errors.push('heartbeat: must be true or false');
  }
  if (input.browser !== undefined && input.browser !== 'chromium' && input.browser !== 'firefox') {
    errors.push('browser: must be "chromium" or "firefox"');
  }
  const browser: AlarmClock = input.browser === 'firefox' ? 'firefox' : 'chromium';
  if (!Array.isArray(input.events)) {
    errors.push('events: must be a list of entries');
    return { ok: false, errors };
  }
  // Without a valid start the entries are still checked, against an arbitrary one.
  const cursor: Cursor = { real: start ?? 0, offset: 0, prefs };
  const entries: TimelineEntry[] = [];
  input.events.forEach((raw: unknown, i: number) => {
    const entry = parseEntry(raw, `events[${i}]`, cursor, errors);
    if (entry) entries.push(entry);
  });
  let end = cursor.real;
  if (input.end !== undefined) {
    const at = when(input.end, cursor.real, cursor.offset);
    if (typeof at === 'string') errors.push(`end: ${at}`);
    else end = at;
  }
  if (start === null || errors.length > 0) return { ok: false, errors };
  const heartbeat = input.heartbeat === true;
  return { ok: true, timeline: { start, prefs, heartbeat, entries, end, timeZone, browser } };
}
