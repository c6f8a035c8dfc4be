/**
 * Reads a ZIP archive back (central directory, then each local header) and inflates every entry
 * with Node's zlib, checking sizes and CRC-32. Enough for the archives scripts/zip-write.ts makes
 * and for ordinary `zip` output; refuses ZIP64, encryption and methods other than store/deflate.
 */
import { inflateRawSync } from 'node:zlib';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  crc32,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORE,
  type ZipEntry,
} from './zip-format.ts';

export interface ReadEntry extends ZipEntry {
  method: number;
  dosTime: number;
  dosDate: number;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_OF_CENTRAL_DIR_SIZE - 0xffff);
  for (let at = zip.length - END_OF_CENTRAL_DIR_SIZE; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIR_SIG) return at;
  }
  throw new Error('zip: no end-of-central-directory record (not a ZIP file?)');
}

function inflate(body: Buffer, method: number, path: string): Buffer {
  if (method === METHOD_STORE) return Buffer.from(body);
  if (method === METHOD_DEFLATE) return inflateRawSync(body);
  throw new Error(`zip: "${path}" uses compression method ${method}`);
}

/** Every entry in central-directory order, with its uncompressed bytes. Throws on any damage. */
export function readZip(zip: Buffer): ReadEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER_SIG) throw new Error(`zip: central header ${i} is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const dosTime = zip.readUInt16LE(at + 12);
    const dosDate = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const path = zip.toString('utf8', at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    if (flags & 1) throw new Error(`zip: "${path}" is encrypted`);
    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER_SIG)
      throw new Error(`zip: local header of "${path}" is damaged`);
    const start =
      localOffset + LOCAL_HEADER_SIZE + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = inflate(zip.subarray(start, start + compressedSize), method, path);
    if (data.length !== size) throw new Error(`zip: "${path}" is ${data.length} bytes, header says ${size}`);
    if (crc32(data) !== crc) throw new Error(`zip: "${path}" fails its CRC-32 check`);
    entries.push({ path, data, method, dosTime, dosDate });
    at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}
