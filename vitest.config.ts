import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/output/**', '**/node_modules/**'],
    environment: 'node',
    // data/ is built once per run into a folder of its own, and every test reads that build.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});
