/**
 * The stretch illustrations in the built extension, in Chromium: the Stretches list shows a still,
 * hidden thumbnail per stretch with desk stretches first; every opened stretch really moves (SMIL
 * runs under the extension's CSP) and stands still in its key pose when reduced motion is asked for;
 * the break page shows the animated drawing. Screenshots go to a temporary folder for review.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { groupStretches } from '../../src/core/content/stretchGroups.ts';
import { deskFirst } from '../../src/ui/sections/stretchOrder.ts';
import { formatMessage, loadLocale } from '../support/localeMessages.ts';
import { freshProfile, launch, removeProfile } from './harness.ts';
import { hook, seriousViolations } from './pageTools.ts';

const english = loadLocale('en');
const SHOTS = join(tmpdir(), 'limber-illustrations-e2e');
mkdirSync(SHOTS, { recursive: true });
const profile = freshProfile();
afterAll(() => removeProfile(profile));

const title = (key: string) => formatMessage(english, key);

async function stretchesTab(page: Page): Promise<void> {
  await page.locator('#tab-stretches').click();
  await page.locator('#panel-stretches [data-stretch]').first().waitFor();
}

/**
 * Where every animated part of the drawing is at a moment of the loop (seconds), with the animation
 * paused there: the on-screen transform of each element that carries an animation.
 */
function partsAt(page: Page, seconds: number): Promise<string> {
  return page.evaluate((t) => {
    const svg = document.querySelector<SVGSVGElement>('.lb-stretch svg[role="img"]');
    if (!svg) throw new Error('no illustration');
    svg.pauseAnimations();
    svg.setCurrentTime(t);
    const parts = [...svg.querySelectorAll('animateTransform')].map((a) => {
      const m = (a.parentElement as unknown as SVGGraphicsElement).getScreenCTM();
      return m ? [m.a, m.b, m.e, m.f].map((n) => n.toFixed(1)).join(',') : '';
    });
    return parts.join(' ');
  }, seconds);
}

test('the Stretches list shows a still thumbnail beside every stretch, desk stretches first', async () => {
  const s = await launch(profile);
  try {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(s.url('src/ui/popup/popup.html'));
    await stretchesTab(page);
    const rows = page.locator('#panel-stretches [data-stretch]');
    await expect.poll(() => rows.locator('svg').count()).toBe(STRETCHES.length);
    const order = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-stretch')));
    expect(order).toEqual(groupStretches(deskFirst(STRETCHES)).flatMap((g) => g.stretches.map((st) => st.id)));
    expect(STRETCHES.find((st) => st.id === order[0])?.places).toContain('desk');
    // Thumbnails are still and hidden: the row's name is its text alone.
    expect(await rows.locator('svg[aria-hidden="true"]').count()).toBe(STRETCHES.length);
    expect(await rows.locator('animateTransform').count()).toBe(0);
    const first = deskFirst(STRETCHES)[0];
    if (!first) throw new Error('no stretches');
    expect(await page.getByRole('button', { name: new RegExp(`^${title(first.titleKey)}`) }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `stretches-list-${scheme}.png`) });
    }
  } finally {
    await s.close();
  }
});

test('every stretch moves through its poses, and holds its key pose under reduced motion', async () => {
  const s = await launch(profile);
  const errors: string[] = [];
  try {
    const page = await s.context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(s.url('src/ui/popup/popup.html'));
    await stretchesTab(page);
    for (const stretch of STRETCHES) {
      await page.locator(`[data-stretch="${stretch.id}"]`).click();
      const img = page.getByRole('img', { name: title(`illus_${stretch.id}`) });
      await img.waitFor();
      const seconds = Number(await img.getAttribute('data-loop'));
      expect(seconds, stretch.id).toBeGreaterThan(0);
      // Sampled at a few moments, the parts are somewhere else each time: the animation runs.
      const moments = new Set<string>();
      for (const f of [0, 0.3, 0.55, 0.8]) moments.add(await partsAt(page, f * seconds));
      expect(moments.size, stretch.id).toBeGreaterThan(1);
      await page.screenshot({ path: join(SHOTS, `detail-${stretch.id}.png`) });
      await page.getByRole('button', { name: /All stretches/ }).click();
    }
    expect(errors).toEqual([]);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('[data-stretch="bridge"]').click();
    const still = page.getByRole('img', { name: title('illus_bridge') });
    await still.waitFor();
    expect(await still.locator('animateTransform').count()).toBe(0);
    expect(await still.getAttribute('data-loop')).toBeNull();
    // Turning reduced motion off while the stretch is open starts the loop again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => still.locator('animateTransform').count()).toBeGreaterThan(0);
  } finally {
    await s.close();
  }
});

test('the break page shows the animated illustration of the stretch in progress', async () => {
  const s = await launch(profile);
  try {
    await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });
    const popup = await s.context.newPage();
    await popup.goto(s.url('src/ui/popup/popup.html'));
    const opened = s.context.waitForEvent('page', (p) => p.url().includes('src/ui/break/break.html'));
    await popup.getByRole('button', { name: 'Start break now' }).click();
    const page = await opened;
    await page.setViewportSize({ width: 900, height: 760 });
    const img = page.locator('.brk-step svg[role="img"]');
    await img.waitFor();
    const labels = STRETCHES.map((st) => title(`illus_${st.id}`));
    expect(labels).toContain(await img.getAttribute('aria-label'));
    expect(await img.locator('animateTransform').count()).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `break-${scheme}.png`) });
    }
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await s.close();
  }
});
