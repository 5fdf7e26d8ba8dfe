import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // API and process tests open real SQLite files and servers; two cores, so two workers.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
