/**
 * The Firefox end-to-end tests: the Firefox build in Debian's firefox-esr, headless, driven over
 * Marionette (tests/firefox/marionette.ts). One file at a time: each starts its own Firefox.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
