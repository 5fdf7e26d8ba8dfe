import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, DEVSET_DIR, loadTypePhrases, TRAINING_DIR } from '../../scripts/eval/corpus';
import { LearnedTypeReader, trainTypeModel } from '../../server/ingest/type-learned';
import { withLearned } from '../../server/ingest/type-learned-combine';
import { familiesOf, OVERRULE_SHARE } from '../../server/ingest/type-overrule';
import {
  decideEventType,
  decideFromTypeCell,
  describedAs,
  type TypeSources,
  typeMapFrom,
} from '../../server/ingest/vocabulary';

// The description overruling a matched type cell (docs/uploading.md, "The description over a
// matched cell"): only when the rules reading the description alone and a confident learned
// reader say the same thing, of another family than the cell's, and not a thing reported.

const none = typeMapFrom({});
const OPTIONS = { alpha: 0.1, descriptionWords: 12 };

/** A small labelled set, written for these tests (not the corpus's). */
const EXAMPLES = (
  [
    ['Notice', 'NOSP served, arrears of rent', 'housing'],
    ['Tenancy', 'NOSP served by post, arrears', 'housing'],
    ['Rent account', 'Notice served for arrears', 'housing'],
    ['Letter', 'Letter posted to tenant', 'contact.message'],
    ['Email', 'Email to tenant about repairs', 'contact.message'],
    ['Referral', 'MARAC referral sent by IDVA', 'marac.referral'],
    ['MARAC', 'MARAC referral made after DASH', 'marac.referral'],
    ['Call', 'Client reports breach of bail conditions', 'justice.breach'],
    ['Police', 'Reports breach of bail, perpetrator at house', 'justice.breach'],
  ] as const
).map(([typeText, description, code]) => ({ typeText, description, code }));
const reader = () => new LearnedTypeReader(trainTypeModel(EXAMPLES, OPTIONS));

function read(sources: TypeSources, learned = reader()) {
  const cell = decideFromTypeCell(sources.typeText ?? '', none, sources.agencyKind);
  const rules = decideEventType(sources, none, cell);
  return { rules, decided: withLearned(rules, cell, sources, learned) };
}

describe('the description over a matched type cell', () => {
  it('a cell naming how a notice went gives way to the notice served', () => {
    const sources = {
      typeText: 'HAND DELIVERED',
      description: 'NOSP served by hand. Arrears £1,136.40.',
      agencyKind: 'housing',
    };
    const { rules, decided } = read(sources);
    expect(rules).toMatchObject({ code: 'contact.message', basis: { from: 'type cell' } });
    expect(reader().read(sources)!.share).toBeGreaterThanOrEqual(OVERRULE_SHARE);
    expect(decided).toMatchObject({ code: 'housing', basis: { from: 'description' } });
  });

  it('not when the learned reader is unsure', () => {
    const sources = {
      typeText: 'HAND DELIVERED',
      description: 'NOSP served by hand. Arrears £1,136.40.',
      agencyKind: 'housing',
    };
    // Trained without the notices, it knows the words only from letters, or not at all.
    const unsure = new LearnedTypeReader(
      trainTypeModel(
        EXAMPLES.filter((e) => e.code !== 'housing'),
        OPTIONS,
      ),
    );
    expect(read(sources, unsure).decided.code).toBe('contact.message');
  });

  it('not for a narrower code of the same family: the cell says which way the referral went', () => {
    expect(familiesOf('marac.referral')).toEqual(new Set(['marac', 'referral']));
    const sources = {
      typeText: 'Referral received',
      description: 'MARAC referral and hospital IDVA referral for Donna.',
      agencyKind: 'voluntary',
    };
    expect(reader().read(sources)).toMatchObject({ code: 'marac.referral' });
    expect(read(sources).decided.code).toBe('referral.received');
  });

  it('not for what somebody reported: a call about a breach is the call', () => {
    const sources = {
      typeText: 'Telephone',
      description: 'Client reports perpetrator came to house (breach of bail).',
      agencyKind: 'voluntary',
    };
    expect(reader().read(sources)).toMatchObject({ code: 'justice.breach' });
    expect(read(sources).decided.code).toBe(read(sources).rules.code);
    expect(read(sources).decided.code).not.toBe('justice.breach');
  });

  it('not a reviewer’s type map', () => {
    const sources = {
      typeText: 'HAND DELIVERED',
      description: 'NOSP served by hand. Arrears £1,136.40.',
      agencyKind: 'housing',
    };
    const map = typeMapFrom({ 'HAND DELIVERED': 'contact.message' });
    const cell = decideFromTypeCell('HAND DELIVERED', map, 'housing');
    const rules = decideEventType(sources, map, cell);
    expect(withLearned(rules, cell, sources, reader())).toBe(rules);
  });
});

describe('the rules reading a description alone, as the overruling asks them', () => {
  // describedAs reads the description's narrative first and the whole reading only when the
  // narrative names the code asked about, or when the code is one the rest of the row's rules
  // give (a death, information shared, the family told, a worry): it must answer as the whole
  // reading does, for every labelled description.
  it('answers as decideEventType on the description alone, for every code it may be asked', () => {
    const codes = ['housing', 'strategy', 'info.shared', 'health.postnatal', 'critical'];
    for (const p of [CORPUS_DIR, DEVSET_DIR, TRAINING_DIR].flatMap((d) => loadTypePhrases(d))) {
      if (!p.description.trim()) continue;
      const alone = { description: p.description, agencyKind: p.agencyKind, agencyName: 'X' };
      const whole = decideEventType({ typeText: null, ...alone }, none, null);
      for (const code of new Set([whole.code, p.code, ...codes])) {
        const expected = whole.basis.from === 'description' && whole.code === code ? whole : null;
        expect(describedAs(code, alone), `${code}: ${p.description}`).toEqual(expected);
      }
    }
  });
});

describe('a record of what a source told the agency', () => {
  const visits = () =>
    new LearnedTypeReader(
      trainTypeModel(
        (
          [
            ['Visit', 'Home visit, mother and baby seen at the address', 'contact.home-visit'],
            ['Home visit', 'Visited the home address, mother seen', 'contact.home-visit'],
            ['HV', 'Home visit made, mother seen in the home', 'contact.home-visit'],
            ['Notice', 'NOSP served, arrears of rent', 'housing'],
            ['Tenancy', 'Notice served for arrears', 'housing'],
          ] as const
        ).map(([typeText, description, code]) => ({ typeText, description, code })),
        OPTIONS,
      ),
    );
  const description = 'Home visit made to the address, mother seen in the home';

  it('an intelligence report stands whatever its text says was seen', () => {
    const { decided } = read(
      { typeText: 'Intelligence', description, agencyKind: 'police' },
      visits(),
    );
    expect(decided).toMatchObject({ code: 'intelligence', basis: { from: 'type cell' } });
  });

  it('where another matched cell with the same text gives way', () => {
    const { decided } = read({ typeText: 'Notice', description, agencyKind: 'housing' }, visits());
    expect(decided).toMatchObject({ code: 'contact.home-visit', basis: { from: 'description' } });
  });
});
