/**
 * Only Limber's own surfaces change the schedule. A second extension with no permissions at all is
 * built into a temporary directory and loaded beside Limber. From its own service worker it opens
 * every Limber page with `tabs.create` (which needs no permission), waits for each to load, closes
 * it, and sends every request type to Limber with `runtime.sendMessage(limberId, …)`. Three times:
 * with nothing due, with a break due, and during a break Limber itself started. Each time the
 * scheduler's state (everything but the clock readings that move by themselves), the history
 * events and the alarms are as they were.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { REQUEST_TYPES } from '../../src/messaging/protocol.ts';
import { ask, launch, openPage, removeProfile, type Session } from './harness.ts';
import { hook, wakeAlarmAt } from './pageTools.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** The few APIs the stranger uses, none of which needs a permission. */
interface StrangerChrome {
  tabs: { create(p: { url: string }): Promise<{ id?: number }>; remove(id: number): Promise<void> };
  runtime: { sendMessage(extensionId: string, message: unknown): Promise<unknown> };
}

/**
 * Every page Limber ships, as a stranger would guess its address, and what shows once the page has
 * done what it does on load (asked the background, read the database): only then is it closed, so a
 * page that changed the schedule on load would have had the time to.
 */
const PAGES: [path: string, ready: string][] = [
  ['src/ui/popup/popup.html', '.status-card[aria-busy="false"]'],
  ['src/ui/options/options.html', '[data-field="workIntervalMin"] input'],
  ['src/ui/break/break.html', '.brk button'],
  ['src/ui/reminder/reminder.html', '.reminder .rem-actions button'],
  ['src/ui/insights/insights.html', '#ins-today'],
  ['src/ui/offscreen/chime.html', 'body'],
];

/** A payload of the right shape for each request, so only the sender can be the reason for a refusal. */
const PAYLOADS: Record<string, object> = {
  snooze: { minutes: 5 },
  finishBreak: { completed: true, breakId: 1 },
  pause: { minutes: 30 },
  setPrefs: { patch: { workIntervalMin: 5 } },
};

function buildStranger(): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-stranger-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Stranger',
      version: '1.0',
      description: 'Test extension with no permissions.',
      background: { service_worker: 'stranger.js' },
    }),
  );
  // The test drives it through Playwright's evaluate; the file only has to exist as a worker.
  writeFileSync(join(dir, 'stranger.js'), 'self.addEventListener("install", () => self.skipWaiting());\n');
  return dir;
}

/** The scheduler state without the readings that move with the clock alone. */
const SETTLED = [
  'idle',
  'naturalCounted',
  'naturalAt',
  'reminderShown',
  'remindedThisCycle',
  'snoozeUntil',
  'snoozeCount',
  'breakStartedAt',
  'breakId',
  'pausedUntil',
  'hold',
  'holdSince',
  'headsUpGiven',
] as const;

interface Snapshot {
  state: Record<string, unknown>;
  events: unknown[];
  prefs: unknown;
  alarms: string[];
  tabs: number;
}

async function snapshot(s: Session, worker: Worker): Promise<Snapshot> {
  const read = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('limber');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string, key?: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = key
          ? db.transaction(store).objectStore(store).get(key)
          : db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const result = { state: await all('state', 'scheduler'), history: await all('history'), prefs: await all('prefs') };
    db.close();
    return result;
  });
  const state = read.state as Record<string, unknown>;
  const settled = Object.fromEntries(SETTLED.map((key) => [key, state[key]]));
  // Active-time totals grow with the clock; every event (break, snooze, skip…) must stay as it was.
  const events = (read.history as { kind: string }[]).filter((r) => r.kind !== 'active');
  const alarms = (await worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort();
  const tabs = s.context.pages().length;
  return { state: settled, events, prefs: read.prefs, alarms, tabs };
}

describe('another extension cannot touch the schedule', () => {
  let s: Session;
  let stranger: Worker;
  let strangerDir: string;

  beforeAll(async () => {
    strangerDir = buildStranger();
    s = await launch(undefined, { extensions: [strangerDir] });
    const isStranger = (w: Worker) => w.url().endsWith('/stranger.js');
    stranger =
      s.context.serviceWorkers().find(isStranger) ??
      (await s.context.waitForEvent('serviceworker', { predicate: isStranger }));
    await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });
  });
  afterAll(async () => {
    await s?.close();
    if (s) removeProfile(s.profile);
    rmSync(strangerDir, { recursive: true, force: true });
  });

  /** Opens every Limber page from the stranger, lets it load, closes it; then sends every request. */
  async function poke(): Promise<{ replies: string[] }> {
    for (const [path, ready] of PAGES) {
      const opened = s.context.waitForEvent('page', (p) => p.url().startsWith(s.url(path)));
      const tabId = await stranger.evaluate(
        (url) =>
          (globalThis as unknown as { chrome: StrangerChrome }).chrome.tabs.create({ url }).then((tab) => tab.id),
        s.url(path),
      );
      const page = await opened;
      await page.locator(ready).first().waitFor({ state: 'attached' });
      await stranger.evaluate(
        (id) => (globalThis as unknown as { chrome: StrangerChrome }).chrome.tabs.remove(id as number),
        tabId,
      );
    }
    const replies: string[] = [];
    for (const type of REQUEST_TYPES) {
      const reply = await stranger.evaluate(
        ([id, type, payload]) =>
          (globalThis as unknown as { chrome: StrangerChrome }).chrome.runtime
            .sendMessage(id, { limber: 1, type, payload })
            .then(
              (r: unknown) => `answered ${JSON.stringify(r)}`,
              (e: Error) => `refused: ${e.message}`,
            ),
        [s.extensionId, type, PAYLOADS[type] ?? {}] as const,
      );
      replies.push(reply);
    }
    // Let any late pagehide message arrive before the state is read again.
    await new Promise((done) => setTimeout(done, 300));
    return { replies };
  }

  async function worker(): Promise<Worker> {
    const { currentWorker } = await import('./harness.ts');
    return currentWorker(s);
  }

  test('with nothing due: pages opened and closed, every request refused; nothing changes', async () => {
    const before = await snapshot(s, await worker());
    const alarmBefore = await wakeAlarmAt(s);
    const { replies } = await poke();
    for (const reply of replies)
      expect(reply).toMatch(/^refused: .*(Receiving end does not exist|Could not establish)/);
    const after = await snapshot(s, await worker());
    expect(after).toEqual(before);
    // The one wake alarm is still the minute heartbeat (it moves with each minute, never to a break).
    expect(alarmBefore).not.toBeNull();
    expect((await wakeAlarmAt(s)) ?? 0).toBeLessThanOrEqual(Date.now() + 61_000);
    const status = await hook(s, 'dispatch', { type: 'wake' });
    expect(status.kind).toBe('working');
  });

  test('with a break due: the reminder is still out, nothing snoozed, skipped or started', async () => {
    await hook(s, 'advance', 31 * 60_000);
    const before = await snapshot(s, await worker());
    expect(before.state.reminderShown).toBe(true);
    await poke();
    expect(await snapshot(s, await worker())).toEqual(before);
    expect((await hook(s, 'dispatch', { type: 'wake' })).kind).toBe('due');
  });

  test('during a break Limber started: a stranger-opened break page neither takes it over nor ends it', async () => {
    const own = await openPage(s, 'src/ui/popup/popup.html');
    // Limber opens its break page for this break (before it answers: wait for the page first); it
    // stays open through the stranger's visit.
    const breakPage = s.context.waitForEvent('page', (p) => p.url().includes('break.html?break='));
    const started = await ask<Reply<Status>>(own, 'startBreak');
    if (!started.ok) throw new Error(started.error);
    expect((await breakPage).url()).toContain(`break.html?break=${started.data.breakId}`);
    const before = await snapshot(s, await worker());
    expect(before.state.breakId).toBe(started.data.breakId);
    await poke();
    const after = await snapshot(s, await worker());
    expect(after).toEqual(before);
    const status = await ask<Reply<Status>>(own, 'getStatus');
    expect(status.ok && status.data.kind).toBe('onBreak');
  });
});
