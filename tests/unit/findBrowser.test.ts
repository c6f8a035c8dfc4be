/** `npm start`'s browser search on Linux, macOS and Windows, with the file system and environment faked. */
import { describe, expect, test } from 'vitest';
import { type FileSystem, findBrowser, findFirefox, hasDisplay } from '../../scripts/start/findBrowser.ts';

/** A file system holding exactly these executables (and these folder listings). */
function files(paths: string[], folders: Record<string, string[]> = {}): FileSystem {
  const set = new Set(paths);
  return { exists: (path) => set.has(path), list: (path) => folders[path] ?? [] };
}

const DIST = '/home/ana/limber/dist/chrome';

describe('findBrowser', () => {
  test('CHROMIUM_PATH wins over everything else, on any platform', () => {
    const fs = files(['/usr/bin/chromium', '/opt/my/chrome']);
    expect(findBrowser('linux', { CHROMIUM_PATH: '/opt/my/chrome' }, fs, DIST)).toEqual({
      found: true,
      browser: { name: 'chrome', path: '/opt/my/chrome' },
    });
    const win = files(['D:\\tools\\chromium\\chrome.exe']);
    const found = findBrowser('win32', { CHROMIUM_PATH: 'D:\\tools\\chromium\\chrome.exe' }, win, DIST);
    expect(found.found && found.browser.path).toBe('D:\\tools\\chromium\\chrome.exe');
  });

  test('a CHROMIUM_PATH that points at nothing is reported, not silently replaced', () => {
    const result = findBrowser('linux', { CHROMIUM_PATH: '/nope/chromium' }, files(['/usr/bin/chromium']), DIST);
    expect(result).toEqual({
      found: false,
      advice: expect.stringMatching(/^CHROMIUM_PATH is set to \/nope\/chromium, but there is no browser there\./),
    });
  });

  test('Linux: Debian Chromium first, then PATH, Chrome for Testing, Edge, Brave', () => {
    const env = { PATH: '/usr/local/bin:/home/ana/bin', HOME: '/home/ana' };
    expect(findBrowser('linux', env, files(['/usr/bin/chromium', '/usr/bin/brave-browser']), DIST)).toEqual({
      found: true,
      browser: { name: 'Chromium', path: '/usr/bin/chromium' },
    });
    expect(findBrowser('linux', env, files(['/home/ana/bin/chromium-browser']), DIST)).toMatchObject({
      browser: { name: 'Chromium', path: '/home/ana/bin/chromium-browser' },
    });
    const cache = '/home/ana/.cache/puppeteer/chrome';
    const cft = files([`${cache}/linux-140.0.7339.82/chrome-linux64/chrome`, '/usr/bin/microsoft-edge'], {
      [cache]: ['linux-139.0.7258.154', 'linux-140.0.7339.82'],
    });
    expect(findBrowser('linux', env, cft, DIST)).toMatchObject({
      browser: { name: 'Chrome for Testing', path: `${cache}/linux-140.0.7339.82/chrome-linux64/chrome` },
    });
    expect(findBrowser('linux', env, files(['/usr/bin/microsoft-edge-stable']), DIST)).toMatchObject({
      browser: { name: 'Microsoft Edge' },
    });
    expect(findBrowser('linux', env, files(['/home/ana/bin/brave']), DIST)).toMatchObject({
      browser: { name: 'Brave', path: '/home/ana/bin/brave' },
    });
  });

  test('macOS: apps in /Applications or ~/Applications', () => {
    const env = { HOME: '/Users/ana' };
    expect(
      findBrowser('darwin', env, files(['/Applications/Chromium.app/Contents/MacOS/Chromium']), DIST),
    ).toMatchObject({
      browser: { name: 'Chromium' },
    });
    const edge = '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser('darwin', env, files([edge]), DIST)).toMatchObject({
      browser: { name: 'Microsoft Edge', path: edge },
    });
    const cft = '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(findBrowser('darwin', env, files([cft]), DIST)).toMatchObject({ browser: { name: 'Chrome for Testing' } });
  });

  test('Windows: per-user and machine-wide installs, Edge included', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const chromium = 'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe';
    expect(findBrowser('win32', env, files([chromium]), DIST)).toMatchObject({
      browser: { name: 'Chromium', path: chromium },
    });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser('win32', env, files([edge]), DIST)).toMatchObject({
      browser: { name: 'Microsoft Edge', path: edge },
    });
    const brave = 'C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\brave.exe';
    expect(findBrowser('win32', env, files([brave]), DIST)).toMatchObject({ browser: { name: 'Brave' } });
  });

  test('branded Google Chrome is never started; the advice says why and how to load the build by hand', () => {
    const result = findBrowser('linux', { PATH: '/usr/bin' }, files(['/usr/bin/google-chrome']), DIST);
    expect(result.found).toBe(false);
    const advice = result.found ? '' : result.advice;
    expect(advice).toContain(
      'Google Chrome is installed, but since version 137 it ignores extensions given on the command line.',
    );
    expect(advice).toContain('sudo apt install chromium');
    expect(advice).toContain(`"Load unpacked" and pick ${DIST}`);
    expect(advice).not.toContain('\n');
  });

  test('nothing at all: one paragraph, with the install hint of the platform', () => {
    for (const [platform, hint] of [
      ['linux', 'sudo apt install chromium'],
      ['darwin', 'brew install --cask chromium'],
      ['win32', 'install Microsoft Edge or Chromium'],
    ] as const) {
      const result = findBrowser(platform, {}, files([]), DIST);
      expect(result.found).toBe(false);
      const advice = result.found ? '' : result.advice;
      expect(advice).toMatch(/^No browser that can load Limber was found\. To try Limber, /);
      expect(advice).toContain(hint);
      expect(advice).toContain('chrome://extensions');
      expect(advice).not.toContain('Google Chrome is installed');
    }
  });
});

describe('findFirefox', () => {
  test('FIREFOX_PATH wins; else Debian firefox-esr, macOS and Windows installs', () => {
    expect(findFirefox('linux', { FIREFOX_PATH: '/opt/ff/firefox' }, files(['/opt/ff/firefox']))).toMatchObject({
      browser: { path: '/opt/ff/firefox' },
    });
    expect(findFirefox('linux', {}, files(['/usr/bin/firefox-esr']))).toMatchObject({
      browser: { path: '/usr/bin/firefox-esr' },
    });
    expect(findFirefox('darwin', {}, files(['/Applications/Firefox.app/Contents/MacOS/firefox']))).toMatchObject({
      found: true,
    });
    const win = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
    expect(findFirefox('win32', { PROGRAMFILES: 'C:\\Program Files' }, files([win]))).toMatchObject({
      browser: { path: win },
    });
  });

  test('no Firefox: says what to install and how to load the build by hand', () => {
    const result = findFirefox('linux', {}, files([]));
    expect(result.found).toBe(false);
    expect(result.found ? '' : result.advice).toMatch(/firefox-esr.*about:debugging.*dist\/firefox\/manifest\.json/);
  });
});

describe('hasDisplay', () => {
  test('Linux needs DISPLAY or WAYLAND_DISPLAY; macOS and Windows always have a screen', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});
