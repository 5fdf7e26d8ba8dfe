import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';

// `npm run migrate` brings a database file up to date without starting the server
// (docs/operations.md), and a second run finds nothing to do.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'tapestry-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function migrate(databasePath: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  }).trim();
}

describe('npm run migrate', () => {
  it('applies every migration to a new file, then says it is up to date', () => {
    const file = path.join(dir, 'fresh.sqlite');
    const names = Object.keys(migrations);
    expect(migrate(file)).toBe(`${file}: applied ${names.join(', ')}`);
    const db = new SQLite(file, { readonly: true });
    const done = db.prepare('select name from kysely_migration order by name').all();
    db.close();
    expect(done.map((r) => (r as { name: string }).name)).toEqual(names);
    expect(migrate(file)).toBe(`${file}: up to date`);
  }, 60_000);
});
