/**
 * Unit, storage, background and component tests. The crx plugin stays out of Vitest (it only
 * belongs in the extension build). No time zone is forced: the suites run in the machine's zone, and
 * CI runs them in others too. A file that needs one zone pins it with pinTimeZone()
 * (tests/support/timeZone.ts) and is listed in ZONED below.
 *
 * Two projects, because Node applies a new TZ only on a process's main thread (in a worker thread the
 * assignment does nothing): the zoned files run in the forks pool, one process per file; everything
 * else stays in the threads pool, which is cheaper and gives deep recursion (fast-check's nested
 * hostile inputs) the larger stack of a worker thread.
 */
import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** Files that pin a time zone with pinTimeZone(); it throws anywhere but in its own process. */
export const ZONED = [
  'tests/unit/insights/calendar.test.ts',
  'tests/unit/localDay.test.ts',
  'tests/unit/pinnedClock.test.ts',
  'tests/unit/scheduler/dst.test.ts',
  'tests/unit/sim/examples.test.ts',
  'tests/unit/sim/timeline.test.ts',
  'tests/unit/workingHours.test.ts',
];

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{unit,storage,background,ui}/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...ZONED],
          pool: 'threads',
        },
      },
      { extends: true, test: { name: 'zoned', include: ZONED, pool: 'forks' } },
    ],
  },
});
