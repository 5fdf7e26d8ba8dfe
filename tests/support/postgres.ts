import { createHash, randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { migrations } from '../../migrations/index';
import { openDatabase } from '../../server/db/connection';
import { migrateToLatest } from '../../server/db/migrate';

// Tests on PostgreSQL (issue #14): with TEST_DATABASE_URL or DATABASE_URL set, each test app
// gets a database of its own, copied from a template migrated once (CREATE DATABASE … TEMPLATE
// takes a few tens of ms; migrating afresh takes several times that), and dropped on close.
// The URL's own database is only where the template is made from; the role needs CREATEDB.

/** The PostgreSQL server tests run against, or null: SQLite, as `npm test` always has. */
export const testDatabaseUrl: string | null =
  process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || null;

/** True when this run's test apps are on PostgreSQL: `it.skipIf(onPostgres)` marks SQLite-only tests. */
export const onPostgres = testDatabaseUrl !== null;

/**
 * One template per set of migrations and per role: a new or changed migration makes a new
 * template, and a role can copy only a database it owns.
 */
function templateName(serverUrl: string): string {
  return `tapestry_template_${createHash('sha256')
    .update(`${new URL(serverUrl).username}\n`)
    // Their code, not only their names: a migration edited before it is released is a new one.
    .update(
      Object.entries(migrations)
        .map(([name, m]) => `${name}\n${String(m.up)}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12)}`;
}
const TEMPLATE_LOCK_KEY = 0x7465_6d70;

/** The server tests run on; the benches pass their own (BENCH_DATABASE_URL). */
function serverOf(serverUrl: string | null): string {
  if (!serverUrl) throw new Error('No PostgreSQL URL: set TEST_DATABASE_URL or DATABASE_URL.');
  return serverUrl;
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const templatesReady = new Map<string, Promise<string>>();

/**
 * Makes the migrated template once per server (its name is returned); test files in other
 * workers wait on the lock.
 */
function ensureTemplate(serverUrl: string): Promise<string> {
  const template = templateName(serverUrl);
  const ready = templatesReady.get(serverUrl);
  if (ready) return ready;
  const making = withAdmin(serverUrl, async (client) => {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rowCount) return template;
      const building = `${template}_building`;
      await client.query(`drop database if exists ${building}`);
      // C collation: text sorts by code point, as SQLite's does.
      await client.query(
        `create database ${building} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8'`,
      );
      const handle = openDatabase(urlFor(serverUrl, building), { poolSize: 1 });
      await migrateToLatest(handle.db);
      await handle.db.destroy();
      await client.query(`alter database ${building} rename to ${template}`);
      return template;
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  templatesReady.set(serverUrl, making);
  return making;
}

/**
 * A fresh, migrated database of its own on `serverUrl` (the tests' server unless given): its
 * URL, and how to drop it.
 */
export async function createTestDatabase(
  serverUrl = serverOf(testDatabaseUrl),
): Promise<{ url: string; drop(): Promise<void> }> {
  const template = await ensureTemplate(serverUrl);
  const name = `tapestry_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (client) =>
    client.query(`create database ${name} template ${template}`),
  );
  return {
    url: urlFor(serverUrl, name),
    drop: () => dropDatabase(serverUrl, name),
  };
}

/**
 * Drops a test database once its app has closed. Not WITH (FORCE): that needs the right to end
 * every backend on it, autovacuum's included, which a CREATEDB role lacks; a plain DROP ends
 * autovacuum itself, and a connection still closing is waited for, briefly.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`drop database if exists ${name}`);
        return;
      } catch (error) {
        // 55006: "being accessed by other users".
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

/** An empty database (not from the template): for testing the migrations themselves. */
export async function createEmptyTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = serverOf(testDatabaseUrl);
  const name = `tapestry_empty_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (client) =>
    client.query(
      `create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8'`,
    ),
  );
  return { url: urlFor(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

/** A database for a server process of its own: the child's environment, and a way to look in. */
export interface ProcessDatabase {
  /** DATABASE_PATH (SQLite) or DATABASE_URL (PostgreSQL), for the child's environment. */
  env: Record<string, string>;
  /** The file path or the URL: what openDatabase takes. */
  location: string;
  /** SQL with `?` parameters, on a connection of the test's own (read-only on SQLite). */
  query<R = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/**
 * A fresh database for a process test: a SQLite file at `file`, or on PostgreSQL a database
 * copied from the template (`migrated`, the default) or an empty one.
 */
export async function createProcessDatabase(
  file: string,
  { migrated = true }: { migrated?: boolean } = {},
): Promise<ProcessDatabase> {
  if (!onPostgres) {
    return {
      env: { DATABASE_PATH: file, DATABASE_URL: '' },
      location: file,
      async query<R>(text: string, ...params: unknown[]) {
        const db = new SQLite(file, { readonly: true });
        try {
          const statement = db.prepare(text);
          return (statement.reader ? statement.all(...params) : []) as R[];
        } finally {
          db.close();
        }
      },
      drop: async () => {},
    };
  }
  const database = migrated ? await createTestDatabase() : await createEmptyTestDatabase();
  return {
    env: { DATABASE_URL: database.url },
    location: database.url,
    async query<R>(text: string, ...params: unknown[]) {
      const client = new pg.Client({ connectionString: database.url, types: numericCounts });
      await client.connect();
      try {
        let n = 0;
        const result = await client.query(
          text.replace(/\?/g, () => `$${++n}`),
          params,
        );
        return result.rows as R[];
      } finally {
        await client.end();
      }
    },
    drop: database.drop,
  };
}

/** Counts as numbers, as the app's own pool reads them (server/db/postgres.ts). */
const numericCounts = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;
