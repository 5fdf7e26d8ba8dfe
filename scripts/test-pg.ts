import { spawnSync } from 'node:child_process';

// `npm run test:pg`: the API and process tests on PostgreSQL (issue #14, docs/deploy.md). Needs
// DATABASE_URL (or TEST_DATABASE_URL) naming a database whose role may CREATE DATABASE: each
// test app gets a database of its own, copied from a migrated template. Without one it stops,
// rather than run the SQLite tests again under a PostgreSQL name.

const url = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
if (!url || !/^postgres(ql)?:\/\//i.test(url)) {
  console.error(
    'npm run test:pg needs DATABASE_URL=postgres://user:password@host/db (a role with CREATEDB).',
  );
  process.exit(2);
}
const run = spawnSync(
  'npx',
  ['vitest', 'run', 'tests/api', 'tests/process', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
