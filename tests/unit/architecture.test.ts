import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's layering rules are lint rules (eslint.config.js), run by `npm run lint` in CI.
// These tests prove that each rule fires where it should and stays silent where it should not:
// a rule deleted, or a glob that drifts, fails here rather than letting the layering rot.

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedRules(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, filePath) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? `parse: ${m.message}`)
    .filter((id) => id.startsWith('no-restricted') || id.startsWith('parse'));
}

const service = `import { sql } from 'kysely';
import type { Db } from '../db/handle';

export async function countEvents(db: Db, reviewId: string) {
  const { rows } = await sql\`select count(*) as n from events\`.execute(db);
  return db.selectFrom('events').where('review_id', '=', reviewId).execute().then(() => rows);
}
`;

describe('only repositories and server/db touch Kysely', () => {
  it('refuses Kysely, a query builder call and raw SQL in a service', async () => {
    expect(await restrictedRules('server/events/probe.service.ts', service)).toEqual([
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('refuses them in a route file and in the client too', async () => {
    expect(await restrictedRules('server/events/probe-routes.ts', service)).toHaveLength(3);
    expect(await restrictedRules('client/lib/probe.ts', service)).toHaveLength(3);
  });

  it('refuses a type-only import of Kysely: handles are named through server/db/handle', async () => {
    const text = "import type { Kysely } from 'kysely';\nexport type X = Kysely<object>;\n";
    expect(await restrictedRules('server/gaps/probe.service.ts', text)).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('allows them in a repository, in server/db, in migrations and in scripts', async () => {
    for (const file of [
      'server/events/probe.repository.ts',
      'server/db/probe.ts',
      'migrations/0999_probe.ts',
      'scripts/probe.ts',
    ])
      expect(await restrictedRules(file, service), file).toEqual([]);
  });

  it('allows a service its transaction, with the queries left to repositories', async () => {
    const text = `import type { Db } from '../db/handle';
import { insertEvent } from './events.repository';
export const save = (db: Db) => db.transaction().execute((trx) => insertEvent(trx));
`;
    expect(await restrictedRules('server/events/probe.service.ts', text)).toEqual([]);
  });
});

// Folder directions: .dependency-cruiser.cjs, run by `npm run deps` in CI.
interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function cruise(cwd: string, config: string): string[] {
  const bin = path.join(root, 'node_modules/.bin/depcruise');
  const args = ['server', 'client', '--config', config, '--output-type', 'json', '--no-cache'];
  // depcruise exits non-zero when it finds a violation; its JSON is on stdout either way.
  let out: string;
  try {
    out = execFileSync(bin, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const result = JSON.parse(out) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('folders import only downwards', () => {
  it('refuses an edge up the ranks, one sideways, a loop, a client import past the contract and one client feature importing another', () => {
    const fixture = path.join(root, 'tests/support/layer-fixture');
    expect(cruise(fixture, path.join(root, '.dependency-cruiser.cjs'))).toEqual([
      'client-feature-own-folder: client/features/timeline/workspace.ts → client/features/walkthrough/notes.ts',
      'client-only-contract: client/page.ts → server/ingest/reader.ts',
      'no-circular: server/ingest/loop-a.ts → server/ingest/loop-b.ts',
      'sideways-from-annotations: server/annotations/notes.ts → server/events/other.ts',
      'up-from-rank-4: server/events/listing.ts → server/gaps/flags.ts',
    ]);
  }, 60_000);

  it('finds no edge in the code that breaks a rule: no back-edge, no loop', () => {
    expect(cruise(root, '.dependency-cruiser.cjs')).toEqual([]);
  }, 60_000);
});

// Sizes a newcomer can read (issue #13): a source file holds one responsibility, and a client
// component one part of a screen. Tests are not held to it: each is read one case at a time,
// with its fixtures inline (docs/architecture.md, "Layout").
const SOURCE_MAX_LINES = 400;
const COMPONENT_MAX_LINES = 200;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const linesOf = (file: string) =>
  readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;

describe('files a newcomer can read', () => {
  it(`no source file is over ${SOURCE_MAX_LINES} lines`, () => {
    const files = ['server', 'client', 'scripts', 'migrations'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((file) => linesOf(file) > SOURCE_MAX_LINES)).toEqual([]);
  });

  it(`no client component is over ${COMPONENT_MAX_LINES} lines`, () => {
    const components = sourceFiles('client').filter((file) => file.endsWith('.tsx'));
    expect(components.length).toBeGreaterThan(50);
    expect(components.filter((file) => linesOf(file) > COMPONENT_MAX_LINES)).toEqual([]);
  });
});
