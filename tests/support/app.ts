import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { CompiledQuery } from 'kysely';
import { buildApp, type App } from '../../server/app';
import { createSession, insertUser, upsertMembership } from '../../server/auth/accounts.repository';
import { sessionCookieName } from '../../server/auth/plugin';
import { hashPassword } from '../../server/auth/password';
import { loadConfig, type AppConfig } from '../../server/config';
import { openDatabase, type DatabaseHandle } from '../../server/db/connection';
import { migrateToLatest } from '../../server/db/migrate';
import { loadDemoReview } from '../../server/demo/demo-review';
import { createTestDatabase, onPostgres, testDatabaseUrl } from './postgres';

export { onPostgres, testDatabaseUrl };

export interface TestApp extends DatabaseHandle {
  /**
   * The app as the test administrator sees it: every inject carries their session cookie and
   * CSRF header. Reviews made with `createReview` make them the reviewer too.
   */
  app: App;
  /** The same app with no session: for what a stranger gets. */
  anonymous: App;
  config: AppConfig;
  /** The SQLite file, or on PostgreSQL the test database's URL. */
  databasePath: string;
  /**
   * Runs SQL with `?` parameters on either dialect and returns the rows: for tests that look
   * at the tables themselves. Counts come back as numbers on both.
   */
  query<R = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<R[]>;
  /** The first row of `query`, or undefined. */
  queryOne<R = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<R | undefined>;
  /** A new account with a live session, and the app as that user sees it. */
  signUp(user?: { email?: string; isAdmin?: boolean; password?: string }): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  app: App;
  cookie: string;
  csrfToken: string;
}

/**
 * A cheap scrypt cost for tests' accounts: the production cost is measured in its own test.
 * Tests send fixtures back to back from one session; the upload limits have their own test.
 */
const TEST_ENV = { SCRYPT_COST_LOG2: '10', UPLOADS_PER_MINUTE: '10000', UPLOADS_AT_ONCE: '100' };
let userCounter = 0;

/**
 * The real application on a real, freshly migrated SQLite file in a temp folder (or, with
 * TEST_DATABASE_URL or DATABASE_URL set, a fresh PostgreSQL database: tests/support/postgres.ts):
 * the same buildApp that `npm start` uses, so tests see every option production has.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { setupToken?: string } = {},
): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-test-'));
  const postgres = onPostgres ? await createTestDatabase() : null;
  const databasePath = postgres?.url ?? path.join(dir, 'test.sqlite');
  const config = loadConfig({
    DATABASE_PATH: path.join(dir, 'test.sqlite'),
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...TEST_ENV,
    ...env,
  });
  const handle = openDatabase(databasePath);
  // On PostgreSQL the template is migrated already; this finds nothing to do.
  await migrateToLatest(handle.db);
  const anonymous = await buildApp({
    db: handle.db,
    config,
    setupToken: options.setupToken ?? null,
  });

  async function signUp(user: { email?: string; isAdmin?: boolean; password?: string } = {}) {
    const email = user.email ?? `user${++userCounter}@test.tapestry`;
    const password = user.password ?? 'correct horse battery staple';
    const id = await insertUser(handle.db, {
      email,
      displayName: email.split('@')[0]!,
      passwordHash: await hashPassword(password, config.passwordCostLog2),
      isAdmin: user.isAdmin ?? false,
    });
    const session = await createSession(handle.db, id, config.sessionHours);
    const cookie = `${sessionCookieName(config)}=${session.token}`;
    return {
      id,
      email,
      password,
      cookie,
      csrfToken: session.csrfToken,
      app: withSession(anonymous, cookie, session.csrfToken),
    };
  }

  const admin = await signUp({ email: 'admin@test.tapestry', isAdmin: true });
  const query = <R>(text: string, ...params: unknown[]) => runQuery<R>(handle, text, params);
  const testApp: TestApp = {
    db: handle.db,
    dialect: handle.dialect,
    sqlite: undefined as never,
    app: admin.app,
    anonymous,
    config,
    databasePath,
    query,
    queryOne: async <R>(text: string, ...params: unknown[]) => (await query<R>(text, ...params))[0],
    signUp,
    async close() {
      await anonymous.close();
      await handle.db.destroy();
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  // On PostgreSQL reading it throws, saying why (server/db/postgres.ts).
  return Object.defineProperty(testApp, 'sqlite', { get: () => handle.sqlite });
}

/** SQL with `?` parameters on either dialect (PostgreSQL numbers them: $1, $2…). */
async function runQuery<R>(handle: DatabaseHandle, text: string, params: unknown[]): Promise<R[]> {
  let n = 0;
  const compiled = handle.dialect === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  const result = await handle.db.executeQuery<R>(CompiledQuery.raw(compiled, params));
  return result.rows;
}

export const CYSUR_REVIEW = {
  reference: 'CYSUR 2/2020',
  title: 'Concise Child Practice Review: infant, Powys',
  periodStart: '2018-05-20',
  periodEnd: '2019-05-20',
  jurisdiction: 'wales',
} as const;

/** The app as a signed-in user sees it: their cookie and CSRF header on every inject. */
export function withSession(app: App, cookie: string, csrfToken: string): App {
  const inject = (options: string | Record<string, unknown>) => {
    const opts = typeof options === 'string' ? { url: options } : options;
    const headers = (opts.headers ?? {}) as Record<string, string>;
    return app.inject({
      ...opts,
      headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
    } as unknown as InjectOptions);
  };
  return Object.assign(Object.create(app) as App, { inject });
}

/** Creates a review as the (admin) app's user, who joins it as its reviewer. */
export async function createReview(app: App, body: object = CYSUR_REVIEW): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/reviews',
    payload: { joinAsReviewer: true, ...body },
  });
  if (response.statusCode !== 201) throw new Error(`createReview: ${response.body}`);
  return response.json().id as string;
}

/** A new account, made a member of the review in `role` by the test's admin. */
export async function signUpMember(t: TestApp, reviewId: string, role: string): Promise<TestUser> {
  const user = await t.signUp();
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/members/${user.id}`,
    payload: { role },
  });
  if (response.statusCode >= 300) throw new Error(`signUpMember: ${response.body}`);
  return user;
}

export interface UploadOptions {
  agency?: string;
  fileName?: string;
  contentType?: string;
  fields?: Record<string, string>;
}

/** A real multipart/form-data body, built by the platform's own FormData. */
export async function multipart(
  bytes: Uint8Array | string,
  {
    agency = 'Test Agency',
    fileName = 'chronology.csv',
    contentType = 'text/csv',
    fields = {},
  }: UploadOptions = {},
) {
  const form = new FormData();
  form.append('agency', agency);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes as BlobPart], { type: contentType }), fileName);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') as string },
  };
}

export async function upload(
  app: App,
  reviewId: string,
  bytes: Uint8Array | string,
  options: UploadOptions = {},
) {
  const body = await multipart(bytes, options);
  return app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/submissions`,
    ...body,
  });
}

export function fixture(...parts: string[]): Buffer {
  return fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', ...parts));
}

/** Row counts of every table: for asserting that a rejected upload stored nothing. */
export async function tableCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = [
    'reviews',
    'agencies',
    'submissions',
    'events',
    'review_rules',
    'event_links',
    'memberships',
  ];
  const counts = await Promise.all(
    tables.map(async (t) => {
      const rows = await runQuery<{ n: number }>(handle, `select count(*) n from ${t}`, []);
      return [t, rows[0]!.n] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** Loads the demo review and makes the test administrator its reviewer. */
export async function loadDemo(t: TestApp) {
  const loaded = await loadDemoReview(t.db);
  const admin = await t.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'admin@test.tapestry')
    .executeTakeFirstOrThrow();
  await upsertMembership(t.db, {
    reviewId: loaded.reviewId,
    userId: admin.id,
    role: 'reviewer',
    agencyName: null,
    agencyKey: null,
  });
  return loaded;
}
