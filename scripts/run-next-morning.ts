/**
 * `tsx scripts/run-next-morning.ts <command> [arguments…]`: runs a command with the wall clock pinned
 * to 10:00 local time of today's date (scripts/pinned-clock). The e2e suites run under it in
 * `npm test`: several tests move the background's clock forward by an hour or more, and started late
 * in the evening they crossed midnight half-way, so "today" held only part of what they did (a
 * restart test failed between 22:28 and 23:14). Midnight is tested on purpose by `npm run
 * test:dates` instead. Inside a pinned run (LIMBER_PINNED_AT is set) the clock is already pinned and
 * the command runs as it is.
 */
import { spawn } from 'node:child_process';
import { nextMorning } from './pinned-clock/nextMorning.ts';
import { runAt } from './pinned-clock/runAt.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: tsx scripts/run-next-morning.ts <command> [arguments…]');
  process.exit(2);
}
try {
  if (process.env.LIMBER_PINNED_AT) {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    process.exit(await runAt(nextMorning(Date.now()), command, args));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
