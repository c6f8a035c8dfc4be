/**
 * Reminders that get seen, in Chromium: an unanswered notification comes back once as the reminder
 * window, and only once; where the browser blocks Limber's notifications (the profile preference
 * Chrome itself writes when you turn them off for an extension), the window is used from the
 * start, the options page says why, and the test reminder says so. axe and screenshots of the
 * reminder window, light and dark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { currentWorker, freshProfile, launch, removeProfile, type Session } from './harness.ts';
import { clickClosingItsWindow, hook, screenshot, seriousViolations } from './pageTools.ts';

const MIN = 60_000;
const REMINDER = 'src/ui/reminder/reminder.html';
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  if (session) removeProfile(session.profile);
  session = null;
});

const reminderPages = (s: Session) => s.context.pages().filter((p) => p.url().includes(REMINDER));

async function notifications(s: Session): Promise<string[]> {
  const worker = await currentWorker(s);
  return Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
}

/** The reminder window, once it has opened and drawn the coming break's first stretch. */
async function reminderWindow(s: Session): Promise<Page> {
  await expect.poll(() => reminderPages(s).length, { timeout: 20_000 }).toBe(1);
  const page = reminderPages(s)[0] as Page;
  // The window's own size (platform/pages.ts), less its title bar: screenshots show what is seen.
  await page.setViewportSize({ width: 420, height: 560 });
  await page.locator('.rem-first h2:not(.visually-hidden)').waitFor({ timeout: 20_000 });
  await page.locator('.lb-illus').waitFor();
  return page;
}

test('an unanswered reminder comes back once as the window, then waits; Start there starts the break', async () => {
  const s = await launch();
  session = s;
  // The install's recovery ends with a step that delivers a due reminder again (a restart takes it
  // away); landing mid-test, it would re-arm the escalation. So the clock moves once it has run.
  await hook(s, 'recovered');
  await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });
  await hook(s, 'advance', 31 * MIN);
  expect(await notifications(s)).toEqual(['limber-reminder']);
  expect(reminderPages(s)).toEqual([]);

  // Three more minutes of work without answering.
  await hook(s, 'advance', 3 * MIN);
  const page = await reminderWindow(s);
  expect(page.url()).toContain('?again');
  expect(await notifications(s)).toEqual([]);
  await page.getByText('You kept working after the reminder, so here it is once more.').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await seriousViolations(page);
    expect(violations, `${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    await screenshot(page, `reminder-window-${scheme}`);
  }

  // Then it waits politely: no second window, no new notification, however long the work goes on.
  await hook(s, 'advance', 15 * MIN);
  expect(reminderPages(s)).toHaveLength(1);
  expect(await notifications(s)).toEqual([]);

  const breakPage = s.context.waitForEvent('page', (p) => p.url().includes('src/ui/break/break.html'));
  await clickClosingItsWindow(page, page.getByRole('button', { name: 'Start break' }));
  await breakPage;
  await expect.poll(() => reminderPages(s).length).toBe(0);
});

/** Turns Limber's notifications off in the profile, as Chrome's own "turn off" does. */
async function blockNotifications(profile: string, extensionId: string): Promise<void> {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  prefs.message_center = { disabled_extension_ids: [extensionId] };
  writeFileSync(file, JSON.stringify(prefs));
}

test('with notifications blocked, the window is used from the start and the pages say why', async () => {
  const profile = freshProfile();
  const first = await launch(profile);
  const id = first.extensionId;
  await first.close();
  blockNotifications(profile, id);
  const s = await launch(profile);
  session = s;
  const options = await s.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(s.url('src/ui/options/options.html#reminders'));
  expect(await options.evaluate(() => chrome.notifications.getPermissionLevel())).toBe('denied');
  await options.getByTestId('notifications-blocked').waitFor();
  await options.getByRole('button', { name: 'Send a test reminder' }).click();
  await options.getByText(/Notifications from Limber are turned off in this browser/).waitFor();
  await screenshot(options, 'options-notifications-blocked-light');
  const preview = await reminderWindow(s);
  expect(preview.url()).toContain('?preview');
  await preview.getByText('Test reminder: this is how a break reminder looks.').waitFor();
  expect(await preview.getByRole('button', { name: 'Start break' }).isDisabled()).toBe(true);
  await screenshot(preview, 'reminder-window-preview-light');
  await clickClosingItsWindow(preview, preview.getByRole('button', { name: 'Close' }));
  await expect.poll(() => reminderPages(s).length).toBe(0);

  await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });
  await hook(s, 'advance', 31 * MIN);
  const page = await reminderWindow(s);
  expect(page.url()).not.toContain('?');
  // (Chrome refuses notifications.getAll itself while they are blocked, so there is nothing to list.)
  // Answering in the window closes it, although the notification it would clear cannot exist.
  await clickClosingItsWindow(page, page.getByRole('button', { name: /Snooze 5 min/ }));
  await expect.poll(() => reminderPages(s).length).toBe(0);
});
