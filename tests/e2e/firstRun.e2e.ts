/**
 * The first run in Chromium: installing opens the welcome page (and a restart does not), its fields
 * save through the background like the options page's, "Send a test reminder" shows the real
 * reminder and says whether it was allowed, and Skip closes the tab. axe and screenshots, light and
 * dark. Written against the page, not the browser: the Firefox suite can drive the same steps.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import type { PrefsView } from '../../src/messaging/protocol.ts';
import { ask, currentWorker, freshProfile, launch, removeProfile, WELCOME_PAGE } from './harness.ts';
import { screenshot, seriousViolations, watchNetwork } from './pageTools.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
const profile = freshProfile();
afterAll(() => removeProfile(profile));

async function stored(page: Page): Promise<PrefsView['prefs']> {
  const reply = await ask<Reply<PrefsView>>(page, 'getPrefs');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.prefs;
}

test('installing opens the welcome page; it passes axe and sets the work interval like the options page', async () => {
  const s = await launch(profile, { keepWelcome: true });
  const outside = watchNetwork(s);
  try {
    const page = s.welcome;
    if (!page) throw new Error('no welcome page');
    await page.setViewportSize({ width: 1000, height: 900 });
    const field = page.locator('[data-field="workIntervalMin"]');
    const input = field.locator('input');
    await input.waitFor();
    // Health advice (why every 30 minutes) comes with the one-line disclaimer and its link.
    const disclaimer = page.locator('.lb-disclaimer');
    expect(await disclaimer.count()).toBe(1);
    expect(await disclaimer.getByRole('link').getAttribute('href')).toMatch(/health\.html$/);
    // Keyboard first: the first stop is "Skip setup", then the step list.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip setup');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await seriousViolations(page);
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await screenshot(page, `welcome-${scheme}`, { fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await input.fill('45');
    await input.press('Enter');
    await expect.poll(async () => (await stored(page)).workIntervalMin).toBe(45);
    // A refused value stays in sight, beside what is still in effect.
    await input.fill('241');
    await input.press('Tab');
    await field.locator('.opt-error').getByText('Enter a number from 5 to 240').waitFor();
    await field.getByText('Not saved. Limber keeps using 45 minutes.').waitFor();
    expect(await input.inputValue()).toBe('241');
    expect((await stored(page)).workIntervalMin).toBe(45);
    await field.getByRole('button', { name: 'Put back 45' }).click();
    expect(await input.inputValue()).toBe('45');
    expect(outside).toEqual([]);
  } finally {
    await s.close();
  }
});

test('"Send a test reminder" shows the real reminder, says it was allowed, and helps when it was not seen', async () => {
  const s = await launch(profile);
  try {
    const page = await s.context.newPage();
    await page.goto(s.url(WELCOME_PAGE));
    await page.getByRole('button', { name: 'Send a test reminder' }).click();
    await page.getByText('Sent. This browser allows Limber’s notifications.').waitFor();
    const worker = await currentWorker(s);
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual(['limber-reminder-test']);
    // Nothing about the schedule changed: the test reminder is not a due break.
    const status = await ask<Reply<{ kind: string }>>(page, 'getStatus');
    expect(status.ok && status.data.kind).not.toBe('due');

    await page.getByText('Did a reminder appear on your screen?').waitFor();
    await page.getByRole('button', { name: 'No, nothing appeared' }).click();
    const help = page.locator('details.chk-help');
    expect(await help.getAttribute('open')).not.toBeNull();
    await page.getByRole('button', { name: 'Use the reminder window instead' }).click();
    await page.getByText('Done: reminders now appear as a small Limber window.').waitFor();
    expect((await stored(page)).reminderStyle).toBe('window');
    await screenshot(page, 'welcome-test-reminder-light');
  } finally {
    await s.close();
  }
});

test('a restart on the same profile opens no welcome page; Skip setup closes the tab', async () => {
  const s = await launch(profile);
  try {
    const page = await s.context.newPage();
    await page.goto(s.url('src/ui/popup/popup.html'));
    // Chromium reports "install" again for a command-line extension at every launch: the install
    // handler has run once the worker answers, and it must not have opened the page again.
    await expect.poll(() => ask<Reply<unknown>>(page, 'getStatus').then((r) => r.ok)).toBe(true);
    await page.waitForTimeout(1000);
    expect(s.context.pages().filter((p) => p.url().includes(WELCOME_PAGE))).toEqual([]);

    const welcome = await s.context.newPage();
    await welcome.goto(s.url(WELCOME_PAGE));
    const closed = welcome.waitForEvent('close');
    await welcome.getByRole('button', { name: 'Skip setup' }).click();
    await closed;
  } finally {
    await s.close();
  }
});
