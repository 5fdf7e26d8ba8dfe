import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CORPUS_FILES } from '../../scripts/corpus/files';
import { HOLDOUT_FILES } from '../../scripts/corpus/holdout';
import { expectedReading, FIELDS, formatOf } from '../../scripts/corpus/spec';
import { writeCsv, writeDocx, writeJson, writeXlsx } from '../../scripts/corpus/writers';

// The held-out corpus is measured apart from the main one (docs/corpus.md). Like the main
// corpus, its committed files must be the bytes their specs write, so nobody edits a holdout
// file by hand to suit the code; and it must stay apart from the main corpus.

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'holdout');
const writers = { csv: writeCsv, json: writeJson, xlsx: writeXlsx, docx: writeDocx } as const;
const readPhrases = (file: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

describe('the held-out corpus', () => {
  it('has at least 14 files: 4 CSV, 3 JSON, 4 XLSX and 3 DOCX, each with 8–15 rows', () => {
    const count = (ext: string) => HOLDOUT_FILES.filter((f) => formatOf(f.name) === ext).length;
    expect(HOLDOUT_FILES.length).toBeGreaterThanOrEqual(14);
    expect(count('csv')).toBeGreaterThanOrEqual(4);
    expect(count('json')).toBeGreaterThanOrEqual(3);
    expect(count('xlsx')).toBeGreaterThanOrEqual(4);
    expect(count('docx')).toBeGreaterThanOrEqual(3);
    for (const file of HOLDOUT_FILES) {
      expect(file.rows.length, file.name).toBeGreaterThanOrEqual(8);
      expect(file.rows.length, file.name).toBeLessThanOrEqual(15);
    }
  });

  it.each(HOLDOUT_FILES.map((f) => [f.name, f] as const))(
    '%s is the bytes its spec writes, with its expected reading',
    async (name, file) => {
      const built = await writers[formatOf(name) as keyof typeof writers](file);
      expect(built.equals(fs.readFileSync(path.join(root, name)))).toBe(true);
      const committed = JSON.parse(
        fs.readFileSync(path.join(root, 'expected', `${name}.json`), 'utf8'),
      );
      expect(committed).toEqual({ ...expectedReading(file), file: name });
      expect(Object.keys(committed.mapping)).toEqual([...FIELDS]);
    },
  );

  it('holds no file or expectation that no spec writes', () => {
    const names = HOLDOUT_FILES.map((f) => f.name).sort();
    const files = fs
      .readdirSync(root)
      .filter((n) => !['expected', 'type-phrases.csv', 'README.md'].includes(n));
    expect(files.sort()).toEqual(names);
    expect(fs.readdirSync(path.join(root, 'expected')).sort()).toEqual(
      names.map((n) => `${n}.json`),
    );
  });

  it('shares no file name or header row with the main corpus', () => {
    const main = new Set(CORPUS_FILES.map((f) => f.name));
    const mainHeaders = new Set(CORPUS_FILES.map((f) => f.headers.join('|')));
    for (const file of HOLDOUT_FILES) {
      expect(main.has(file.name), file.name).toBe(false);
      expect(mainHeaders.has(file.headers.join('|')), file.name).toBe(false);
    }
  });

  it('has at least 150 type phrases in the main list’s columns, none copied from it', () => {
    const main = readPhrases(path.join(root, '..', 'corpus', 'type-phrases.csv'));
    const held = readPhrases(path.join(root, 'type-phrases.csv'));
    expect(held.meta.fields).toEqual(main.meta.fields);
    expect(held.data.length).toBeGreaterThanOrEqual(150);
    const key = (r: Record<string, string>) =>
      `${r['type text']!.trim().toLowerCase()}|${r['description']!.trim().toLowerCase()}`;
    const mainKeys = new Set(main.data.map(key));
    for (const row of held.data) {
      expect(mainKeys.has(key(row)), row['type text']).toBe(false);
      expect(row['expected code'], row['type text']).toMatch(/^[a-z][a-z0-9.-]*$/);
    }
  });
});
