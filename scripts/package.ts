/**
 * `npm run package` (after `npm run build`): writes the store packages into artifacts/, versioned
 * from package.json, as deterministic zips (sorted entries, fixed timestamps):
 *   limber-chrome-<version>.zip   dist/chrome at the zip root (Chrome Web Store, Edge Add-ons)
 *   limber-firefox-<version>.zip  dist/firefox at the zip root (addons.mozilla.org)
 *   limber-source-<version>.zip   git ls-files minus docs/screenshots and bench/results.json, plus
 *                                 SOURCE-README.md with the build steps for AMO reviewers
 * scripts/verify-package.ts then checks that each zip holds exactly what it should.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, BROWSER_TARGETS, zipPath } from './package-contents.ts';
import { distFiles, packageVersion, ROOT, sourceZipFiles, untrackedFiles } from './package-inputs.ts';
import { writeZip } from './zip-write.ts';

function write(kind: Parameters<typeof zipPath>[0], files: Map<string, Uint8Array>, version: string): void {
  const zip = writeZip([...files].map(([path, data]) => ({ path, data })));
  const path = zipPath(kind, version);
  writeFileSync(join(ROOT, path), zip);
  process.stdout.write(`wrote ${path}: ${files.size} files, ${zip.length} bytes\n`);
}

function main(): void {
  const version = packageVersion();
  mkdirSync(join(ROOT, ARTIFACTS_DIR), { recursive: true });
  for (const target of BROWSER_TARGETS) write(target, distFiles(target, version), version);

  const untracked = untrackedFiles();
  if (untracked.length > 0) {
    console.warn(
      `warning: ${untracked.length} untracked file(s) are not in the source zip; if the build used them, ` +
        `the source zip will not rebuild dist/firefox (commit them, or remove them, before a release):\n  ${untracked.join('\n  ')}`,
    );
  }
  write('source', sourceZipFiles(version), version);
}

try {
  main();
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
