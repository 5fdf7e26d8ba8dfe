import { describe, expect, it } from 'vitest';
import type { AppError } from '../../server/errors';
import { cellProblem, MAX_CELL_LENGTH } from '../../server/ingest/cells';
import { parseCsv } from '../../server/ingest/csv';
import { normaliseDate } from '../../server/ingest/dates';
import { decodeUpload, recogniseBinary } from '../../server/ingest/decode';
import { resolveMapping } from '../../server/ingest/headers';
import { parseJsonText, tableFromItems } from '../../server/ingest/json-records';
import { MAX_JSON_DEPTH, scanJson } from '../../server/ingest/json-scan';
import { normaliseRecords } from '../../server/ingest/normalise';
import { readUpload } from '../../server/ingest/read-upload';
import type { SourceTable } from '../../server/ingest/records';
import { checkFileName, safeFileName } from '../../server/submissions/submission-source';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('scanJson: what JSON.parse hides', () => {
  // The scanner must accept exactly what JSON.parse accepts, or a good file would be refused
  // (or a bad one reach JSON.parse with a worse message).
  it.each([
    '[]',
    '{}',
    ' [ 1 , -2.5e+3 , 0 , true , false , null , "a\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9" ] ',
    '{"events": [{"a": [["x"]]}], "other": {"b": {}}}',
    '"just text"',
    '42',
    '[{"a": "😀 ŵ £"}]',
    '[01]',
    '[1.]',
    '[.5]',
    '[+1]',
    '[1e]',
    '["a\\x"]',
    '["\\u12g4"]',
    '["tab\there"]',
    '[1,]',
    '[,1]',
    '{"a" 1}',
    '{"a": 1,}',
    '{a: 1}',
    "{'a': 1}",
    '[1] [2]',
    '[tru]',
    '[nul]',
    '[NaN]',
    '[',
    '',
    '   ',
    '["unterminated',
    '{"a": 1',
  ])('agrees with JSON.parse on %j', (text) => {
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(scanJson(text).fatal === null).toBe(parses);
  });

  it('finds a key written twice in an item, naming the item and the key', () => {
    const { fatal, duplicates } = scanJson(
      '[{"a": 1}, {"date": "x", "b": 2, "date": "y"}, {"c": 3}]',
    );
    expect(fatal).toBeNull();
    expect(duplicates).toEqual([
      expect.objectContaining({ row: 2, column: 'date', code: 'json.duplicate-key' }),
    ]);
  });

  it('compares keys as JSON reads them: "a" and "\\u0061" are the same key', () => {
    const { duplicates } = scanJson('[{"a": 1, "\\u0061": 2}]');
    expect(duplicates).toEqual([expect.objectContaining({ row: 1, column: 'a' })]);
  });

  it('finds duplicates deeper in an item (naming the item’s field) and at the top level', () => {
    const { duplicates } = scanJson(
      '{"events": [{"notes": {"x": 1, "x": 2}}], "events": []}'.replace(
        '"events": []',
        '"events": [{}]',
      ),
    );
    expect(duplicates.map((d) => [d.row, d.column])).toEqual([
      [1, 'notes'],
      [null, null],
    ]);
    expect(duplicates[1]?.message).toContain('"events" twice');
  });

  it('numbers the items of an {"events": […]} file and leaves other arrays alone', () => {
    const { fatal } = scanJson('{"meta": [1, 2, 3], "events": [{"a": 1}, {"b": 2}, {"c": ]}');
    expect(fatal).toMatchObject({ row: 3, column: 'c', code: 'json.syntax' });
  });

  it(`allows ${MAX_JSON_DEPTH} levels and refuses the next, naming the item and field`, () => {
    const nested = (levels: number) =>
      `[{"a": ${'['.repeat(levels - 2)}${']'.repeat(levels - 2)}}]`;
    expect(scanJson(nested(MAX_JSON_DEPTH)).fatal).toBeNull();
    expect(scanJson(nested(MAX_JSON_DEPTH + 1)).fatal).toMatchObject({
      row: 1,
      column: 'a',
      code: 'json.too-deep',
    });
  });

  it('refuses a million levels at once, without recursion and without reading on', () => {
    const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const started = performance.now();
    expect(scanJson(text).fatal?.code).toBe('json.too-deep');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('says where a syntax error is: line, character, item and field', () => {
    const { fatal } = scanJson(
      '[\n  {"date": "22/05/2018", "description": "a"},\n  {"date": 22/05/2018}\n]',
    );
    expect(fatal).toMatchObject({ row: 2, column: 'date', code: 'json.syntax' });
    expect(fatal?.message).toBe(
      'The file is not valid JSON: line 3, character 14 (item 2, field "date"): expected , or } after a field\'s value but found "/05/2018}".',
    );
  });

  it('names a raw control character inside text', () => {
    const { fatal } = scanJson('[{"description": "a\u0000b"}]');
    expect(fatal).toMatchObject({
      row: 1,
      column: 'description',
      code: 'json.control-character',
    });
  });

  it('takes time in proportion to the text: 200,000 keys in one object', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}": ${i}`);
    const text = `[{${keys.join(',')}, "k7": 0}]`;
    const started = performance.now();
    const { duplicates } = scanJson(text);
    expect(duplicates).toEqual([expect.objectContaining({ row: 1, column: 'k7' })]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('JSON items', () => {
  it('refuses a reserved field name without touching any prototype', () => {
    const parsed = parseJsonText('[{"date": "22/05/2018", "__proto__": {"polluted": 1}}]');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.table.issues).toEqual([
      expect.objectContaining({ row: 1, column: '__proto__', code: 'json.reserved-key' }),
    ]);
    expect(parsed.table.headers).toEqual(['date']);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(parsed.table)).toBe(Object.prototype);
  });

  it('also refuses "constructor" and "prototype", and the same names as CSV headers', () => {
    const table = tableFromItems([{ constructor: 'x', prototype: 'y', date: '1' }]);
    expect(table.issues.map((i) => i.column)).toEqual(['constructor', 'prototype']);
    const csv = parseCsv('Date,__proto__\n22/05/2018,x\n');
    expect(csv.issues).toEqual([
      expect.objectContaining({ row: 1, column: '__proto__', code: 'header.reserved' }),
    ]);
  });

  it('names the first item that spells a field differently', () => {
    const table = tableFromItems([{ Date: '1' }, { x: '2' }, { date: '3' }]);
    expect(table.issues).toEqual([
      expect.objectContaining({ row: 3, column: 'date', code: 'header.duplicate' }),
    ]);
  });

  it('keeps what kind each non-text value was, for the field checks', () => {
    const table = tableFromItems([{ a: 'text', b: 5, c: true, d: ['x', 'y'], e: null }]);
    expect(table.records[0]).toEqual({
      row: 1,
      cells: ['text', '5', 'yes', 'x; y', ''],
      kinds: [undefined, 'number', 'boolean', 'list', undefined],
    });
    expect(tableFromItems([{ a: 'only text' }]).records[0]).not.toHaveProperty('kinds');
  });

  it('refuses a body item nested a hundred thousand levels deep, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const table = tableFromItems([{ date: '22/05/2018', description: deep }]);
    expect(table.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'description', code: 'json.too-deep' }),
    ]);
  });

  it('refuses numbers and true/false in text fields, and allows them where they make sense', () => {
    const table = tableFromItems([
      { date: 43242, time: 1430, description: 'ok', childSeen: true, ref: 17 },
      { date: '22/05/2018', description: 12, type: false, subjects: ['Mother'] },
    ]);
    const mapping = resolveMapping(table.headers, table.records, { sourceRef: 'ref' });
    const result = normaliseRecords(table.headers, table.records, mapping, {
      agencyName: 'Health',
      periodStart: '2018-01-01',
      periodEnd: '2019-12-31',
      typeMap: new Map(),
    });
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'description', 'json.wrong-type'],
      [2, 'type', 'json.wrong-type'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Item 2, field "description": expected text; found the number 12. Write it as text in "double quotes", or map another field.',
    );
    expect(result.events).toHaveLength(1);
  });
});

describe('decoding', () => {
  it('reads a CESU-encoded lone surrogate as one, so the cell check can name its cell', () => {
    const bytes = Buffer.concat([
      Buffer.from('a,'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('\n'),
    ]);
    expect(decodeUpload(bytes)).toEqual({ ok: true, text: 'a,\uD800\n', encoding: 'utf-8' });
    expect(cellProblem('\uD800')?.code).toBe('cell.broken-character');
  });

  it('reads a CESU-encoded pair as the character it always meant', () => {
    // U+1F600 is D83D DE00: ED A0 BD, ED B8 80.
    const bytes = Buffer.from([0x68, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
    expect(decodeUpload(bytes)).toEqual({ ok: true, text: 'h😀', encoding: 'utf-8' });
  });

  it('does not call text binary for one NUL in a cell', () => {
    const result = decodeUpload(Buffer.from('Date,Description\n22/05/2018,Seen\u0000at home\n'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('names UTF-16 without its byte order mark', () => {
    const result = decodeUpload(Buffer.from('Date\tDescription\n22/05/2018\tSeen\n', 'utf16le'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-16') });
  });

  it.each([
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
    ['gif', [...Buffer.from('GIF89a')]],
    ['gzip', [0x1f, 0x8b, 0x08]],
    ['rtf', [...Buffer.from('{\\rtf1\\ansi')]],
    ['xlsx', [...Buffer.from('PK\u0003\u0004....xl/workbook.xml')]],
    ['docx', [...Buffer.from('PK\u0003\u0004....word/document.xml')]],
    ['zip', [...Buffer.from('PK\u0003\u0004....notes.txt')]],
  ])('recognises %s by its first bytes', (kind, bytes) => {
    expect(recogniseBinary(Uint8Array.from(bytes))).toBe(kind);
  });
});

describe('file names', () => {
  it.each([
    ['../x.csv', 'folder path'],
    ['..\\x.csv', 'folder path'],
    ['/etc/x.csv', 'folder path'],
    ['x\u0000.csv', 'control character'],
    ['x\u001f.csv', 'control character'],
    ['x\u007f.csv', 'control character'],
    ['evil\u202Evsc.exe', 'direction'],
    ['x\u2066y.csv', 'direction'],
    ['x\u200Fy.csv', 'direction'],
  ])('refuses %j (%s), naming the file name', (name, what) => {
    const error = refusal(() => checkFileName(name));
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect(error.message).toMatch(/^The file name contains/);
    expect(error.message).toContain(what);
  });

  it.each([
    'police.csv',
    'Cronoleg – Heddlu Dyfed-Powys (2019).csv',
    'naïve café £ ŵ.json',
    'שלום.csv',
    '.csv',
  ])('accepts %j', (name) => {
    expect(() => checkFileName(name)).not.toThrow();
    expect(safeFileName(name)).toBe(name);
  });
});

describe('what the upload says it is', () => {
  const read = (text: string | Uint8Array, fileName: string | null, mediaType: string | null) =>
    refusal(() =>
      readUpload({
        bytes: typeof text === 'string' ? Buffer.from(text) : text,
        fileName,
        mediaType,
      }),
    );
  const ok = (text: string, fileName: string | null, mediaType: string | null) =>
    readUpload({ bytes: Buffer.from(text), fileName, mediaType }).format;
  const JSON_TEXT = '[{"date": "22/05/2018", "description": "x"}]';
  const CSV_TEXT = 'Date,Description\n22/05/2018,x\n';

  it('reads JSON sent as JSON by name or by type, and CSV sent as CSV', () => {
    expect(ok(JSON_TEXT, 'x.json', 'text/csv')).toBe('json');
    expect(ok(JSON_TEXT, 'x.csv', 'application/json')).toBe('json');
    expect(ok(JSON_TEXT, 'x', 'application/octet-stream')).toBe('json');
    expect(ok(CSV_TEXT, 'x.csv', 'application/vnd.ms-excel')).toBe('csv');
    expect(ok(CSV_TEXT, null, null)).toBe('csv');
    // A CSV whose first header is in brackets is not JSON.
    expect(ok('[Date],[Description]\n22/05/2018,x\n', 'x.csv', 'text/csv')).toBe('csv');
  });

  it.each([
    ['x.csv', 'text/csv', 'its name ends .csv'],
    ['x.txt', 'text/plain', 'its name ends .txt'],
    ['x', 'text/csv', 'its type is text/csv'],
  ])('refuses JSON sent as CSV (%s, %s)', (fileName, mediaType, because) => {
    const error = read(JSON_TEXT, fileName, mediaType);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
    expect(error.message).toBe(
      `The file is JSON but was sent as CSV (${because}). Give it a name ending .json (or send it as application/json) and upload it again.`,
    );
  });

  it('refuses CSV sent as JSON, by name or by type', () => {
    expect(read(CSV_TEXT, 'x.json', 'text/csv').message).toContain(
      'sent as JSON (its name ends .json) but is not JSON',
    );
    expect(read(CSV_TEXT, 'x.csv', 'application/json; charset=utf-8').message).toContain(
      'sent as JSON (its type is application/json) but is not JSON',
    );
  });
});

describe('cells and rows', () => {
  it(`allows ${MAX_CELL_LENGTH.toLocaleString('en-GB')} characters in a cell (Excel’s limit) and no more`, () => {
    expect(cellProblem('x'.repeat(MAX_CELL_LENGTH))).toBeNull();
    expect(cellProblem('x'.repeat(MAX_CELL_LENGTH + 1))?.code).toBe('cell.too-long');
  });

  it('names the column where an unclosed quote opens', () => {
    const table = parseCsv(
      'Date,Description,Outcome\n22/05/2018,"never closed,x\n23/05/2018,y,z\n',
    );
    expect(table.issues[0]).toMatchObject({
      row: 2,
      column: 'Description',
      code: 'csv.unclosed-quote',
    });
  });

  it('checks a header like a cell, and shows a huge one cut short', () => {
    const huge = 'H'.repeat(MAX_CELL_LENGTH + 1);
    const table = parseCsv(`Date,Desc\u0007,${huge}\n22/05/2018,x,y\n`);
    expect(table.issues.map((i) => [i.row, i.code])).toEqual([
      [1, 'cell.control-character'],
      [1, 'cell.too-long'],
    ]);
    expect(table.issues[0]?.message).toMatch(/^The column name contains/);
    expect(table.headers[2]).toBe(`${'H'.repeat(40)}…`);
  });

  it('reports a refused cell once, without also reading it as a date', () => {
    const table: SourceTable = parseCsv(
      `Date,Description\n${'1'.repeat(MAX_CELL_LENGTH + 1)},x\n22/05/2018,\u0000\n`,
    );
    const result = normaliseRecords(
      table.headers,
      table.records,
      resolveMapping(table.headers, table.records),
      {
        agencyName: 'Police',
        periodStart: '2018-01-01',
        periodEnd: '2019-12-31',
        typeMap: new Map(),
      },
    );
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Date', 'cell.too-long'],
      [3, 'Description', 'cell.control-character'],
    ]);
  });
});

describe('two-digit years', () => {
  const context = { referenceYear: 2019, latestTwoDigitYear: 2020 };

  it.each([
    ['22/05/18', '2018-05-22'],
    ['22/05/20', '2020-05-22'],
    ['22-May-45', '1945-05-22'],
    ['22/05/2030', '2030-05-22'],
  ])('%s is read as %s', (text, iso) => {
    expect(normaliseDate(text, context)).toMatchObject({ ok: true, value: { earliest: iso } });
  });

  it.each(['22/05/21', '22/05/30', 'May-38', '22-May-38'])('%s is refused as ambiguous', (text) => {
    const result = normaliseDate(text, context);
    expect(result).toMatchObject({ ok: false, code: 'date.two-digit-year' });
  });

  it('says both readings', () => {
    expect(normaliseDate('22/05/30', context)).toMatchObject({
      message:
        '"22/05/30" has a two-digit year: read as 2030 it would be after the review period, so it may mean 1930. Write the year in full (1930 or 2030).',
    });
  });
});
