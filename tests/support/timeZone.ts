/**
 * Pins the time zone of one test file: `pinTimeZone('Europe/Berlin')` at the top of the file, after
 * the imports. The suite otherwise runs in whatever zone the machine has (CI also runs it in
 * Pacific/Auckland and America/Los_Angeles), so only a file that means one zone's midnight or
 * daylight-saving change pins it.
 *
 * Node applies a new TZ only on a process's main thread: in a worker thread the assignment changes
 * nothing, and a zone shared by the whole process would leak between files running side by side.
 * So a file that calls this is listed in ZONED in vitest.config.ts, whose project runs in the forks
 * pool, one process per test file; this function checks the zone really took and fails loudly
 * otherwise (a file not listed fails here, not with a wrong result).
 */
import { isMainThread } from 'node:worker_threads';

export function pinTimeZone(zone: string): void {
  if (!isMainThread) {
    throw new Error(`pinTimeZone('${zone}') needs a process of its own: add this file to ZONED in vitest.config.ts.`);
  }
  process.env.TZ = zone;
  const actual = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (actual !== zone) throw new Error(`pinTimeZone('${zone}') did not take: the process is in ${actual}.`);
}
