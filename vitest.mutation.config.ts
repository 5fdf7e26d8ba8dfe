import { configDefaults, defineConfig } from 'vitest/config';

// `npm run test:mutation` (stryker.config.json): Stryker runs the unit tests once per mutant, so
// only the pure-core tests in tests/unit take part. The API, client and process tests start
// servers and open SQLite files, too slow to repeat per mutant; the pure cores are tested in
// tests/unit anyway. Stryker itself sets the pool to one worker per run.
// MUTATION_BEFORE=1 leaves out the *.mutants.test.ts files, to measure the score the unit suite
// had before them (the "before" column of docs/testing.md).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['tests/unit/**/*.test.ts'],
    exclude: process.env.MUTATION_BEFORE
      ? [...configDefaults.exclude, 'tests/unit/**/*.mutants.test.ts']
      : configDefaults.exclude,
    testTimeout: 20_000,
    // Snapshots never write themselves, CI or not (docs/testing.md, "Goldens").
    update: 'none',
  },
});
