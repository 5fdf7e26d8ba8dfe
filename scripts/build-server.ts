/**
 * Compiles the server to plain JavaScript in dist/server/ when it is missing or older than any of
 * its sources, so that `npm start` runs node on JavaScript rather than tsx on TypeScript: tsx's
 * loader and its compiled copies of every module cost about 50 MB in each of the server's two
 * threads (docs/benchmarks.md, "Where the XLSX row's memory goes"). Two entry points, each a
 * whole bundle of the project's own code: main.js (the server) and upload-worker.js (the upload
 * thread, which so loads only the ingest code it imports). Packages in node_modules stay
 * imports. Source maps name the .ts lines in stack traces under `node --enable-source-maps`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { newestMtime } from './lib/newest-mtime';

const root = path.resolve(import.meta.dirname, '..');
export const SERVER_OUT = path.join(root, 'dist', 'server');
const MAIN = path.join(SERVER_OUT, 'main.js');
/**
 * node's flags for the compiled server, as package.json's `start` gives them (a test holds the
 * two together). Source maps, so stack traces name .ts lines. A heap grown by 30% over what the
 * last full collection kept, not V8's default of up to 4×: an upload's garbage is collected
 * sooner, and a 100,000-row workbook's upload peaks at about 300 MB instead of 420 MB for about
 * the same CPU time (docs/benchmarks.md, 2026-12-05). V8's flags hold for both threads.
 */
export const NODE_FLAGS = ['--enable-source-maps', '--heap-growing-percent=30'];
const SOURCES = ['server', 'migrations', 'tsconfig.json', 'scripts/build-server.ts'];

export const SERVER_BUILD: BuildOptions = {
  absWorkingDir: root,
  entryPoints: {
    main: 'server/main.ts',
    'upload-worker': 'server/submissions/upload-worker.ts',
  },
  outdir: SERVER_OUT,
  bundle: true,
  // No shared chunks: each thread loads its own file and nothing of the other's.
  splitting: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  // Stack traces need the map's lines, not the sources' text, which node would hold in memory.
  sourcesContent: false,
  // server/submissions/upload-thread.ts starts this file instead of the tsx bootstrap.
  define: { TAPESTRY_UPLOAD_WORKER: JSON.stringify('./upload-worker.js') },
  logLevel: 'warning',
  write: false,
};

export function serverIsStale(): { stale: boolean; reason: string } {
  const built = fs.statSync(MAIN, { throwIfNoEntry: false });
  if (!built || !fs.existsSync(path.join(SERVER_OUT, 'upload-worker.js'))) {
    return { stale: true, reason: 'dist/server has not been built' };
  }
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newest > built.mtimeMs
    ? { stale: true, reason: 'server sources changed since the last build' }
    : { stale: false, reason: 'dist/server is up to date' };
}

/**
 * Builds dist/server if it is missing or stale; returns whether it built. Each file is written
 * beside its place and renamed into it, main.js last: tests and benches may build at the same
 * time, and a server never starts on a half-written file (two builds write the same bytes).
 */
export async function ensureServerBuilt({ force = false, quiet = false } = {}): Promise<boolean> {
  const { stale, reason } = serverIsStale();
  if (!stale && !force) return false;
  if (!quiet) console.log(`Compiling the server (${force ? 'forced' : reason})…`);
  const result = await build(SERVER_BUILD);
  fs.mkdirSync(SERVER_OUT, { recursive: true });
  const files = [...result.outputFiles!].sort(
    (a, b) => Number(a.path === MAIN) - Number(b.path === MAIN),
  );
  for (const file of files) {
    const temporary = `${file.path}.${randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
  if (!quiet) console.log('Compiled dist/server.');
  return true;
}

/**
 * node's arguments for the server as `npm start` runs it (compiled first if stale): for the
 * benches and process tests, so that what they measure is what users run.
 */
export async function compiledServerArgs(): Promise<string[]> {
  await ensureServerBuilt();
  return [...NODE_FLAGS, MAIN];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureServerBuilt({ force: process.argv.includes('--force') });
}
