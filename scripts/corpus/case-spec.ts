import type { CorpusFile } from './spec';

/** A criticised gap, as the review's report would put it (see docs/corpus.md). */
export interface GapSpec {
  id: string;
  finding: string;
  /** The record(s) the gap starts from: any of them flagged counts as found. */
  triggers: { agency: string; file: string; sourceRef?: string; record: number }[];
  expected: string;
  limit: string;
  source: string;
}

export interface CaseSpec {
  name: string;
  reference: string;
  title: string;
  jurisdiction: 'england' | 'wales';
  kind: 'child' | 'domestic-homicide' | 'adult';
  period: { start: string; end: string };
  summary: string;
  gaps: GapSpec[];
}

export interface CaseDefinition {
  spec: CaseSpec;
  files: CorpusFile[];
}

/** A trigger by its source reference, with its place among the file's records found for it. */
export function triggerOf(file: CorpusFile, sourceRef: string) {
  const col = file.fields.sourceRef ? file.headers.indexOf(file.fields.sourceRef) : -1;
  const index = file.rows.findIndex((r) => r[col + 1] === sourceRef);
  if (col < 0 || index < 0) throw new Error(`${file.name}: no record ${sourceRef}`);
  return { agency: file.agency, file: file.name, sourceRef, record: index + 1 };
}
