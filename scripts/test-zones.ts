/**
 * `npm run test:zones`: the unit suites (unit, storage, background, components) in two more time
 * zones, far from the machine's and from each other: Pacific/Auckland (UTC+12/+13, first to a new
 * day) and America/Los_Angeles (UTC-8/-7, with US daylight-saving dates). A test that depends on the
 * zone without pinning it fails in one of them.
 */
import { spawnSync } from 'node:child_process';

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const failed = ZONES.filter((zone) => {
  console.warn(`== unit suites in TZ=${zone}`);
  return spawnSync(npx, ['vitest', 'run'], { stdio: 'inherit', env: { ...process.env, TZ: zone } }).status !== 0;
});
if (failed.length > 0) {
  console.error(`Unit suites failed in: ${failed.join(', ')}`);
  process.exit(1);
}
