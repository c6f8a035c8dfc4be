/**
 * Builds the illustration gallery (scripts/illustrations/gallery.tsx) and photographs it in
 * Chromium, light and dark, so every drawing can be looked at frame by frame.
 *
 *   npx tsx scripts/illustration-sheet.ts [--only=bridge,birdDog] [--frames=0,0.5] [--out=DIR]
 *
 * With --firefox it also photographs the gallery in headless firefox-esr (DIR/firefox-<scheme>.png),
 * so the SMIL animations are seen in both engines.
 *
 * Writes DIR/gallery-<scheme>-<n>.png, a few stretches per picture (default DIR:
 * /tmp/limber-illustrations). With --sheet=FILE it also writes one contact sheet of every stretch,
 * light beside dark, at 0, 25, 50 and 75 % of its loop and in its still pose (docs/ILLUSTRATIONS.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { launchFirefox } from './illustrations/firefox.ts';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
) as Record<string, string | undefined>;
const outDir = resolve(args.out ?? join(tmpdir(), 'limber-illustrations'));
const siteDir = join(tmpdir(), 'limber-illustration-gallery');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function buildGallery(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/illustrations'),
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    build: {
      outDir: siteDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      target: 'es2022',
      rollupOptions: { input: resolve('scripts/illustrations/gallery.html') },
    },
  });
}

function serve(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(siteDir, path === '/' ? 'gallery.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/gallery.html`, close: () => server.close() });
    }),
  );
}

/** Light and dark pictures of the whole gallery, side by side in one PNG. */
async function contactSheet(browser: Browser, url: string, file: string): Promise<void> {
  const halves: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 860, height: 900 }, colorScheme: scheme });
    await page.goto(`${url}?frames=0,0.25,0.5,0.75&size=120&thumb=0`);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    halves.push((await page.screenshot({ fullPage: true })).toString('base64'));
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1720, height: 900 } });
  await page.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start">${halves.map((b) => `<img src="data:image/png;base64,${b}" width="860">`).join('')}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  process.stdout.write(`${file}\n`);
}

/** The same gallery in Firefox, light and dark (the colour scheme is a preference there). */
async function inFirefox(url: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const firefox = await launchFirefox({
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
    });
    try {
      await firefox.command('WebDriver:SetWindowRect', { width: 1400, height: 900 });
      await firefox.command('WebDriver:Navigate', { url });
      await firefox.command('WebDriver:ExecuteAsyncScript', {
        script:
          'const done = arguments[0]; const t = setInterval(() => { if (document.body.dataset.ready) { clearInterval(t); done(); } }, 50);',
      });
      const png = await firefox.command<{ value: string }>('WebDriver:TakeScreenshot', { full: true });
      const file = join(outDir, `firefox-${scheme}.png`);
      writeFileSync(file, Buffer.from(png.value, 'base64'));
      process.stdout.write(`${file}\n`);
    } finally {
      await firefox.close();
    }
  }
}

async function main(): Promise<void> {
  await buildGallery();
  mkdirSync(outDir, { recursive: true });
  const site = await serve();
  const query = new URLSearchParams();
  if (args.only) query.set('only', args.only);
  if (args.frames) query.set('frames', args.frames);
  if (args.size) query.set('size', args.size);
  if (args.thumb) query.set('thumb', args.thumb);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu'],
  });
  try {
    if (args.sheet) await contactSheet(browser, site.url, resolve(args.sheet));
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 900 },
        colorScheme: scheme,
        deviceScaleFactor: Number(args.dpr ?? 1),
      });
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await page.goto(`${site.url}?${query}`);
      await page.waitForSelector('body[data-ready]', { state: 'attached' });
      // A few rows per picture keeps each one legible at full size.
      const rows = await page.locator('.row').all();
      const per = Number(args.per ?? 4);
      for (let i = 0; i < rows.length; i += per) {
        const first = await (rows[i] as (typeof rows)[number]).boundingBox();
        const last = await (rows[Math.min(rows.length, i + per) - 1] as (typeof rows)[number]).boundingBox();
        if (!first || !last) continue;
        const file = join(outDir, `gallery-${scheme}-${i / per + 1}.png`);
        const clip = {
          x: 0,
          y: first.y - 4,
          width: Number(args.width ?? 1400),
          height: last.y + last.height - first.y + 8,
        };
        await page.screenshot({ path: file, clip, fullPage: true });
        process.stdout.write(`${file}\n`);
      }
      await page.close();
    }
    if (args.firefox) await inFirefox(`${site.url}?${query}`);
  } finally {
    await browser.close();
    site.close();
  }
}

await main();
