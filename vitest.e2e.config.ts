import { defineConfig } from 'vitest/config';
import './tests/helpers/node20.ts';

// End-to-end tests drive the BUILT extension in Debian's Chromium: one file at a time, no fakes.

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
