/**
 * `npx tsx scripts/run-at.ts "2028-02-29 12:00" npm run test:unit`: runs a command with the wall
 * clock pinned to a local time (in $TZ, or the machine's zone). See CONTRIBUTING.md, "Pinning time".
 */
import { runAt } from './pinned-clock/runAt.ts';

const [when, command, ...args] = process.argv.slice(2);
if (!when || !command) {
  console.error('Usage: tsx scripts/run-at.ts "YYYY-MM-DD hh:mm[:ss]" <command> [arguments…]');
  process.exit(2);
}
try {
  process.exit(await runAt(when, command, args));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
