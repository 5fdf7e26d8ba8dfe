/**
 * npm run corpus:build — writes fixtures/corpus from the specs in scripts/corpus/files and
 * scripts/corpus/cases: every file in its format (CSV, JSON, XLSX via exceljs, DOCX via docx),
 * its expected reading in fixtures/corpus/expected/, and each case's case.json. The generated
 * files are committed, so the corpus is stable; rerun this only after changing a spec.
 * It also writes the development set, fixtures/devset, from scripts/corpus/devset (the old
 * held-out set, which engineers may read), and the held-out corpus, fixtures/holdout, from
 * scripts/corpus/holdout (engineers improving recognition read neither: docs/corpus.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CASES } from './cases';
import { DEVSET_FILES } from './devset';
import { CORPUS_FILES } from './files';
import { HOLDOUT_FILES } from './holdout';
import { expectedReading, formatOf, type CorpusFile } from './spec';
import { writeCsv, writeDocx, writeJson, writeXlsx } from './writers';

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const devsetRoot = path.join(import.meta.dirname, '..', '..', 'fixtures', 'devset');
const holdoutRoot = path.join(import.meta.dirname, '..', '..', 'fixtures', 'holdout');

async function bytesOf(file: CorpusFile): Promise<Buffer> {
  switch (formatOf(file.name)) {
    case 'csv':
      return writeCsv(file);
    case 'json':
      return writeJson(file);
    case 'xlsx':
      return writeXlsx(file);
    case 'docx':
      return writeDocx(file);
    default:
      throw new Error(`${file.name}: unknown format`);
  }
}

/** Writes one file and its expected reading; `relative` is its path under `base`. */
async function emit(file: CorpusFile, relative: string, base = root) {
  const expectedDir = path.join(base, 'expected');
  fs.mkdirSync(expectedDir, { recursive: true });
  const target = path.join(base, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await bytesOf(file));
  const expected = { ...expectedReading(file), file: relative };
  const expectedName = relative.replaceAll('/', '__') + '.json';
  fs.writeFileSync(path.join(expectedDir, expectedName), JSON.stringify(expected, null, 2) + '\n');
}

const names = new Set<string>();
for (const file of CORPUS_FILES) {
  if (names.has(file.name)) throw new Error(`two corpus files named ${file.name}`);
  names.add(file.name);
  await emit(file, file.name);
}
for (const c of CASES) {
  for (const file of c.files) await emit(file, `cases/${c.spec.name}/${file.name}`);
  const agencies = c.files.map((f) => ({ name: f.agency, kind: f.kind, file: f.name }));
  const body = { ...c.spec, agencies };
  fs.writeFileSync(
    path.join(root, 'cases', c.spec.name, 'case.json'),
    JSON.stringify(body, null, 2) + '\n',
  );
}
for (const [files, base] of [
  [DEVSET_FILES, devsetRoot],
  [HOLDOUT_FILES, holdoutRoot],
] as const) {
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`${file.name} is in two corpora`);
    names.add(file.name);
    await emit(file, file.name, base);
  }
}
console.log(
  `wrote ${CORPUS_FILES.length} corpus files, ${CASES.length} cases, ${DEVSET_FILES.length} development-set files and ${HOLDOUT_FILES.length} held-out files`,
);
