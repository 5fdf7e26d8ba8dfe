import { readdirSync } from 'node:fs';
import path from 'node:path';
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
// golden file (fixtures/quirks/expected/<fixture>.json) by vitest's toMatchFileSnapshot.
// Goldens were written by running this suite once and reading every line.
//
// Goldens never write themselves: the vitest configs set `update: 'none'`, so a missing or
// different golden fails here with or without CI set. Checked by hand: deleting
// fixtures/quirks/expected/crlf.csv.json made `npx vitest run tests/api/quirks.test.ts` fail
// ("Snapshot ... mismatched") and left the file missing; `npm run goldens:update` wrote it back
// unchanged. After a deliberate change in behaviour, run `npm run goldens:update` and read the
// diff of every golden it rewrites (docs/testing.md, "Goldens").
//
// Beside each golden, KEY_FACTS holds two to four facts per quirk written by hand from the
// fixture itself (an event count, a date's earliest day, a type code, an issue's row and
// column). They are checked before the golden, so a golden regenerated from wrong output still
// fails, and `goldens:update` cannot write one whose key facts are wrong.

let t: TestApp;
let reviewId: string;

beforeAll(async () => {
  t = await createTestApp();
  reviewId = await createReview(t.app);
});
afterAll(() => t.close());

interface Located {
  row: number | null;
  column: string | null;
  code: string;
}
interface QuirkEvent {
  row: number;
  date: { earliest: string; latest: string };
  time: string | null;
  type: string;
  subjects: string[];
  childSeen: boolean | null;
  seenAlone: boolean | null;
  description: string;
  sourceRef: string | null;
}
interface QuirkResult {
  status: number;
  issues?: Located[];
  encoding?: string;
  delimiter?: string | null;
  mapping?: Record<string, string>;
  warnings?: Located[];
  events?: QuirkEvent[];
}

async function ingest(file: string, contentType = 'text/csv'): Promise<QuirkResult> {
  // Each quirk is its own agency so that no upload supersedes another.
  const response = await upload(t.app, reviewId, fixture('quirks', file), {
    agency: `Agency for ${file}`,
    fileName: file,
    contentType,
  });
  const body = response.json();
  if (response.statusCode === 422) {
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
    mapping: Object.fromEntries(
      Object.entries(body.mapping as Record<string, string | null>).filter(([, v]) => v !== null),
    ) as Record<string, string>,
    warnings: body.warnings,
    events: mine.map((e: Record<string, unknown>) => {
      const { id: _id, submissionId: _s, agency: _a, agencyKind: _k, ...rest } = e;
      return rest;
    }),
  };
}

/** [what, read it from the result, the value the fixture calls for] */
type Fact = [string, (r: QuirkResult) => unknown, unknown];

const events = (r: QuirkResult) => r.events ?? [];
const count: Fact[1] = (r) => events(r).length;
const byRow = (r: QuirkResult) => [...events(r)].sort((a, b) => a.row - b.row);
const located = (list: Located[] | undefined) => (list ?? []).map((i) => [i.row, i.column, i.code]);
const issues: Fact[1] = (r) => located(r.issues);
const warnings: Fact[1] = (r) => located(r.warnings);

const KEY_FACTS: Record<string, Fact[]> = {
  'utf8-bom.csv': [
    ['encoding', (r) => r.encoding, 'utf-8-bom'],
    ['the first header is "Date", no BOM', (r) => r.mapping?.date, 'Date'],
    ['events', count, 1],
  ],
  'utf16le-bom.txt': [
    ['encoding', (r) => r.encoding, 'utf-16le'],
    ['delimiter', (r) => r.delimiter, '\t'],
    ['description', (r) => events(r)[0]?.description, 'Seen at home – café nearby'],
  ],
  'windows-1252.csv': [
    ['encoding', (r) => r.encoding, 'windows-1252'],
    ['events', count, 1],
    ['type code', (r) => events(r)[0]?.type, 'contact.phone'],
  ],
  'semicolon.csv': [
    ['delimiter', (r) => r.delimiter, ';'],
    ['events', count, 2],
    ['04.06.18 is 4 June', (r) => byRow(r)[0]?.date.earliest, '2018-06-04'],
  ],
  'tab-separated.tsv': [
    ['delimiter', (r) => r.delimiter, '\t'],
    ['events', count, 1],
    ['type code', (r) => events(r)[0]?.type, 'contact.home-visit'],
  ],
  'crlf.csv': [
    ['events', count, 2],
    [
      'descriptions, no \\r',
      (r) => byRow(r).map((e) => e.description),
      ['Seen at home', 'Spoke to mother'],
    ],
  ],
  'multiline-quoted-cell.csv': [
    ['rows', (r) => byRow(r).map((e) => e.row), [2, 3]],
    ['line breaks kept', (r) => byRow(r)[0]?.description.split('\n').length, 3],
  ],
  'ragged-row.csv': [
    ['status', (r) => r.status, 422],
    [
      'issues',
      issues,
      [
        [3, 'Outcome', 'row.too-few-cells'],
        [4, null, 'row.too-many-cells'],
      ],
    ],
  ],
  'duplicate-headers.csv': [
    ['status', (r) => r.status, 422],
    ['issues', issues, [[1, 'Notes', 'header.duplicate']]],
  ],
  'header-synonyms.csv': [
    ['date column', (r) => r.mapping?.date, 'Date of Contact'],
    ['source reference column', (r) => r.mapping?.sourceRef, 'Mosaic ID'],
    [
      'child seen, seen alone',
      (r) => [events(r)[0]?.childSeen, events(r)[0]?.seenAlone],
      [true, false],
    ],
  ],
  'unmapped-columns.csv': [
    ['events', count, 1],
    [
      'warnings',
      warnings,
      [
        [1, 'Risk rating', 'mapping.unmapped-column'],
        [1, 'Keyworker extension', 'mapping.unmapped-column'],
      ],
    ],
  ],
  'impossible-date.csv': [
    ['status', (r) => r.status, 422],
    ['issues', issues, [[2, 'Date', 'date.impossible']]],
  ],
  'us-date.csv': [
    ['status', (r) => r.status, 422],
    ['issues', issues, [[2, 'Date', 'date.us-order']]],
  ],
  'relative-date.csv': [
    ['status', (r) => r.status, 422],
    ['issues', issues, [[3, 'Date', 'date.relative']]],
  ],
  'excel-serial.csv': [
    ['43242 is 22 May 2018', (r) => events(r)[0]?.date.earliest, '2018-05-22'],
    ['warnings', warnings, [[2, 'Date', 'date.excel-serial']]],
  ],
  'times.csv': [
    ['events', count, 5],
    [
      'times by row',
      (r) => byRow(r).map((e) => e.time),
      ['14:30', '14:30', '14:30', '14:30', null],
    ],
  ],
  'unknown-types.csv': [
    ['type codes by row', (r) => byRow(r).map((e) => e.type), ['strategy', 'other', 'other']],
    [
      'one warning for the word, not one per row',
      warnings,
      [[null, 'Event type', 'type.unmapped']],
    ],
  ],
  'people-and-seen.csv': [
    ['people', (r) => byRow(r)[0]?.subjects, ['Mother', 'Father', 'Baby']],
    ['child seen by row', (r) => byRow(r).map((e) => e.childSeen), [true, true, null]],
    ['seen alone by row', (r) => byRow(r).map((e) => e.seenAlone), [false, false, null]],
  ],
  'not-yes-no.csv': [
    ['status', (r) => r.status, 422],
    ['issues', issues, [[2, 'Child seen', 'answer.not-yes-no']]],
  ],
  'outside-period.csv': [
    ['events', count, 2],
    ['earliest by row', (r) => byRow(r).map((e) => e.date.earliest), ['2018-03-12', '2018-05-22']],
    ['warnings', warnings, [[2, 'Date', 'date.outside-period']]],
  ],
  'blank-rows.csv': [
    ['rows', (r) => byRow(r).map((e) => e.row), [3, 5]],
    ['warnings', warnings, []],
  ],
  'excel-trailing-columns.csv': [
    ['events', count, 1],
    [
      'mapped columns',
      (r) => Object.values(r.mapping ?? {}).sort(),
      ['Date', 'Description', 'Event type'],
    ],
    ['warnings', warnings, []],
  ],
  'json-array.json': [
    ['events', count, 2],
    ['delimiter', (r) => r.delimiter, null],
    ['times by row', (r) => byRow(r).map((e) => e.time), ['10:15', null]],
  ],
  'json-events-object.json': [
    ['events', count, 1],
    ['date', (r) => events(r)[0]?.date.earliest, '2018-06-12'],
    // `Home visit` with "New birth visit, infant seen.": the description names the postnatal
    // milestone (DOMAIN.md: a new birth visit is `health.postnatal`), which overrules a cell
    // naming only where it happened (docs/uploading.md, "The description over a matched cell").
    ['type code', (r) => events(r)[0]?.type, 'health.postnatal'],
  ],
  'report-title-footer.csv': [
    ['delimiter, though the title line has none worth counting', (r) => r.delimiter, ';'],
    ['events: the three under the header', (r) => byRow(r).map((e) => e.row), [5, 6, 7]],
    [
      'the title and the footer are each said in one warning',
      warnings,
      [
        [1, null, 'table.title'],
        [9, null, 'table.footer'],
      ],
    ],
    [
      'commas stay in the text',
      (r) => byRow(r)[0]?.description,
      'Visited mother and baby, baby seen asleep in the cot.',
    ],
  ],
  'excel-forced-text.csv': [
    ['events', count, 2],
    ['references as text', (r) => byRow(r).map((e) => e.sourceRef), ['PPN/18/0044', 'PPN/18/0045']],
    ['dates as text', (r) => byRow(r).map((e) => e.date.earliest), ['2018-06-12', '2018-06-15']],
    // Only a formula of one quoted text is a value; any other formula is kept as written.
    ['another formula kept', (r) => byRow(r)[1]?.description, '=SUM(A1)'],
  ],
  'template-guidance-row.csv': [
    ['events: the two under the guidance', (r) => byRow(r).map((e) => e.row), [3, 4]],
    ['the guidance is left out with a warning', warnings, [[2, null, 'table.guidance']]],
    ['times', (r) => byRow(r).map((e) => e.time), ['14:30', '09:00']],
  ],
  'json-nested-api.json': [
    ['events', count, 2],
    ['the type is the nested description', (r) => r.mapping?.type, 'type.description'],
    ['type codes', (r) => byRow(r).map((e) => e.type), ['contact.office', 'contact.home-visit']],
  ],
};

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
  [
    'a report’s title above and footer below a semicolon table are not events',
    'report-title-footer.csv',
  ],
  ['a template’s guidance row under the header is not an event', 'template-guidance-row.csv'],
  ['a text forced as a formula (="12/06/2018") is that text', 'excel-forced-text.csv'],
  [
    'an API’s nested fields are read as columns by their path',
    'json-nested-api.json',
    'application/json',
  ],
];

const REJECTED = [
  'ragged-row.csv',
  'duplicate-headers.csv',
  'impossible-date.csv',
  'us-date.csv',
  'relative-date.csv',
  'not-yes-no.csv',
];

describe('quirk fixtures', () => {
  it('every quirk has 2-4 key facts and a golden, and every golden a quirk', () => {
    const files = QUIRKS.map(([, file]) => file).sort();
    expect(Object.keys(KEY_FACTS).sort()).toEqual(files);
    for (const file of files) expect(KEY_FACTS[file]?.length, file).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(KEY_FACTS[file]?.length, file).toBeLessThanOrEqual(4);
    const goldens = readdirSync(path.join(import.meta.dirname, '../../fixtures/quirks/expected'));
    expect(goldens.sort()).toEqual(files.map((f) => `${f}.json`));
  });

  it.each(QUIRKS)('%s (%s)', async (_name, file, contentType) => {
    const result = await ingest(file, contentType);
    const facts = KEY_FACTS[file] ?? [];
    expect(facts.map(([what, read]) => [what, read(result)])).toEqual(
      facts.map(([what, , expected]) => [what, expected]),
    );
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(
      `../../fixtures/quirks/expected/${file}.json`,
    );
  });

  it.each(REJECTED)('rejecting %s stores nothing', async (file) => {
    const before = await tableCounts(t);
    const result = await ingest(file);
    expect(result.status).toBe(422);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('Windows-1252 text is decoded to the right characters, not U+FFFD', async () => {
    const result = await ingest('windows-1252.csv');
    expect(result.encoding).toBe('windows-1252');
    expect(result.events?.[0]?.description).toBe(
      '“Things are fine”, mother said – father’s arrears £240',
    );
  });

  it('the row after a multi-line cell keeps its spreadsheet row number', async () => {
    const result = await ingest('multiline-quoted-cell.csv');
    expect(result.events?.map((e) => e.row)).toEqual([2, 3]);
  });
});
