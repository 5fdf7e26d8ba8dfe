import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ExpectedReading } from '../corpus/spec';

// Reads the committed corpus: the files' expected readings, the type phrases and the review
// cases. The eval trusts these files, not the generator, so it measures what is committed.

export const CORPUS_DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
export const DEMO_DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'demo');
/**
 * The development set (docs/corpus.md, "The development set"): three former held-out corpora,
 * opened on 04/12, 05/12 and 07/12/2026, measured as their own block with their per-file detail.
 */
export const DEVSET_DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'devset');
/**
 * The training phrases (docs/corpus.md, "07/12/2026: independent training phrases"): type
 * phrases written apart from every corpus, only to teach the learned type reader. They are no
 * measure: the eval never uploads them.
 */
export const TRAINING_DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'training');
/**
 * The held-out corpus (docs/corpus.md, "The held-out corpus"): written apart from the main one
 * and not read by engineers improving recognition, so a gain that is tuning shows up here.
 */
export const HOLDOUT_DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'holdout');

export interface CorpusEntry {
  /** Path of the file itself, and its expected reading. */
  path: string;
  expected: ExpectedReading;
}

/** Every file with an expected reading: the corpus's own files and the cases' files. */
export function loadCorpusFiles(root = CORPUS_DIR): CorpusEntry[] {
  const dir = path.join(root, 'expected');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ExpectedReading;
      return { path: path.join(root, expected.file), expected };
    });
}

export interface TypePhrase {
  typeText: string;
  description: string;
  code: string;
  note: string;
  agencyKind: string;
}

export function loadTypePhrases(root = CORPUS_DIR): TypePhrase[] {
  const text = fs.readFileSync(path.join(root, 'type-phrases.csv'), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((r) => ({
    typeText: r['type text'] ?? '',
    description: r['description'] ?? '',
    code: r['expected code'] ?? '',
    note: r['note'] ?? '',
    agencyKind: r['agency kind'] || 'other',
  }));
}

/** A record in one agency's file: by its source reference, or by its place among the records. */
export interface TriggerRecord {
  agency: string;
  file: string;
  sourceRef?: string;
  /** 1-based position among the file's data records (header and title rows not counted). */
  record: number;
}

export interface CriticisedGap {
  id: string;
  finding: string;
  triggers: TriggerRecord[];
  expected: string;
  limit: string;
  source: string;
}

export interface ReviewCase {
  name: string;
  reference: string;
  title: string;
  jurisdiction: 'england' | 'wales';
  kind: 'child' | 'domestic-homicide' | 'adult';
  period: { start: string; end: string };
  agencies: { name: string; kind: string; file: string }[];
  gaps: CriticisedGap[];
  /** Where the case's files live, resolved by the loader. */
  dir: string;
}

export function loadCases(): ReviewCase[] {
  const casesDir = path.join(CORPUS_DIR, 'cases');
  const own = fs
    .readdirSync(casesDir)
    .sort()
    .map((name) => path.join(casesDir, name, 'case.json'))
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ ...readCase(file), dir: path.dirname(file) }));
  // The demo case's files stay in fixtures/demo; its findings are written beside the corpus.
  const demo = { ...readCase(path.join(CORPUS_DIR, 'demo-case.json')), dir: DEMO_DIR };
  return [demo, ...own];
}

function readCase(file: string): Omit<ReviewCase, 'dir'> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<ReviewCase, 'dir'>;
}
