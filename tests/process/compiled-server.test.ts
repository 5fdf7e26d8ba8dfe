import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, NODE_FLAGS } from '../../scripts/build-server';
import {
  createReviewOver,
  startServerProcess,
  uploadCsv,
  type ServerProcess,
} from '../../scripts/lib/server-process';

// `npm start` runs the server compiled to dist/server/ (scripts/build-server.ts), not its
// TypeScript. From there it must still start its upload thread from the compiled worker file and
// find every file it reads at run time: the English word list (read on the first misspelt
// type), the rule packs, the bank holidays and the vocabulary (bundled), dist/client. Stack
// traces still name the .ts lines. startServerProcess builds the bundle first when it is stale
// (on a clean clone, always).

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let server: ServerProcess | undefined;
afterAll(() => server?.stop());

describe('the compiled server', () => {
  it('stores an upload through its compiled upload thread, reading its data files', async () => {
    server = await startServerProcess();
    expect(server.child.spawnargs).toContain(path.join(ROOT, 'dist', 'server', 'main.js'));
    const session = await server.session();
    const reviewId = await createReviewOver(server, session, 'COMPILED');

    // "Hone visit" is read as a home visit only by the spelling correction, which needs the
    // word list, in the upload thread.
    const csv = ['Date,Time,Event type,Description', '03/06/2018,10:00,Hone visit,Seen at home'];
    const upload = await uploadCsv(server, session, reviewId, 'Police', csv.join('\n'));
    expect(upload.status).toBe(201);
    const { events } = (await (
      await fetch(`${server.base}/api/reviews/${reviewId}/events?limit=10&facets=false`, {
        headers: session.headers,
      })
    ).json()) as { events: Array<{ type: string; typeText: string | null }> };
    expect(events.map((e) => [e.typeText, e.type])).toEqual([['Hone visit', 'contact.home-visit']]);

    // The review's rules come from the Welsh pack; working days count the bank holidays.
    const rules = (await (
      await fetch(`${server.base}/api/reviews/${reviewId}/rules`, { headers: session.headers })
    ).json()) as { rules: unknown[] };
    expect(rules.rules.length).toBeGreaterThan(5);
    const gaps = await fetch(`${server.base}/api/reviews/${reviewId}/gaps`, {
      headers: session.headers,
    });
    expect(gaps.status).toBe(200);

    // The web app from the project's dist/client, whether or not it has been built here.
    const page = await fetch(`${server.base}/`);
    const clientBuilt = fs.existsSync(path.join(ROOT, 'dist', 'client', 'index.html'));
    expect(page.status).toBe(clientBuilt ? 200 : 503);
  }, 90_000);

  it('is started by npm start and npm run start:api as the benches and these tests start it', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const command = `node ${NODE_FLAGS.join(' ')} dist/server/main.js`;
    expect(scripts.start?.endsWith(`tsx scripts/build-server.ts && ${command}`)).toBe(true);
    expect(scripts['start:api']).toBe(`tsx scripts/build-server.ts && ${command}`);
  });

  it('names the TypeScript line in a stack trace', async () => {
    await ensureServerBuilt();
    // The worker file run outside a worker thread fails at once, on its parentPort.
    const error = await promisify(execFile)(
      process.execPath,
      ['--enable-source-maps', path.join(ROOT, 'dist', 'server', 'upload-worker.js')],
      { cwd: ROOT },
    ).catch((failure: { stderr: string }) => failure);
    expect('stderr' in error ? error.stderr : '').toMatch(
      /server[\\/]submissions[\\/]upload-worker\.ts:\d+/,
    );
  });
});
