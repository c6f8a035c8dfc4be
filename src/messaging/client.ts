/**
 * The pages' side of the message map: `request('snooze', { minutes: 5 })` returns the typed
 * response or throws an Error carrying the background's reason.
 *
 * Each request travels on a port of its own (REQUEST_PORT), not runtime.sendMessage. A runtime
 * message is delivered to every Limber page that has used messaging, not only to the background, and
 * Firefox logs "AbortError: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"
 * whenever one of those pages goes away while the message is being delivered (the reminder window
 * closing as the break page opens, the popup closing as the reminder window asks for the status).
 * It also logs "Promise rejected after context unloaded" for a page that goes away with its own
 * runtime.sendMessage unanswered. A port reaches the background alone, and a page that goes away
 * only drops it.
 */
import { pageApi } from '../platform/pageApi.ts';
import { type Envelope, type Payload, REQUEST_PORT, type Reply, type RequestType, type Response } from './protocol.ts';

/** Sends one envelope and resolves to the reply, or to undefined when the port closes unanswered. */
function exchange(envelope: Envelope<RequestType>): Promise<unknown> {
  return new Promise((resolve) => {
    const port = pageApi().runtime.connect({ name: REQUEST_PORT });
    let answered = false;
    port.onMessage.addListener((reply) => {
      answered = true;
      port.disconnect();
      resolve(reply);
    });
    port.onDisconnect.addListener(() => {
      if (!answered) resolve(undefined);
    });
    port.postMessage(envelope);
  });
}

export async function request<K extends RequestType>(type: K, payload: Payload<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { limber: 1, type, payload };
  const reply = (await exchange(envelope)) as Reply<Response<K>> | undefined;
  if (!reply) throw new Error('Limber’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
