/**
 * Pins the time zone of one test file: `pinTimeZone('Europe/Berlin')` at the top of the file, after
 * the imports. The suite otherwise runs in whatever zone the machine has (CI also runs it in
 * Pacific/Auckland and America/Los_Angeles), so only a file that means one zone's midnight or
 * daylight-saving change pins it.
 *
 * Node applies a new TZ only on a process's main thread: in a worker thread the assignment changes
 * nothing, and a zone shared by the whole process would leak between files running side by side.
 * Vitest therefore runs the unit suites in the forks pool, one process per test file
 * (vitest.config.ts); this function checks the zone really took and fails loudly otherwise.
 */
import { isMainThread } from 'node:worker_threads';

export function pinTimeZone(zone: string): void {
  if (!isMainThread) {
    throw new Error(`pinTimeZone('${zone}') needs a process of its own: run this file in Vitest's forks pool.`);
  }
  process.env.TZ = zone;
  const actual = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (actual !== zone) throw new Error(`pinTimeZone('${zone}') did not take: the process is in ${actual}.`);
}
