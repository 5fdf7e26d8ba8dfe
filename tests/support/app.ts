import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type App } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openDatabase, type DatabaseHandle } from '../../server/db/connection';
import { migrateToLatest } from '../../server/db/migrate';

export interface TestApp extends DatabaseHandle {
  app: App;
  databasePath: string;
  close(): Promise<void>;
}

/**
 * The real application on a real, freshly migrated SQLite file in a temp folder: the same
 * buildApp that `npm start` uses, so tests see every option production has.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-test-'));
  const databasePath = path.join(dir, 'test.sqlite');
  const config = loadConfig({ DATABASE_PATH: databasePath, ...env });
  const handle = openDatabase(databasePath);
  await migrateToLatest(handle.db);
  const app = await buildApp({ db: handle.db, config });
  return {
    ...handle,
    app,
    databasePath,
    async close() {
      await app.close();
      await handle.db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const CYSUR_REVIEW = {
  reference: 'CYSUR 2/2020',
  title: 'Concise Child Practice Review: infant, Powys',
  periodStart: '2018-05-20',
  periodEnd: '2019-05-20',
  jurisdiction: 'wales',
} as const;

export async function createReview(app: App, body: object = CYSUR_REVIEW): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/reviews', payload: body });
  if (response.statusCode !== 201) throw new Error(`createReview: ${response.body}`);
  return response.json().id as string;
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
export function tableCounts(handle: DatabaseHandle): Record<string, number> {
  const tables = ['reviews', 'agencies', 'submissions', 'events'];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      (handle.sqlite.prepare(`select count(*) n from ${t}`).get() as { n: number }).n,
    ]),
  );
}
