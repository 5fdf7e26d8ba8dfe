/**
 * Profiles the ingest's normalising (RowReader: dates, people, and above all the event types) in
 * process, without HTTP or a database, on two kinds of rows (docs/benchmarks.md, "Cheaper type
 * reading"):
 *   bench    the bench:ingest chronology (scripts/lib/bench-ingest-rows.ts): eight type words
 *            and one description template, so its descriptions are near-identical;
 *   varied   the rows of every file of fixtures/corpus and fixtures/devset (never the held-out
 *            corpus), read as the upload reads them, repeated until there are ~30,000 rows:
 *            real descriptions, each different, under the agency kind each file expects.
 * Usage: `node --import tsx --cpu-prof --cpu-prof-dir=DIR scripts/profile-types.ts bench|varied
 * [rows] [--dump FILE]`; --dump writes each event's type and basis, one a line, so a change to
 * the matcher can be checked to read every row as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateChronology } from './lib/bench-ingest-rows';
import { CORPUS_DIR, DEVSET_DIR, loadCorpusFiles } from './eval/corpus';
import { guessAgencyKind } from '../server/ingest/agency-kind';
import { resolveMapping, type MappingOutcome } from '../server/ingest/headers';
import { normaliseRecords } from '../server/ingest/normalise';
import { readUpload, readUploadedFile } from '../server/ingest/read-upload';
import type { SourceRecord } from '../server/ingest/records';
import { typeMapFrom } from '../server/ingest/vocabulary';

interface Input {
  name: string;
  headers: readonly string[];
  records: readonly SourceRecord[];
  mapping: MappingOutcome;
  agencyKind: string;
}

const args = process.argv.slice(2);
const mode = args[0] ?? 'bench';
const rows = Number(args[1] && /^\d+$/.test(args[1]) ? args[1] : 30_000);
const dumpAt = args.indexOf('--dump');
const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;

async function benchInputs(): Promise<Input[]> {
  const bytes = Buffer.from(generateChronology(rows), 'utf8');
  const { table } = readUpload({ bytes, fileName: 'bench.csv', mediaType: 'text/csv' });
  const agencyName = 'Bench Agency 1';
  return [
    {
      name: 'bench.csv',
      headers: table.headers,
      records: table.records,
      mapping: resolveMapping(table.headers, table.records),
      agencyKind: guessAgencyKind(agencyName),
    },
  ];
}

async function variedInputs(): Promise<Input[]> {
  const files = [...loadCorpusFiles(CORPUS_DIR), ...loadCorpusFiles(DEVSET_DIR)];
  const read: Input[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file.path);
    const { table } = await readUploadedFile({
      bytes,
      fileName: path.basename(file.path),
      mediaType: null,
    });
    read.push({
      name: path.relative(path.dirname(CORPUS_DIR), file.path),
      headers: table.headers,
      records: table.records,
      mapping: resolveMapping(table.headers, table.records, file.expected.mapping),
      agencyKind: file.expected.kind,
    });
  }
  const once = read.reduce((n, r) => n + r.records.length, 0);
  const inputs: Input[] = [];
  for (let total = 0; total < rows; total += once) inputs.push(...read);
  return inputs;
}

const inputs = mode === 'varied' ? await variedInputs() : await benchInputs();
const typeMap = typeMapFrom({});
const lines: string[] = [];
let count = 0;
const started = process.cpuUsage();
const wall = performance.now();
for (const input of inputs) {
  const result = normaliseRecords(input.headers, input.records, input.mapping, {
    agencyName: input.name,
    periodStart: '2010-01-01',
    periodEnd: '2030-12-31',
    typeMap,
    agencyKind: input.agencyKind,
  });
  count += input.records.length;
  if (dumpFile && lines.length < 200_000) {
    for (const e of result.events)
      lines.push(
        `${input.name}\t${e.row}\t${e.type}\t${e.typeBasis.from}\t${e.typeBasis.words.join('|')}`,
      );
  }
}
const cpu = process.cpuUsage(started);
console.log(
  `${mode}: ${count.toLocaleString('en-GB')} rows in ${inputs.length} tables, normalised in ${(performance.now() - wall).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
);
if (dumpFile) fs.writeFileSync(dumpFile, lines.join('\n') + '\n');
