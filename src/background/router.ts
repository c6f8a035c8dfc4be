/**
 * The requests' entry (runtime.onMessage, and the pages' request ports): only this extension's own
 * pages may talk to the background, and only with a message of the right shape. Anything else gets
 * an error reply and changes nothing. Other extensions and web pages cannot reach these listeners at
 * all (they would need onMessageExternal, onConnectExternal or externally_connectable, which Limber
 * does not have); the sender check (platform/messages.ts isOwnPage) is the second wall: this
 * extension's id, and a page address whose origin is exactly this extension's.
 */
import { parseEnvelope, type Reply } from '../messaging/protocol.ts';
import { isOwnPage, type MessageSender } from '../platform/messages.ts';
import { handlers } from './handlers.ts';

export async function route(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
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
