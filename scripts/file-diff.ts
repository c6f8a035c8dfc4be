/** Compares two file sets (path → bytes), as scripts/verify-package.ts does for each package. Pure. */

export interface FileDiff {
  /** Expected but not in the package. */
  missing: string[];
  /** In the package but not expected. */
  extra: string[];
  /** In both, with different bytes. */
  changed: string[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

export function diffFiles(
  expected: ReadonlyMap<string, Uint8Array>,
  actual: ReadonlyMap<string, Uint8Array>,
): FileDiff {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, bytes] of expected) {
    const other = actual.get(path);
    if (other === undefined) missing.push(path);
    else if (!sameBytes(bytes, other)) changed.push(path);
  }
  const extra = [...actual.keys()].filter((path) => !expected.has(path));
  return { missing: missing.sort(), extra: extra.sort(), changed: changed.sort() };
}

export const isSame = (diff: FileDiff): boolean =>
  diff.missing.length === 0 && diff.extra.length === 0 && diff.changed.length === 0;

/** One line per difference, e.g. `  missing from the zip: assets/a.js`; empty when the sets match. */
export function describeDiff(diff: FileDiff): string[] {
  return [
    ...diff.missing.map((path) => `  missing from the zip: ${path}`),
    ...diff.extra.map((path) => `  in the zip but not expected: ${path}`),
    ...diff.changed.map((path) => `  different bytes: ${path}`),
  ];
}
