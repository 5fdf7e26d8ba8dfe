import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEVSET_FILES } from '../../scripts/corpus/devset';
import { CORPUS_FILES } from '../../scripts/corpus/files';
import { formatOf } from '../../scripts/corpus/spec';
import { itIsBuiltFromItsSpecs } from '../support/side-corpus';

// The development set (docs/corpus.md, "The development set") holds three former held-out
// corpora: the one of 03/12/2026 (opened on 04/12/2026), the one of 04/12/2026 (opened on
// 05/12/2026) and the one of 05/12/2026 (opened on 07/12/2026). Engineers may now read it, but like the main corpus its committed files must be
// the bytes their specs write, so nobody edits a file by hand to suit the code.

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'devset');

describe('the development set', () => {
  it('keeps its 45 files: 12 CSV, 11 JSON, 13 XLSX and 9 DOCX, 433 rows', () => {
    const count = (ext: string) => DEVSET_FILES.filter((f) => formatOf(f.name) === ext).length;
    expect(DEVSET_FILES).toHaveLength(45);
    expect([count('csv'), count('json'), count('xlsx'), count('docx')]).toEqual([12, 11, 13, 9]);
    expect(DEVSET_FILES.reduce((n, f) => n + f.rows.length, 0)).toBe(433);
  });

  itIsBuiltFromItsSpecs(root, DEVSET_FILES);

  it('shares no file name with the main corpus', () => {
    const main = new Set(CORPUS_FILES.map((f) => f.name));
    for (const file of DEVSET_FILES) expect(main.has(file.name), file.name).toBe(false);
  });

  // The two sets' phrases were written with different line ends; mixed in one file, the
  // CRLF rows kept a carriage return in their last cell, so every upload of an agency kind
  // was refused and its phrases all counted as misses.
  it('reads every type phrase with a plain agency kind and code', () => {
    const text = fs.readFileSync(path.join(root, 'type-phrases.csv'), 'utf8');
    const { data, errors } = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(721);
    for (const row of data) {
      expect(row['agency kind'], row['type text']).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(row['expected code'], row['type text']).toMatch(/^[a-z][a-z0-9.-]*$/);
    }
  });
});
