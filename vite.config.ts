import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

const projectRoot = import.meta.dirname;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each built text file, at the highest
 * levels, once per build; the server sends them as they are (@fastify/static's preCompressed,
 * server/client-assets.ts). Compressed on every request instead, the app's script reached the
 * browser about 120 ms after it was asked for (brotli at the plugin's quality 4, each time).
 */
function precompress(): Plugin {
  return {
    name: 'tapestry:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir as string;
      const files = Object.values(bundle).filter((file) =>
        /\.(js|css|html|svg)$/.test(file.fileName),
      );
      await Promise.all(
        files.map(async (file) => {
          const body = Buffer.from(file.type === 'chunk' ? file.code : file.source);
          if (body.length < 1024) return;
          const to = path.join(outDir, file.fileName);
          const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
          await writeFile(`${to}.br`, await brotli(body, { params }));
          await writeFile(`${to}.gz`, await gzip(body, { level: 9 }));
        }),
      );
    },
  };
}

/**
 * The app's script (start-app.tsx, loaded by main.tsx's import()) asked for by the HTML itself,
 * beside the small entry script: otherwise its request waits until the entry has run, and
 * then queues on the server behind the timeline's feed, which the entry asks for first.
 */
function preloadApp(): Plugin {
  return {
    name: 'tapestry:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const app = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isDynamicEntry && file.name === 'start-app',
        );
        if (!app) throw new Error('The build has no start-app chunk to preload.');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${app.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  // The web app lives in client/ and builds to dist/client, which server/client-assets.ts serves.
  root: path.join(projectRoot, 'client'),
  // Vitest (mode "test") runs plain TypeScript (the lib/ folders under client/ are pure); the
  // JSX transform, the app's preload and the compressed copies are for the app only. Told by
  // the mode, not by the VITEST variable: the browser tests build the app from inside vitest
  // (tests/e2e/support/build-client.ts), and that build, which `npm start` then serves as up
  // to date, must be the same as any other.
  plugins: mode === 'test' ? [] : [preact(), preloadApp(), precompress()],
  build: {
    outDir: path.join(projectRoot, 'dist/client'),
    emptyOutDir: true,
    // Two scripts: main.tsx's (19 kB), which asks for the timeline's feed, and the app's
    // (start-app.tsx, about 680 kB, 196 kB gzipped, mostly vis-timeline and moment). The app
    // takes vis-timeline's and vis-data's "esnext" builds, which leave out the core-js
    // polyfills of their "peer" builds (177 kB here, and their start-up work on every page
    // load); the browsers a review team uses have what those polyfills supply.
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
}));
