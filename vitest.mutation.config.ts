import { defineConfig } from 'vitest/config';

// `npm run test:mutation` (stryker.config.json): Stryker runs the unit tests once per mutant, so
// only the pure-core tests in tests/unit take part. The API, client and process tests start
// servers and open SQLite files, too slow to repeat per mutant; the pure cores are tested in
// tests/unit anyway. Stryker itself sets the pool to one worker per run.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
