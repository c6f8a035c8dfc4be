/**
 * `npm start`: builds Limber and opens it in a browser with a fresh profile, for a person to try.
 * Chromium, Chrome for Testing, Edge or Brave with the Chrome build ($CHROMIUM_PATH wins); with
 * `npm start -- --firefox`, Firefox with the Firefox build through web-ext. Which browser, and what
 * to say when there is none, is decided in start/findBrowser.ts. A missing browser or display is
 * explained in plain words, never with a stack trace.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type FileSystem, findBrowser, findFirefox, hasDisplay } from './start/findBrowser.ts';

const firefox = process.argv.includes('--firefox');
const wantsHeadless = process.argv.includes('--headless');
const dist = resolve(firefox ? 'dist/firefox' : 'dist/chrome');

const realFiles: FileSystem = {
  exists: (path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  list: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function build(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', firefox ? 'build:firefox' : 'build:chrome'], { stdio: 'inherit' });
  if (result.status !== 0) fail('The build failed (see above), so no browser was started.');
}

/** Runs the browser until it exits; the terminal closing or Ctrl+C closes it too. */
function run(browser: Browser, command: string, args: string[], onExit: () => void = () => undefined): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('error', (error: NodeJS.ErrnoException) => {
    onExit();
    fail(`Could not start ${browser.name} (${browser.path}): ${error.code ?? error.message}.`);
  });
  child.on('exit', (code) => {
    onExit();
    process.exit(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  return child;
}

function startChromium(browser: Browser, headless: boolean): void {
  const profile = mkdtempSync(join(tmpdir(), 'limber-try-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    'chrome://extensions',
  ];
  if (headless) args.unshift('--headless', '--disable-gpu', '--remote-debugging-port=9222');
  console.warn(`Starting ${browser.name} (${browser.path}) with Limber from ${dist}, in a fresh profile.`);
  run(browser, browser.path, args, () => rmSync(profile, { recursive: true, force: true }));
}

function startFirefox(browser: Browser, headless: boolean): void {
  const webExt = resolve('node_modules/.bin/web-ext');
  if (!existsSync(webExt)) fail('web-ext is missing: run npm ci first.');
  const args = ['run', '--source-dir', dist, '--firefox', browser.path, '--no-reload'];
  if (headless) args.push('--arg=--headless');
  console.warn(`Starting Firefox (${browser.path}) with Limber from ${dist}, in a fresh profile (web-ext run).`);
  run(browser, webExt, args);
}

// Build first: when no browser is found, the advice points at the built folder to load by hand.
build();
const found = firefox
  ? findFirefox(process.platform, process.env, realFiles)
  : findBrowser(process.platform, process.env, realFiles, dist);
if (!found.found) fail(found.advice);

const display = hasDisplay(process.platform, process.env);
const headless = wantsHeadless || !display;
if (!display) {
  console.warn(
    firefox
      ? 'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so Firefox runs headless with Limber ' +
          'installed: nothing appears on screen. Run npm start -- --firefox from a desktop session to see it.'
      : 'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the browser runs headless with Limber ' +
          'loaded: nothing appears on screen, and its DevTools endpoint is http://127.0.0.1:9222. ' +
          'Run npm start from a desktop session to see it. Ctrl+C stops it.',
  );
}
if (firefox) startFirefox(found.browser, headless);
else startChromium(found.browser, headless);
