import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { describeLocation } from '../../server/db/dialect';
import { createProcessDatabase } from '../support/postgres';

// `npm run migrate` brings a database file up to date without starting the server
// (docs/operations.md), and a second run finds nothing to do.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'tapestry-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function migrate(database: Record<string, string>): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...database },
    encoding: 'utf8',
  }).trim();
}

describe('npm run migrate', () => {
  it('applies every migration to a new database, then says it is up to date', async () => {
    const database = await createProcessDatabase(path.join(dir, 'fresh.sqlite'), {
      migrated: false,
    });
    try {
      const where = describeLocation(database.location);
      const names = Object.keys(migrations);
      expect(migrate(database.env)).toBe(`${where}: applied ${names.join(', ')}`);
      const done = await database.query<{ name: string }>(
        'select name from kysely_migration order by name',
      );
      expect(done.map((r) => r.name)).toEqual(names);
      expect(migrate(database.env)).toBe(`${where}: up to date`);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
