import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the app in real Chromium against a real server (tests/e2e/README.md).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/build-client.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Snapshots never write themselves, CI or not (docs/testing.md, "Goldens").
    update: 'none',
  },
});
