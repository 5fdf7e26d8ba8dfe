import { describe, expect, it } from 'vitest';
import { featuresOf, LearnedTypeReader, trainTypeModel } from '../../server/ingest/type-learned';
import {
  LEARNED_THRESHOLDS,
  MIN_KNOWN_WORDS,
  MIN_SUPPORT,
  weakReading,
  withLearned,
} from '../../server/ingest/type-learned-combine';
import { learnedTypeReader } from '../../server/ingest/type-learned-data';
import {
  decideEventType,
  decideFromTypeCell,
  type TypeDecision,
  type TypeSources,
  typeMapFrom,
} from '../../server/ingest/vocabulary';

// The learned type reader (issue #10; docs/uploading.md, "The learned reader"): a naive Bayes
// over the words of the type cell and the description, counted from labelled rows, that
// decides only where the rules are weak.

const none = typeMapFrom({});

/** A small labelled set, written for these tests (not the corpus's). */
const EXAMPLES = [
  {
    typeText: 'TAF meeting',
    description: 'Team around the family met at school',
    code: 'meeting.planning',
  },
  {
    typeText: 'TAF review',
    description: 'Team around the family reviewed the plan',
    code: 'meeting.planning',
  },
  {
    typeText: 'Tenancy sustainment',
    description: 'Arrears plan agreed with tenant',
    code: 'housing',
  },
  { typeText: 'Rent account', description: 'Arrears letter stage 2 sent', code: 'housing' },
  {
    typeText: 'Note',
    description: 'Team around the family minutes typed',
    code: 'meeting.planning',
  },
  {
    typeText: null,
    description: 'Visited the home, mother and baby seen',
    code: 'contact.home-visit',
    agencyKind: 'health',
  },
];
const OPTIONS = { alpha: 0.1, descriptionWords: 12 };
const reader = () => new LearnedTypeReader(trainTypeModel(EXAMPLES, OPTIONS));

describe('the learned reader’s features', () => {
  it('features the type cell and the description apart, with adjacent pairs and the kind', () => {
    const keys = featuresOf(
      { typeText: 'Home visit', description: 'Visit to mother', agencyKind: 'health' },
      12,
    ).map((f) => f.key);
    expect(keys).toEqual([
      't:home',
      't:visit',
      'tt:home_visit',
      'd:visit',
      'd:mother',
      'dd:visit_mother',
      'k:health',
    ]);
  });

  it('reads only the description’s first words, and no one- or two-digit count', () => {
    const keys = featuresOf({ description: 'Seen 8 weeks. Then a long note about arrears' }, 3)
      .map((f) => f.key)
      .filter((k) => k.startsWith('d:'));
    expect(keys).toEqual(['d:seen', 'd:week']);
  });
});

describe('counting a model', () => {
  it('gives the same file for the same rows, codes sorted, per feature its codes and counts', () => {
    const a = trainTypeModel(EXAMPLES, OPTIONS);
    expect(trainTypeModel(EXAMPLES, OPTIONS)).toEqual(a);
    expect(a.codes).toEqual(['contact.home-visit', 'housing', 'meeting.planning']);
    expect(a.rows).toEqual([1, 2, 3]);
    // "team" is in three descriptions, all of planning meetings (code index 2).
    expect(a.counts['d:team']).toEqual([2, 3]);
    expect(a.counts['k:health']).toEqual([0, 1]);
  });
});

describe('reading a row', () => {
  it('weighs the words of both texts toward the code whose rows hold them', () => {
    const read = reader().read({ typeText: 'Multi-agency', description: 'Team around the family' });
    expect(read?.code).toBe('meeting.planning');
    expect(read!.share).toBeGreaterThan(0.9);
    expect(read!.share).toBeLessThanOrEqual(1);
    // The words that weighed most, as written, from the text they are in.
    expect(read!.from).toBe('description');
    expect(read!.words).toContain('Team');
  });

  it('a type cell’s word and a description’s word are different features', () => {
    // "arrears" was only ever in descriptions: in a type cell it is unknown.
    expect(reader().read({ typeText: 'Arrears' })).toBeNull();
    expect(reader().read({ description: 'Arrears' })?.code).toBe('housing');
  });

  it('says nothing when no word of the row is known, the agency kind alone aside', () => {
    expect(reader().read({ typeText: 'Lunch', agencyKind: 'health' })).toBeNull();
  });
});

describe('where the rules are weak', () => {
  const decide = (sources: TypeSources) => {
    const cell = decideFromTypeCell(sources.typeText ?? '', none, sources.agencyKind);
    return { cell, rules: decideEventType(sources, none, cell) };
  };

  it('nothing matched: the rules said other', () => {
    const sources = { typeText: 'Lunch', description: 'Printer jammed' };
    const { cell, rules } = decide(sources);
    expect(rules.code).toBe('other');
    expect(weakReading(rules, cell, sources)).toBe('nothing matched');
  });

  it('a say-little cell with a description no rule reads stays other, for the reviewer', () => {
    const sources = { typeText: 'Contact', description: 'Nothing more was recorded' };
    const { cell, rules } = decide(sources);
    expect(rules.code).toBe('other');
    expect(weakReading(rules, cell, sources)).toBeNull();
  });

  it('no type cell: the description was read for want of one', () => {
    const sources = { typeText: null, description: 'Strategy meeting held' };
    const { cell, rules } = decide(sources);
    expect(rules.basis.from).toBe('description');
    expect(weakReading(rules, cell, sources)).toBe('no type cell');
  });

  it('a cell no synonym matched, read from its description', () => {
    const sources = { typeText: 'Zebra', description: 'Strategy meeting held' };
    const { cell, rules } = decide(sources);
    expect(cell).toBeNull();
    expect(weakReading(rules, cell, sources)).toBe('cell unmatched');
  });

  it.each([
    ['a matched type cell', { typeText: 'Home visit', description: 'Strategy meeting held' }],
    [
      'a say-little cell read from the description',
      { typeText: 'Contact', description: 'Strategy meeting held' },
    ],
    [
      'a column classifying cases',
      { typeText: 'CYP - DA', description: 'Strategy meeting held', perCase: true },
    ],
  ])('the rules stand: %s', (_, sources: TypeSources) => {
    const { cell, rules } = decide(sources);
    expect(weakReading(rules, cell, sources)).toBeNull();
  });
});

describe('combining the learned reader with the rules', () => {
  const rulesSaid = (code: string, from: TypeDecision['basis']['from']): TypeDecision => ({
    code,
    basis: { from, words: [] },
  });
  const sources = { typeText: 'Multi-agency', description: 'Team around the family' };

  it('answers where nothing matched, with its basis and the words that weighed most', () => {
    const decided = withLearned(rulesSaid('other', 'none'), null, sources, reader());
    expect(decided).toEqual({
      code: 'meeting.planning',
      basis: { from: 'learned', words: expect.arrayContaining(['Team']) as string[] },
    });
  });

  it('never overrules a matched type cell of the same family, nor a reviewer’s type map', () => {
    // A matched cell of another family may give way to its description (type-overrule.ts).
    const cell = rulesSaid('meeting.core-group', 'type cell');
    expect(withLearned(cell, cell, sources, reader())).toBe(cell);
    const mapped = rulesSaid('contact.phone', 'type map');
    expect(withLearned(mapped, null, sources, reader())).toBe(mapped);
  });

  it('over a description the rules read, only when it is confident', () => {
    const read = reader().read(sources)!;
    const described = rulesSaid('strategy', 'description');
    const decided = withLearned(described, null, sources, reader());
    expect(read.share >= LEARNED_THRESHOLDS['cell unmatched']).toBe(decided.code !== 'strategy');
    // A row it barely knows: a weak guess does not replace the rules' reading.
    const unsure = { typeText: 'Multi-agency', description: 'family arrears' };
    expect(reader().read(unsure)!.share).toBeLessThan(LEARNED_THRESHOLDS['cell unmatched']);
    expect(withLearned(described, null, unsure, reader())).toBe(described);
  });

  it('a guess from one known word is no answer', () => {
    // "Arrears" is the only word of the row the model knows.
    const one = { typeText: 'Zebra', description: 'Arrears' };
    expect(reader().read(one)).toMatchObject({ code: 'housing', known: 1 });
    expect(MIN_KNOWN_WORDS).toBe(2);
    const nothing = rulesSaid('other', 'none');
    expect(withLearned(nothing, null, one, reader())).toBe(nothing);
    // Two known words, "Arrears" and "letter", each seen with housing in two rows: it answers.
    const more = new LearnedTypeReader(
      trainTypeModel(
        [...EXAMPLES, { typeText: 'Rent account', description: 'Arrears letter', code: 'housing' }],
        OPTIONS,
      ),
    );
    const two = { typeText: 'Zebra', description: 'Arrears letter' };
    expect(more.read(two)).toMatchObject({ code: 'housing', known: 2, support: 2 });
    expect(withLearned(nothing, null, two, more).code).toBe('housing');
  });

  it('a code the row’s words were seen with once each is no answer', () => {
    // "Agreed" and "tenant" were each seen once, with housing: known, but no evidence.
    const once = { typeText: 'Zebra', description: 'Agreed tenant' };
    expect(reader().read(once)).toMatchObject({ code: 'housing', known: 2, support: 0 });
    expect(MIN_SUPPORT).toBe(2);
    const nothing = rulesSaid('other', 'none');
    expect(withLearned(nothing, null, once, reader())).toBe(nothing);
  });

  it('never turns a code into other', () => {
    const trained = trainTypeModel(
      [...EXAMPLES, { description: 'Lunch break', code: 'other' }],
      OPTIONS,
    );
    const decided = rulesSaid('housing', 'description');
    expect(
      withLearned(
        decided,
        null,
        { typeText: null, description: 'Lunch break' },
        new LearnedTypeReader(trained),
      ),
    ).toBe(decided);
  });
});

describe('the committed model (data/type-model.json)', () => {
  it('reads a row that no rule reads', () => {
    // A cell the vocabulary does not know, and a description no synonym matches whole.
    const decided = withLearned(
      { code: 'other', basis: { from: 'none', words: [] } },
      null,
      {
        typeText: 'TAC',
        description: 'Team around the child met at school',
        agencyKind: 'education',
      },
      learnedTypeReader(),
    );
    expect(decided.basis.from).toBe('learned');
    expect(decided.code).toBe('meeting.planning');
  });
});
