/**
 * The real-input test (tests/real-input): headful Chromium on Xvfb, xdotool input, real time. It takes
 * about 8 minutes of mostly waiting, so it has its own command (npm run test:real-input) and CI runs
 * it in the background beside the other suites.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/real-input/**/*.real.ts'],
    environment: 'node',
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
