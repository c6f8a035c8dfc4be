/**
 * runtime.onMessage entry: only this extension's own pages may talk to the background, and only
 * with a message of the right shape. Anything else gets an error reply and changes nothing. Other
 * extensions and web pages cannot reach this listener at all (they would need onMessageExternal or
 * externally_connectable, which Limber does not have); the sender check below is the second wall:
 * this extension's id, and a page address whose origin is exactly this extension's.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseEnvelope, type Reply } from '../messaging/protocol.ts';
import browser from '../platform/browser.ts';
import { handlers } from './handlers.ts';

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

export function isOwnPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  const own = originOf(browser.runtime.getURL(''));
  // Chromium also says where the message came from (`origin`); where it does, it must agree.
  const claimed = (sender as { origin?: unknown }).origin;
  if (claimed !== undefined && claimed !== own) return false;
  return own !== null && originOf(sender.url) === own;
}

export async function route(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  if (!isOwnPage(sender)) return { ok: false, error: 'Refused: the sender is not a Limber page.' };
  const parsed = parseEnvelope(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { type, payload } = parsed.envelope;
  try {
    const handler = handlers[type] as (p: unknown) => Promise<unknown>;
    return { ok: true, data: await handler(payload) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
