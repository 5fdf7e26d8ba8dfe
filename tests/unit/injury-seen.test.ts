import { describe, expect, it } from 'vitest';
import { injurySeenIn } from '../../server/ingest/injury-seen';

// Which words of a face-to-face contact's description say that an injury was seen
// (server/ingest/injury-seen.ts; the decision is in docs/corpus.md). The words returned are
// what the event's detail shows as the text that decided its type, so they are asserted whole.

describe('an injury seen in a description', () => {
  it.each<[string, string[]]>([
    // A seeing word after the injury word, in the same clause.
    ['Bruising to forearms seen.', ['Bruising', 'to', 'forearms', 'seen']],
    ['Marks to neck noted', ['Marks', 'to', 'neck', 'noted']],
    ['Small graze on knee observed by HV', ['graze', 'on', 'knee', 'observed']],
    ['Burn visible on hand', ['Burn', 'visible']],
    ['Swelling to left eye evident', ['Swelling', 'to', 'left', 'eye', 'evident']],
    // A seeing or presenting word up to three words before it.
    ['Baby brought with bruise to cheek', ['with', 'bruise']],
    ['Mum had bruising on wrist', ['had', 'bruising']],
    ['HV noted a small burn on arm', ['noted', 'a', 'small', 'burn']],
    ['Child has a scald', ['has', 'a', 'scald']],
    ['They have fractures', ['have', 'fractures']],
    // Of several leads within three words, the words from the first.
    ['Seen with a bruise', ['Seen', 'with', 'a', 'bruise']],
    // Any sentence of the description, and any clause of it.
    ['Anxiety, tearful. Bruising to forearms seen.', ['Bruising', 'to', 'forearms', 'seen']],
    ['Weighed; mark on back noted', ['mark', 'on', 'back', 'noted']],
    ['Discussed sleep\nWound seen on leg', ['Wound', 'seen']],
    ['Feeding discussed! Laceration noted', ['Laceration', 'noted']],
    ['All well? Injury seen', ['Injury', 'seen']],
    // An aside in brackets is left out, so it does not cut the clause.
    ['Bruise (approx 2cm, yellowing) seen', ['Bruise', 'seen']],
    // A full stop inside a word or number does not end the sentence.
    ['Bruise 2.5cm seen', ['Bruise', 'cm', 'seen']],
  ])('%j → %j', (description, words) => {
    expect(injurySeenIn(description)).toEqual(words);
  });

  it.each([
    // The injury word alone says nothing of seeing it.
    'Referral re bruising',
    'Bruise to forehead',
    // Negated within three words before.
    'No marks or bruising seen',
    'Not a burn, noted as eczema',
    'Nil injuries seen',
    'Without any marks visible',
    'Never had bruising',
    // A cause earlier in the clause: the injury was earlier, the visit follows it.
    'Follow-up visit after bruise seen 28/06',
    'Visit following burn noted by school',
    'Called because bruise seen',
    'Attended due to injury noted',
    // Another clause, another sentence, another line.
    'Kai seen, bruise to forehead',
    'Kai seen: bruise to forehead',
    'Kai seen. Bruise to forehead',
    'Kai seen! Bruise to forehead',
    'Kai seen; bruise to forehead',
    'Kai seen? Bruise to forehead',
    'Kai seen\nBruise to forehead',
    'Bruise to forehead. Seen by GP',
    // An adjective, not a mark.
    'Marked improvement noted',
    // The lead more than three words before.
    'Mum had told the school about bruising',
    '',
  ])('%j → nothing', (description) => {
    expect(injurySeenIn(description)).toBeNull();
  });

  it('reads a negation only within three words before the injury word', () => {
    expect(injurySeenIn('No concerns raised today, bruise seen')).toEqual(['bruise', 'seen']);
    expect(injurySeenIn('No concerns raised today bruise seen')).toEqual(['bruise', 'seen']);
    expect(injurySeenIn('No concerns today bruise seen')).toBeNull();
  });

  it('reads a cause anywhere before the injury word in its clause, not after it', () => {
    expect(injurySeenIn('Mark seen after nursery')).toEqual(['Mark', 'seen']);
    expect(injurySeenIn('After nursery pick up today mark seen')).toBeNull();
  });

  it('looks at every injury word of a clause, not only the first', () => {
    // The first is negated; the second is seen.
    expect(injurySeenIn('No bruise on face but burn noted')).toEqual(['burn', 'noted']);
    // The first has no seeing word; the second has one before it.
    expect(injurySeenIn('Injury reported by mum and had a graze')).toEqual(['had', 'a', 'graze']);
  });

  it('keeps the words as written, in their case', () => {
    expect(injurySeenIn('BRUISING TO FACE SEEN')).toEqual(['BRUISING', 'TO', 'FACE', 'SEEN']);
  });

  it('not an injury word that names a place of care', () => {
    expect(injurySeenIn('Seen in fracture clinic with father')).toBeNull();
    expect(injurySeenIn('Not brought to burns dressing clinic')).toBeNull();
    expect(injurySeenIn('Seen in fracture clinic: new bruise noted')).toEqual(['bruise', 'noted']);
  });

  it('"saw" is a seeing word', () => {
    expect(injurySeenIn('PE teacher saw finger-mark bruising to upper arm')).toEqual([
      'saw',
      'finger',
      'mark',
    ]);
  });

  describe('with findings (a consultation): an examination finding opening its clause', () => {
    const found = (description: string) => injurySeenIn(description, { findings: true });

    it.each<[string, string[]]>([
      ['F/U forearm. Fading bruising L forearm and upper arm.', ['Fading', 'bruising']],
      ['1.5cm purple bruise L pinna, petechiae behind ear.', ['1.5cm', 'purple', 'bruise']],
      ['Neck pain after assault. Bruising both sides of neck.', ['Bruising']],
      ['Bruise to forehead', ['Bruise']],
      ['Tearful, old yellowing bruises both upper arms', ['old', 'yellowing', 'bruises']],
    ])('%j → %j', (description, words) => {
      expect(found(description)).toEqual(words);
    });

    it.each([
      // Talked of, reported, denied or earlier: not found at this consultation.
      'Bruising discussed with mum',
      'Bruise reported by nursery',
      'Mum worried, bruise noticed at bath time',
      'Marked improvement in mood',
      'History of burns',
      'No bruising',
      'Following fracture last year',
      // Not the first thing its clause says.
      'Child well, mum mentions bruise',
      'Referral re bruising',
      // A place of care.
      'Fracture clinic letter',
    ])('%j → nothing', (description) => {
      expect(found(description)).toBeNull();
    });

    it('only when asked: elsewhere a finding must be said to be seen', () => {
      expect(injurySeenIn('Fading bruising L forearm')).toBeNull();
    });
  });

  it('with seeingOnly, a presenting word is not enough', () => {
    expect(injurySeenIn('Attended with burn to hand', { seeingOnly: true })).toBeNull();
    expect(injurySeenIn('Burn to hand seen', { seeingOnly: true })).toEqual([
      'Burn',
      'to',
      'hand',
      'seen',
    ]);
  });
});
