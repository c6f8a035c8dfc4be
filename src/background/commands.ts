/**
 * Keyboard shortcuts (manifest `commands`): start a break, snooze, pause or resume. Pause from the
 * keyboard lasts one hour; the popup offers the other lengths.
 */
import { NOTIFICATION_SNOOZE_MIN } from './effects.ts';
import { handlers } from './handlers.ts';

export const KEYBOARD_PAUSE_MIN = 60;

export async function runCommand(name: string): Promise<void> {
  switch (name) {
    case 'start-break':
      await handlers.startBreak({});
      return;
    case 'snooze': {
      const status = await handlers.getStatus({});
      await (status.snoozesLeft > 0 ? handlers.snooze({ minutes: NOTIFICATION_SNOOZE_MIN }) : handlers.skip({}));
      return;
    }
    case 'toggle-pause': {
      const status = await handlers.getStatus({});
      await (status.kind === 'paused' ? handlers.resume({}) : handlers.pause({ minutes: KEYBOARD_PAUSE_MIN }));
      return;
    }
  }
}
