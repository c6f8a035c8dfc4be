/**
 * `npm run simulate -- [--quiet] FILE.json`: runs the pure scheduler over a timeline and prints every
 * effect with its time and the final accounting as JSON (docs/SIMULATOR.md). Deterministic: the
 * timeline's `timeZone` (else the TZ variable) fixes local time, and nothing reads the real clock.
 */
import { readFileSync } from 'node:fs';
import { isPlainObject } from '../src/core/guards.ts';
import { formatReport, reportOf } from '../src/sim/report.ts';
import { runTimeline } from '../src/sim/runTimeline.ts';
import { parseTimeline } from '../src/sim/timeline.ts';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--quiet');
if (files.length !== 1 || unknown.length > 0) {
  console.error('Usage: npm run simulate -- [--quiet] FILE.json');
  process.exit(2);
}
const file = files[0] ?? '';

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// Before parsing: ISO times without an offset, working hours and days are all local time.
if (isPlainObject(json) && typeof json.timeZone === 'string') process.env.TZ = json.timeZone;

const parsed = parseTimeline(json);
if (!parsed.ok) {
  console.error(`${file}: not a valid timeline\n  ${parsed.errors.join('\n  ')}`);
  process.exit(1);
}
const run = runTimeline(parsed.timeline);
process.stdout.write(`${formatReport(reportOf(run, { quiet: args.includes('--quiet') }))}\n`);
