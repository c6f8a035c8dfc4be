// @vitest-environment happy-dom
/**
 * The reminder window closes itself, and never while one of its requests waits for an answer (Firefox
 * logs "Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved" for a page closed
 * under a request in flight).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { REMINDER_CLEARED } from '../../src/messaging/reminderCleared.ts';
import type { PageMessageListener } from '../../src/platform/pageApi.ts';
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

const DUE = statusOf('due');
let listeners: PageMessageListener[] = [];
let close: ReturnType<typeof vi.spyOn>;
const g = globalThis as { chrome?: Record<string, unknown> };

/** A fresh page: the window's modules (their in-flight count) and its message listener. */
async function openWindow(answers: Partial<Record<string, Promise<unknown>>>) {
  vi.resetModules();
  const { request } = await import('../../src/messaging/client.ts');
  vi.mocked(request).mockImplementation(((type: string) => answers[type] ?? Promise.resolve(DUE)) as never);
  const { closeWhenReminderEnds } = await import('../../src/ui/reminder/selfClose.ts');
  const { ReminderWindow } = await import('../../src/ui/reminder/ReminderWindow.tsx');
  closeWhenReminderEnds();
  render(<ReminderWindow />);
  return { request: vi.mocked(request) };
}

/** The background's "reminder over", as the page receives it; returns what the page answered. */
function reminderOver(senderId = 'limber-id'): unknown[] {
  const answers: unknown[] = [];
  for (const listener of listeners) listener(REMINDER_CLEARED, { id: senderId }, (answer) => answers.push(answer));
  return answers;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  listeners = [];
  g.chrome = {
    ...g.chrome,
    runtime: { id: 'limber-id', onMessage: { addListener: (l: PageMessageListener) => listeners.push(l) } },
  };
  close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  close.mockRestore();
  delete g.chrome?.runtime;
});

test('"reminder over" while the window still asks for the status: it answers at once and closes after the status arrives', async () => {
  const status = deferred<Status>();
  await openWindow({ getStatus: status.promise });
  expect(reminderOver()).toEqual([true]);
  await settle();
  expect(close).not.toHaveBeenCalled();
  status.resolve(DUE);
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('Snooze: the window closes after the background answered, even when "reminder over" came first', async () => {
  const snooze = deferred<Status>();
  const { request } = await openWindow({ snooze: snooze.promise });
  fireEvent.click(await screen.findByRole('button', { name: 'Snooze 5 min' }));
  expect(request).toHaveBeenCalledWith('snooze', { minutes: 5 });
  // The background ends the reminder while it handles the snooze, before it answers.
  expect(reminderOver()).toEqual([true]);
  await settle();
  expect(close).not.toHaveBeenCalled();
  snooze.resolve({ ...DUE, kind: 'snoozed' });
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('Start break with nothing else going on: the window closes once the answer is in', async () => {
  const start = deferred<Status>();
  await openWindow({ startBreak: start.promise });
  fireEvent.click(await screen.findByRole('button', { name: 'Start break' }));
  await settle();
  expect(close).not.toHaveBeenCalled();
  start.resolve({ ...DUE, kind: 'onBreak' });
  await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
});

test('a message from another extension, or any other message, is not answered and closes nothing', async () => {
  await openWindow({});
  await screen.findByRole('button', { name: 'Snooze 5 min' });
  expect(reminderOver('someone-else')).toEqual([]);
  const answers: unknown[] = [];
  for (const listener of listeners)
    listener({ limber: 1, type: 'getStatus' }, { id: 'limber-id' }, (a) => answers.push(a));
  expect(answers).toEqual([]);
  await settle();
  expect(close).not.toHaveBeenCalled();
});
