/** The single wake-up alarm (rule 10, docs/RULES.md: one alarm for the next moment that matters). */
import browser from './browser.ts';

export const WAKE_ALARM = 'limber-wake';

/** Sets (or clears, for null) the wake alarm at real-clock time `when`. */
export async function setWakeAlarm(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  // Re-creating an identical alarm is harmless but costs a write; skip it when nothing changed.
  if (existing && Math.abs(existing.scheduledTime - when) < 500) return;
  browser.alarms.create(WAKE_ALARM, { when });
}

export function onWakeAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) listener();
  });
}
