/**
 * Fault injection in real Chromium: nothing committed is lost, nothing is counted twice.
 * - The worker is stopped at 20 random (seeded) moments of a cycle, half of them in the middle of
 *   a scheduler step: no reminder lost or doubled, no accrued time lost beyond the idle threshold.
 * - The browser is killed (SIGKILL) while a page writes to IndexedDB in a loop: the profile reopens,
 *   the database opens, and every transaction that reported `complete` is there, whole.
 * - Records damaged by hand are repaired on the next read, with a notice.
 * (A full disk is tested at the storage layer: tests/storage/quota.test.ts.)
 * Time moves through the worker's test entry point (__limberTest), as in foundation.e2e.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import type { PrefsView } from '../../src/messaging/protocol.ts';
import {
  ask,
  currentWorker,
  freshProfile,
  launch,
  openPage,
  removeProfile,
  type Session,
  stopWorker,
} from './harness.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

const MIN = 60_000;
const IDLE_THRESHOLD_MS = 60_000;
const sessions: Session[] = [];
const profiles: string[] = [];

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close().catch(() => undefined);
  for (const p of profiles.splice(0)) removeProfile(p);
});

/** mulberry32: the same 20 moments on every run, so a failure reproduces. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function start(profile = freshProfile()): Promise<Session> {
  if (!profiles.includes(profile)) profiles.push(profile);
  const s = await launch(profile);
  sessions.push(s);
  return s;
}

async function status(page: Page): Promise<Status> {
  const reply = await ask<Reply<Status>>(page, 'getStatus');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

async function advance(s: Session, ms: number): Promise<Status> {
  const worker = await currentWorker(s);
  return worker.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
    (ms) => (globalThis as any).__limberTest.advance(ms) as Promise<Status>,
    ms,
  );
}

/** Starts a scheduler step in the worker without waiting for it, so a stop can land inside it. */
async function advanceUnawaited(s: Session, ms: number): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate((ms) => {
    // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
    void (globalThis as any).__limberTest.advance(ms).catch(() => undefined);
  }, ms);
}

/**
 * Reminders out: the notification, or the reminder window once an unanswered reminder has come back
 * as the window (the escalation replaces the one with the other; both at once would be two).
 */
async function reminderCount(s: Session): Promise<number> {
  const worker = await currentWorker(s);
  const all = await worker.evaluate(() => chrome.notifications.getAll());
  const windows = s.context.pages().filter((p) => p.url().includes('src/ui/reminder/reminder.html')).length;
  return Object.keys(all).filter((id) => id === 'limber-reminder').length + windows;
}

/** Reads a whole store straight from IndexedDB in an extension page (no Limber code involved). */
function readStore(page: Page, store: string): Promise<{ keys: unknown[]; values: unknown[] }> {
  return page.evaluate(
    (store) =>
      new Promise<{ keys: unknown[]; values: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('limber');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readonly');
          const keys = tx.objectStore(store).getAllKeys();
          const values = tx.objectStore(store).getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ keys: keys.result as unknown[], values: values.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    store,
  );
}

function writeRaw(page: Page, store: string, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([store, key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('limber');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, key, value] as const,
  );
}

/** Marks the running worker instance, to prove a later answer comes from a new one. */
async function markWorker(s: Session): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate(() => Object.assign(globalThis, { __faultMark: true }));
}

async function workerIsMarked(s: Session): Promise<boolean> {
  const worker = await currentWorker(s);
  return worker.evaluate(() => '__faultMark' in globalThis);
}

const remindedRecords = async (page: Page) =>
  (await readStore(page, 'history')).values.filter((v) => (v as { kind?: string }).kind === 'reminded').length;

describe('fault injection in Chromium', () => {
  test('the worker stopped at 20 random moments of a cycle loses no reminder and no accrued time', async () => {
    const random = seededRandom(6_4);
    const s = await start();
    const page = await openPage(s, 'src/ui/popup/popup.html');
    const realStart = Date.now();
    const worker = await currentWorker(s);
    // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
    await worker.evaluate(() => (globalThis as any).__limberTest.dispatch({ type: 'idleState', idle: 'active' }));
    let last = await status(page);
    // Simulated active time so far: every advance, awaited or cut short, at most this much.
    let simulated = 0;
    // 20 moments spread over 0..34 simulated minutes: before, around and after the 30-minute due point.
    const moments = Array.from({ length: 20 }, () => random() * 34 * MIN).sort((a, b) => a - b);
    let clock = 0;
    let dueStops = 0;
    let maybeShownAhead = false;
    for (const [i, moment] of moments.entries()) {
      const step = Math.max(1_000, Math.round(moment - clock));
      clock += step;
      last = await advance(s, step);
      simulated += step;
      let inFlight = 0;
      if (i % 2 === 1) {
        // Stop in the middle of a step: start one, give it 0..15 ms of real time, then stop.
        inFlight = Math.round(1_000 + random() * 90_000);
        await advanceUnawaited(s, inFlight);
        await sleep(Math.floor(random() * 15));
      }
      await markWorker(s);
      await stopWorker(s, page);
      const after = await status(page);
      expect(await workerIsMarked(s), 'a new worker instance answered').toBe(false);
      if (after.kind === 'due') dueStops += 1;
      const where = `stop ${i + 1} at ${(clock / MIN).toFixed(2)} min${inFlight ? ' (mid-step)' : ''}`;
      expect(after.accruedMs, where).toBeGreaterThanOrEqual(last.accruedMs - IDLE_THRESHOLD_MS);
      // Never more than the time that passed, simulated plus real: nothing is counted twice.
      const upper = simulated + inFlight + (Date.now() - realStart) + IDLE_THRESHOLD_MS;
      expect(after.accruedMs, where).toBeLessThanOrEqual(upper);
      simulated += inFlight;
      // The reminder goes on screen before the step that shows it is stored (background/engine.ts).
      // A stop between the two leaves it on screen with the step lost, so the new worker is not yet
      // due; the next step that makes it due shows it again in the same place. Only a step cut short
      // whose time reaches the due point can have done that, and only until the reminder is due.
      if (after.kind === 'due') maybeShownAhead = false;
      else if (inFlight > 0 && last.accruedMs + inFlight + IDLE_THRESHOLD_MS >= 30 * MIN) maybeShownAhead = true;
      const shown = await reminderCount(s);
      if (maybeShownAhead) expect(shown, where).toBeLessThanOrEqual(1);
      else expect(shown, where).toBe(after.kind === 'due' ? 1 : 0);
      expect(await remindedRecords(page), where).toBe(after.kind === 'due' ? 1 : 0);
      if (after.accruedMs >= 30 * MIN) expect(after.kind, where).toBe('due');
      last = after;
    }
    // The moments cover both sides of the due point.
    expect(dueStops).toBeGreaterThanOrEqual(2);
    expect(dueStops).toBeLessThanOrEqual(18);
    // The cycle ends due: exactly one reminder, delivered once, however many stops it went through.
    const end = last.kind === 'due' ? last : await advance(s, Math.max(MIN, 32 * MIN - last.accruedMs));
    expect(end.kind).toBe('due');
    await stopWorker(s, page);
    expect((await status(page)).kind).toBe('due');
    expect(await reminderCount(s)).toBe(1);
    expect(await remindedRecords(page)).toBe(1);
  });

  test('killing the browser during writes keeps every committed transaction, whole', async () => {
    const profile = freshProfile();
    const first = await start(profile);
    const page = await openPage(first, 'src/ui/popup/popup.html');
    await status(page); // the worker has created the database
    const committed = new Set<number>();
    page.on('console', (message) => {
      const m = /^committed (\d+)$/.exec(message.text());
      if (m) committed.add(Number(m[1]));
    });
    // Recent events (an hour ago): old ones could be packed or dropped by the daily maintenance.
    const base = await page.evaluate(() => {
      const base = Date.now() - 3_600_000;
      const pad = (n: number) => String(n).padStart(2, '0');
      const dayOf = (ms: number) => {
        const d = new Date(ms);
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      };
      const open = indexedDB.open('limber');
      open.onsuccess = async () => {
        const db = open.result;
        for (let i = 0; ; i++) {
          const tx = db.transaction('history', 'readwrite');
          for (let j = 0; j < 20; j++) {
            const at = base + i * 100 + j;
            tx.objectStore('history').put({
              id: `taken:${at}`,
              day: dayOf(at),
              kind: 'taken',
              at,
              durationMs: 60_000,
            });
          }
          await new Promise((ok, fail) => {
            tx.oncomplete = ok;
            tx.onabort = () => fail(tx.error);
          });
          console.warn(`committed ${i}`);
        }
      };
      return base;
    });
    const deadline = Date.now() + 20_000;
    while (committed.size < 25 && Date.now() < deadline) await sleep(20);
    await sleep(Math.floor(seededRandom(7)() * 100));
    expect(committed.size).toBeGreaterThanOrEqual(25);
    killBrowser(profile);
    const seen = new Set(committed);
    await first.close().catch(() => undefined);
    sessions.splice(sessions.indexOf(first), 1);

    const second = await start(profile);
    const again = await openPage(second, 'src/ui/popup/popup.html');
    expect((await status(again)).kind).toBeDefined(); // the worker opened the database
    const ids = new Set((await readStore(again, 'history')).keys as string[]);
    const batches = new Map<number, number>();
    for (const id of ids) {
      const m = /^taken:(\d+)$/.exec(id);
      if (!m) continue;
      const at = Number(m[1]);
      if (at < base) continue;
      const i = Math.floor((at - base) / 100);
      batches.set(i, (batches.get(i) ?? 0) + 1);
    }
    for (const i of seen) expect(batches.get(i), `transaction ${i}`).toBe(20);
    // Atomic: a transaction cut by the kill is either all there or not at all.
    for (const [i, count] of batches) expect(count, `transaction ${i}`).toBe(20);
  });

  test('records damaged by hand are repaired on the next read, with a notice', async () => {
    const s = await start();
    // A Limber page that sends no request of its own (the chime's offscreen page, which only listens):
    // the popup's app starts after its first frame and its notices request would read, and so repair,
    // the damaged records before the request this test makes.
    const page = await openPage(s, 'src/ui/offscreen/chime.html');
    await status(page);
    await writeRaw(page, 'prefs', 'prefs', {
      version: 1,
      prefs: { workIntervalMin: 'lots', snoozeLimit: -3, breakLengthMin: 3 },
    });
    await writeRaw(page, 'state', 'scheduler', { version: 1, idle: 'asleep', cycleMs: -5 });

    const view = await ask<Reply<PrefsView>>(page, 'getPrefs');
    if (!view.ok) throw new Error(view.error);
    expect(view.data.repaired.map((e) => e.field).sort()).toEqual(['snoozeLimit', 'workIntervalMin']);
    expect(view.data.prefs.workIntervalMin).toBe(30);
    expect(view.data.prefs.snoozeLimit).toBe(3);
    expect(view.data.prefs.breakLengthMin).toBe(3);
    const st = await status(page);
    expect(st.kind).toBe('working');

    const notices = (await readStore(page, 'meta')).values.flat() as { message: string }[];
    const messages = notices.map((n) => n.message).join('\n');
    expect(messages).toMatch(/preferences were damaged.*workIntervalMin/);
    expect(messages).toMatch(/break timer was damaged/);
    // The repair was written back: the stored records are valid now.
    const stored = (await readStore(page, 'prefs')).values[0] as { prefs: { workIntervalMin: unknown } };
    expect(stored.prefs.workIntervalMin).toBe(30);
  });
});

/**
 * SIGKILLs the Chromium of this profile: the browser process (no --type=) first, as a crash or a
 * power cut would, then any child left behind. Only processes started for this profile are touched.
 */
function killBrowser(profile: string): void {
  const mine: { pid: number; browser: boolean }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (!args.some((a) => a === `--user-data-dir=${profile}`)) continue;
    mine.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  const browser = mine.filter((p) => p.browser);
  expect(browser.length).toBe(1);
  for (const p of [...browser, ...mine.filter((q) => !q.browser)]) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}
