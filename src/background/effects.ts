/** Carries out the scheduler's effects with browser calls. History records are persisted earlier. */
import { stretchTitleKey } from '../core/content/stretchKeys.ts';
import { firstReminderChannel, type NotificationPermission } from '../core/reminderChannel.ts';
import type { Effect } from '../core/schedulerTypes.ts';
import type { Prefs } from '../core/settings.ts';
import { setWakeAlarm } from '../platform/alarms.ts';
import { setBadge } from '../platform/badge.ts';
import { playChime } from '../platform/chime.ts';
import { t } from '../platform/i18n.ts';
import {
  clearNotification,
  notificationPermission,
  REMINDER_ID,
  showNotification,
  TEST_REMINDER_ID,
} from '../platform/notifications.ts';
import { breakPagePath, openOrFocus, REMINDER_AGAIN, REMINDER_PAGE, REMINDER_PREVIEW } from '../platform/pages.ts';
import { closeReminderWindows } from '../platform/reminderWindows.ts';
import { toRealTime } from './clock.ts';

export const HEADS_UP_ID = 'limber-heads-up';
/** The notification's second button: snooze by this much, or skip when snoozes are used up. */
export const NOTIFICATION_SNOOZE_MIN = 5;

export function reminderButtons(snoozesLeft: number): string[] {
  return [t('actionStartBreak'), snoozesLeft > 0 ? t('actionSnoozeMinutes', NOTIFICATION_SNOOZE_MIN) : t('actionSkip')];
}

/** What the effects need beyond prefs: facts the engine read for this step. */
export interface EffectContext {
  /** The stretch the next break starts with, chosen when the last break ended (break page). */
  firstStretchId: string | null;
}

/** The reminder's text: how long you have been active, and the stretch the break starts with. */
export function reminderMessage(prefs: Prefs, firstStretchId: string | null): string {
  const base = t('reminderMessage', prefs.workIntervalMin);
  if (!firstStretchId) return base;
  const key = stretchTitleKey(firstStretchId);
  const title = t(key);
  // t() answers with the key itself when a stored id names no stretch (say, removed in an update).
  return title === key ? base : `${base} ${t('reminderStartsWith', title)}`;
}

/** How a reminder was shown, and what the browser said about notifications at the time. */
export interface ReminderShown {
  permission: NotificationPermission;
  /** A system notification was created (the browser may still hide it: focus modes). */
  notification: boolean;
  /** The reminder window was opened (by choice, because notifications are blocked, or no buttons). */
  window: boolean;
}

/**
 * Shows a reminder: the notification first unless the window is wanted or notifications are blocked,
 * and the window too when the notification could not carry its buttons. `test` shows the very same
 * reminder under its own notification id and as a window preview, so answering it changes nothing.
 */
export async function deliverReminder(
  snoozesLeft: number,
  prefs: Prefs,
  context: EffectContext,
  test = false,
): Promise<ReminderShown> {
  const permission = await notificationPermission();
  let notification = false;
  if (firstReminderChannel(prefs.reminderStyle, permission) === 'notification') {
    const shown = await showNotification(test ? TEST_REMINDER_ID : REMINDER_ID, {
      title: t('reminderTitle'),
      message: reminderMessage(prefs, context.firstStretchId),
      buttons: reminderButtons(snoozesLeft),
      requireInteraction: true,
    }).catch(() => null);
    notification = shown !== null;
    // With buttons the notification is enough; without (Firefox, or none at all) open the window.
    if (shown?.withButtons) return { permission, notification, window: false };
  }
  await openOrFocus(test ? REMINDER_PREVIEW : REMINDER_PAGE, true);
  return { permission, notification, window: true };
}

async function runEffect(effect: Effect, prefs: Prefs, context: EffectContext): Promise<void> {
  switch (effect.type) {
    case 'scheduleAlarm':
      return setWakeAlarm(effect.at === null ? null : toRealTime(effect.at));
    case 'setBadge':
      return setBadge(effect.text, effect.look, t(`badgeTitle_${effect.look}`));
    case 'showReminder':
      if (prefs.chime) void playChime().catch((error: unknown) => console.warn('Limber: chime failed', error));
      await deliverReminder(effect.snoozesLeft, prefs, context);
      return;
    case 'clearReminder':
      await clearNotification(REMINDER_ID);
      return closeReminderWindows();
    case 'escalateReminder':
      // The window takes over from the notification: one reminder on screen, never two.
      await clearNotification(REMINDER_ID);
      return openOrFocus(REMINDER_AGAIN, true);
    case 'headsUp':
      await showNotification(HEADS_UP_ID, {
        title: t('headsUpTitle'),
        message: t('headsUpMessage'),
        buttons: [],
        requireInteraction: false,
      });
      return;
    case 'openBreakPage':
      return openOrFocus(breakPagePath(effect.breakId), prefs.breakInWindow);
    case 'record':
      return;
  }
}

/**
 * The effects that put the reminder on screen. Showing either again is harmless (the notification
 * keeps its one id, the window is focused rather than opened twice), which is why the engine may
 * carry them out before the step that asks for them is stored.
 */
export const putsReminderOnScreen = (effect: Effect): boolean =>
  effect.type === 'showReminder' || effect.type === 'escalateReminder';

/** Runs every effect; one failing browser call is logged and does not stop the others. */
export async function runEffects(effects: Effect[], prefs: Prefs, context: EffectContext): Promise<void> {
  for (const effect of effects) {
    await runEffect(effect, prefs, context).catch((error: unknown) =>
      console.warn('Limber effect failed', effect.type, error),
    );
  }
}
