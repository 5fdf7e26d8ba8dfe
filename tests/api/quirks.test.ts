import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createReview,
  createTestApp,
  fixture,
  tableCounts,
  upload,
  type TestApp,
} from '../support/app';

// One fixture per real-world quirk, each uploaded through the HTTP API and compared with a
// golden file (fixtures/quirks/expected/). Goldens were written by running this suite once
// and reading every line; `vitest -u` rewrites them after a deliberate change.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

async function ingest(file: string, contentType = 'text/csv') {
  const before = tableCounts(t);
  // Each quirk is its own agency so that no upload supersedes another.
  const response = await upload(t.app, reviewId, fixture('quirks', file), {
    agency: `Agency for ${file}`,
    fileName: file,
    contentType,
  });
  const body = response.json();
  if (response.statusCode === 422) {
    expect(tableCounts(t)).toEqual(before);
    return {
      status: 422,
      issues: body.issues,
    };
  }
  const events = await t.app.inject({
    url: `/api/reviews/${reviewId}/events?limit=100000`,
  });
  const mine = events
    .json()
    .events.filter((e: { submissionId: string }) => e.submissionId === body.submission.id);
  return {
    status: response.statusCode,
    encoding: body.submission.encoding,
    delimiter: body.submission.delimiter,
    mapping: Object.fromEntries(Object.entries(body.mapping).filter(([, v]) => v !== null)),
    warnings: body.warnings,
    events: mine.map((e: Record<string, unknown>) => {
      const { id: _id, submissionId: _s, agency: _a, agencyKind: _k, ...rest } = e;
      return rest;
    }),
  };
}

const QUIRKS: Array<[string, string, string?]> = [
  ['a UTF-8 byte order mark is not part of the first header', 'utf8-bom.csv'],
  [
    'UTF-16 with a BOM (Excel "Unicode text", tab separated) is read',
    'utf16le-bom.txt',
    'text/plain',
  ],
  ['Windows-1252 curly quotes, en dash and £ survive', 'windows-1252.csv'],
  ['semicolon-separated files are detected', 'semicolon.csv'],
  ['tab-separated files are detected', 'tab-separated.tsv', 'text/tab-separated-values'],
  ['CRLF line ends are not kept in cells', 'crlf.csv'],
  ['a quoted cell with line breaks counts as one spreadsheet row', 'multiline-quoted-cell.csv'],
  ['a ragged row is rejected naming its row and column', 'ragged-row.csv'],
  ['duplicate headers are rejected naming the header', 'duplicate-headers.csv'],
  ['agency header names map by synonym', 'header-synonyms.csv'],
  ['columns that map to nothing are kept in the raw record with a warning', 'unmapped-columns.csv'],
  ['an impossible date (31/02/2019) is rejected', 'impossible-date.csv'],
  ['a US-order date (12/31/2018) is rejected with the UK reading explained', 'us-date.csv'],
  ['a relative date is rejected', 'relative-date.csv'],
  ['an Excel serial date is read with a warning', 'excel-serial.csv'],
  ['times in four habits normalise to HH:MM', 'times.csv'],
  ['unknown type words become "other" with one warning each', 'unknown-types.csv'],
  ['people lists and yes/no answers normalise', 'people-and-seen.csv'],
  ['a child-seen answer that is not yes or no is rejected', 'not-yes-no.csv'],
  ['events outside the review period are kept with a warning', 'outside-period.csv'],
  ['blank rows are skipped but still counted', 'blank-rows.csv'],
  ['Excel trailing empty columns are ignored', 'excel-trailing-columns.csv'],
  ['a JSON array of objects maps its keys like headers', 'json-array.json', 'application/json'],
  ['a JSON object with an events array is read', 'json-events-object.json', 'application/json'],
];

describe('quirk fixtures', () => {
  it.each(QUIRKS)('%s (%s)', async (_name, file, contentType) => {
    const result = await ingest(file, contentType);
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(
      `../../fixtures/quirks/expected/${file}.json`,
    );
  });

  it('Windows-1252 text is decoded to the right characters, not U+FFFD', async () => {
    const result = await ingest('windows-1252.csv');
    expect(result.encoding).toBe('windows-1252');
    expect(result.events[0].description).toBe(
      '“Things are fine”, mother said – father’s arrears £240',
    );
  });

  it('the row after a multi-line cell keeps its spreadsheet row number', async () => {
    const result = await ingest('multiline-quoted-cell.csv');
    expect(result.events.map((e: { row: number }) => e.row)).toEqual([2, 3]);
  });
});
