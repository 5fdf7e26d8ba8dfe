/**
 * npm run eval:type-model — cross-validates the learned type reader (server/ingest/type-learned.ts)
 * and its combination with the rules (type-learned-combine.ts) on the labelled rows of the main
 * corpus and the development set (docs/corpus.md, "06/12/2026: a learned type reader"). Each
 * row is read by a model counted without it, so no figure here scores a model on what it was
 * trained on:
 * - grouped 10-fold: the groups are files (a file's rows share their system's habits) and
 *   blocks of 25 consecutive type phrases (a phrase list writes a thing's variants together);
 *   group i goes to fold i mod 10;
 * - across sets: counted on the main corpus, read on the development set, and the other way.
 * The training phrases of fixtures/training are counted in every split (in grouped 10-fold they
 * are also read in their own folds, as the block 'training phrases'); they are never read
 * across sets. The held-out corpus is never read. Per block it prints the rules alone, the learned reader
 * alone and the two combined, then each weak reading's rows.
 *   --json  the figures as JSON
 */
import { decideEventType, decideFromTypeCell, typeMapFrom } from '../server/ingest/vocabulary';
import { LearnedTypeReader } from '../server/ingest/type-learned';
import { weakReading, withLearned } from '../server/ingest/type-learned-combine';
import { loadTypeExamples, type TypeExample } from './type-model/examples';
import { modelFrom } from './type-model/train';

const FOLDS = 10;
const PHRASE_BLOCK = 25;
const none = typeMapFrom({});

interface Tally {
  rows: number;
  rules: number;
  learned: number;
  combined: number;
  /** Rows where the learned reader replaced the rules' code, and of those, how many it got wrong. */
  changed: number;
  changedWrong: number;
}

export interface TypeModelFigures {
  /** Per split, per block ('main rows', 'main phrases', 'devset rows', 'devset phrases', 'training phrases'). */
  splits: Record<string, Record<string, Tally>>;
  /** Per split, per weak reading: the rows and how many each reader got right. */
  weak: Record<string, Record<string, Tally>>;
}

/** Each example's group for the folds: its file, or its block of consecutive phrases. */
export function foldGroups(examples: readonly TypeExample[]): string[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    if (!e.group.includes(':phrases:')) return e.group;
    const n = seen.get(e.set) ?? 0;
    seen.set(e.set, n + 1);
    return `${e.set}:phrases#${Math.floor(n / PHRASE_BLOCK)}`;
  });
}

export function crossValidate(examples: readonly TypeExample[]): TypeModelFigures {
  const groups = foldGroups(examples);
  const order = [...new Set(groups)];
  const fold = new Map(order.map((g, i) => [g, i % FOLDS]));
  const all = examples.map((_, i) => i);
  const splits: Record<string, Array<{ train: number[]; test: number[] }>> = {
    'grouped 10-fold': Array.from({ length: FOLDS }, (_, k) => ({
      train: all.filter((i) => fold.get(groups[i]!) !== k),
      test: all.filter((i) => fold.get(groups[i]!) === k),
    })),
    'across sets': (['main', 'devset'] as const).map((set) => ({
      train: all.filter((i) => examples[i]!.set !== set),
      test: all.filter((i) => examples[i]!.set === set),
    })),
  };
  const figures: TypeModelFigures = { splits: {}, weak: {} };
  for (const [name, parts] of Object.entries(splits)) {
    const blocks: Record<string, Tally> = {};
    const weak: Record<string, Tally> = {};
    for (const { train, test } of parts) {
      const reader = new LearnedTypeReader(modelFrom(train.map((i) => examples[i]!)));
      for (const i of test) {
        const e = examples[i]!;
        const sources = {
          typeText: e.typeText,
          description: e.description,
          outcome: e.outcome,
          agencyKind: e.agencyKind,
          agencyName: e.agencyName,
          typeHeader: e.typeHeader,
          perCase: e.perCase,
        };
        // As the upload reads a row (server/ingest/normalise.ts, RowReader.typeOf).
        const cell = decideFromTypeCell(e.typeText ?? '', none, e.agencyKind);
        const rules = decideEventType(sources, none, cell);
        const combined = withLearned(rules, cell, sources, reader);
        const learned = reader.read(sources)?.code ?? 'other';
        const block = `${e.set} ${e.group.includes(':phrases:') ? 'phrases' : 'rows'}`;
        const kind = weakReading(rules, cell, sources) ?? 'rules stand';
        for (const t of [(blocks[block] ??= zero()), (weak[kind] ??= zero())]) {
          t.rows++;
          if (rules.code === e.code) t.rules++;
          if (learned === e.code) t.learned++;
          if (combined.code === e.code) t.combined++;
          if (combined.code !== rules.code) {
            t.changed++;
            if (combined.code !== e.code) t.changedWrong++;
          }
        }
      }
    }
    figures.splits[name] = blocks;
    figures.weak[name] = weak;
  }
  return figures;
}

const zero = (): Tally => ({
  rows: 0,
  rules: 0,
  learned: 0,
  combined: 0,
  changed: 0,
  changedWrong: 0,
});
const pct = (n: number, d: number) => `${n} / ${d} (${((100 * n) / Math.max(d, 1)).toFixed(1)}%)`;

function print(figures: TypeModelFigures): void {
  for (const [name, blocks] of Object.entries(figures.splits)) {
    console.log(`\n${name}: types right`);
    console.log('block             rules alone          learned alone        combined');
    for (const [block, t] of Object.entries(blocks))
      console.log(
        `${block.padEnd(17)} ${pct(t.rules, t.rows).padEnd(20)} ${pct(t.learned, t.rows).padEnd(20)} ${pct(t.combined, t.rows)}`,
      );
    console.log(
      '  by weak reading (rows: rules → combined; learned alone; codes the reader changed, wrong)',
    );
    for (const [kind, t] of Object.entries(figures.weak[name] ?? {}))
      console.log(
        `  ${kind.padEnd(16)} ${String(t.rows).padStart(5)} rows: ${t.rules} → ${t.combined}; learned alone ${t.learned}; changed ${t.changed}, wrong ${t.changedWrong}`,
      );
  }
}

const examples = await loadTypeExamples();
const figures = crossValidate(examples);
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else print(figures);
