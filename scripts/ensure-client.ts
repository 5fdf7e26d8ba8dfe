/**
 * Builds the web app when dist/client is missing or older than any of its sources, so that
 * `npm start` is one command and never serves a stale client. Sources: client/, the Vite config,
 * and the server files the client imports (contract types, the event vocabulary).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { newestMtime } from './lib/newest-mtime';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist', 'client', 'index.html');
const SOURCES = ['client', 'vite.config.ts', 'server/contract'];

export function clientIsStale(): { stale: boolean; reason: string } {
  const built = fs.statSync(builtIndex, { throwIfNoEntry: false });
  if (!built) return { stale: true, reason: 'dist/client has not been built' };
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newest > built.mtimeMs
    ? { stale: true, reason: 'client sources changed since the last build' }
    : { stale: false, reason: 'dist/client is up to date' };
}

/** Builds dist/client if it is missing or stale; returns whether it built. */
export async function ensureClientBuilt({ force = false } = {}): Promise<boolean> {
  const { stale, reason } = clientIsStale();
  if (!stale && !force) return false;
  console.log(`Building the web app (${force ? 'forced' : reason})…`);
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log('Built dist/client.');
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureClientBuilt({ force: process.argv.includes('--force') });
}
