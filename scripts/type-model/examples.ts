import { typeClassifiesCases } from '../../server/ingest/type-per-case';
import { createTestApp, listEvents, uploadCorpusFile, type TestApp } from '../eval/client';
import {
  CORPUS_DIR,
  DEVSET_DIR,
  TRAINING_DIR,
  loadCorpusFiles,
  loadTypePhrases,
} from '../eval/corpus';

// The labelled examples a learned type reader is trained on (docs/corpus.md, "06/12/2026: a
// learned type reader"): every file row of the main corpus and of the development set, with the
// code its expected reading gives it, every type phrase of both, and the training phrases of
// fixtures/training (docs/corpus.md, "07/12/2026: independent training phrases"), written apart
// from every corpus only to teach the reader. The held-out corpus is never read here: it judges
// the reader, so it cannot teach it.
//
// A file row's texts are what the app itself reads from the file, as an upload with no mapping
// reads them (the eval's way, scripts/eval/measure.ts): its type cell, description and outcome,
// the type column's header, the agency kind guessed from the agency's name, and whether the
// type column classifies cases. Rows are paired with expected codes by position, as the eval
// pairs them when every row was stored; a file not stored whole gives no rows.

/** One labelled row: what the type reader sees, and the code a reviewer gave it. */
export interface TypeExample {
  /** 'main', 'devset' or 'training' (phrases only): the labelled set it comes from. */
  set: 'main' | 'devset' | 'training';
  /** The file (or `phrases:<kind>`) it comes from: the unit cross-validation holds out. */
  group: string;
  typeText: string | null;
  description: string | null;
  outcome: string | null;
  agencyKind: string;
  /** The agency's name as the eval uploads it, which may say which service it is. */
  agencyName: string;
  typeHeader?: string;
  perCase: boolean;
  code: string;
}

/**
 * The examples of the main corpus, the development set and the training phrases, in a fixed
 * order (the training phrases last, so cross-validation's folds of the other two stay as they were).
 */
export async function loadTypeExamples(): Promise<TypeExample[]> {
  const t = await createTestApp({ LOG_LEVEL: 'silent', UPLOAD_LIMIT_MB: '50' });
  try {
    const out: TypeExample[] = [];
    for (const [set, dir] of [
      ['main', CORPUS_DIR],
      ['devset', DEVSET_DIR],
    ] as const) {
      out.push(...(await fileExamples(t, set, dir)));
      out.push(...phraseExamples(set, dir));
    }
    out.push(...phraseExamples('training', TRAINING_DIR));
    return out;
  } finally {
    await t.close();
  }
}

async function fileExamples(
  t: TestApp,
  set: TypeExample['set'],
  dir: string,
): Promise<TypeExample[]> {
  const out: TypeExample[] = [];
  for (const entry of loadCorpusFiles(dir)) {
    const { expected } = entry;
    const { reviewId, status, body } = await uploadCorpusFile(t, entry, 'examples');
    if (status !== 200 && status !== 201) continue;
    const events = await listEvents(t, reviewId);
    if (events.length !== expected.rows.length) continue;
    const typeHeader = body.mapping?.type ?? undefined;
    // The same test the upload makes (server/submissions): the type cell and the reference.
    const perCase = typeClassifiesCases(
      events.map((e, i) => ({ row: i + 2, cells: [e.typeText ?? '', e.sourceRef ?? ''] })),
      body.mapping?.type ? 0 : undefined,
      body.mapping?.sourceRef ? 1 : undefined,
    );
    events.forEach((e, i) =>
      out.push({
        set,
        group: `${set}:${expected.file}`,
        typeText: e.typeText,
        description: e.description,
        outcome: e.outcome,
        agencyKind: e.agencyKind,
        agencyName: expected.agency,
        ...(typeHeader ? { typeHeader } : {}),
        perCase,
        code: expected.rows[i]!.code,
      }),
    );
  }
  return out;
}

/** The phrases as the eval uploads them: a type and a description, by agency kind. */
function phraseExamples(set: TypeExample['set'], dir: string): TypeExample[] {
  return loadTypePhrases(dir).map((p) => ({
    set,
    group: `${set}:phrases:${p.agencyKind}`,
    typeText: p.typeText.trim() || null,
    description: p.description.trim() || null,
    outcome: null,
    agencyKind: p.agencyKind,
    // As the eval names a kind's phrase upload (scripts/eval/measure.ts).
    agencyName: `Phrases ${p.agencyKind}`,
    typeHeader: 'type',
    perCase: false,
    code: p.code,
  }));
}
