/**
 * Messages from Limber's pages to the background (the request map is src/messaging/protocol.ts), sent
 * with runtime.sendMessage or on a request port. The answer is the listener's promise, which the
 * polyfill hands back to the sender or which is posted back on the port.
 */
import browser from './browser.ts';

/** Who sent a message, as the browser reports it (Chromium also gives the page's origin). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * Scheme and host, e.g. "chrome-extension://<id>". Not URL.origin: for schemes the URL standard does
 * not know (chrome-extension, moz-extension) some engines give the opaque origin "null" to every one.
 */
const originOf = (url: string): string | null => {
  try {
    const { protocol, host } = new URL(url);
    return host === '' ? null : `${protocol}//${host}`;
  } catch {
    return null;
  }
};

/** True only for this extension's own pages (not a content script, another extension or a web page). */
export function isOwnPage(sender: MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  const own = originOf(browser.runtime.getURL(''));
  // Chromium also says where the message came from (`origin`); where it does, it must agree.
  if (sender.origin !== undefined && sender.origin !== own) return false;
  return own !== null && originOf(sender.url) === own;
}

export function onMessage(listener: (message: unknown, sender: MessageSender) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => listener(message, sender));
}

/**
 * Requests sent on a port of their own (messaging/client.ts, one port per request): each message on
 * a port named `name` goes to the listener, with the port's sender, and its answer goes back on the
 * same port. A page that went away meanwhile has closed its port; the answer is then dropped.
 */
export function onRequestPort(
  name: string,
  listener: (message: unknown, sender: MessageSender) => Promise<unknown>,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== name) return;
    port.onMessage.addListener((message: unknown) => {
      void listener(message, port.sender ?? {}).then((reply) => {
        try {
          port.postMessage(reply);
        } catch {
          // Disconnected: nobody is waiting for this answer any more.
        }
      });
    });
  });
}
