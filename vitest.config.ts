/**
 * Unit, storage, background and component tests. The crx plugin stays out of Vitest (it only
 * belongs in the extension build). No time zone is forced: the suites run in the machine's zone, and
 * CI runs them in others too. A file that needs one zone pins it with pinTimeZone()
 * (tests/support/timeZone.ts), which works because the forks pool gives every test file a process
 * of its own: Node applies a new TZ only on a process's main thread, never in a worker thread.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/{unit,storage,background,ui}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
  },
});
