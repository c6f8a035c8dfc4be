/**
 * runtime.onMessage entry: only this extension's own pages may talk to the background, and only
 * with a message of the right shape. Anything else gets an error reply and changes nothing.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseEnvelope, type Reply } from '../messaging/protocol.ts';
import browser from '../platform/browser.ts';
import { handlers } from './handlers.ts';

export function isOwnPage(sender: Runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
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
