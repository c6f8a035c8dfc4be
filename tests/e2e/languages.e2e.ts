/**
 * The built popup in each UI language: Chromium runs with that language, the
 * popup at 380 × 600 shows the language's strings (no raw message key, no `__MSG_`, no unfilled
 * `$PLACEHOLDER$`, no character drawn as a missing-glyph box: Japanese needs a CJK font, on Debian
 * fonts-noto-cjk), and in every tab and in each status (working with the pause choices open, due,
 * snoozed, paused, on a break) nothing overflows: no clipped or horizontally scrolled box, nothing
 * past the 380 px width, no button whose text is wider than the button. Screenshots of the status
 * and doctor tabs per language go to docs/screenshots/lang-<lang>-*.png.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { formatMessage, loadLocale } from '../support/localeMessages.ts';
import { launch, removeProfile, type Session } from './harness.ts';
import { hook, screenshot } from './pageTools.ts';

const POPUP = 'src/ui/popup/popup.html';
const WIDTH = 380;
const LANGS = ['en', 'de', 'es', 'fr', 'pt_BR', 'ja'] as const;
const TABS = ['status', 'checklist', 'stretches', 'relief', 'doctor', 'causes'] as const;
const RAW_KEY = /^(popup|sect|content|ins|opt|brk)_[A-Za-z0-9_]+$/;
const english = loadLocale('en');

/** chrome.i18n is not in globals.d.ts (tests/e2e), which declares only what other files use. */
interface I18nChrome {
  i18n: { getUILanguage(): string; getMessage(key: string): string };
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  if (session) removeProfile(session.profile);
  session = null;
});

/**
 * Everything wrong with the page as it is drawn now, as readable lines: raw keys and unfilled
 * placeholders in visible text or accessible names, characters no installed font can draw, clipped
 * or scrolled-sideways boxes, text taller or wider than its own box, boxes past the popup's width,
 * and buttons whose content is wider than the button.
 */
async function problems(page: Page, where: string, keys: string[]): Promise<string[]> {
  const found = await page.evaluate(
    ([width, rawKey, keys]) => {
      const known = new Set(keys);
      const raw = new RegExp(rawKey);
      const out: string[] = [];
      const name = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
      };
      const badText = (text: string) =>
        raw.test(text) || known.has(text) || text.includes('__MSG_') || /\$[A-Za-z0-9_@]+\$/.test(text);
      // Screen-reader-only boxes clip on purpose.
      const srOnly = (el: Element) => el.closest('.visually-hidden, .lb-visually-hidden') !== null;

      if (document.documentElement.scrollWidth > width) {
        out.push(`document is ${document.documentElement.scrollWidth}px wide`);
      }
      // A glyph no installed font has is drawn as the font's .notdef box ("tofu"): a character that
      // draws exactly like an unassigned code point is missing. Checked in each text's own font.
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      const draw = (ch: string, font: string) => {
        ctx.clearRect(0, 0, 48, 48);
        ctx.font = font;
        ctx.fillText(ch, 4, 36);
        return ctx.getImageData(0, 0, 48, 48).data.join();
      };
      const tofu = new Map<string, string>();
      const checked = new Set<string>();
      const boxes = new Set<string>();
      const missing = (ch: string, font: string) => {
        if (!tofu.has(font)) tofu.set(font, draw('\u0378', font));
        return draw(ch, font) === tofu.get(font);
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const parent = node.parentElement;
        if (!text || !parent?.checkVisibility()) continue;
        if (badText(text)) out.push(`raw text ${JSON.stringify(text)} in ${name(parent)}`);
        const font = getComputedStyle(parent).font;
        for (const ch of new Set(text.replace(/[\s\p{Cf}\x21-\x7e]/gu, ''))) {
          if (checked.has(`${font}|${ch}`)) continue;
          checked.add(`${font}|${ch}`);
          if (missing(ch, font)) boxes.add(ch);
        }
      }
      if (boxes.size > 0) {
        const sample = [...boxes].slice(0, 12);
        const codes = sample.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
        out.push(
          `no installed font has ${boxes.size} characters, drawn as boxes: "${sample.join('')}" (${codes.join(' ')}); ` +
            'for Japanese, Debian needs fonts-noto-cjk',
        );
      }
      for (const el of document.querySelectorAll('*')) {
        if (!el.checkVisibility()) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr)?.trim();
          if (value && badText(value)) out.push(`raw ${attr} ${JSON.stringify(value)} on ${name(el)}`);
        }
        if (srOnly(el) || !(el instanceof HTMLElement || el instanceof SVGElement)) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        // An <svg> clips what it draws (unless told not to): a shape reaching past it is not on
        // screen there, so only the part inside the outermost <svg> counts.
        let left = rect.left;
        let right = rect.right;
        let root = el instanceof SVGElement ? el.ownerSVGElement : null;
        while (root?.ownerSVGElement) root = root.ownerSVGElement;
        if (root && getComputedStyle(root).overflow !== 'visible') {
          const box = root.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
        }
        if (left < -0.5 || right > width + 0.5) {
          out.push(`${name(el)} spans x ${Math.round(left)}..${Math.round(right)}`);
        }
        if (!(el instanceof HTMLElement)) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible';
        if (clips && el.scrollWidth > el.clientWidth + 1) {
          out.push(`${name(el)} overflow-x ${style.overflowX}: ${el.scrollWidth} > ${el.clientWidth}`);
        } else if (el instanceof HTMLButtonElement && el.scrollWidth > el.clientWidth + 1) {
          out.push(`button ${name(el)} text clipped: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        // A box that holds text itself (not only child boxes) and is too small for it, e.g. a
        // fixed-height line that wrapped, or an unbreakable word in a narrow column.
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (ownText && !style.display.startsWith('inline') && !clips && !(el instanceof HTMLButtonElement)) {
          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
            out.push(
              `${name(el)} text overflows its box: ${el.scrollWidth}×${el.scrollHeight} > ${el.clientWidth}×${el.clientHeight}`,
            );
          }
        }
        if (
          clips &&
          el.scrollHeight > el.clientHeight + 1 &&
          style.overflowY !== 'auto' &&
          style.overflowY !== 'scroll'
        ) {
          out.push(`${name(el)} overflow-y ${style.overflowY}: ${el.scrollHeight} > ${el.clientHeight}`);
        }
        if (el instanceof HTMLButtonElement && !el.textContent?.trim() && !el.getAttribute('aria-label')) {
          out.push(`button ${name(el)} has no text`);
        }
      }
      return out;
    },
    [WIDTH, RAW_KEY.source, keys] as const,
  );
  return found.map((line) => `${where}: ${line}`);
}

async function openPopup(s: Session, kind: string): Promise<Page> {
  const page = await s.context.newPage();
  // The real popup's size (popup.css): what does not fit here is cut off for real.
  await page.setViewportSize({ width: WIDTH, height: 560 });
  await page.goto(s.url(POPUP));
  await page.locator(`.status-card[data-kind="${kind}"]`).waitFor();
  await page.locator('.actions button:enabled').first().waitFor();
  return page;
}

/** Whatever of the status panel lies below the popup's bottom edge: there should be nothing. */
function belowTheFold(page: Page, where: string): Promise<string[]> {
  return page.evaluate((where) => {
    const panel = document.getElementById('panel-status') as HTMLElement;
    const overflow = panel.scrollHeight - panel.clientHeight;
    return overflow > 1 ? [`${where}: the status panel needs ${overflow}px more than the popup has`] : [];
  }, where);
}

async function showTab(page: Page, id: (typeof TABS)[number]): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  const panel = page.locator(`#panel-${id}`);
  await panel.waitFor({ state: 'visible' });
  // Lazily loaded sections: wait until the chunk rendered something real.
  await panel.locator('h2, h3, li, .status-card').first().waitFor();
}

/** Clicks a status-tab button and waits for the status it leads to. */
async function act(page: Page, selector: string, kind: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.locator(`.status-card[data-kind="${kind}"]`).waitFor();
  await page.locator('.actions button:enabled').first().waitFor();
}

/** The checks can fail: planted faults of each kind are all reported, then removed. */
async function checkTheChecks(page: Page, keys: string[]): Promise<void> {
  await page.evaluate(() => {
    const plant = document.createElement('div');
    plant.id = 'planted';
    plant.innerHTML = `
      <button type="button" style="width:60px;white-space:nowrap">A button label far too long</button>
      <p style="width:60px;overflow:hidden;white-space:nowrap">A clipped line of text here</p>
      <p style="width:500px">Wider than the popup</p>
      <p>popup_action_start</p>
      <span title="__MSG_popup_title__">x</span>
      <p>\u{10FFFD}</p>`;
    document.querySelector('.actions')?.append(plant);
  });
  const found = await problems(page, 'planted', keys);
  await page.evaluate(() => document.getElementById('planted')?.remove());
  expect(found.join('\n')).toMatch(/button .*text clipped/);
  expect(found.join('\n')).toMatch(/<p> "A clipped line.*overflow-x hidden/);
  expect(found.join('\n')).toMatch(/"Wider than the popup" spans x/);
  expect(found.join('\n')).toMatch(/raw text "popup_action_start"/);
  expect(found.join('\n')).toMatch(/raw title "__MSG_popup_title__"/);
  expect(found.join('\n')).toMatch(/no installed font has 1 characters.*U\+10FFFD/);
}

test.each(LANGS)('the popup in %s: its own strings, nothing cut off or overflowing', async (lang) => {
  const messages = loadLocale(lang);
  const text = (key: string, subs?: string | string[]) => formatMessage(messages, key, subs);
  const keys = Object.keys(english);
  const issues: string[] = [];
  const s = await launch(undefined, { lang });
  session = s;
  await hook(s, 'dispatch', { type: 'idleState', idle: 'active' });

  let page = await openPopup(s, 'working');
  // The language Chrome reports, and the message bundle it picked (not English under another name).
  const ui = await page.evaluate(() => (chrome as unknown as I18nChrome).i18n.getUILanguage());
  expect(ui).toBe(lang.replace('_', '-'));
  // The page's lang (and its Intl time formats) follow the messages shown (our localeCode message),
  // with or without Chromium's own language pack.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.replace('_', '-'));
  for (const id of TABS) expect(await page.locator(`#tab-${id}`).textContent()).toBe(text(`popup_tab_${id}`));
  const start = await page.locator('.primary-row button').first().textContent();
  expect(start).toBe(text('popup_action_start'));
  if (lang !== 'en') expect(start).not.toBe(formatMessage(english, 'popup_action_start'));

  // The tab labels never wrap, so they must fit in one row with room to spare: other systems'
  // fonts (Segoe UI, SF, Cantarell…) are a few percent wider or narrower than this one's.
  const tabRow = await page.evaluate(() => {
    const bar = document.querySelector('.tabs') as HTMLElement;
    const style = getComputedStyle(bar);
    const room = bar.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const used = [...bar.querySelectorAll<HTMLElement>('.tab')].reduce((sum, tab) => {
      const range = document.createRange();
      range.selectNodeContents(tab);
      const tabStyle = getComputedStyle(tab);
      return (
        sum +
        range.getBoundingClientRect().width +
        Number.parseFloat(tabStyle.paddingLeft) +
        Number.parseFloat(tabStyle.paddingRight)
      );
    }, 0);
    return { room, used: Math.ceil(used) };
  });
  expect(tabRow.used, `tab labels use ${tabRow.used} of ${tabRow.room}px`).toBeLessThanOrEqual(tabRow.room * 0.95);

  await page.locator('.today-spark').waitFor();
  if (lang === 'en') await checkTheChecks(page, keys);
  issues.push(...(await problems(page, 'status (working)', keys)));
  issues.push(...(await belowTheFold(page, 'status (working)')));
  await screenshot(page, `lang-${lang}-status`);
  await page.locator('.pause-toggle').click();
  await page.locator('.pause-choices').waitFor();
  issues.push(...(await problems(page, 'status (pause choices open)', keys)));

  for (const id of TABS.slice(1)) {
    await showTab(page, id);
    issues.push(...(await problems(page, id, keys)));
    if (id === 'stretches') {
      await page.locator('#panel-stretches .lb-stretch-row').first().click();
      await page.locator('#panel-stretches .lb-stretch').waitFor();
      issues.push(...(await problems(page, 'stretch detail', keys)));
    }
    if (id === 'doctor') await screenshot(page, `lang-${lang}-doctor`);
  }
  await page.close();

  // The other statuses have their own kicker, sentence and buttons.
  await hook(s, 'advance', 31 * 60_000);
  page = await openPopup(s, 'due');
  issues.push(...(await problems(page, 'status (due)', keys)));
  issues.push(...(await belowTheFold(page, 'status (due)')));
  await act(page, '.snooze button', 'snoozed');
  issues.push(...(await problems(page, 'status (snoozed)', keys)));
  issues.push(...(await belowTheFold(page, 'status (snoozed)')));
  await page.locator('.pause-toggle').click();
  await act(page, '.pause-choices button', 'paused');
  issues.push(...(await problems(page, 'status (paused)', keys)));
  issues.push(...(await belowTheFold(page, 'status (paused)')));
  await act(page, '.primary-row button:not(.primary)', 'onBreak');
  issues.push(...(await problems(page, 'status (on a break)', keys)));

  expect(issues).toEqual([]);
});
