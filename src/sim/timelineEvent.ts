/**
 * One scheduler event as written in a timeline file, checked field by field. Pause times may be
 * written as "+30m" (after the event), an ISO time, epoch ms, or "tomorrow" (rule 8, docs/RULES.md; computed
 * with the preferences in force at that moment).
 */
import { isPlainObject } from '../core/guards.ts';
import type { HoldReason, IdleState, SchedulerEvent } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import { pauseUntilTomorrow } from '../core/workingHours.ts';
import { parseDuration, parseIsoTime } from './timeText.ts';

const IDLE: readonly IdleState[] = ['active', 'idle', 'locked'];
const HOLD: readonly (HoldReason | null)[] = ['fullscreen', 'audible', 'meeting', null];

/** The fields each event type takes, and which of them are required. */
const FIELDS: Record<SchedulerEvent['type'], { optional: string[]; required: string[] }> = {
  wake: { optional: ['idle', 'hold'], required: [] },
  alarm: { optional: ['idle', 'hold'], required: [] },
  idleState: { optional: ['hold'], required: ['idle'] },
  snooze: { optional: [], required: ['minutes'] },
  skip: { optional: [], required: [] },
  startBreak: { optional: [], required: [] },
  finishBreak: { optional: ['completed'], required: [] },
  pause: { optional: [], required: ['until'] },
  resume: { optional: [], required: [] },
  settingsChanged: { optional: [], required: [] },
  holdChanged: { optional: [], required: ['hold'] },
};

export const EVENT_TYPES = Object.keys(FIELDS) as SchedulerEvent['type'][];

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function pauseUntil(value: unknown, clock: number, prefs: Prefs): number | string {
  if (value === 'tomorrow') return pauseUntilTomorrow(clock, prefs);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const relative = parseDuration(value);
    if (relative !== null && value.startsWith('+')) return clock + relative;
    const absolute = parseIsoTime(value);
    if (absolute !== null) return absolute;
  }
  return 'must be "+30m"-style, an ISO time, epoch milliseconds or "tomorrow"';
}

/** Checks one field; returns its value or a problem. */
function field(key: string, value: unknown, clock: number, prefs: Prefs): { value: unknown } | { problem: string } {
  switch (key) {
    case 'idle':
      return IDLE.includes(value as IdleState) ? { value } : { problem: `must be one of ${quoted(IDLE)}` };
    case 'hold':
      return HOLD.includes(value as HoldReason) ? { value } : { problem: `must be one of ${quoted(HOLD)}` };
    case 'minutes':
      return typeof value === 'number' && value > 0 && Number.isFinite(value)
        ? { value }
        : { problem: 'must be a positive number of minutes' };
    case 'completed':
      return typeof value === 'boolean' ? { value } : { problem: 'must be true or false' };
    default: {
      const until = pauseUntil(value, clock, prefs);
      return typeof until === 'number' ? { value: until } : { problem: until };
    }
  }
}

/**
 * Parses `raw` as an event happening at wall-clock time `clock`. Problems are pushed to `errors`,
 * each prefixed with `path`; returns null when there were any.
 */
export function parseEvent(raw: unknown, path: string, clock: number, prefs: Prefs, errors: string[]) {
  if (!isPlainObject(raw)) {
    errors.push(`${path}: must be an object like {"type": "idleState", "idle": "idle"}`);
    return null;
  }
  const type = raw.type as SchedulerEvent['type'];
  if (typeof raw.type !== 'string' || !Object.hasOwn(FIELDS, type)) {
    errors.push(`${path}.type: must be one of ${quoted(EVENT_TYPES)}`);
    return null;
  }
  const before = errors.length;
  const { optional, required } = FIELDS[type];
  const event: Record<string, unknown> = { type };
  for (const key of Object.keys(raw)) {
    if (key === 'type') continue;
    if (!optional.includes(key) && !required.includes(key)) {
      errors.push(`${path}.${key}: is not a field of a "${type}" event`);
      continue;
    }
    const checked = field(key, raw[key], clock, prefs);
    if ('problem' in checked) errors.push(`${path}.${key}: ${checked.problem}`);
    else event[key] = checked.value;
  }
  for (const key of required) if (!Object.hasOwn(raw, key)) errors.push(`${path}.${key}: is missing`);
  if (type === 'finishBreak' && event.completed === undefined) event.completed = true;
  return errors.length === before ? (event as SchedulerEvent) : null;
}
