import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection';
import { MIGRATION_LOCK_KEY, migrateToLatest } from '../../server/db/migrate';
import { migrations } from '../../migrations/index';
import { WRITE_LOCK_KEY } from '../../server/db/postgres';
import { createReview, createTestApp, onPostgres, upload, type TestApp } from '../support/app';
import { createEmptyTestDatabase } from '../support/postgres';

// What differs between SQLite and PostgreSQL that Kysely does not hide (issue #14): each is
// asserted here the same way on both (`npm test`, and with DATABASE_URL set: docs/deploy.md).

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const csv = (rows: number) =>
  [
    'Date,Type,Description,Subjects',
    ...Array.from(
      { length: rows },
      (_, i) => `${String((i % 28) + 1).padStart(2, '0')}/06/2018,Home visit,Visit ${i},Mother`,
    ),
  ].join('\n');

describe('one behaviour on both dialects', () => {
  it('gives counts as numbers, not the strings PostgreSQL sends for bigint', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    expect((await upload(t.app, reviewId, csv(3), { agency: 'Police' })).statusCode).toBe(201);
    const row = await t.queryOne<{ n: unknown; total: unknown }>(
      'select count(*) n, sum(row_number) total from events',
    );
    expect(row).toEqual({ n: 3, total: 2 + 3 + 4 });
    const list = (await t.app.inject({ url: `/api/reviews/${reviewId}/events` })).json();
    expect(list.total).toBe(3);
    expect(list.facets.agency).toEqual([expect.objectContaining({ count: 3 })]);
  });

  it('stores an upload of several insert batches whole, in order', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    // 500 rows a statement: three statements, the last one short.
    const response = await upload(t.app, reviewId, csv(1201), { agency: 'Police' });
    expect(response.statusCode, response.body).toBe(201);
    const rows = await t.query<{ seq: number; row_number: number }>(
      'select seq, row_number from events order by seq',
    );
    expect(rows).toHaveLength(1201);
    expect(rows.every((r, i) => r.row_number === i + 2)).toBe(true);
  });

  it('matches a person ASCII-case-insensitively, as SQLite’s LIKE does (ILIKE on PostgreSQL)', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, csv(2), { agency: 'Police' });
    for (const subject of ['Mother', 'mother', 'MOTHER']) {
      const list = await t.app.inject({
        url: `/api/reviews/${reviewId}/events?subject=${subject}&view=named`,
      });
      expect(list.json().total, subject).toBe(2);
    }
    const none = await t.app.inject({ url: `/api/reviews/${reviewId}/events?subject=Moth` });
    expect(none.json().total).toBe(0);
  });
});

describe('search on both dialects', () => {
  it('folds accents and matches every word as a prefix, as FTS5’s remove_diacritics does', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const file = [
      'Date,Type,Description',
      '01/06/2018,Home visit,Zoë seen at the café with her key worker',
      '02/06/2018,Home visit,Zoe not at home',
      '03/06/2018,Phone call,Strategy discussion',
    ].join('\n');
    expect((await upload(t.app, reviewId, file, { agency: 'Police' })).statusCode).toBe(201);
    const found = async (q: string) =>
      (
        await t!.app.inject({
          url: `/api/reviews/${reviewId}/events?view=named&q=${encodeURIComponent(q)}`,
        })
      ).json().total as number;
    expect(await found('zoe')).toBe(2);
    expect(await found('Zoë')).toBe(2);
    expect(await found('cafe key')).toBe(1);
    expect(await found('strat')).toBe(1);
    expect(await found('strat home')).toBe(0);
  });
});

// PostgreSQL only: SQLite's side is one connection to one file, whose write lock already lets
// one migration run at a time.
describe.runIf(onPostgres)('migrations on PostgreSQL', () => {
  it('two instances migrating one fresh database at once both succeed, and it is migrated once', async () => {
    const database = await createEmptyTestDatabase();
    const first = openDatabase(database.url, { poolSize: 2 });
    const second = openDatabase(database.url, { poolSize: 2 });
    try {
      const [a, b] = await Promise.all([migrateToLatest(first.db), migrateToLatest(second.db)]);
      const all = Object.keys(migrations);
      expect([a, b].sort((x, y) => x.length - y.length)).toEqual([[], all]);
      const applied = await first.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      expect(applied).toHaveLength(all.length);
    } finally {
      await first.db.destroy();
      await second.db.destroy();
      await database.drop();
    }
  });

  it('waits while another instance holds the migration lock', async () => {
    const database = await createEmptyTestDatabase();
    const holder = new pg.Client({ connectionString: database.url });
    const instance = openDatabase(database.url, { poolSize: 2 });
    try {
      await holder.connect();
      await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      let done = false;
      const migrating = migrateToLatest(instance.db).then((applied) => ((done = true), applied));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(done).toBe(false);
      await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      expect(await migrating).toEqual(Object.keys(migrations));
    } finally {
      await holder.end();
      await instance.db.destroy();
      await database.drop();
    }
  });
});

// PostgreSQL only: SQLite's side is tests/process/locked-database.test.ts (another process
// holding the file's lock), which PostgreSQL has no equivalent of.
describe.runIf(onPostgres)('the write lock on PostgreSQL', () => {
  it('a read whose audit entry meets a held write lock is answered, and the entry is written after', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const reader = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${reader.id}`,
      payload: { role: 'reviewer' },
    });
    const views = async () =>
      (await t!.queryOne<{ n: number }>(
        "select count(*) n from audit_log where action = 'timeline.viewed' and user_id = ?",
        reader.id,
      ))!.n;
    // Another instance's transaction (an upload, say) holding the write lock.
    const holder = new pg.Client({ connectionString: t.databasePath });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
      const started = Date.now();
      const response = await reader.app.inject({ url: `/api/reviews/${reviewId}/events` });
      expect(response.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(await views()).toBe(0);
      await holder.query('commit');
      // The queued entry is retried every 250 ms.
      for (let i = 0; i < 40 && (await views()) === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await views()).toBe(1);
    } finally {
      await holder.end();
    }
  });
});
