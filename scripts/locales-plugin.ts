/**
 * Chrome and Firefox read one `_locales/<lang>/messages.json` per language. We keep the strings in
 * small per-area files (locales/<lang>/*.json) so that each part of the UI owns its own keys, and
 * merge them here into the bundle. A key defined twice is a build error, never a silent override.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { mergeLocaleFragments } from './merge-locales.ts';

export function localesPlugin(root = 'locales'): Plugin {
  return {
    name: 'limber-locales',
    generateBundle() {
      for (const lang of readdirSync(root)) {
        const dir = join(root, lang);
        const fragments = readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((file) => ({ file: join(dir, file), messages: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(mergeLocaleFragments(fragments), null, 1),
        });
      }
    },
  };
}
