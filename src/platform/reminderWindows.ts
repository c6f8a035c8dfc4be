/**
 * Ending the reminder window without pulling it away under a request of its own. An open window
 * holds a port to the background (ui/reminder/selfClose.ts); on the reminder's end it is told over
 * that port and closes itself once its requests are answered. A reminder tab without a port is one
 * whose script has not connected yet (still loading) or lost its port when the background stopped:
 * either way it has no request in flight, because the window connects before every request once the
 * port is gone. Those tabs are closed from here.
 *
 * The ports are a cache, rebuilt as windows reconnect: a restarted background starts with none.
 */
import type { Runtime } from 'webextension-polyfill';
import { REMINDER_CLEARED, REMINDER_PORT, REMINDER_PORT_READY } from '../messaging/reminderCleared.ts';
import browser from './browser.ts';
import { REMINDER_PAGE, REMINDER_PREVIEW } from './pages.ts';

const ports = new Map<number, Runtime.Port>();

/** Registers the port listener; call synchronously at the background's top level. */
export function listenForReminderWindows(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    const ownWindow =
      sender?.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL(REMINDER_PAGE)) === true;
    if (port.name !== REMINDER_PORT || !ownWindow || tabId === undefined) return;
    ports.set(tabId, port);
    port.onDisconnect.addListener(() => {
      if (ports.get(tabId) === port) ports.delete(tabId);
    });
    port.postMessage(REMINDER_PORT_READY);
  });
}

/**
 * Tells each open reminder window that the reminder is over; closes the windows that cannot hear it.
 * A test reminder's preview is not the reminder: the person closes it (a real reminder that becomes
 * due meanwhile takes its window over, see openOrFocus).
 */
export async function closeReminderWindows(): Promise<void> {
  const url = browser.runtime.getURL(REMINDER_PAGE);
  const preview = browser.runtime.getURL(REMINDER_PREVIEW);
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.url?.startsWith(url) && tab.url !== preview);
  const unreachable: number[] = [];
  for (const { id } of tabs) {
    if (id === undefined) continue;
    const port = ports.get(id);
    try {
      if (port) {
        port.postMessage(REMINDER_CLEARED);
        continue;
      }
    } catch {
      // The port closed a moment ago: the window is going away anyway.
      ports.delete(id);
      continue;
    }
    unreachable.push(id);
  }
  if (unreachable.length > 0) await browser.tabs.remove(unreachable);
}
