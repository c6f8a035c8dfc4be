/**
 * A small deterministic ZIP writer on Node's zlib: entries sorted by path, the fixed DOS-epoch
 * timestamp, fixed file mode, no extra fields. Each file is deflated (level 9) unless that would
 * not make it smaller, in which case it is stored. The same files always give the same bytes.
 */
import { deflateRawSync } from 'node:zlib';
import {
  badEntryPath,
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  crc32,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  EXTERNAL_ATTRS,
  FIXED_DOS_DATE,
  FIXED_DOS_TIME,
  FLAG_UTF8,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  MAX_ENTRIES,
  MAX_UINT32,
  METHOD_DEFLATE,
  METHOD_STORE,
  VERSION_MADE_BY,
  type ZipEntry,
} from './zip-format.ts';

/** Code-unit order, the same on every machine and locale. */
export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

interface Prepared {
  name: Buffer;
  flags: number;
  method: number;
  versionNeeded: number;
  crc: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

function prepare(entry: ZipEntry): Omit<Prepared, 'offset'> {
  const problem = badEntryPath(entry.path);
  if (problem) throw new Error(`zip: cannot add "${entry.path}": ${problem}`);
  const name = Buffer.from(entry.path, 'utf8');
  const deflated = deflateRawSync(entry.data, { level: 9 });
  const store = deflated.length >= entry.data.length;
  return {
    name,
    // Bit 11 only where the name needs it, so plain ASCII names look like any other tool's.
    flags: name.length === entry.path.length ? 0 : FLAG_UTF8,
    method: store ? METHOD_STORE : METHOD_DEFLATE,
    versionNeeded: store ? 10 : 20,
    crc: crc32(entry.data),
    size: entry.data.length,
    body: store ? entry.data : deflated,
  };
}

function localHeader(p: Prepared): Buffer {
  const h = Buffer.alloc(LOCAL_HEADER_SIZE);
  h.writeUInt32LE(LOCAL_HEADER_SIG, 0);
  h.writeUInt16LE(p.versionNeeded, 4);
  h.writeUInt16LE(p.flags, 6);
  h.writeUInt16LE(p.method, 8);
  h.writeUInt16LE(FIXED_DOS_TIME, 10);
  h.writeUInt16LE(FIXED_DOS_DATE, 12);
  h.writeUInt32LE(p.crc, 14);
  h.writeUInt32LE(p.body.length, 18);
  h.writeUInt32LE(p.size, 22);
  h.writeUInt16LE(p.name.length, 26);
  h.writeUInt16LE(0, 28); // extra field length
  return h;
}

function centralHeader(p: Prepared): Buffer {
  const h = Buffer.alloc(CENTRAL_HEADER_SIZE);
  h.writeUInt32LE(CENTRAL_HEADER_SIG, 0);
  h.writeUInt16LE(VERSION_MADE_BY, 4);
  h.writeUInt16LE(p.versionNeeded, 6);
  h.writeUInt16LE(p.flags, 8);
  h.writeUInt16LE(p.method, 10);
  h.writeUInt16LE(FIXED_DOS_TIME, 12);
  h.writeUInt16LE(FIXED_DOS_DATE, 14);
  h.writeUInt32LE(p.crc, 16);
  h.writeUInt32LE(p.body.length, 20);
  h.writeUInt32LE(p.size, 24);
  h.writeUInt16LE(p.name.length, 28);
  // extra length (30), comment length (32), disk number (34), internal attributes (36): all 0
  h.writeUInt32LE(EXTERNAL_ATTRS, 38);
  h.writeUInt32LE(p.offset, 42);
  return h;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(END_OF_CENTRAL_DIR_SIZE);
  h.writeUInt32LE(END_OF_CENTRAL_DIR_SIG, 0);
  // this disk (4), disk with the central directory (6): 0
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  // comment length (20): 0
  return h;
}

/** The ZIP archive of `entries`, in path order whatever order they come in. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort(byPath);
  if (sorted.length > MAX_ENTRIES) throw new Error(`zip: ${sorted.length} entries need ZIP64, which is not supported`);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.path === sorted[i - 1]?.path) throw new Error(`zip: "${sorted[i]?.path}" added twice`);
  }
  const parts: Uint8Array[] = [];
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const p: Prepared = { ...prepare(entry), offset };
    const header = localHeader(p);
    parts.push(header, p.name, p.body);
    offset += header.length + p.name.length + p.body.length;
    prepared.push(p);
  }
  const centralStart = offset;
  for (const p of prepared) {
    const header = centralHeader(p);
    parts.push(header, p.name);
    offset += header.length + p.name.length;
  }
  if (offset > MAX_UINT32) throw new Error('zip: archive over 4 GiB needs ZIP64, which is not supported');
  parts.push(endOfCentralDirectory(prepared.length, offset - centralStart, centralStart));
  return Buffer.concat(parts);
}
