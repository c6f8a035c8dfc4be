/**
 * What the status card says for a Status, as pure functions of the status, when it arrived and the
 * popup's clock. The background's answer is a snapshot; the popup extrapolates it second by second
 * from the wall time elapsed since it arrived, so a late interval tick never makes the countdown drift.
 */

import type { HoldReason } from '../../core/schedulerTypes.ts';
import type { Status } from '../../core/status.ts';
import { t, uiLanguage } from '../i18n.ts';
import { clockTime, countdown } from '../shared/format.ts';

export interface StatusView {
  kicker: string;
  hero: string;
  sentence: string;
  hold: string | null;
}

const HOLD_KEYS: Record<HoldReason, string> = {
  fullscreen: 'popup_hold_fullscreen',
  audible: 'popup_hold_audible',
  meeting: 'popup_hold_meeting',
};

const localDay = (ms: number) => new Date(ms).toDateString();

/** "14:35" today, "tomorrow 09:00", else "Mon 09:00": a pause or off-hours may end days later. */
export function whenText(at: number, now: number): string {
  if (dayOf(at, now) === 'today') return clockTime(at);
  if (localDay(at) === localDay(now + 86_400_000)) return t('popup_tomorrowAt', clockTime(at));
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** The day a pause or off-hours time falls on: today, tomorrow, or a weekday (by name). */
export function dayOf(at: number, now: number): 'today' | 'tomorrow' | { weekday: string } {
  if (localDay(at) === localDay(now)) return 'today';
  if (localDay(at) === localDay(now + 86_400_000)) return 'tomorrow';
  return { weekday: new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(at) };
}

/** The kicker for a time on another day ("Paused until tomorrow"), each day form its own sentence. */
function dayKicker(base: string, at: number, now: number): string {
  const day = dayOf(at, now);
  if (day === 'today') return t(base);
  return day === 'tomorrow' ? t(`${base}Tomorrow`) : t(`${base}Weekday`, day.weekday);
}

/** "25 min" or "1 h 25 min". */
export function durationText(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 60) return t('popup_minutes', minutes);
  return t('popup_hoursMinutes', [Math.floor(minutes / 60), minutes % 60]);
}

/**
 * Each line says something the others do not: the kicker names the state, the hero gives its one
 * number, the sentence adds what is left to know (never the same time or count again).
 */
export function viewOf(status: Status, receivedAt: number, now: number): StatusView {
  const elapsed = Math.max(0, now - receivedAt);
  const bgNow = status.now + elapsed;
  const view = (kicker: string, hero: string, sentence: string): StatusView => ({ kicker, hero, sentence, hold: null });
  switch (status.kind) {
    case 'working': {
      // Sitting time runs while the user works, which is what "working" means: count it down 1:1.
      const left = Math.max(0, status.remainingMs - elapsed);
      const at = status.nextBreakAt ?? bgNow + left;
      return view(t('popup_kicker_working'), countdown(left), t('popup_sentence_working', clockTime(at)));
    }
    case 'away': {
      // A short absence is still sitting and the countdown runs on; after a natural break it waits.
      if (!status.counting) {
        return view(t('popup_kicker_away'), countdown(status.remainingMs), t('popup_sentence_awayBreak'));
      }
      const left = Math.max(0, status.remainingMs - elapsed);
      return view(t('popup_kicker_away'), countdown(left), t('popup_sentence_awayCounting'));
    }
    case 'due': {
      const due = view(t('popup_kicker_due'), t('popup_hero_due'), t('popup_sentence_due'));
      return { ...due, hold: status.holdReason ? t(HOLD_KEYS[status.holdReason]) : null };
    }
    case 'snoozed': {
      const until = status.snoozeUntil ?? bgNow;
      return view(
        t('popup_kicker_snoozed'),
        countdown(until - bgNow),
        t('popup_sentence_snoozed', whenText(until, bgNow)),
      );
    }
    case 'paused': {
      const until = status.pausedUntil ?? bgNow;
      return view(dayKicker('popup_kicker_paused', until, bgNow), clockTime(until), t('popup_sentence_paused'));
    }
    case 'offHours': {
      const start = status.workStartsAt;
      if (start === null) {
        return view(t('popup_kicker_offHoursUnknown'), t('popup_hero_off'), t('popup_sentence_offHoursUnknown'));
      }
      return view(dayKicker('popup_kicker_offHours', start, bgNow), clockTime(start), t('popup_sentence_offHours'));
    }
    case 'onBreak':
      return view(
        t('popup_kicker_onBreak'),
        countdown(bgNow - (status.breakStartedAt ?? bgNow)),
        t('popup_sentence_onBreak'),
      );
  }
}

/**
 * Milliseconds until this status turns into another one by itself (countdown over, snooze or pause
 * ended, working hours began), or null when only the user or the background can change it.
 */
export function nextChangeIn(status: Status): number | null {
  switch (status.kind) {
    case 'working':
      return status.remainingMs;
    case 'away':
      return status.counting ? status.remainingMs : null;
    case 'snoozed':
      return status.snoozeUntil === null ? null : status.snoozeUntil - status.now;
    case 'paused':
      return status.pausedUntil === null ? null : status.pausedUntil - status.now;
    case 'offHours':
      return status.workStartsAt === null ? null : status.workStartsAt - status.now;
    default:
      return null;
  }
}
