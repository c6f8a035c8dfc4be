/**
 * The layer boundaries are kept by the linter (biome.json, lint/*.grit), not by habit. This runs the
 * project's own Biome configuration over small fixture files in a scratch folder and checks that
 * each rule fires on every kind of violation it exists for, and stays quiet on the allowed forms.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');
const CORE = 'src/core imports nothing outside src/core';
const BROWSER = 'Only src/platform touches the browser APIs';
const PAGES = 'Pages reach storage only through src/storage/pages/';
const CYCLE = 'part of a cycle';

/** Fixture path → source. Each violating line is marked with the rule it must trigger. */
const FIXTURES: Record<string, string> = {
  'src/core/outside.ts': [
    "import { openDB } from 'idb'; // core",
    "import type { LimberDb } from '../storage/schema.ts'; // core",
    "export * from '../platform/idle.ts'; // core",
    "import './guards.ts';",
    'export const x = [openDB, null as unknown as LimberDb];',
  ].join('\n'),
  'src/core/insights/deeper.ts': [
    "import { h } from 'preact'; // core",
    "import browser from '../../platform/browser.ts'; // core",
    "import { isPlainObject } from '../guards.ts';",
    "export const y = () => import('../../ui/i18n.ts'); // core",
    'export const z = [h, browser, isPlainObject];',
  ].join('\n'),
  'src/core/guards.ts': 'export const isPlainObject = (v: unknown) => typeof v === "object";\n',
  'src/background/direct.ts': [
    "import browser from '../platform/browser.ts'; // browser",
    "import type { Runtime } from 'webextension-polyfill'; // browser",
    "import polyfill from 'webextension-polyfill'; // browser",
    "browser.runtime.getURL(''); // browser",
    'chrome.runtime.id; // browser',
    'const a = (globalThis as { chrome?: unknown }).chrome; // browser',
    'const b = globalThis.browser; // browser',
    "const c = { chrome: 1 }.chrome + 'chrome.runtime';",
    'export type S = Runtime.MessageSender;',
    'export { a, b, c, polyfill };',
  ].join('\n'),
  'src/platform/adapter.ts': [
    "import type { Runtime } from 'webextension-polyfill';",
    "import browser from './browser.ts';",
    "browser.runtime.getURL('');",
    'chrome.runtime.id;',
    'export const a = (globalThis as { chrome?: unknown }).chrome;',
    'export type S = Runtime.MessageSender;',
  ].join('\n'),
  'src/ui/page.tsx': [
    "import { loadPrefs } from '../storage/stores/prefs.ts'; // pages",
    "import { commitStep } from '../storage/operations/commitStep.ts'; // pages",
    "import { openDB } from 'idb'; // pages",
    "import { readFigures } from '../storage/pages/figures.ts';",
    "export const later = () => import('../storage/operations/backup.ts'); // pages",
    "export const fine = () => import('../storage/pages/backup.ts');",
    "indexedDB.open('limber'); // pages",
    'export const all = [loadPrefs, commitStep, openDB, readFigures];',
  ].join('\n'),
  // A cycle through type-only imports counts too: it still ties the two modules together.
  'src/storage/one.ts': "import type { Two } from './two.ts'; // cycle\nexport type One = { two?: Two };\n",
  'src/storage/two.ts': "import type { One } from './one.ts'; // cycle\nexport type Two = { one?: One };\n",
};

interface Diagnostic {
  category: string;
  message: string;
  location: { path?: string; start?: { line: number } };
}

let dir = '';
let found: Diagnostic[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-lint-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  // The scratch folder is not a git checkout: the one change to the project's configuration.
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  cpSync(join(ROOT, 'lint'), join(dir, 'lint'), { recursive: true });
  for (const [path, source] of Object.entries(FIXTURES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${source}\n`);
  }
  let output: string;
  try {
    output = execFileSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=500', 'src'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Biome exits with 1 when it found errors, which is what the fixtures are for.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  found = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Lines of a fixture where `rule` reported, and the lines marked for it. */
function linesFor(path: string, rule: string): { reported: number[]; marked: number[] } {
  const tag = { [CORE]: '// core', [BROWSER]: '// browser', [PAGES]: '// pages', [CYCLE]: '// cycle' }[rule];
  const marked = (FIXTURES[path] ?? '').split('\n').flatMap((line, i) => (tag && line.endsWith(tag) ? [i + 1] : []));
  const reported = found
    .filter((d) => d.location.path?.endsWith(path) && d.message.includes(rule))
    .map((d) => d.location.start?.line ?? 0);
  return { reported: [...new Set(reported)].sort((a, b) => a - b), marked };
}

describe('lint boundaries', () => {
  test.each([
    ['src/core/outside.ts', CORE],
    ['src/core/insights/deeper.ts', CORE],
  ])('%s: core importing a package or a path outside src/core fails lint', (path, rule) => {
    const { reported, marked } = linesFor(path, rule);
    expect(marked.length).toBeGreaterThan(0);
    expect(reported).toEqual(marked);
  });

  test('only src/platform may import the polyfill or touch browser / chrome', () => {
    const outside = linesFor('src/background/direct.ts', BROWSER);
    expect(outside.marked).toHaveLength(7);
    expect(outside.reported).toEqual(outside.marked);
    expect(linesFor('src/platform/adapter.ts', BROWSER).reported).toEqual([]);
  });

  test('pages reach storage only through src/storage/pages/', () => {
    const { reported, marked } = linesFor('src/ui/page.tsx', PAGES);
    expect(marked).toHaveLength(5);
    expect(reported).toEqual(marked);
  });

  test('an import cycle fails lint, type-only imports included', () => {
    const { reported, marked } = linesFor('src/storage/one.ts', CYCLE);
    expect(marked).toHaveLength(1);
    expect(reported).toEqual(marked);
  });

  test('the allowed forms raise none of these rules', () => {
    const rules = [CORE, BROWSER, PAGES, CYCLE];
    expect(found.filter((d) => d.location.path?.endsWith('src/core/guards.ts'))).toEqual([]);
    expect(
      found.filter((d) => rules.some((r) => d.message.includes(r)) && /adapter\.ts$/.test(d.location.path ?? '')),
    ).toEqual([]);
  });
});
