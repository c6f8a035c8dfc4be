/**
 * Unit, storage, background and component tests. The crx plugin stays out of Vitest (it only
 * belongs in the extension build). TZ is fixed so midnight and daylight-saving tests mean the same
 * thing on every machine; tests that need another zone set it per file.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/{unit,storage,background,ui}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
  },
});
