/**
 * Keyboard shortcuts (manifest `commands`): start a break, snooze, pause or resume. Pause from the
 * keyboard lasts one hour; the popup offers the other lengths. Shortcuts obey the popup's rules:
 * "snooze" snoozes a due break (or skips it once the snoozes in a row are used up, as the
 * notification's second button does) and is refused when no break is due. A keyboard press has no
 * page to answer on, so a refusal is said in a short notification and nothing changes.
 */
import { t } from '../platform/i18n.ts';
import { showNotification } from '../platform/notifications.ts';
import { NOTIFICATION_SNOOZE_MIN } from './effects.ts';
import { handlers } from './handlers.ts';

export const KEYBOARD_PAUSE_MIN = 60;
export const REFUSAL_ID = 'limber-refusal';

/** Says why a shortcut did nothing (the background's refusal, already in the person's language). */
async function explain(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await showNotification(REFUSAL_ID, { title: t('extName'), message, buttons: [], requireInteraction: false });
  }
}

export async function runCommand(name: string): Promise<void> {
  switch (name) {
    case 'start-break':
      await handlers.startBreak({});
      return;
    case 'snooze': {
      const status = await handlers.getStatus({});
      const skipInstead = !status.canSnooze && status.canSkip && status.snoozesLeft === 0;
      await explain(() => (skipInstead ? handlers.skip({}) : handlers.snooze({ minutes: NOTIFICATION_SNOOZE_MIN })));
      return;
    }
    case 'toggle-pause': {
      const status = await handlers.getStatus({});
      await (status.kind === 'paused' ? handlers.resume({}) : handlers.pause({ minutes: KEYBOARD_PAUSE_MIN }));
      return;
    }
  }
}
