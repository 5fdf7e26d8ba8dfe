import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, signIn, waitUntilServing } from '../../scripts/lib/server-session';
import { createProcessDatabase, type ProcessDatabase } from '../support/postgres';

// A real server process on an empty database, raced by parallel HTTP requests: the setup
// link used five times at once, and two admins demoting each other at the same moment.

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-races-'));
let database: ProcessDatabase;
const PASSWORD = 'correct horse battery staple';
let base = '';
let server: ChildProcess | undefined;
let setupToken = '';

beforeAll(async () => {
  // Empty: the server makes the schema itself on start, as a first run does.
  database = await createProcessDatabase(path.join(dir, 'races.sqlite'), { migrated: false });
  base = `http://127.0.0.1:${await freePort()}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      PORT: base.split(':').pop(),
      ...database.env,
      SCRYPT_COST_LOG2: '10',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  server = child;
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Generous: on a shared, loaded machine the server can take 20 s to compile and start.
  await waitUntilServing(base, 45_000, child);
  setupToken = /#token=([\w-]+)/.exec(output)?.[1] ?? '';
  expect(setupToken).not.toBe('');
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  }
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function admins() {
  return database.query<{ email: string }>(
    'select email from users where is_admin = 1 and disabled_at is null',
  );
}

describe('account races against a running server', () => {
  it('the setup link used five times at once makes one admin', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        fetch(`${base}/api/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            token: setupToken,
            email: `first${i}@board.org`,
            displayName: `First ${i}`,
            password: PASSWORD,
          }),
        }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    expect(await admins()).toHaveLength(1);
  });

  it('two admins demoting each other at once leave one admin', async () => {
    const [first] = await admins();
    const one = await signIn(base, { email: first!.email, password: PASSWORD });
    const created = await fetch(`${base}/api/users`, {
      method: 'POST',
      headers: { ...one.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'second@board.org',
        displayName: 'Second',
        password: PASSWORD,
        isAdmin: true,
      }),
    });
    expect(created.status).toBe(201);
    const two = await signIn(base, { email: 'second@board.org', password: PASSWORD });
    const idOf = async (session: typeof one) =>
      (
        (await (await fetch(`${base}/api/session`, { headers: session.headers })).json()) as {
          user: { id: string };
        }
      ).user.id;
    const [idOne, idTwo] = [await idOf(one), await idOf(two)];

    // Each demotes the other, in parallel, several times over: the rule must hold every time.
    const demote = (session: typeof one, id: string) =>
      fetch(`${base}/api/users/${id}`, {
        method: 'PATCH',
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ isAdmin: false, password: 'a fresh long password 1' }),
      });
    const answers = await Promise.all([demote(one, idTwo), demote(two, idOne)]);
    const statuses = answers.map((r) => r.status).sort();
    // One wins. The other is refused: 409 (the last admin) when it was let through before the
    // winner committed; when the winner's commit came first (on a loaded machine the requests
    // do not always overlap), 403 if only its admin rights were gone by then, 401 if its
    // session was too (each demotion also resets the other's password, which ends that
    // account's sessions: accounts.service.ts). Never two 200s, never no admin.
    expect(statuses[0]).toBe(200);
    expect([401, 403, 409]).toContain(statuses[1]);
    expect(await admins()).toHaveLength(1);
  });
});
