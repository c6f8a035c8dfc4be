// @vitest-environment happy-dom
/** The pages' request(): one port per request, the reply or the reason, and no hang when nobody answers. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { request } from '../../src/messaging/client.ts';
import { REQUEST_PORT } from '../../src/messaging/protocol.ts';

/** The page's end of a port; the test answers in the background's place. */
class PagePort {
  readonly sent: unknown[] = [];
  disconnected = false;
  private readonly onReply: ((message: unknown) => void)[] = [];
  private readonly onClose: (() => void)[] = [];
  onMessage = { addListener: (l: (message: unknown) => void) => this.onReply.push(l) };
  onDisconnect = { addListener: (l: () => void) => this.onClose.push(l) };
  constructor(readonly name: string) {}
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  reply(message: unknown): void {
    for (const listener of this.onReply) listener(message);
  }
  closeFromBackground(): void {
    for (const listener of this.onClose) listener();
  }
}

let ports: PagePort[] = [];
const g = globalThis as { chrome?: Record<string, unknown> };
const port = () => ports[ports.length - 1] as PagePort;

beforeEach(() => {
  ports = [];
  g.chrome = {
    ...g.chrome,
    runtime: {
      connect: ({ name }: { name: string }) => {
        const opened = new PagePort(name);
        ports.push(opened);
        return opened;
      },
    },
  };
});
afterEach(() => {
  delete g.chrome?.runtime;
});

test('sends the envelope on a request port of its own and resolves to the data; the port is closed after', async () => {
  const answer = request('snooze', { minutes: 5 });
  expect(port().name).toBe(REQUEST_PORT);
  expect(port().sent).toEqual([{ limber: 1, type: 'snooze', payload: { minutes: 5 } }]);
  port().reply({ ok: true, data: { kind: 'snoozed' } });
  await expect(answer).resolves.toEqual({ kind: 'snoozed' });
  expect(port().disconnected).toBe(true);
  const second = request('getStatus', {});
  expect(ports).toHaveLength(2);
  port().reply({ ok: true, data: { kind: 'working' } });
  await expect(second).resolves.toEqual({ kind: 'working' });
});

test("a refusal becomes an Error with the background's reason", async () => {
  const answer = request('skip', {});
  port().reply({ ok: false, error: 'Nothing is due.' });
  await expect(answer).rejects.toThrow('Nothing is due.');
});

test('a port closed without an answer is an error, not a hang', async () => {
  const answer = request('getStatus', {});
  port().closeFromBackground();
  await expect(answer).rejects.toThrow('Limber’s background did not answer.');
});
