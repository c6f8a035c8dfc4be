/**
 * The pure parts of `npm run package`: the deterministic ZIP writer (read back independently with
 * zlib.inflateRawSync, and with our reader), the file-set diff the verifier prints, and what the
 * source zip leaves out. The packaging itself runs end to end in .ci/run.
 */
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { describeDiff, diffFiles, isSame } from '../../scripts/file-diff.ts';
import {
  isExcludedFromSource,
  SOURCE_README,
  sourceFiles,
  sourceReadme,
  zipPath,
} from '../../scripts/package-contents.ts';
import { crc32, FIXED_DOS_DATE, FIXED_DOS_TIME, METHOD_DEFLATE, METHOD_STORE } from '../../scripts/zip-format.ts';
import { readZip } from '../../scripts/zip-read.ts';
import { writeZip } from '../../scripts/zip-write.ts';

const text = (s: string) => Buffer.from(s, 'utf8');

const ENTRIES = [
  { path: 'src/ui/popup/popup.html', data: text('<!doctype html>\n'.repeat(50)) },
  { path: 'manifest.json', data: text('{"manifest_version":3}') },
  { path: 'icons/icon-16.png', data: randomBytes(300) }, // incompressible: stored
  { path: '_locales/ja/messages.json', data: text('{"extName":{"message":"リンバー"}}') },
  { path: 'empty.txt', data: new Uint8Array(0) },
  { path: 'données/é.txt', data: text('é') },
];

/** Walks the local headers from the start of the archive, as a streaming unzip would. */
function localEntries(zip: Buffer): { path: string; data: Buffer; time: number; date: number }[] {
  const found = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    const body = zip.subarray(start, start + size);
    found.push({
      path: zip.toString('utf8', at + 30, at + 30 + nameLength),
      data: method === 8 ? inflateRawSync(body) : Buffer.from(body),
      time: zip.readUInt16LE(at + 10),
      date: zip.readUInt16LE(at + 12),
    });
    at = start + size;
  }
  return found;
}

describe('zip writer', () => {
  test('CRC-32 matches the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  test('round trip through zlib.inflateRawSync: every file, same bytes, sorted, fixed timestamp', () => {
    const local = localEntries(writeZip(ENTRIES));
    expect(local.map((e) => e.path)).toEqual(ENTRIES.map((e) => e.path).sort());
    for (const entry of ENTRIES) {
      const back = local.find((e) => e.path === entry.path);
      expect(back?.data.equals(Buffer.from(entry.data)), entry.path).toBe(true);
    }
    expect(local.every((e) => e.time === FIXED_DOS_TIME && e.date === FIXED_DOS_DATE)).toBe(true);
  });

  test('round trip through the reader, which checks sizes and CRCs; compressible files are deflated', () => {
    const read = readZip(writeZip(ENTRIES));
    expect(read).toHaveLength(ENTRIES.length);
    const byPath = new Map(read.map((e) => [e.path, e]));
    for (const entry of ENTRIES) expect(Buffer.from(byPath.get(entry.path)?.data ?? []).equals(entry.data)).toBe(true);
    expect(byPath.get('src/ui/popup/popup.html')?.method).toBe(METHOD_DEFLATE);
    expect(byPath.get('icons/icon-16.png')?.method).toBe(METHOD_STORE);
  });

  test('deterministic: the same files in any order give the same bytes', () => {
    const a = writeZip(ENTRIES);
    const b = writeZip([...ENTRIES].reverse());
    expect(a.equals(b)).toBe(true);
  });

  test('an empty archive is valid', () => {
    expect(readZip(writeZip([]))).toEqual([]);
  });

  test('refuses duplicate, absolute, parent, backslash and directory paths', () => {
    const one = (path: string) => [{ path, data: text('x') }];
    expect(() => writeZip([...one('a.txt'), ...one('a.txt')])).toThrow(/twice/);
    for (const bad of ['/etc/passwd', '../up.txt', 'a/./b', 'a\\b', 'dir/', '']) {
      expect(() => writeZip(one(bad)), bad).toThrow();
    }
  });

  test('the reader refuses a damaged entry', () => {
    const zip = writeZip([{ path: 'a.txt', data: text('hello hello hello hello hello') }]);
    const damaged = Buffer.from(zip);
    const inBody = 30 + 'a.txt'.length + 2; // inside the deflated body
    damaged.writeUInt8(damaged.readUInt8(inBody) ^ 0xff, inBody);
    expect(() => readZip(damaged)).toThrow();
    expect(() => readZip(Buffer.from('not a zip at all, not a zip at all'))).toThrow(/not a ZIP/);
  });
});

describe('file-set diff', () => {
  const files = (entries: Record<string, string>) =>
    new Map(Object.entries(entries).map(([path, s]): [string, Uint8Array] => [path, text(s)]));

  test('same paths and bytes: no difference', () => {
    const diff = diffFiles(files({ a: '1', b: '2' }), files({ b: '2', a: '1' }));
    expect(isSame(diff)).toBe(true);
    expect(describeDiff(diff)).toEqual([]);
  });

  test('missing, extra and changed files are each listed, sorted', () => {
    const diff = diffFiles(
      files({ z: '1', a: '1', same: 's', changed: 'old' }),
      files({ same: 's', changed: 'new', x: '' }),
    );
    expect(diff).toEqual({ missing: ['a', 'z'], extra: ['x'], changed: ['changed'] });
    expect(isSame(diff)).toBe(false);
    expect(describeDiff(diff)).toEqual([
      '  missing from the zip: a',
      '  missing from the zip: z',
      '  in the zip but not expected: x',
      '  different bytes: changed',
    ]);
  });
});

describe('package contents', () => {
  test('artifact names carry the version', () => {
    expect(zipPath('chrome', '1.2.3')).toBe('artifacts/limber-chrome-1.2.3.zip');
    expect(zipPath('firefox', '1.2.3')).toBe('artifacts/limber-firefox-1.2.3.zip');
    expect(zipPath('source', '1.2.3')).toBe('artifacts/limber-source-1.2.3.zip');
  });

  test('the source zip leaves out the screenshots and the benchmark results, nothing else', () => {
    expect(isExcludedFromSource('docs/screenshots/popup-status-light.png')).toBe(true);
    expect(isExcludedFromSource('bench/results.json')).toBe(true);
    expect(isExcludedFromSource('bench/run.ts')).toBe(false);
    expect(isExcludedFromSource('docs/screenshots.md')).toBe(false);
    expect(sourceFiles(['src/a.ts', 'bench/results.json', 'docs/screenshots/x.png', 'README.md'])).toEqual([
      'README.md',
      'src/a.ts',
    ]);
  });

  test('SOURCE-README gives AMO reviewers the exact build steps and output folder', () => {
    const readme = sourceReadme('1.2.3');
    expect(SOURCE_README).toBe('SOURCE-README.md');
    for (const step of ['Node.js 20', 'npm ci', 'npm run build:firefox', 'dist/firefox', 'limber-firefox-1.2.3.zip']) {
      expect(readme).toContain(step);
    }
  });
});
