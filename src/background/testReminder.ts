/**
 * "Send a test reminder" (welcome and options pages): the real reminder, as the person's settings
 * and the browser would show it now, under its own id so answering it changes nothing. The reply
 * says what was shown and whether the browser allows Limber's notifications, so the page can say
 * what to do when it does not, or when the system hid it (focus modes, do not disturb).
 */
import { DEFAULTS } from '../core/settings.ts';
import type { TestReminderResult } from '../messaging/protocol.ts';
import { readNextRoutine } from '../storage/stores/meta.ts';
import { loadPrefs } from '../storage/stores/prefs.ts';
import { now } from './clock.ts';
import { database } from './database.ts';
import { deliverReminder } from './effects.ts';

export async function sendTestReminder(): Promise<TestReminderResult> {
  const db = await database();
  const { prefs } = await loadPrefs(db, now());
  const [firstStretchId = null] = await readNextRoutine(db);
  const snoozesLeft = prefs.snoozeLimit > 0 ? prefs.snoozeLimit : DEFAULTS.snoozeLimit;
  return deliverReminder(snoozesLeft, prefs, { firstStretchId }, true);
}
