import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app';
import {
  createReview,
  createTestApp,
  multipart,
  tableCounts,
  upload,
  type TestApp,
  type UploadOptions,
} from '../support/app';

// Every bad input we know of, sent through the real app: each gets its own 4xx with a message
// a data officer can act on, names the row and column where there is one, and stores nothing.
// One app serves the whole table (each case is refused, so none affects the next).

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

type Send = () => Promise<{ statusCode: number; json: () => any }>;

interface Case {
  name: string;
  send: Send;
  status: number;
  code: string;
  /** Words the message must hold: what is wrong, or (problems()) how many problems in how many rows. */
  says: RegExp;
  /** Issues that must be among the response's `issues` (row, column and code). */
  issues?: Array<{ row: number | null; column: string | null; code: string }>;
}

const file =
  (bytes: Uint8Array | string, options: UploadOptions = {}): Send =>
  () =>
    upload(t.app, reviewId, bytes, options);

const csv = (...lines: string[]) => lines.join('\n') + '\n';
/** The summary a refusal listing its issues gives: "2 problems in 1 row; nothing was stored." */
const problems = (count: number, rows: number) =>
  new RegExp(
    `^${count} problem${count === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}; nothing was stored\\.$`,
  );
const json = (value: unknown) => JSON.stringify(value);
const jsonFile = (text: string) =>
  file(text, { fileName: 'events.json', contentType: 'application/json' });

const jsonBody =
  (payload: string): Send =>
  () =>
    t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      headers: { 'content-type': 'application/json' },
      payload,
    });

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from([0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]),
]);
// The start of a zip archive holding an Excel workbook, and of one holding anything else.
const XLSX = Buffer.concat([
  Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'),
  Buffer.from('\u0000'.repeat(18) + '\u000f\u0000\u0000\u0000xl/workbook.xml', 'latin1'),
]);
const ZIP = Buffer.concat([
  Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1'),
  Buffer.from('\u0000'.repeat(18) + '\u0009\u0000\u0000\u0000notes.txt', 'latin1'),
]);
const RANDOM_BINARY = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + (i >> 3)) % 256));
const DEEP = 100_000;

const CASES: Case[] = [
  { name: 'an empty file', send: file(''), status: 400, code: 'FILE_UNREADABLE', says: /empty/ },
  {
    name: 'a file of blank lines',
    send: file('\n \r\n\t\n'),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /no text/,
  },
  {
    name: 'a header and no rows',
    send: file('Date,Description\n'),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: null, code: 'file.no-rows' }],
  },
  {
    name: 'an empty JSON list',
    send: jsonFile('[]'),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: null, column: null, code: 'file.no-rows' }],
  },
  {
    name: 'PNG bytes named x.csv',
    send: file(PNG, { fileName: 'x.csv' }),
    status: 415,
    code: 'UNSUPPORTED_FILE_TYPE',
    says: /PNG image/,
  },
  {
    name: 'an Excel workbook (a zip) named x.csv',
    send: file(XLSX, { fileName: 'x.csv' }),
    status: 415,
    code: 'UNSUPPORTED_FILE_TYPE',
    says: /spreadsheet workbook \(xlsx\).*CSV UTF-8/,
  },
  {
    name: 'any other zip named x.csv',
    send: file(ZIP, { fileName: 'x.csv' }),
    status: 415,
    code: 'UNSUPPORTED_FILE_TYPE',
    says: /compressed archive.*Unzip/,
  },
  {
    name: 'a file name with a NUL character',
    send: file(csv('Date,Description', '22/05/2018,x'), { fileName: 'chron\u0000ology.csv' }),
    status: 400,
    code: 'BAD_REQUEST',
    says: /file name contains an invisible control character/,
  },
  {
    name: 'a file name with a right-to-left override (U+202E)',
    send: file(csv('Date,Description', '22/05/2018,x'), { fileName: 'evil\u202Evsc.csv' }),
    status: 400,
    code: 'BAD_REQUEST',
    says: /file name contains an invisible character that changes the direction/,
  },
  {
    name: 'a part declared text/csv whose bytes are a JSON array',
    send: file(json([{ date: '22/05/2018', description: 'x' }]), { contentType: 'text/csv' }),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /file is JSON but was sent as CSV \(its name ends \.csv\)/,
  },
  {
    name: 'a part declared application/json whose bytes are CSV',
    send: file(csv('Date,Description', '22/05/2018,x'), { contentType: 'application/json' }),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /sent as JSON \(its type is application\/json\) but is not JSON/,
  },
  {
    name: 'a part declared text/csv that is binary',
    send: file(RANDOM_BINARY, { contentType: 'text/csv' }),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /binary data, not text/,
  },
  {
    name: 'an unclosed quote',
    send: file(
      csv(
        'Date,Description,Outcome',
        '22/05/2018,Seen,Fine',
        '23/05/2018,"Never closed,x',
        '24/05/2018,y,z',
      ),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(2, 1),
    issues: [{ row: 3, column: 'Description', code: 'csv.unclosed-quote' }],
  },
  {
    name: 'ragged rows',
    send: file(
      csv(
        'Date,Event type,Description,Outcome',
        '22/05/2018,Home visit,Seen at home,Visit booked',
        '23/05/2018,Tel call,Spoke to mother',
        '24/05/2018,Letter,Letter sent,Filed,extra cell',
      ),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(2, 2),
    issues: [
      { row: 3, column: 'Outcome', code: 'row.too-few-cells' },
      { row: 4, column: null, code: 'row.too-many-cells' },
    ],
  },
  {
    name: 'duplicate headers',
    send: file(csv('Date,Notes,Notes', '22/05/2018,a,b')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 1, column: 'Notes', code: 'header.duplicate' }],
  },
  {
    name: 'a NUL inside a cell',
    send: file(
      csv('Date,Description', '22/05/2018,Seen at home', '23/05/2018,Seen\u0000at school'),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 3, column: 'Description', code: 'cell.control-character' }],
  },
  {
    name: 'other control characters inside cells (BEL, ESC, DEL)',
    send: file(
      csv('Date,Description,Outcome', '22/05/2018,Ring\u0007,Esc\u001b', '23/05/2018,x,Del\u007f'),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(3, 2),
    issues: [
      { row: 2, column: 'Description', code: 'cell.control-character' },
      { row: 2, column: 'Outcome', code: 'cell.control-character' },
      { row: 3, column: 'Outcome', code: 'cell.control-character' },
    ],
  },
  {
    name: 'a control character in a header',
    send: file(csv('Date,Desc\u0001ription', '22/05/2018,x')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 1, column: 'Desc\u0001ription', code: 'cell.control-character' }],
  },
  {
    name: '31/02/2019',
    send: file(csv('Date,Description', '31/02/2019,x')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'Date', code: 'date.impossible' }],
  },
  {
    name: '12/31/2019 (US order)',
    send: file(csv('Date,Description', '12/31/2019,x')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'Date', code: 'date.us-order' }],
  },
  {
    name: 'a two-digit year that could be either century (22/05/30: 1930 or 2030?)',
    send: file(csv('Date,Description', '22/05/18,x', '22/05/30,y')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 3, column: 'Date', code: 'date.two-digit-year' }],
  },
  {
    name: 'an end date before the start',
    send: file(csv('Date,End date,Description', '22/05/2018,20/05/2018,Admission')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'End date', code: 'date.end-before-start' }],
  },
  {
    name: 'Excel serial 60 (the 29 February 1900 that never was)',
    send: file(csv('Date,Description', '60,x')),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'Date', code: 'date.excel-leap-bug' }],
  },
  {
    name: 'a 5 MB cell',
    send: file(csv('Date,Description', `22/05/2018,"${'x'.repeat(5 * 1024 * 1024)}"`)),
    status: 422,
    code: 'ROWS_INVALID',
    says: /1 problem/,
    issues: [{ row: 2, column: 'Description', code: 'cell.too-long' }],
  },
  {
    name: 'a 5 MB date cell (never parsed as a date)',
    send: file(csv('Date,Description', `${'1'.repeat(5 * 1024 * 1024)},x`)),
    status: 422,
    code: 'ROWS_INVALID',
    says: /1 problem/,
    issues: [{ row: 2, column: 'Date', code: 'cell.too-long' }],
  },
  {
    name: 'a lone surrogate in a JSON string ("\\ud800")',
    send: jsonFile('[{"date": "22/05/2018", "description": "half \\ud800 an emoji"}]'),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 1, column: 'description', code: 'cell.broken-character' }],
  },
  {
    name: 'a surrogate encoded as UTF-8 bytes (CESU ED A0 80) in a CSV',
    send: file(
      Buffer.concat([
        Buffer.from('Date,Description\n22/05/2018,fine\n23/05/2018,half '),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from(' an emoji\n'),
      ]),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 3, column: 'Description', code: 'cell.broken-character' }],
  },
  {
    name: 'JSON with a "__proto__" key',
    send: jsonFile(
      '[{"date": "22/05/2018", "description": "x", "__proto__": {"polluted": "yes"}}]',
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 1, column: '__proto__', code: 'json.reserved-key' }],
  },
  {
    // An object's fields are read as columns of their own (`period.start`); a list of lists
    // is no field at all.
    name: 'JSON with a list of lists where text is expected',
    send: jsonFile(
      json([
        { date: '22/05/2018', description: 'x' },
        { date: '23/05/2018', description: [[1, 2]] },
      ]),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'description', code: 'json.wrong-type' }],
  },
  {
    name: 'JSON with a number or true where text is expected',
    send: jsonFile(
      json([
        { date: '22/05/2018', description: 5 },
        { date: '23/05/2018', description: 'x', type: true },
      ]),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(2, 2),
    issues: [
      { row: 1, column: 'description', code: 'json.wrong-type' },
      { row: 2, column: 'type', code: 'json.wrong-type' },
    ],
  },
  {
    name: 'JSON with a key twice in one object',
    send: jsonFile(
      '[{"date": "22/05/2018", "description": "a"},\n {"date": "23/05/2018", "description": "first", "description": "second"}]',
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'description', code: 'json.duplicate-key' }],
  },
  {
    name: 'JSON nested 33 levels deep',
    send: jsonFile(
      `[{"date": "22/05/2018", "description": ${'['.repeat(31)}"x"${']'.repeat(31)}}]`,
    ),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /item 1, field "description"\): the data is nested more than 32 levels deep/,
    issues: [{ row: 1, column: 'description', code: 'json.too-deep' }],
  },
  {
    name: `JSON nested ${DEEP.toLocaleString('en-GB')} levels deep`,
    send: jsonFile(
      `[{"date": "22/05/2018", "description": ${'['.repeat(DEEP)}${']'.repeat(DEEP)}}]`,
    ),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /item 1, field "description"\): the data is nested more than 32 levels deep/,
    issues: [{ row: 1, column: 'description', code: 'json.too-deep' }],
  },
  {
    name: 'JSON that breaks off part way',
    send: jsonFile('[{"date": "22/05/2018", "description": "a"},\n {"date": "23/05/2018", "descr'),
    status: 400,
    code: 'FILE_UNREADABLE',
    says: /not valid JSON: line 2, character 25 \(item 2\): text that starts here never ends/,
    issues: [{ row: 2, column: null, code: 'json.syntax' }],
  },
  {
    name: 'an agency column naming another agency',
    send: file(csv('Date,Agency,Description', '22/05/2018,Dyfed-Powys Police,Not ours'), {
      agency: 'Powys Housing',
    }),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 2, column: 'Agency', code: 'agency.mismatch' }],
  },
  {
    name: 'a JSON body whose event has a list of lists where text is expected',
    send: jsonBody(
      json({ agency: 'Health', events: [{ date: '22/05/2018', description: [['a', 'b']] }] }),
    ),
    status: 422,
    code: 'ROWS_INVALID',
    says: problems(1, 1),
    issues: [{ row: 1, column: 'description', code: 'json.wrong-type' }],
  },
  {
    name: 'a JSON body with a "__proto__" key',
    send: jsonBody(
      '{"agency": "Health", "events": [{"date": "22/05/2018", "__proto__": {"x": 1}}]}',
    ),
    status: 400,
    code: 'BAD_REQUEST',
    says: /reserved field name \(__proto__ or constructor\.prototype\)/,
  },
];

describe('bad inputs', () => {
  it.each(CASES)('$name → $status $code, nothing stored', async (c) => {
    const before = await tableCounts(t);
    const response = await c.send();
    const body = response.json();
    expect(response.statusCode, JSON.stringify(body).slice(0, 500)).toBe(c.status);
    expect(body.error.code).toBe(c.code);
    const message: string = body.error.message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/undefined|\[object|NaN/);
    expect(message).toMatch(c.says);
    for (const issue of c.issues ?? []) {
      expect(body.issues).toContainEqual(expect.objectContaining(issue));
    }
    for (const issue of body.issues ?? []) {
      expect(issue.message).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a "__proto__" key pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a 5 MB cell is refused quickly and its text is not echoed back', async () => {
    const started = performance.now();
    const response = await upload(
      t.app,
      reviewId,
      csv('Date,Description', `22/05/2018,${'y'.repeat(5 * 1024 * 1024)}`),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body.length).toBeLessThan(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a file name with a folder path never reaches storage as a path', async () => {
    // A browser sends a base name only, so a path was made by hand. The app registers the
    // multipart parser with `preservePath: true` (server/app.ts), so busboy does not trim the
    // name to "passwd.csv": the app sees the path and refuses it by name (checkFileName in
    // server/submissions/submission-source.ts), rather than silently storing a trimmed name.
    const before = await tableCounts(t);
    const response = await upload(t.app, reviewId, csv('Date,Description', '22/05/2018,x'), {
      fileName: '../../etc/passwd.csv',
      agency: 'Path Test',
      fields: { dryRun: 'true' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^The file name contains a folder path/),
    });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('a client that drops the connection half way through an upload leaves nothing behind, and the server answers the next request', async () => {
    const server = (t as { anonymous?: App }).anonymous ?? t.app;
    const session = await sessionHeaders();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const path = `/api/reviews/${reviewId}/submissions`;
    const rows = Array.from({ length: 5000 }, (_, i) => `22/05/2018,Visit number ${i}`);
    const request = async (fields: Record<string, string>) => {
      const body = await multipart(csv('Date,Description', ...rows), {
        agency: 'Aborting Agency',
        fields,
      });
      const headers = {
        ...session,
        ...body.headers,
        'content-length': String(body.payload.length),
      };
      return { payload: body.payload, headers };
    };

    // The same request sent whole (as a dry run) is read and checked: so the session headers
    // get the cut-off one as far as the upload itself.
    const dryRun = await request({ dryRun: 'true' });
    const whole = await post(port, path, dryRun.headers, dryRun.payload);
    expect(whole.status, whole.body.slice(0, 300)).toBe(200);

    const { payload, headers } = await request({});
    const before = await tableCounts(t);
    await new Promise<void>((resolve) => {
      const cut = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers });
      cut.on('error', () => resolve());
      cut.on('close', () => resolve());
      cut.write(payload.subarray(0, payload.length >> 1), () => {
        setTimeout(() => cut.destroy(), 100);
      });
    });

    // The server still answers, over the network and in process, and stored nothing.
    const next = await get(port, `/api/reviews/${reviewId}/submissions`, session);
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body).submissions).toEqual([]);
    expect(await tableCounts(t)).toEqual(before);
  });
});

describe('an upload over the limit', () => {
  it.each([
    ['a file', 'multipart'],
    ['a JSON body', 'json'],
  ])('%s → 413 FILE_TOO_LARGE naming the limit, nothing stored', async (_name, kind) => {
    const small = await createTestApp({ UPLOAD_LIMIT_MB: '1' });
    try {
      const id = await createReview(small.app);
      const before = await tableCounts(small);
      const rows = Array.from({ length: 1200 }, () => `22/05/2018,${'x'.repeat(1000)}`);
      const response =
        kind === 'multipart'
          ? await upload(small.app, id, csv('Date,Description', ...rows))
          : await small.app.inject({
              method: 'POST',
              url: `/api/reviews/${id}/submissions`,
              headers: { 'content-type': 'application/json' },
              payload: json({
                agency: 'Big',
                events: rows.map((r) => ({ date: '22/05/2018', description: r })),
              }),
            });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('FILE_TOO_LARGE');
      expect(response.json().error.message).toContain('1 MB');
      expect(await tableCounts(small)).toEqual(before);
    } finally {
      await small.close();
    }
  });
});

/**
 * The headers a signed-in test user's requests carry (session cookie, CSRF token), read from
 * the test app's own inject: a raw HTTP request needs them to get as far as the upload.
 */
async function sessionHeaders(): Promise<Record<string, string>> {
  const base = (t as { anonymous?: App }).anonymous;
  if (!base || base === t.app) return {};
  const original = base.inject;
  let seen: Record<string, string> = {};
  base.inject = ((options: { headers?: Record<string, string> }) => {
    seen = options.headers ?? {};
    return Reflect.apply(original, base, [options]) as unknown;
  }) as unknown as App['inject'];
  try {
    await t.app.inject({ url: '/api/reviews' });
  } finally {
    base.inject = original;
  }
  const { cookie, 'x-csrf-token': csrf } = seen;
  return {
    ...(cookie ? { cookie } : {}),
    ...(csrf ? { 'x-csrf-token': csrf } : {}),
  };
}

function post(
  port: number,
  path: string,
  headers: Record<string, string>,
  payload: Buffer,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function get(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      })
      .on('error', reject);
  });
}
