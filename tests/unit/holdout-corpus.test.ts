import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../scripts/corpus/cases';
import { DEVSET_FILES } from '../../scripts/corpus/devset';
import { CORPUS_FILES } from '../../scripts/corpus/files';
import { HOLDOUT_FILES } from '../../scripts/corpus/holdout';
import { formatOf } from '../../scripts/corpus/spec';
import { itIsBuiltFromItsSpecs } from '../support/side-corpus';

// The held-out corpus (written 07/12/2026) is measured apart from the main corpus and the
// development set (docs/corpus.md), which holds the three held-out corpora before it. Its committed files must be the bytes their specs write, so
// nobody edits a holdout file by hand to suit the code; and it must stay apart from both other
// sets: no file name, whole header row or type phrase of theirs.

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
const root = path.join(fixtures, 'holdout');
const readPhrases = (file: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
const others = [
  ['the main corpus', [...CORPUS_FILES, ...CASES.flatMap((c) => c.files)]],
  ['the development set', DEVSET_FILES],
] as const;

describe('the held-out corpus', () => {
  it('has at least 15 files, 3 of each format, 8–15 rows each and about 140 in all', () => {
    const count = (ext: string) => HOLDOUT_FILES.filter((f) => formatOf(f.name) === ext).length;
    expect(HOLDOUT_FILES.length).toBeGreaterThanOrEqual(15);
    for (const ext of ['csv', 'json', 'xlsx', 'docx']) {
      expect(count(ext), ext).toBeGreaterThanOrEqual(3);
    }
    for (const file of HOLDOUT_FILES) {
      expect(file.rows.length, file.name).toBeGreaterThanOrEqual(8);
      expect(file.rows.length, file.name).toBeLessThanOrEqual(15);
    }
    const rows = HOLDOUT_FILES.reduce((n, f) => n + f.rows.length, 0);
    expect(rows).toBeGreaterThanOrEqual(130);
  });

  itIsBuiltFromItsSpecs(root, HOLDOUT_FILES);

  it.each(others)('shares no file name or whole header row with %s', (_, files) => {
    const names = new Set(files.map((f) => f.name));
    const headerRows = new Set(files.map((f) => f.headers.join('|').toLowerCase()));
    for (const file of HOLDOUT_FILES) {
      expect(names.has(file.name), file.name).toBe(false);
      expect(headerRows.has(file.headers.join('|').toLowerCase()), file.name).toBe(false);
    }
  });

  it('labels rows and phrases only with codes the main corpus uses', () => {
    const known = new Set([
      ...CORPUS_FILES.flatMap((f) => f.rows.map((r) => r[0])),
      ...readPhrases(path.join(fixtures, 'corpus', 'type-phrases.csv')).data.map(
        (r) => r['expected code'],
      ),
    ]);
    for (const file of HOLDOUT_FILES) {
      for (const [code] of file.rows) expect(known.has(code), `${file.name}: ${code}`).toBe(true);
    }
    for (const row of readPhrases(path.join(root, 'type-phrases.csv')).data) {
      expect(known.has(row['expected code']), row['type text']).toBe(true);
    }
  });

  it('has at least 200 type phrases in the main list’s columns, none copied from the others', () => {
    const main = readPhrases(path.join(fixtures, 'corpus', 'type-phrases.csv'));
    const devset = readPhrases(path.join(fixtures, 'devset', 'type-phrases.csv'));
    const held = readPhrases(path.join(root, 'type-phrases.csv'));
    expect(held.errors).toEqual([]);
    expect(held.meta.fields).toEqual(main.meta.fields);
    expect(held.data.length).toBeGreaterThanOrEqual(200);
    const key = (r: Record<string, string>) =>
      `${r['type text']!.trim().toLowerCase()}|${r['description']!.trim().toLowerCase()}`;
    const seen = new Set([...main.data, ...devset.data].map(key));
    const own = new Set<string>();
    for (const row of held.data) {
      expect(seen.has(key(row)), row['type text']).toBe(false);
      expect(own.has(key(row)), `${row['type text']} twice`).toBe(false);
      own.add(key(row));
      expect(row['expected code'], row['type text']).toMatch(/^[a-z][a-z0-9.-]*$/);
    }
  });
});
