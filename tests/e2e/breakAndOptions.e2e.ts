/**
 * In Chromium: a break started from the popup runs to the end screen and is recorded;
 * the options page refuses bad work intervals and bad imports and applies a good one; a break due
 * while the window is full screen is held, then delivered. Screenshots of the break and options pages.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import type { PrefsView } from '../../src/messaging/protocol.ts';
import { ask, currentWorker, launch, removeProfile, type Session } from './harness.ts';
import { hook, screenshot, seriousViolations } from './pageTools.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  if (session) removeProfile(session.profile);
  session = null;
});

async function start(): Promise<Session> {
  session = await launch();
  await hook(session, 'dispatch', { type: 'idleState', idle: 'active' });
  return session;
}

async function storedWorkInterval(page: Page): Promise<number> {
  const reply = await ask<Reply<PrefsView>>(page, 'getPrefs');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.prefs.workIntervalMin;
}

/** Starts a break from the popup and returns the break page the background opened for it. */
async function breakFromPopup(s: Session): Promise<{ popup: Page; page: Page }> {
  const popup = await s.context.newPage();
  await popup.goto(s.url('src/ui/popup/popup.html'));
  const breakPage = s.context.waitForEvent('page', (p) => p.url().includes('src/ui/break/break.html?break='));
  await popup.getByRole('button', { name: 'Start break now' }).click();
  const page = await breakPage;
  await page.setViewportSize({ width: 900, height: 760 });
  await page.getByRole('button', { name: /^Next/ }).first().waitFor();
  return { popup, page };
}

/** N moves on as each stretch is done, until the end screen. */
async function nextToTheEnd(page: Page): Promise<void> {
  for (let i = 0; i < 10 && (await page.getByRole('button', { name: /^(Next|Finish)/ }).count()) > 0; i++) {
    await page.keyboard.press('n');
    await page.waitForTimeout(100);
  }
}

test('a break started from the popup runs to the end screen and history records it', async () => {
  const s = await start();
  const { popup, page } = await breakFromPopup(s);
  await page.locator('.brk-step .lb-illus').waitFor();
  const running = await ask<Reply<Status>>(popup, 'getStatus');
  const breakId = running.ok ? running.data.breakId : null;
  if (breakId === null) throw new Error('no break running');
  await page.keyboard.press('Space'); // paused, so both schemes show the same moment
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await seriousViolations(page);
    expect(violations, `break page ${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    await screenshot(page, `break-page-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Space');
  // The break lasts its two minutes on the background's clock, then the routine is finished.
  await hook(s, 'advance', 2 * 60_000);
  await nextToTheEnd(page);
  await page.getByText('Break done. Well done!').waitFor();
  await page.getByText(/^Logged as a break taken/).waitFor();
  await page.getByText('Goal streak').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await seriousViolations(page);
    expect(violations, `end screen ${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    await screenshot(page, `break-end-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const status = await ask<Reply<Status>>(popup, 'getStatus');
  if (!status.ok) throw new Error(status.error);
  expect(status.data.kind).toBe('working');
  // A break counts on the day it started (its id is its start). Under a clock pinned to 23:59 the
  // break can start before midnight and end after it: then it is yesterday's, and today has none.
  const worker = await currentWorker(s);
  // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
  const limberNow = await worker.evaluate(() => (globalThis as any).__limberTest.now() as number);
  const [breakDay, today] = await popup.evaluate(
    ([started, now]: readonly [number, number]) => [new Date(started).toDateString(), new Date(now).toDateString()],
    [breakId, limberNow] as const,
  );
  expect(await figuresOf(popup, breakDay)).toMatchObject({ taken: 1 });
  expect(status.data.today.taken).toBe(breakDay === today ? 1 : 0);
});

/** The stored figures of the local day `dateString` (a Date's toDateString()), read in the page. */
function figuresOf(page: Page, dateString: string): Promise<unknown> {
  return page.evaluate(
    (day) =>
      new Promise((resolve, reject) => {
        const date = new Date(day);
        const pad = (n: number) => String(n).padStart(2, '0');
        const key = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
        const open = indexedDB.open('limber');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('days').objectStore('days').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    dateString,
  );
}

test('Next three times within a second is a short break: logged as short, no "Well done"', async () => {
  const s = await start();
  const { popup, page } = await breakFromPopup(s);
  await nextToTheEnd(page);
  await page.getByRole('heading', { name: 'That was a short break' }).waitFor();
  await page.getByText('Logged as a short break.').waitFor();
  expect(await page.getByText(/Well done/).count()).toBe(0);
  await screenshot(page, 'break-end-short-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'break-end-short-dark');
  const status = await ask<Reply<Status>>(popup, 'getStatus');
  if (!status.ok) throw new Error(status.error);
  expect([status.data.today.taken, status.data.today.short]).toEqual([0, 1]);
});

test('the break page opened by hand starts nothing; its Start button starts a break it then shows', async () => {
  const s = await start();
  const page = await s.context.newPage();
  await page.goto(s.url('src/ui/break/break.html'));
  await page.getByRole('button', { name: 'Start the break' }).waitFor();
  await screenshot(page, 'break-ready-light');
  const idle = await ask<Reply<Status>>(page, 'getStatus');
  expect(idle.ok && idle.data.kind).toBe('working');
  await page.getByRole('button', { name: 'Start the break' }).click();
  await page.getByRole('button', { name: /^Next/ }).first().waitFor();
  expect(page.url()).toMatch(/break\.html\?break=\d+$/);
  const running = await ask<Reply<Status>>(page, 'getStatus');
  expect(running.ok && running.data.kind).toBe('onBreak');
  expect(running.ok && page.url()).toBe(s.url(`src/ui/break/break.html?break=${running.ok && running.data.breakId}`));
  // Ended from its own page, it is logged (closing the page also ends it, but that message is best
  // effort: a page being closed may be gone before it is sent, so it is not what this test waits for).
  await page.getByRole('button', { name: 'End break' }).click();
  await page.getByText('Logged as a short break.').waitFor();
});

test('the options page refuses bad work intervals with a visible message and keeps the stored value', async () => {
  const s = await start();
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(s.url('src/ui/options/options.html'));
  const field = page.locator('[data-field="workIntervalMin"]');
  const input = field.locator('input');
  await input.waitFor();
  await screenshot(page, 'options-light');
  expect(await seriousViolations(page), 'options, light').toEqual([]);
  for (const bad of ['0', '-5', 'abc', '1e9', '']) {
    await input.fill(bad);
    await input.press('Tab');
    const message = field.locator('.opt-error');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/Enter a number from 5 to 240/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await storedWorkInterval(page)).toBe(30);
  }
  await input.fill('45');
  await input.press('Tab');
  await expect.poll(() => storedWorkInterval(page)).toBe(45);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page), 'options, dark').toEqual([]);
  await screenshot(page, 'options-dark');
});

test('a malformed import is refused with the reason and changes nothing; a valid one applies', async () => {
  const s = await start();
  const page = await s.context.newPage();
  await page.goto(s.url('src/ui/options/options.html'));
  const file = page.locator('#opt-import-file');
  await file.waitFor({ state: 'attached' });
  const before = await ask<Reply<PrefsView>>(page, 'getPrefs');
  await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await page.getByTestId('import-errors').getByText('The file is not valid JSON.').waitFor();
  const hostile = { format: 'limber-prefs', version: 1, prefs: { workIntervalMin: -5, __proto__: { x: 1 } } };
  await file.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await page.getByTestId('import-errors').waitFor();
  expect(await ask<Reply<PrefsView>>(page, 'getPrefs')).toEqual(before);

  if (!before.ok) throw new Error(before.error);
  const good = {
    format: 'limber-prefs',
    version: 1,
    prefs: { ...before.data.prefs, workIntervalMin: 50, breakLengthMin: 3 },
  };
  await file.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await page.locator('.opt-import-result').getByText('Preferences imported and applied.').waitFor();
  const after = await ask<Reply<PrefsView>>(page, 'getPrefs');
  expect(after.ok && after.data.prefs.workIntervalMin).toBe(50);
  expect(after.ok && after.data.prefs.breakLengthMin).toBe(3);
});

test('a break due while the focused window is full screen is held, then delivered when it ends', async () => {
  const s = await start();
  const page = await s.context.newPage();
  await page.goto(s.url('src/ui/popup/popup.html'));
  const worker = await currentWorker(s);
  const setState = (state: 'fullscreen' | 'normal') =>
    worker.evaluate(async (state) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome.windows is not in the e2e declarations.
      const windows = (globalThis as any).chrome.windows;
      const win = await windows.getLastFocused();
      await windows.update(win.id, { state, focused: true });
      return (await windows.getLastFocused()).state as string;
    }, state);
  const reminders = () =>
    worker.evaluate(async () =>
      Object.keys(await chrome.notifications.getAll()).filter((id) => id === 'limber-reminder'),
    );

  expect(await setState('fullscreen')).toBe('fullscreen');
  const held = await hook(s, 'advance', 31 * 60_000);
  expect(held.kind).toBe('due');
  expect(held.holdReason).toBe('fullscreen');
  expect(await reminders()).toEqual([]);
  const stillHeld = await hook(s, 'advance', 5 * 60_000);
  expect(stillHeld.holdReason).toBe('fullscreen');
  expect(await reminders()).toEqual([]);

  expect(await setState('normal')).not.toBe('fullscreen');
  // "Within a minute after that ends": the next minute's heartbeat delivers it.
  const delivered = await hook(s, 'advance', 60_000);
  expect(delivered.kind).toBe('due');
  expect(delivered.holdReason).toBeNull();
  expect(await reminders()).toEqual(['limber-reminder']);
});
