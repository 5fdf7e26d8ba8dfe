import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { expectedReading, FIELDS, formatOf, type CorpusFile } from '../../scripts/corpus/spec';
import { writeCsv, writeDocx, writeJson, writeXlsx } from '../../scripts/corpus/writers';

const writers = { csv: writeCsv, json: writeJson, xlsx: writeXlsx, docx: writeDocx } as const;

/**
 * The checks a corpus kept beside the main one (the development set, the held-out corpus)
 * shares with it: each committed file is the bytes its spec writes, with its expected reading,
 * and the folder holds no file or expectation that no spec writes. So nobody edits a file by
 * hand to suit the code, and a spec change is never left unbuilt.
 */
export function itIsBuiltFromItsSpecs(root: string, files: CorpusFile[]): void {
  it.each(files.map((f) => [f.name, f] as const))(
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
    const names = files.map((f) => f.name).sort();
    const present = fs
      .readdirSync(root)
      .filter((n) => !['expected', 'type-phrases.csv', 'README.md'].includes(n));
    expect(present.sort()).toEqual(names);
    expect(fs.readdirSync(path.join(root, 'expected')).sort()).toEqual(
      names.map((n) => `${n}.json`),
    );
  });
}
