import { createTestApp, type TestApp } from './client';
import {
  DEVSET_DIR,
  HOLDOUT_DIR,
  loadCases,
  loadCorpusFiles,
  loadTypePhrases,
  type CorpusEntry,
} from './corpus';
import {
  measureCase,
  measureFile,
  measurePhrases,
  type CaseResult,
  type FileResult,
  type PhraseResult,
} from './measure';

/** Goals from issue #10. */
export const GOALS = { files: 0.95, fields: 0.98, wrongDateColumns: 0, types: 0.92 } as const;

export interface EvalOptions {
  /** Only these corpus files (by file name); all when absent. */
  files?: string[];
  /** Only the first n type phrases; all when absent. */
  phrases?: number;
  /** Measure the review cases' gap recall: all (default), none, or those named. */
  cases?: boolean | string[];
  /** Files to measure instead of the corpus's (a test's own, e.g. one that must be refused). */
  entries?: CorpusEntry[];
  /**
   * Also measure the held-out corpus (fixtures/holdout), as its own block: all of it (true),
   * or only some files and the first n phrases. Off unless asked, so a slice stays a slice.
   */
  holdout?: boolean | Slice;
  /**
   * Also measure the development set (fixtures/devset), as its own block, in the same way.
   * Off unless asked.
   */
  devset?: boolean | Slice;
}

/** Some files (by name) and the first n phrases of a side corpus; all when absent. */
export interface Slice {
  files?: string[];
  phrases?: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export interface Figures {
  files: { total: number; stored: number; share: number; goal: number; met: boolean };
  fields: { total: number; right: number; share: number; goal: number; met: boolean };
  wrongDateColumns: { count: number; goal: number; met: boolean };
  types: {
    rows: { total: number; right: number; share: number };
    phrases: { total: number; right: number; share: number };
    share: number;
    goal: number;
    met: boolean;
  };
  agencyKinds: { total: number; right: number; share: number };
  cases: {
    name: string;
    gaps: number;
    found: number;
    recall: number;
    flags: number;
    noiseShare: number;
  }[];
  met: boolean;
}

export interface EvalReport {
  figures: Figures;
  files: FileResult[];
  phrases: PhraseResult;
  cases: CaseResult[];
  /** The development set's figures and results, measured apart; null when not asked for. */
  devset: HoldoutReport | null;
  /** The held-out corpus's figures, measured apart; null when not asked for. */
  holdout: HoldoutReport | null;
}

/** A side corpus (the development set or the held-out corpus), measured apart. */
export interface HoldoutReport {
  figures: Figures;
  files: FileResult[];
  phrases: PhraseResult;
}

export async function runIngestEval(options: EvalOptions = {}): Promise<EvalReport> {
  const t = await createTestApp({ LOG_LEVEL: 'silent', UPLOAD_LIMIT_MB: '50' });
  try {
    const entries = (options.entries ?? loadCorpusFiles()).filter(
      (e) => !options.files || options.files.some((f) => e.expected.file.endsWith(f)),
    );
    const files: FileResult[] = [];
    for (const entry of entries) files.push(await measureFile(t, entry));
    const allPhrases = loadTypePhrases();
    const phrases = await measurePhrases(
      t,
      allPhrases.slice(0, options.phrases ?? allPhrases.length),
    );
    const cases: CaseResult[] = [];
    const wanted = options.cases ?? true;
    const chosen =
      wanted === false ? [] : loadCases().filter((c) => wanted === true || wanted.includes(c.name));
    for (const c of chosen) cases.push(await measureCase(t, c));
    const devset = options.devset
      ? await measureSide(t, DEVSET_DIR, options.devset, 'development-set type phrases')
      : null;
    const holdout = options.holdout
      ? await measureSide(t, HOLDOUT_DIR, options.holdout, 'held-out type phrases')
      : null;
    return { figures: figuresOf(files, phrases, cases), files, phrases, cases, devset, holdout };
  } finally {
    await t.close();
  }
}

/** A side corpus's files and phrases, on the same app, judged against the same goals. */
async function measureSide(
  t: TestApp,
  dir: string,
  wanted: true | Slice,
  label: string,
): Promise<HoldoutReport> {
  const only = wanted === true ? {} : wanted;
  const entries = loadCorpusFiles(dir).filter(
    (e) => !only.files || only.files.some((f) => e.expected.file.endsWith(f)),
  );
  const files: FileResult[] = [];
  for (const entry of entries) files.push(await measureFile(t, entry));
  const all = loadTypePhrases(dir);
  const chosen = all.slice(0, only.phrases ?? all.length);
  const phrases = await measurePhrases(t, chosen, label);
  return { figures: figuresOf(files, phrases, []), files, phrases };
}

function figuresOf(files: FileResult[], phrases: PhraseResult, cases: CaseResult[]): Figures {
  const sum = (f: (r: FileResult) => number) => files.reduce((n, r) => n + f(r), 0);
  const stored = files.filter((r) => r.stored).length;
  const fieldsTotal = files.length * 15;
  const fieldsRight = sum((r) => r.fieldsRight);
  const wrongDates = files.filter((r) => r.dateColumn === 'wrong').length;
  const rowsTotal = sum((r) => r.events.expected);
  const rowsRight = sum((r) => r.typesRight);
  const typeShare = share(rowsRight + phrases.right, rowsTotal + phrases.total);
  const kindsRight = files.filter((r) => r.kind.got === r.kind.expected).length;
  const figures: Figures = {
    files: {
      total: files.length,
      stored,
      share: share(stored, files.length),
      goal: GOALS.files,
      met: false,
    },
    fields: {
      total: fieldsTotal,
      right: fieldsRight,
      share: share(fieldsRight, fieldsTotal),
      goal: GOALS.fields,
      met: false,
    },
    wrongDateColumns: {
      count: wrongDates,
      goal: GOALS.wrongDateColumns,
      met: wrongDates <= GOALS.wrongDateColumns,
    },
    types: {
      rows: { total: rowsTotal, right: rowsRight, share: share(rowsRight, rowsTotal) },
      phrases: {
        total: phrases.total,
        right: phrases.right,
        share: share(phrases.right, phrases.total),
      },
      share: typeShare,
      goal: GOALS.types,
      met: false,
    },
    agencyKinds: { total: files.length, right: kindsRight, share: share(kindsRight, files.length) },
    cases: cases.map((c) => ({
      name: c.name,
      gaps: c.found.length + c.missed.length,
      found: c.found.length,
      recall: share(c.found.length, c.found.length + c.missed.length),
      flags: c.flags,
      noiseShare: share(c.noiseFlags, c.flags),
    })),
    met: false,
  };
  figures.files.met = figures.files.share >= GOALS.files;
  figures.fields.met = figures.fields.share >= GOALS.fields;
  figures.types.met =
    figures.types.rows.share >= GOALS.types && figures.types.phrases.share >= GOALS.types;
  figures.met =
    figures.files.met && figures.fields.met && figures.wrongDateColumns.met && figures.types.met;
  return figures;
}
