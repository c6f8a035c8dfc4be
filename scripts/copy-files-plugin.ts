/**
 * Copies files the manifest names but crxjs does not bundle (crxjs 3.0.0 has no case for
 * `storage.managed_schema`), as they are, into the build.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function copyFilesPlugin(files: string[]): Plugin {
  return {
    name: 'limber-copy-files',
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(file) });
    },
  };
}
