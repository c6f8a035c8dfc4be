/**
 * The popup's HTML as the build rewrites it (scripts/popup-boot-plugin.ts): Vite's module script and
 * module preloads out, one classic boot script naming them in, at the end of the body.
 */
import { describe, expect, it } from 'vitest';
import { bootInsteadOfModule } from '../../scripts/popup-boot-plugin.ts';

/** What Vite 8 writes for a page whose app is a module script with two shared imports. */
const VITE_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <title>Limber</title>
    <script type="module" crossorigin src="/assets/popup.html-AbC123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsxRuntime-Xy9.js">
    <link rel="modulepreload" crossorigin href="/assets/client-Zz1.js">
    <style>.hero{font-size:44px}</style>
  </head>
  <body>
    <main id="app"><p class="hero">--:--</p></main>
  </body>
</html>
`;

describe('bootInsteadOfModule', () => {
  const page = bootInsteadOfModule(VITE_PAGE, '/assets/popup-boot.js');

  it('leaves no module script and no module preload in the page', () => {
    expect(page).not.toMatch(/type="module"/);
    expect(page).not.toMatch(/modulepreload/);
  });

  it('adds one classic script, after the skeleton, naming the app and its imports', () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([
      '<script src="/assets/popup-boot.js" data-app="/assets/popup.html-AbC123.js" data-preload="/assets/jsxRuntime-Xy9.js /assets/client-Zz1.js">',
    ]);
    expect(page.indexOf('<script')).toBeGreaterThan(page.indexOf('<main id="app">'));
    expect(page.indexOf('<script')).toBeLessThan(page.indexOf('</body>'));
  });

  it('keeps everything else as it was', () => {
    const rest = (html: string) =>
      html
        .split('\n')
        .filter((line) => !/<script|modulepreload/.test(line))
        .join('\n');
    expect(rest(page)).toBe(rest(VITE_PAGE));
  });

  it('refuses a page without exactly one module script', () => {
    const none = VITE_PAGE.replace(/.*<script type="module".*\n/, '');
    expect(() => bootInsteadOfModule(none, '/b.js')).toThrow(/one module script.*found 0/);
    const two = VITE_PAGE.replace('</head>', '<script type="module" src="/assets/other.js"></script></head>');
    expect(() => bootInsteadOfModule(two, '/b.js')).toThrow(/found 2/);
  });
});
