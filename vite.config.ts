import path from 'node:path';
import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';

const projectRoot = import.meta.dirname;

export default defineConfig({
  // The web app lives in client/ and builds to dist/client, which server/client-assets.ts serves.
  root: path.join(projectRoot, 'client'),
  // Vitest runs plain TypeScript (the lib/ folders under client/ are pure); the JSX transform is
  // for the app only.
  plugins: process.env.VITEST ? [] : [preact()],
  build: {
    outDir: path.join(projectRoot, 'dist/client'),
    emptyOutDir: true,
    // One bundle of ~690 kB (210 kB gzipped), mostly vis-timeline and moment, served from
    // loopback: splitting it would save nothing a reviewer notices.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npm run dev`: hot reload here, the API from `npm start` (or `npm run start:api`) on :3000.
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
  test: {
    root: projectRoot,
    include: ['tests/**/*.test.ts'],
    // Browser tests run through `npm run test:e2e` (vitest.e2e.config.ts), not `npm test`.
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    // API and process tests open real SQLite files and servers; two cores, so two workers.
    maxWorkers: 2,
    testTimeout: 20_000,
    // Goldens never write themselves: a missing or different snapshot fails, with or
    // without CI set (vitest's default writes missing ones outside CI). `npm run goldens:update`
    // rewrites them on purpose (docs/testing.md, "Goldens").
    update: 'none',
  },
});
