/**
 * Checks the packages scripts/package.ts wrote (run by `npm run package` and CI):
 * - limber-chrome / limber-firefox: exactly the files of dist/chrome / dist/firefox, same paths and
 *   same bytes, and a manifest with package.json's version;
 * - limber-source: exactly `git ls-files` minus the exclusions, same bytes as the working tree,
 *   plus SOURCE-README.md;
 * - every zip: entries in path order, each once, with the fixed timestamp (reproducible).
 * Prints one line per zip and every difference; exits 1 when anything differs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDiff, diffFiles } from './file-diff.ts';
import { BROWSER_TARGETS, distDir, zipPath } from './package-contents.ts';
import { distFiles, packageVersion, ROOT, sourceZipFiles } from './package-inputs.ts';
import { FIXED_DOS_DATE, FIXED_DOS_TIME } from './zip-format.ts';
import { type ReadEntry, readZip } from './zip-read.ts';
import { byPath } from './zip-write.ts';

/** Problems with the archive itself, apart from its file set. */
function archiveProblems(entries: readonly ReadEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.path)) problems.push(`  entry twice: ${entry.path}`);
    seen.add(entry.path);
    if (entry.dosTime !== FIXED_DOS_TIME || entry.dosDate !== FIXED_DOS_DATE) {
      problems.push(`  timestamp not fixed: ${entry.path}`);
    }
  }
  const sorted = [...entries].sort(byPath);
  if (sorted.some((entry, i) => entry !== entries[i])) problems.push('  entries not in path order');
  return problems;
}

/** Checks one zip against its expected files; returns whether it matched. */
function check(label: string, file: string, expected: () => Map<string, Uint8Array>): boolean {
  const path = join(ROOT, file);
  if (!existsSync(path)) {
    console.error(`FAIL ${file} (${label}): missing; run npm run package`);
    return false;
  }
  let problems: string[];
  let count = 0;
  try {
    const entries = readZip(readFileSync(path));
    count = entries.length;
    const actual = new Map(entries.map((entry): [string, Uint8Array] => [entry.path, entry.data]));
    problems = [...archiveProblems(entries), ...describeDiff(diffFiles(expected(), actual))];
  } catch (error) {
    problems = [`  ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length === 0) {
    process.stdout.write(`ok   ${file}: exactly the ${count} files of ${label}\n`);
    return true;
  }
  console.error(`FAIL ${file} (${label}): ${problems.length} difference(s)\n${problems.join('\n')}`);
  return false;
}

const version = packageVersion();
const results = [
  ...BROWSER_TARGETS.map((target) =>
    check(distDir(target), zipPath(target, version), () => distFiles(target, version)),
  ),
  check('git ls-files minus exclusions, plus SOURCE-README.md', zipPath('source', version), () =>
    sourceZipFiles(version),
  ),
];
if (results.includes(false)) {
  console.error('verify-package: the packages do not match the build and the tracked sources (see above)');
  process.exit(1);
}
