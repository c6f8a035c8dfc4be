/**
 * Reads what goes into the packages from disk and git: a built dist folder, the git-tracked source
 * files, and package.json's version. Shared by scripts/package.ts and scripts/verify-package.ts so
 * both see the same file sets. Paths are relative with forward slashes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BrowserTarget,
  distDir,
  isExcludedFromSource,
  SOURCE_README,
  sourceFiles,
  sourceReadme,
} from './package-contents.ts';

/** The repository root (this file is in scripts/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string' || pkg.version === '') throw new Error('package.json has no version');
  return pkg.version;
}

/** Every file under `dir` (dot files included), sorted. Symbolic links are refused. */
function walk(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...walk(dir, rel));
    else if (entry.isFile()) files.push(rel);
    else throw new Error(`${join(dir, rel)} is not a regular file or folder`);
  }
  return files.sort();
}

function readAll(base: string, paths: readonly string[]): Map<string, Uint8Array> {
  return new Map(paths.map((path) => [path, readFileSync(join(base, path))]));
}

/** The built files of one browser variant. Fails when the build is missing or has another version. */
export function distFiles(target: BrowserTarget, version: string): Map<string, Uint8Array> {
  const dir = join(ROOT, distDir(target));
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${distDir(target)}/manifest.json is missing: run npm run build first`);
  const built = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
  if (built !== version) {
    throw new Error(`${distDir(target)} is version ${String(built)}, package.json says ${version}: run npm run build`);
  }
  return readAll(dir, walk(dir));
}

function git(args: string[]): string[] {
  const out = execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\0').filter((path) => path !== '');
}

/** `git ls-files`: the tracked files, as git lists them. */
export const trackedFiles = (): string[] => git(['ls-files', '-z']);

/** Files git does not track and does not ignore: they are NOT in the source zip. */
export const untrackedFiles = (): string[] =>
  git(['ls-files', '-z', '--others', '--exclude-standard']).filter((path) => !isExcludedFromSource(path));

/**
 * The source zip's files: `git ls-files` minus the exclusions, read from the working tree (the tree
 * the dist folders were built from), plus SOURCE-README.md.
 */
export function sourceZipFiles(version: string): Map<string, Uint8Array> {
  const tracked = sourceFiles(trackedFiles());
  if (tracked.includes(SOURCE_README))
    throw new Error(`${SOURCE_README} is tracked; it would clash with the generated one`);
  const gone = tracked.filter((path) => !existsSync(join(ROOT, path)) || !lstatSync(join(ROOT, path)).isFile());
  if (gone.length > 0) {
    throw new Error(`tracked files missing from the working tree (or not regular files):\n  ${gone.join('\n  ')}`);
  }
  const files = readAll(ROOT, tracked);
  files.set(SOURCE_README, Buffer.from(sourceReadme(version), 'utf8'));
  return files;
}
