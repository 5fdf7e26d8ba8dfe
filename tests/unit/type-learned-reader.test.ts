import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  featuresOf,
  LearnedTypeReader,
  type LearnedSources,
  type LearnedType,
  type TypeModelData,
} from '../../server/ingest/type-learned';
import { TYPE_MODEL_FILE } from '../../server/ingest/type-learned-data';
import { CORPUS_DIR, DEVSET_DIR, loadTypePhrases, TRAINING_DIR } from '../../scripts/eval/corpus';

// The learned reader's fast path (type-learned.ts: counts laid out flat, the description's
// features looked up by stem, the type cell's held per cell text, nothing allocated for a row
// whose code is not wanted) must weigh exactly what the model's features say (featuresOf), as
// the reader did before it was made cheap (docs/benchmarks.md, 2026-12-07).

const model = JSON.parse(fs.readFileSync(TYPE_MODEL_FILE, 'utf8')) as TypeModelData;
const vocabulary = Object.keys(model.counts).length;

/** The reading worked out the plain way, from featuresOf and the counts as the file holds them. */
function plainReading(sources: LearnedSources): LearnedType | null {
  const n = model.codes.length;
  const all = model.rows.reduce((s, r) => s + r, 0);
  const features = featuresOf(sources, model.descriptionWords).filter((f) => model.counts[f.key]);
  if (features.every((f) => f.from === 'kind')) return null;
  const seen = (key: string, code: number) => {
    const list = model.counts[key]!;
    for (let i = 0; i < list.length; i += 2) if (list[i] === code) return list[i + 1]!;
    return 0;
  };
  const scores = model.codes.map((_, c) => {
    let score =
      Math.log(((model.rows[c] ?? 0) + 1) / (all + n)) +
      features.length *
        (Math.log(model.alpha) - Math.log((model.totals[c] ?? 0) + model.alpha * vocabulary));
    for (const f of features) {
      const count = seen(f.key, c);
      if (count > 0) score += Math.log(count + model.alpha) - Math.log(model.alpha);
    }
    return score;
  });
  const best = scores.indexOf(Math.max(...scores));
  const share = 1 / scores.reduce((s, v) => s + Math.exp(v - scores[best]!), 0);
  const words = features.filter((f) => f.key[1] === ':' && f.from !== 'kind');
  const key = (f: (typeof words)[number]) => `${f.from}:${f.written}`;
  const leaning = new Map<string, { from: LearnedType['from']; weight: number }>();
  for (const f of features.filter((f) => f.from !== 'kind' && seen(f.key, best) > 0)) {
    const own = seen(f.key, best);
    const total = model.counts[f.key]!.filter((_, i) => i % 2 === 1).reduce((s, v) => s + v, 0);
    const weight = Math.log((own + model.alpha) / (total + model.alpha)) + Math.log(own);
    const held = leaning.get(f.written);
    if (!held || held.weight < weight)
      leaning.set(f.written, { from: f.from as LearnedType['from'], weight });
  }
  const ranked = [...leaning].sort((a, b) => b[1].weight - a[1].weight);
  const from = ranked[0]?.[1].from ?? 'description';
  return {
    code: model.codes[best]!,
    share,
    known: new Set(words.map(key)).size,
    support: new Set(words.filter((f) => seen(f.key, best) >= 2).map(key)).size,
    words: ranked
      .filter(([, v]) => v.from === from)
      .slice(0, 3)
      .map(([w]) => w),
    from,
  };
}

/** Rows of every shape: labelled phrases, and their cells beside other phrases' descriptions. */
function rows(): LearnedSources[] {
  const phrases = [CORPUS_DIR, DEVSET_DIR, TRAINING_DIR]
    .flatMap((dir) => loadTypePhrases(dir))
    .filter((_, i) => i % 3 === 0);
  const descriptions = phrases.map((p) => p.description).filter((d) => d);
  const kinds = [undefined, 'health', 'police', 'housing', 'not-a-kind'];
  return [
    ...phrases.map((p) => ({
      typeText: p.typeText,
      description: p.description,
      agencyKind: p.agencyKind,
    })),
    ...phrases.map((p, i) => ({
      typeText: p.typeText,
      description: descriptions[(i * 7) % descriptions.length],
      agencyKind: kinds[i % kinds.length],
    })),
    // A word written as several stems, a word twice, counts, a long description.
    { typeText: 'ICPC', description: 'ICPC held, ICPC minutes sent. Mum and mum’s partner seen' },
    { typeText: 'Home visit', description: 'Visit 8: home home visit 12 weeks, 1:1 with mum' },
    { typeText: 'Tel call', description: 'Strategy discussion '.repeat(20) },
  ];
}

describe('the learned reader weighs what its features say', () => {
  it('reads every row as the plain working does, to the last bit of its share', () => {
    const reader = new LearnedTypeReader(model);
    for (const sources of rows()) expect(reader.read(sources)).toEqual(plainReading(sources));
  });

  it('weighs without the words, and stops where the code is not wanted', () => {
    const reader = new LearnedTypeReader(model);
    for (const sources of rows().slice(0, 400)) {
      const plain = plainReading(sources);
      const wanted = (code: string) => code.startsWith('contact.');
      const weighed = reader.weigh(sources, { minShare: 0.9, accepts: wanted });
      if (!plain || plain.share < 0.9 || !wanted(plain.code)) expect(weighed).toBeNull();
      else {
        const { code, share, known, support } = plain;
        expect(weighed).toEqual({ code, share, known, support });
      }
    }
  });
});
