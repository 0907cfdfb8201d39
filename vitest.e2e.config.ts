import { defineConfig } from 'vitest/config';

/** Browser tests (npm run test:e2e): real Chromium through playwright-core against the built site. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One browser at a time: CI has two cores.
    fileParallelism: false,
  },
});
