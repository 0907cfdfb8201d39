import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/output/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
