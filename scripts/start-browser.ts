/**
 * `npm start`: after the Chrome build, opens Debian's Chromium (or $CHROMIUM_PATH) with Limber
 * loaded in a fresh profile, so a person can try it. The profile is removed when the browser closes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = resolve('dist/chrome');
const profile = mkdtempSync(join(tmpdir(), 'limber-try-'));
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

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

console.warn(`Starting ${executable} with Limber from ${dist}${headless ? ' (headless: no display found)' : ''}`);
const child = spawn(executable, args, { stdio: 'inherit' });
child.on('exit', (code) => {
  rmSync(profile, { recursive: true, force: true });
  process.exit(code ?? 0);
});
// Closing the terminal (or Ctrl+C) closes the browser too, and the profile is removed on its exit.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
