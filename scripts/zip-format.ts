/**
 * The parts of the ZIP format (PKWARE APPNOTE) that Limber's packages use, shared by the writer
 * (scripts/zip-write.ts) and the reader (scripts/zip-read.ts): record signatures, the fixed
 * timestamp that makes packages reproducible, and CRC-32. No ZIP64, no encryption, no extra fields.
 */

export const LOCAL_HEADER_SIG = 0x04034b50;
export const CENTRAL_HEADER_SIG = 0x02014b50;
export const END_OF_CENTRAL_DIR_SIG = 0x06054b50;
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIR_SIZE = 22;

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;
/** General-purpose flag bit 11: the file name is UTF-8. */
export const FLAG_UTF8 = 0x0800;
/** Made by: Unix (3) << 8 | spec 2.0, so unzip tools honour the file mode below. */
export const VERSION_MADE_BY = (3 << 8) | 20;
/** Regular file, rw-r--r--, in the high half of the external attributes. */
export const EXTERNAL_ATTRS = (0o100644 << 16) >>> 0;

/** Every entry carries the DOS epoch, 1980-01-01 00:00:00, so the same files give the same bytes. */
export const FIXED_DOS_TIME = 0;
export const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The largest size and count this format handles without ZIP64. */
export const MAX_UINT32 = 0xffffffff;
export const MAX_ENTRIES = 0xffff;

export interface ZipEntry {
  /** Forward slashes, relative, no `.` or `..` segments. */
  path: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP stores it. Hand-written because zlib.crc32 needs Node 20.15+. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Why a path may not go into a package, or null when it is fine. */
export function badEntryPath(path: string): string | null {
  if (path === '') return 'empty path';
  if (path.includes('\\')) return 'backslash in path';
  if (path.startsWith('/')) return 'absolute path';
  if (path.endsWith('/')) return 'directory entry';
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'empty, . or .. segment';
  return null;
}
