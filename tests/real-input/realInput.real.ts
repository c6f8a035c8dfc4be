/**
 * Real input, real `idle`, real alarms: headful Debian Chromium on a virtual X display (Xvfb), the
 * mouse moved with xdotool, time passing for real, and no test entry point at all. Preferences go
 * through the extension's own message map, as the options page sends them: work interval 5 min,
 * idle after 15 s, natural break 1 min (the shortest the settings allow; it must be at least the
 * break length, so that is 1 min too).
 *
 * The timeline: input from before the browser starts; a long absence (80 s, at least N); input for
 * 60 s; a short absence (40 s, less than N); input until the reminder. It checks that input counts,
 * that the long absence is logged as a natural break (when N has passed, then with its real length)
 * and resets the countdown, that the short one is no break and keeps the session (as sitting time),
 * and that the reminder notification and the "!" badge arrive when sittingRule.ts says, within
 * ±20 s. It prints every figure it saw. About 8 minutes.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import { extensionArgs, isLimberWorker } from '../e2e/chromiumLaunch.ts';
import { type Absence, expectedReminderAt, type Rule, sittingMsAt } from './sittingRule.ts';

/** A private copy of the Chrome build: CI runs this test beside suites that rebuild dist/. */
const DIST = mkdtempSync(join(tmpdir(), 'limber-real-dist-'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEC = 1000;
const TOLERANCE = 20 * SEC;
const RULE: Rule = { workMs: 5 * 60 * SEC, naturalMs: 60 * SEC };
const PREFS = { workIntervalMin: 5, idleThresholdSec: 15, breakLengthMin: 1, naturalBreakMin: 1 };

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

let xvfb: ChildProcess | null = null;
let display = '';
let context: BrowserContext | null = null;
const profile = mkdtempSync(join(tmpdir(), 'limber-real-'));

/** Starts Xvfb on a free display; Xvfb writes the number it chose to the pipe given by -displayfd. */
async function startXvfb(): Promise<string> {
  const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  xvfb = child;
  const number = await new Promise<string>((done, fail) => {
    child.once('error', (error) => fail(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    child.stdout?.once('data', (chunk: Buffer) => done(chunk.toString().trim()));
  });
  return `:${number}`;
}

/** Real input: the pointer moves on the X display, as a mouse would move it. */
function moveMouse(step: number): void {
  const [x, y] = step % 2 === 0 ? [300, 300] : [340, 320];
  execFileSync('xdotool', ['mousemove', String(x), String(y)], { env: { ...process.env, DISPLAY: display } });
}

/** Moves the mouse every 2 s until `until`. */
async function inputUntil(until: number): Promise<void> {
  for (let step = 0; Date.now() < until; step++) {
    moveMouse(step);
    await sleepUntil(Math.min(until, Date.now() + 2 * SEC));
  }
}

async function sleepUntil(at: number): Promise<void> {
  await new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));
}

async function ask<T>(page: Page, type: string, payload: object = {}): Promise<T> {
  const reply = (await page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ limber: 1, type, payload }), [
    type,
    payload,
  ] as const)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** The natural breaks in history, read from IndexedDB as the Insights page reads it (no message). */
function naturalBreaks(page: Page): Promise<{ at: number; durationMs: number }[]> {
  return page.evaluate(
    () =>
      new Promise<{ at: number; durationMs: number }[]>((done, fail) => {
        const open = indexedDB.open('limber');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('history').objectStore('history').getAll();
          read.onsuccess = () => {
            open.result.close();
            done(
              (read.result as { kind: string; at: number; durationMs: number }[])
                .filter((r) => r.kind === 'natural')
                .map(({ at, durationMs }) => ({ at, durationMs })),
            );
          };
          read.onerror = () => fail(read.error);
        };
      }),
  );
}

interface Sighting {
  reminderAt: number | null;
  badgeAt: number | null;
  naturalLoggedAt: number | null;
}

/** Watches, once a second, for the reminder, the due badge and a logged natural break. */
function watch(worker: Worker, page: Page): { seen: Sighting; stop: () => Promise<void> } {
  const seen: Sighting = { reminderAt: null, badgeAt: null, naturalLoggedAt: null };
  let running = true;
  const loop = (async () => {
    while (running) {
      const now = Date.now();
      const [notifications, badge, natural] = await Promise.all([
        worker.evaluate(() => chrome.notifications.getAll()),
        worker.evaluate(() => chrome.action.getBadgeText({})),
        naturalBreaks(page),
      ]);
      if (seen.reminderAt === null && 'limber-reminder' in notifications) seen.reminderAt = now;
      if (seen.badgeAt === null && badge === '!') seen.badgeAt = now;
      if (seen.naturalLoggedAt === null && natural.length > 0) seen.naturalLoggedAt = now;
      await sleepUntil(now + SEC);
    }
  })();
  return {
    seen,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

beforeAll(async () => {
  cpSync(resolve('dist/chrome'), DIST, { recursive: true });
  display = await startXvfb();
}, 30_000);

afterAll(async () => {
  await context?.close();
  xvfb?.kill();
  rmSync(profile, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
});

test(
  'real input counts, a short absence keeps the session, a long one is a natural break, the reminder comes on time',
  async () => {
    const t = (at: number) => `${((at - inputStarted) / SEC).toFixed(1)} s`;
    const figures: string[] = [];
    const note = (line: string) => figures.push(line);

    // Input from before the browser starts, so the install finds the user active.
    const inputStarted = Date.now();
    moveMouse(0);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      env: { ...process.env, DISPLAY: display },
      args: extensionArgs(DIST),
    });
    const worker =
      context.serviceWorkers().find(isLimberWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isLimberWorker }));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/ui/options/options.html`);
    const saved = await ask<{ saved: boolean }>(page, 'setPrefs', { patch: PREFS });
    expect(saved.saved).toBe(true);
    // Counting starts with the install's first step; its status says when that was.
    const first = await ask<Status>(page, 'getStatus');
    const start = first.now - first.accruedMs;
    note(`input started at 0.0 s; extension installed and counting from ${t(start)}`);
    const watcher = watch(worker, page);
    const absences: Absence[] = [];
    try {
      // 1. Input counts.
      await inputUntil(start + 55 * SEC);
      const afterInput = await ask<Status>(page, 'getStatus');
      note(
        `after input: counted ${(afterInput.accruedMs / SEC).toFixed(1)} s, expected ${(sittingMsAt(afterInput.now, start, absences, RULE) / SEC).toFixed(1)} s`,
      );
      expect(Math.abs(afterInput.accruedMs - sittingMsAt(afterInput.now, start, absences, RULE))).toBeLessThanOrEqual(
        TOLERANCE,
      );
      expect(afterInput.kind).toBe('working');

      // 2. A long absence (80 s, at least N = 60 s): a natural break, logged, and the countdown starts over.
      await inputUntil(start + 60 * SEC);
      const longFrom = Date.now();
      await sleepUntil(longFrom + 80 * SEC);
      moveMouse(1);
      absences.push({ from: longFrom, to: Date.now() });
      await inputUntil(Date.now() + 4 * SEC);
      const afterLong = await ask<Status>(page, 'getStatus');
      const natural = await naturalBreaks(page);
      note(
        `long absence ${t(longFrom)} to ${t(absences[0]?.to ?? 0)}; natural break logged at ${watcher.seen.naturalLoggedAt ? t(watcher.seen.naturalLoggedAt) : 'never'} (expected ${t(longFrom + RULE.naturalMs)}), recorded from ${natural[0] ? t(natural[0].at) : '-'} lasting ${natural[0] ? (natural[0].durationMs / SEC).toFixed(1) : '-'} s`,
      );
      note(
        `after the long absence: counted ${(afterLong.accruedMs / SEC).toFixed(1)} s, expected ${(sittingMsAt(afterLong.now, start, absences, RULE) / SEC).toFixed(1)} s; natural breaks today: ${afterLong.today.natural}`,
      );
      expect(natural).toHaveLength(1);
      expect(afterLong.today.natural).toBe(1);
      expect(Math.abs((natural[0]?.at ?? 0) - longFrom)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs((watcher.seen.naturalLoggedAt ?? 0) - (longFrom + RULE.naturalMs))).toBeLessThanOrEqual(
        TOLERANCE,
      );
      expect(Math.abs(afterLong.accruedMs - sittingMsAt(afterLong.now, start, absences, RULE))).toBeLessThanOrEqual(
        TOLERANCE,
      );
      // Logged with its real length once the user is back.
      const longAbsence = (absences[0]?.to ?? 0) - longFrom;
      expect(Math.abs((natural[0]?.durationMs ?? 0) - longAbsence)).toBeLessThanOrEqual(TOLERANCE);

      // 3. A short absence (40 s, less than N): no break, and the session goes on, the absence counted.
      const shortFrom = (absences[0]?.to ?? 0) + 60 * SEC;
      await inputUntil(shortFrom);
      await sleepUntil(shortFrom + 40 * SEC);
      moveMouse(0);
      absences.push({ from: shortFrom, to: Date.now() });
      await inputUntil(Date.now() + 4 * SEC);
      const afterShort = await ask<Status>(page, 'getStatus');
      note(
        `short absence ${t(shortFrom)} to ${t(absences[1]?.to ?? 0)}; after it: counted ${(afterShort.accruedMs / SEC).toFixed(1)} s, expected ${(sittingMsAt(afterShort.now, start, absences, RULE) / SEC).toFixed(1)} s; natural breaks today: ${afterShort.today.natural}`,
      );
      expect(afterShort.today.natural).toBe(1);
      expect(await naturalBreaks(page)).toHaveLength(1);
      expect(afterShort.kind).toBe('working');
      expect(Math.abs(afterShort.accruedMs - sittingMsAt(afterShort.now, start, absences, RULE))).toBeLessThanOrEqual(
        TOLERANCE,
      );

      // 4. Input until the reminder: the notification and the badge at the expected moment.
      const expected = expectedReminderAt(start, absences, RULE);
      await inputUntil(expected + TOLERANCE + 5 * SEC);
      const { reminderAt, badgeAt } = watcher.seen;
      note(
        `reminder notification at ${reminderAt ? t(reminderAt) : 'never'}, "!" badge at ${badgeAt ? t(badgeAt) : 'never'}; expected ${t(expected)} (±${TOLERANCE / SEC} s)`,
      );
      expect(reminderAt).not.toBeNull();
      expect(badgeAt).not.toBeNull();
      expect(Math.abs((reminderAt ?? 0) - expected)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs((badgeAt ?? 0) - expected)).toBeLessThanOrEqual(TOLERANCE);
    } finally {
      await watcher.stop();
      // The figures, whether the checks passed or not.
      process.stderr.write(`\nReal-input figures (seconds from the first input):\n  ${figures.join('\n  ')}\n\n`);
    }
  },
  15 * 60_000,
);
