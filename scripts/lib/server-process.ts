import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../server/db/connection';
import { migrateToLatest } from '../../server/db/migrate';
import type { Database } from '../../server/db/schema';
import { loadDemoReview } from '../../server/demo/demo-review';
import { createProcessDatabase, type ProcessDatabase } from '../../tests/support/postgres';
import { compiledServerArgs } from '../build-server';
import {
  freePort,
  serviceAccountEnv,
  signIn,
  waitUntilServing,
  type ApiSession,
} from './server-session';

// The real server as a child process on a fresh database file in a temp folder, for process
// tests and load scripts: run as `npm start` runs it (compiled, built first if stale), on
// 127.0.0.1 only. With TEST_DATABASE_URL or DATABASE_URL set, on a fresh PostgreSQL database
// instead (tests/support/postgres.ts).

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  base: string;
  /** The SQLite file, or the PostgreSQL database's URL. */
  databasePath: string;
  /** What a second instance needs to run on the same database (`sharing`), and a way to look in. */
  database: Pick<ProcessDatabase, 'location' | 'env' | 'query'>;
  child: ChildProcess;
  /** The review loaded before start (`demo: true` or `preload`), the service account its reviewer. */
  reviewId: string | null;
  /** A new signed-in session of the service account (the first administrator). */
  session(): Promise<ApiSession>;
  /** The server process's resident memory now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startServerProcess(
  options: {
    demo?: boolean;
    /** Loads a review into the migrated database before the server starts; returns its id. */
    preload?: (db: Kysely<Database>) => Promise<string>;
    env?: Record<string, string>;
    /**
     * A second instance on the first one's database (issue #14: several app instances on one
     * store): it neither makes nor drops the database, and the first one's `stop` does.
     */
    sharing?: ServerProcess;
  } = {},
): Promise<ServerProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-process-'));
  const database = options.sharing
    ? { ...options.sharing.database, drop: async () => {} }
    : await createProcessDatabase(path.join(dir, 'server.sqlite'));
  const databasePath = database.location;
  let reviewId: string | null = null;
  const preload =
    options.preload ?? (options.demo ? async (db) => (await loadDemoReview(db)).reviewId : null);
  if (preload) {
    const { db } = openDatabase(databasePath);
    await migrateToLatest(db);
    reviewId = await preload(db);
    await db.destroy();
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, await compiledServerArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      ...serviceAccountEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      ...database.env,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      const gone = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        void database.drop().then(resolve, resolve);
      };
      if (child.exitCode !== null || child.signalCode !== null) return gone();
      child.once('exit', gone);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  try {
    await waitUntilServing(base, 45_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const server: ServerProcess = {
    base,
    databasePath,
    database: { location: database.location, env: database.env, query: database.query },
    child,
    reviewId,
    session: () => signIn(base),
    rssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop,
  };
  if (reviewId) await joinAsReviewer(server, reviewId);
  return server;
}

/** Makes the service account the review's reviewer (a preloaded review has no members). */
async function joinAsReviewer(server: ServerProcess, reviewId: string): Promise<void> {
  const session = await server.session();
  const me = (await (
    await fetch(`${server.base}/api/session`, { headers: session.headers })
  ).json()) as {
    user: { id: string };
  };
  const response = await fetch(`${server.base}/api/reviews/${reviewId}/members/${me.user.id}`, {
    method: 'PUT',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'reviewer' }),
  });
  if (!response.ok) throw new Error(`joining the demo review: ${response.status}`);
}

/** A review made by the service account, which is its reviewer. */
export async function createReviewOver(
  server: ServerProcess,
  session: ApiSession,
  reference: string,
): Promise<string> {
  const response = await fetch(`${server.base}/api/reviews`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      joinAsReviewer: true,
      reference,
      title: `Process test ${reference}`,
      periodStart: '2018-01-01',
      periodEnd: '2019-12-31',
      jurisdiction: 'wales',
    }),
  });
  if (response.status !== 201) throw new Error(`creating a review: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** A chronology of `rows` home visits in June 2018, as an agency's CSV export. */
export function chronologyCsv(rows: number, label = 'Visit'): string {
  const lines = ['Date,Time,Event type,Description'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${String((i % 28) + 1).padStart(2, '0')}/06/2018,10:00,Home visit,${label} ${i}`);
  }
  return lines.join('\n');
}

export function uploadCsv(
  server: ServerProcess,
  session: ApiSession,
  reviewId: string,
  agency: string,
  csv: string,
): Promise<Response> {
  const form = new FormData();
  form.append('agency', agency);
  form.append('file', new Blob([csv], { type: 'text/csv' }), `${agency}.csv`);
  return fetch(`${server.base}/api/reviews/${reviewId}/submissions`, {
    method: 'POST',
    headers: session.headers,
    body: form,
  });
}

/** The p-th percentile (0–100) of some durations, in ms. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
