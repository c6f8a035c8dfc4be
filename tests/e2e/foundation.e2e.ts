/**
 * The foundation in real Chromium: the worker answers, a due reminder is delivered, snooze moves
 * it, a stopped worker loses nothing, and a browser restart keeps prefs, state and history.
 * Time is driven through the worker's test entry point (__limberTest), never a hidden preference.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { ask, currentWorker, launch, openPage, removeProfile, type Session, stopWorker } from './harness.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  if (session) removeProfile(session.profile);
  session = null;
});

const MIN = 60_000;

async function status(page: Page): Promise<Status> {
  const reply = await ask<Reply<Status>>(page, 'getStatus');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Runs a __limberTest hook inside the current worker. */
async function hook(s: Session, name: 'advance' | 'dispatch', arg: unknown): Promise<Status> {
  const worker = await currentWorker(s);
  return worker.evaluate(
    ([name, arg]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
      (globalThis as any).__limberTest[name](arg) as Promise<Status>,
    [name, arg] as const,
  );
}

async function reminderCount(s: Session): Promise<number> {
  const worker = await currentWorker(s);
  const all = await worker.evaluate(() => chrome.notifications.getAll());
  return Object.keys(all).filter((id) => id === 'limber-reminder').length;
}

/** Marks the running worker instance, to prove a later check runs in a new one. */
async function markWorker(s: Session): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate(() => Object.assign(globalThis, { __e2eMark: true }));
}

async function workerIsMarked(s: Session): Promise<boolean> {
  const worker = await currentWorker(s);
  return worker.evaluate(() => '__e2eMark' in globalThis);
}

async function activeStart(): Promise<{ s: Session; page: Page }> {
  const s = await launch();
  session = s;
  const page = await openPage(s, 'src/ui/popup/popup.html');
  await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });
  return { s, page };
}

describe('foundation in Chromium', () => {
  test('the service worker registers and answers getStatus', async () => {
    const { page } = await activeStart();
    const st = await status(page);
    expect(st.kind).toBe('working');
    expect(st.remainingMs).toBeGreaterThan(29 * MIN);
    expect(st.remainingMs).toBeLessThanOrEqual(30 * MIN);
  });

  test('a malformed message gets an error and changes nothing', async () => {
    const { page } = await activeStart();
    const before = await status(page);
    const bad = await ask<Reply<unknown>>(page, 'snooze', { minutes: 'soon' });
    expect(bad).toEqual({ ok: false, error: 'Malformed payload for snooze.' });
    const unknown = await ask<Reply<unknown>>(page, 'dropTables');
    expect(unknown.ok).toBe(false);
    const after = await status(page);
    expect(after.snoozeCount).toBe(before.snoozeCount);
    expect(after.kind).toBe('working');
  });

  test('a reminder is delivered when due, with a notification and the due badge', async () => {
    const { s } = await activeStart();
    const almost = await hook(s, 'advance', 29 * MIN);
    expect(almost.kind).toBe('working');
    expect(await reminderCount(s)).toBe(0);
    const due = await hook(s, 'advance', 2 * MIN);
    expect(due.kind).toBe('due');
    expect(await reminderCount(s)).toBe(1);
    // Chromium has notification buttons, so no fallback reminder window is opened.
    await new Promise((done) => setTimeout(done, 300));
    expect(s.context.pages().filter((p) => p.url().includes('src/ui/reminder/reminder.html'))).toEqual([]);
    const worker = await currentWorker(s);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  });

  test('snooze clears the reminder and moves it by the snooze time', async () => {
    const { s, page } = await activeStart();
    await hook(s, 'advance', 31 * MIN);
    const reply = await ask<Reply<Status>>(page, 'snooze', { minutes: 5 });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.kind).toBe('snoozed');
    expect(reply.data.snoozeUntil).toBe(reply.data.now + 5 * MIN);
    expect(await reminderCount(s)).toBe(0);
    const worker = await currentWorker(s);
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual(['limber-wake']);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('zz');
    expect((await hook(s, 'advance', 4 * MIN)).kind).toBe('snoozed');
    expect(await reminderCount(s)).toBe(0);
    expect((await hook(s, 'advance', 1 * MIN)).kind).toBe('due');
    expect(await reminderCount(s)).toBe(1);
  });

  test('stopping the worker mid-cycle loses no accrued time and no reminder', async () => {
    const { s, page } = await activeStart();
    const before = await hook(s, 'advance', 12 * MIN);
    expect(before.accruedMs).toBeGreaterThanOrEqual(12 * MIN - 60_000);
    await markWorker(s);
    await stopWorker(s, page);
    // The next message wakes a new worker instance, which rebuilds everything from IndexedDB.
    const after = await status(page);
    expect(await workerIsMarked(s)).toBe(false);
    expect(after.accruedMs).toBeGreaterThanOrEqual(before.accruedMs - 60_000);
    const due = await hook(s, 'advance', 20 * MIN);
    expect(due.kind).toBe('due');
    expect(await reminderCount(s)).toBe(1);
    await stopWorker(s, page);
    const stillDue = await status(page);
    expect(stillDue.kind).toBe('due');
    expect(await reminderCount(s)).toBe(1);
  });
});
