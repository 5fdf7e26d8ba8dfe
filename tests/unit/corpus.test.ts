import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from '../../scripts/corpus/cases';
import { CORPUS_FILES } from '../../scripts/corpus/files';
import { expectedReading, FIELDS, type CorpusFile } from '../../scripts/corpus/spec';
import { writeCsv, writeDocx, writeJson, writeXlsx } from '../../scripts/corpus/writers';

// The committed corpus is what eval:ingest measures. These checks keep it equal to its specs,
// so nobody "fixes" a file by hand to suit the code, and a spec change is never left unbuilt.

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const all: [string, CorpusFile][] = [
  ...CORPUS_FILES.map((f): [string, CorpusFile] => [f.name, f]),
  ...CASES.flatMap((c) =>
    c.files.map((f): [string, CorpusFile] => [`cases/${c.spec.name}/${f.name}`, f]),
  ),
];
const writers = { csv: writeCsv, json: writeJson, xlsx: writeXlsx, docx: writeDocx } as const;

describe('the committed corpus', () => {
  it('has at least 32 files, 6 XLSX and 5 DOCX outside the cases, each with 8–40 rows', () => {
    const ext = (e: string) => CORPUS_FILES.filter((f) => f.name.endsWith(`.${e}`)).length;
    expect(CORPUS_FILES.length).toBeGreaterThanOrEqual(32);
    expect(ext('xlsx')).toBeGreaterThanOrEqual(6);
    expect(ext('docx')).toBeGreaterThanOrEqual(5);
    for (const [, file] of all) expect(file.rows.length, file.name).toBeGreaterThanOrEqual(8);
    for (const [, file] of all) expect(file.rows.length, file.name).toBeLessThanOrEqual(40);
  });

  it.each(all)(
    '%s is the bytes its spec writes, with its expected reading',
    async (relative, file) => {
      const format = relative.slice(relative.lastIndexOf('.') + 1) as keyof typeof writers;
      const built = await writers[format](file);
      expect(built.equals(fs.readFileSync(path.join(root, relative)))).toBe(true);
      const expectedName = relative.replaceAll('/', '__') + '.json';
      const committed = JSON.parse(
        fs.readFileSync(path.join(root, 'expected', expectedName), 'utf8'),
      );
      expect(committed).toEqual({ ...expectedReading(file), file: relative });
      expect(Object.keys(committed.mapping)).toEqual([...FIELDS]);
    },
  );

  it('names every case trigger by a record that exists in its file', () => {
    for (const c of CASES) {
      const committed = JSON.parse(
        fs.readFileSync(path.join(root, 'cases', c.spec.name, 'case.json'), 'utf8'),
      );
      expect(committed.agencies.length, c.spec.name).toBeGreaterThanOrEqual(4);
      for (const gap of committed.gaps) {
        for (const trigger of gap.triggers) {
          const file = c.files.find((f) => f.name === trigger.file)!;
          const refColumn = file.headers.indexOf(file.fields.sourceRef!) + 1;
          expect(file.rows[trigger.record - 1]![refColumn], `${c.spec.name} ${gap.id}`).toBe(
            trigger.sourceRef,
          );
        }
      }
    }
  });

  it('has at least 400 type phrases, each with a code', () => {
    const text = fs.readFileSync(path.join(root, 'type-phrases.csv'), 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('type text,description,expected code,note,agency kind');
    expect(lines.length - 1).toBeGreaterThanOrEqual(400);
  });
});
