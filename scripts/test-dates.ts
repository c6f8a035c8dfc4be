/**
 * `npm run test:dates`: the unit suites and the date-bound Chromium e2e files with the clock pinned to
 * dates that have bitten other projects, each in a zone where that date matters. Every suite starts at the
 * pinned moment (a run at 23:59 crosses midnight while it runs). CONTRIBUTING.md, "Pinning time",
 * gives the reasons and the cost. `npm run test:dates -- unit` runs only the unit suites.
 */
import { runAt } from './pinned-clock/runAt.ts';

export const PINNED_DATES = [
  // The Monday after the spring change: the day before lasted 23 hours.
  { when: '2027-03-29 09:00', zone: 'Europe/Berlin' },
  // A leap day, in a zone 13 hours ahead of UTC (where it is still 28 February).
  { when: '2028-02-29 12:00', zone: 'Pacific/Auckland' },
  // One minute to a new year, local time: the suites cross midnight into 2027 as they run.
  { when: '2026-12-31 23:59', zone: 'America/Los_Angeles' },
] as const;

/**
 * The Chromium e2e files run at each pinned date: those where the date plays a part (history by day,
 * the Insights charts, "today" figures, times and "tomorrow" in the popup, a reminder across
 * midnight, the daily maintenance deciding it is due). The others (layout in six languages, crash
 * recovery, illustrations, health links, a foreign extension) run at the real date only, in npm
 * test: all of them at three dates would take .ci/run past 20 minutes.
 */
export const PINNED_E2E = ['insights', 'popup', 'foundation', 'breakAndOptions', 'restart', 'maintenance'].map(
  (name) => `tests/e2e/${name}.e2e.ts`,
);

const SUITES = { unit: ['run', 'test:unit'], e2e: ['run', 'test:e2e', '--', ...PINNED_E2E] } as const;
type Suite = keyof typeof SUITES;

const asked = process.argv.slice(2).filter((name): name is Suite => name in SUITES);
const suites: Suite[] = asked.length > 0 ? asked : ['unit', 'e2e'];
const failed: string[] = [];
for (const { when, zone } of PINNED_DATES) {
  // Node applies TZ at once on its main thread; runAt reads `when` in this zone, the children inherit it.
  process.env.TZ = zone;
  // The suites of one date run side by side, each from the pinned moment: the e2e files spend most
  // of their time waiting on browsers, which leaves the CPU to the unit suites (about 4 minutes saved
  // over the three dates). The unit output is printed in one piece when it ends.
  await Promise.all(
    suites.map(async (suite) => {
      const started = Date.now();
      const code = await runAt(when, 'npm', SUITES[suite], { buffered: suite === 'unit' && suites.length > 1 });
      const seconds = Math.round((Date.now() - started) / 1000);
      console.warn(
        `== ${suite} at ${when} ${zone}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s`,
      );
      if (code !== 0) failed.push(`${suite} at ${when} ${zone}`);
    }),
  );
}
if (failed.length > 0) {
  console.error(`Pinned-date runs failed: ${failed.join('; ')}`);
  process.exit(1);
}
