/**
 * Health content in the built extension, in Chromium: the relief, doctor and stretch views show
 * their sources as links without Limber requesting anything; a click on a source opens the public
 * page in a new tab (answered here by a stub, so the test itself sends nothing out); the
 * disclaimer's link opens the health-information page, which renders under the extension's CSP
 * and passes axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { freshProfile, launch, removeProfile } from './harness.ts';
import { seriousViolations, watchNetwork } from './pageTools.ts';

const POPUP = 'src/ui/popup/popup.html';
const profile = freshProfile();
afterAll(() => removeProfile(profile));

async function showTab(page: Page, id: string): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  await page.locator(`#panel-${id} h2`).first().waitFor();
}

test('source links open the public page in a new tab only when clicked; Limber requests nothing', async () => {
  const s = await launch(profile);
  const outside = watchNetwork(s);
  const stubbed: string[] = [];
  // Any page opened by a click is answered here, so nothing leaves the machine during the test.
  await s.context.route(/^https:\/\//, (route) => {
    stubbed.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title>' });
  });
  try {
    const page = await s.context.newPage();
    await page.goto(s.url(POPUP));
    for (const id of ['relief', 'doctor', 'checklist', 'causes', 'stretches']) await showTab(page, id);
    await page.locator('#panel-stretches [data-stretch="birdDog"]').click();
    await page.locator('#panel-stretches').getByText('Steps from:').waitFor();
    const links = await page.locator('a[target="_blank"][href^="https://"]').count();
    expect(links).toBeGreaterThan(20);
    // Everything is on screen and nothing was fetched: no request, not even a prefetch.
    expect(outside).toEqual([]);
    expect(stubbed).toEqual([]);

    const link = page.locator('#panel-stretches a[href^="https://"]').first();
    const href = await link.getAttribute('href');
    const [tab] = await Promise.all([s.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(href);
    expect(stubbed).toEqual([href]);
    // The popup stays where it was; the page opened beside it.
    expect(page.url()).toBe(s.url(POPUP));
  } finally {
    await s.close();
  }
});

test('the disclaimer links to the health-information page, which renders under the CSP and passes axe', async () => {
  const s = await launch(profile);
  const outside = watchNetwork(s);
  try {
    const page = await s.context.newPage();
    await page.goto(s.url(POPUP));
    await showTab(page, 'relief');
    const more = page.locator('#panel-relief').getByRole('link', { name: /Read the full note/ });
    const [info] = await Promise.all([s.context.waitForEvent('page'), more.click()]);
    const errors: string[] = [];
    info.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await info.waitForLoadState();
    expect(info.url()).toBe(s.url('src/ui/health/health.html'));
    await info.getByRole('heading', { level: 1, name: "About Limber's health information" }).waitFor();
    expect(await info.locator('[data-source]').count()).toBeGreaterThan(15);
    expect(await info.getByText(/call your local emergency number/).count()).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await info.emulateMedia({ colorScheme: scheme });
      const violations = await seriousViolations(info);
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await s.close();
  }
});
