/**
 * The pages' side of the message map: `request('snooze', { minutes: 5 })` returns the typed
 * response or throws an Error carrying the background's reason.
 */
import { pageApi } from '../platform/pageApi.ts';
import type { Envelope, Payload, Reply, RequestType, Response } from './protocol.ts';

export async function request<K extends RequestType>(type: K, payload: Payload<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { limber: 1, type, payload };
  const reply = (await pageApi().runtime.sendMessage(envelope)) as Reply<Response<K>> | undefined;
  if (!reply) throw new Error('Limber’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
