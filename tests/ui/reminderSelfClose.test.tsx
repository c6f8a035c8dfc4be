// @vitest-environment happy-dom
/**
 * The reminder window closes itself, and never while one of its requests waits for an answer (Firefox
 * logs "Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved" for a page closed
 * under a request in flight). It holds a port to the background, opened before its first request
 * and again before a request once it was lost, and hears "reminder over" on it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { REMINDER_CLEARED, REMINDER_PORT, REMINDER_PORT_READY } from '../../src/messaging/reminderCleared.ts';
import { statusOf } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A port as the page sees it, driven by the test in the background's place. */
class FakePort {
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (l: (message: unknown) => void) => this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => this.disconnectListeners.push(l) };
  constructor(readonly name: string) {}
  post(message: unknown): void {
    for (const listener of this.messageListeners) listener(message);
  }
  disconnect(): void {
    for (const listener of this.disconnectListeners) listener();
  }
}

const DUE = statusOf('due');
let ports: FakePort[] = [];
let close: ReturnType<typeof vi.spyOn>;
const g = globalThis as { chrome?: Record<string, unknown> };
const settle = () => new Promise((done) => setTimeout(done, 0));
const lastPort = () => ports[ports.length - 1] as FakePort;

/** A fresh window: its modules (so its in-flight count) and its requests. */
async function openWindow(answers: Partial<Record<string, Promise<unknown>>>) {
  vi.resetModules();
  const { request } = await import('../../src/messaging/client.ts');
  vi.mocked(request).mockImplementation(((type: string) => answers[type] ?? Promise.resolve(DUE)) as never);
  const { ReminderWindow } = await import('../../src/ui/reminder/ReminderWindow.tsx');
  render(<ReminderWindow />);
  return vi.mocked(request);
}

beforeEach(() => {
  ports = [];
  g.chrome = {
    ...g.chrome,
    runtime: {
      connect: ({ name }: { name: string }) => {
        const port = new FakePort(name);
        ports.push(port);
        return port;
      },
    },
  };
  close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  close.mockRestore();
  delete g.chrome?.runtime;
});

test('the window asks for nothing until the background holds its port', async () => {
  const request = await openWindow({});
  await settle();
  expect(ports.map((p) => p.name)).toEqual([REMINDER_PORT]);
  expect(request).not.toHaveBeenCalled();
  lastPort().post(REMINDER_PORT_READY);
  await vi.waitFor(() => expect(request).toHaveBeenCalledWith('getStatus', {}));
});

test('"reminder over" while the window still asks for the status: it closes after the status arrives', async () => {
  const status = deferred<Status>();
  const request = await openWindow({ getStatus: status.promise });
  lastPort().post(REMINDER_PORT_READY);
  await vi.waitFor(() => expect(request).toHaveBeenCalledWith('getStatus', {}));
  lastPort().post(REMINDER_CLEARED);
  await settle();
  expect(close).not.toHaveBeenCalled();
  status.resolve(DUE);
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('Snooze: the window closes after the background answered, even when "reminder over" came first', async () => {
  const snooze = deferred<Status>();
  const request = await openWindow({ snooze: snooze.promise });
  lastPort().post(REMINDER_PORT_READY);
  fireEvent.click(await screen.findByRole('button', { name: 'Snooze 5 min' }));
  await vi.waitFor(() => expect(request).toHaveBeenCalledWith('snooze', { minutes: 5 }));
  // The background ends the reminder while it handles the snooze, before it answers.
  lastPort().post(REMINDER_CLEARED);
  await settle();
  expect(close).not.toHaveBeenCalled();
  snooze.resolve({ ...DUE, kind: 'snoozed' });
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('after the port was lost (the background stopped), the next request reconnects first', async () => {
  const request = await openWindow({});
  lastPort().post(REMINDER_PORT_READY);
  await screen.findByRole('button', { name: 'Start break' });
  lastPort().disconnect();
  fireEvent.click(screen.getByRole('button', { name: 'Start break' }));
  await settle();
  expect(ports).toHaveLength(2);
  expect(request).not.toHaveBeenCalledWith('startBreak', {});
  lastPort().post(REMINDER_PORT_READY);
  await vi.waitFor(() => expect(request).toHaveBeenCalledWith('startBreak', {}));
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('other messages on the port close nothing', async () => {
  await openWindow({});
  lastPort().post(REMINDER_PORT_READY);
  await screen.findByRole('button', { name: 'Snooze 5 min' });
  lastPort().post({ limber: 1, type: 'getStatus' });
  lastPort().post({ limberReminder: 'something else' });
  await settle();
  expect(close).not.toHaveBeenCalled();
});
