/**
 * The one request map shared by the background and every page. Each request has a payload type,
 * a response type and a payload validator; the background rejects anything that does not match.
 */
import { isPlainObject } from '../core/guards.ts';
import type { NotificationPermission } from '../core/reminderChannel.ts';
import type { FieldError, Prefs } from '../core/settings.ts';
import type { Status } from '../core/status.ts';

export const SNOOZE_CHOICES = [5, 10, 15] as const;
export const PAUSE_CHOICES = [30, 60, 120] as const;

export type PauseRequest = { minutes: number } | { untilTomorrow: true };

export interface PrefsView {
  prefs: Prefs;
  /** Fields an administrator's managed policy has locked. */
  locked: string[];
  /** Problems found and repaired when the stored preferences were read. */
  repaired: FieldError[];
}

/** A repair of damaged stored data that the user should hear about. */
export interface NoticeView {
  at: number;
  message: string;
}

/** How a finished break was logged (rule 7): taken, or short with its real length. */
export interface FinishedBreak {
  status: Status;
  logged: 'taken' | 'short';
  durationMs: number;
}

/** What "Send a test reminder" showed, and whether the browser lets Limber's notifications through. */
export interface TestReminderResult {
  permission: NotificationPermission;
  notification: boolean;
  window: boolean;
}

export type SetPrefsResult = { saved: true; view: PrefsView } | { saved: false; errors: FieldError[] };

export interface RequestMap {
  getStatus: { payload: Record<string, never>; response: Status };
  snooze: { payload: { minutes: number }; response: Status };
  skip: { payload: Record<string, never>; response: Status };
  /** `onPage`: sent by a break page that will show the break itself (nothing is opened for it). */
  startBreak: { payload: { onPage?: true }; response: Status };
  /** `breakId`: the break the page or popup showed (Status.breakId); another is refused. */
  finishBreak: { payload: { completed: boolean; breakId: number }; response: FinishedBreak };
  pause: { payload: PauseRequest; response: Status };
  resume: { payload: Record<string, never>; response: Status };
  getPrefs: { payload: Record<string, never>; response: PrefsView };
  setPrefs: { payload: { patch: Partial<Prefs> }; response: SetPrefsResult };
  resetPrefs: { payload: Record<string, never>; response: PrefsView };
  getNotices: { payload: Record<string, never>; response: NoticeView[] };
  dismissNotices: { payload: Record<string, never>; response: NoticeView[] };
  deleteAllData: { payload: Record<string, never>; response: PrefsView };
  testReminder: { payload: Record<string, never>; response: TestReminderResult };
}

export type RequestType = keyof RequestMap;
export type Payload<K extends RequestType> = RequestMap[K]['payload'];
export type Response<K extends RequestType> = RequestMap[K]['response'];

/**
 * The port a page opens for each request (messaging/client.ts). The background also answers the same
 * envelope sent with runtime.sendMessage (the e2e tests send it that way).
 */
export const REQUEST_PORT = 'limber-request';

/** What travels to the background, on a request port or as a runtime message. The `limber` tag keeps foreign messages apart. */
export interface Envelope<K extends RequestType = RequestType> {
  limber: 1;
  type: K;
  payload: Payload<K>;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

const empty = (p: Record<string, unknown>) => Object.keys(p).length === 0;
const wholeIn = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Payload checks: true when the payload has exactly the expected shape. */
const PAYLOAD_CHECKS: { [K in RequestType]: (p: Record<string, unknown>) => boolean } = {
  getStatus: empty,
  snooze: (p) => Object.keys(p).length === 1 && wholeIn(p.minutes, 1, 120),
  skip: empty,
  startBreak: (p) => empty(p) || (Object.keys(p).length === 1 && p.onPage === true),
  finishBreak: (p) =>
    Object.keys(p).length === 2 && typeof p.completed === 'boolean' && Number.isSafeInteger(p.breakId),
  pause: (p) => Object.keys(p).length === 1 && (p.untilTomorrow === true || wholeIn(p.minutes, 1, 24 * 60)),
  resume: empty,
  getPrefs: empty,
  // Field values are validated by the preference rules, which give per-field messages.
  setPrefs: (p) => Object.keys(p).length === 1 && isPlainObject(p.patch),
  resetPrefs: empty,
  getNotices: empty,
  dismissNotices: empty,
  deleteAllData: empty,
  testReminder: empty,
};

export const REQUEST_TYPES = Object.keys(PAYLOAD_CHECKS) as RequestType[];

/** Parses an incoming message; returns the envelope or a reason it was refused. */
export function parseEnvelope(message: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (!isPlainObject(message) || message.limber !== 1) return { ok: false, error: 'Not a Limber message.' };
  const { type, payload } = message;
  if (typeof type !== 'string' || !Object.hasOwn(PAYLOAD_CHECKS, type)) {
    // Echo only a plain name: a hostile type may carry control or bidi characters, or not be text.
    const shown = typeof type === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(type) ? type : '(not a request name)';
    return { ok: false, error: `Unknown request type: ${shown}.` };
  }
  if (!isPlainObject(payload) || !PAYLOAD_CHECKS[type as RequestType](payload)) {
    return { ok: false, error: `Malformed payload for ${type}.` };
  }
  return { ok: true, envelope: { limber: 1, type: type as RequestType, payload: payload as Payload<RequestType> } };
}
