import { describe, expect, it } from 'vitest';
import {
  decideEventType,
  EVENT_TYPES,
  likelyCodes,
  matchEventType,
  typeMapFrom,
} from '../../server/ingest/vocabulary';
import { TypeMatcher } from '../../server/ingest/type-matcher';
import { saysLittle } from '../../server/ingest/type-words';

const none = new Map<string, string>();
const typeOf = (text: string) => matchEventType(text, none);

describe('type cells matched by words, not whole phrases', () => {
  it.each([
    ["Placed on the child's plan", 'register.add'],
    ['Strategy discussion held (virtual)', 'strategy'],
    ['Child registered under category of neglect', 'register.add'],
    ['Joint home visit with police', 'contact.home-visit'],
    ['Referral received from school nurse', 'referral.received'],
    ['Single assessment completed', 'assessment.complete'],
  ])('inserted words: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Visit - home', 'contact.home-visit'],
    ['Discussion, strategy', 'strategy'],
    ['Meeting - core group', 'meeting.core-group'],
    ['Received MARF', 'referral.received'],
    ['Conference (initial child protection)', 'meeting.conference'],
  ])('word order: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Home visits', 'contact.home-visit'],
    ['Strategy Discussions', 'strategy'],
    ['Section 47 enquiries', 's47'],
    ['Immunisation', 'health.development'],
    ['Injuries observed', 'incident.injury'],
    ['Referrals made', 'referral.sent'],
    ['Children placed on CP plans', 'register.add'],
  ])('plurals and inflections: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Strat', 'strategy'],
    ['Strat. Disc. (tel)', 'strategy'],
    ['ICPC', 'meeting.conference'],
    ['RCPC - plan continued', 'meeting.conference'],
    ['Initial CP conf', 'meeting.conference'],
    ['CP registration', 'register.add'],
    ['MASH referral', 'referral.sent'],
    ['MASH enquiry', 'referral.received'],
    ['EH assessment', 'assessment.start'],
    ['PPN submitted', 'referral.sent'],
    ['VPA', 'referral.sent'],
    ['ASB incident', 'incident.police'],
    ['WNB', 'contact.not-brought'],
    ['C&F referral', 'referral.sent'],
    ['LAC review', 'meeting.planning'],
    ['CIN meeting', 'meeting.planning'],
    ['Core grp', 'meeting.core-group'],
    ['S.47', 's47'],
    ['T/C to mother', 'contact.phone'],
    ['A&E attendance', 'health.emergency'],
    ['TAF', 'meeting.planning'],
    ['TAC review', 'meeting.planning'],
  ])('abbreviations: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['2 yr review', 'health.development'],
    ['2-2.5 yr check', 'health.development'],
    ['27 mths review', 'health.development'],
    ['1 yr check', 'health.development'],
    ['6-8 wks check', 'health.postnatal'],
    // A clinician's fraction of a year: weeks over 52, months over 12.
    ['6/52 check', 'health.postnatal'],
    ['HV 8/52 review', 'health.postnatal'],
    ['3/12 review', 'health.development'],
  ])('units of age as clinicians shorten them: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['UCC attendance', 'health.emergency'],
    ['Walk-in centre attender', 'health.emergency'],
    ['Police attendance', 'incident.police'],
    // A bare visit after a place that is not home was at that place.
    ['Clinic visit', 'contact.office'],
    ['Surgery visit', 'contact.office'],
    ['Joint visit', 'contact.home-visit'],
    // A compound's second word is still its head where it is not an attendance word.
    ['CIN assessment', 'assessment.start'],
  ])('an attendance word or a visit after a place says where it was: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Officer attendance', 'incident.police'],
    ['Officers attended', 'incident.police'],
    ['Office visit', 'contact.office'],
    ['Offices attended', 'contact.office'],
  ])('an officer is not an office, by its stem or as a near spelling: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('reads a date as a date, not as a fraction of a year', () => {
    // "03/12/2019", "5/12/19" and "03/12" (a leading 0) are days of December.
    for (const text of ['Review 03/12/2019', 'Review 5/12/19', 'Review 03/12', 'Review 5.12.19'])
      expect(typeOf(text), text).toBe('other');
    expect(typeOf('Review 3/12')).toBe('health.development');
  });

  it.each([
    ['Stratergy meeting', 'strategy'],
    ['Child protection confrence', 'meeting.conference'],
    ['Assesment completed', 'assessment.complete'],
    ['Referral recieved', 'referral.received'],
    ['Safegaurding concern', 'concern'],
    ['Telephne call', 'contact.phone'],
  ])('misspellings: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Change of address', 'other'],
    ['Police policy briefing', 'other'],
    // One edit from "text", but an English word: never a misspelling ("Vist" is, see spelling.test.ts).
    ['Blood test', 'other'],
  ])('real words are not read as misspellings: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['Home visit - no access', 'contact.no-access'],
    ['No access home visit', 'contact.no-access'],
    ['Phone call - no reply', 'contact.no-access'],
    ['DNA - 9 month check', 'contact.not-brought'],
    ["DNA'd appointment", 'contact.not-brought'],
    ['Outpatient appt - DNA', 'contact.not-brought'],
    ['Was Not Brought (WNB) - 12 month review', 'contact.not-brought'],
    ['Home visit - no concerns', 'contact.home-visit'],
  ])('negations win wherever they occur: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['No concerns', 'other'],
    ['Not registered', 'other'],
    // Not a DNA: the appointment was attended.
    ['Not a DNA - appointment attended late', 'contact.office'],
  ])('a negated phrase is not the thing it names: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    ['MARF received', 'referral.received'],
    ['Telephone call re home visit', 'contact.phone'],
    ['CIN assessment', 'assessment.start'],
    ['DV incident - police attended', 'incident.domestic'],
    ['Multi-agency strategy meeting', 'strategy'],
    ['Acknowledgement sent to referrer', 'referral.acknowledged'],
    ['Child Protection Plan ended', 'register.remove'],
    ['Face to face', 'contact.office'],
    ['Bruising to face', 'incident.injury'],
    ['Attended GP surgery', 'contact.office'],
    ['Domestic incident attended by police', 'incident.domestic'],
    ['Transferred to CIN team', 'case.transfer'],
    ['Referral to housing options', 'referral.sent'],
  ])('precedence: "%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('keeps these decisions when unrelated types sharing their words are appended', () => {
    // A review adds its own codes; words such as "domestic", "referral" and "attendance" then
    // sit in more codes. That must not turn round what a cell is about.
    const grown = new TypeMatcher([
      ...EVENT_TYPES,
      { code: 'x.forum', synonyms: ['domestic abuse forum', 'referral panel', 'police liaison'] },
      { code: 'x.school', synonyms: ['school attendance', 'domestic science', 'incident log'] },
      { code: 'x.court', synonyms: ['court referral', 'attendance order', 'housing court'] },
      { code: 'x.visit', synonyms: ['surgery visit', 'domestic visit', 'referral visit'] },
    ]);
    const top = (text: string) => grown.matches(text)[0]?.code;
    for (const [text, code] of [
      ['Domestic incident attended by police', 'incident.domestic'],
      ['Referral to housing options', 'referral.sent'],
      ['Attended GP surgery', 'contact.office'],
      ['ED attendance', 'health.emergency'],
      ['Telephone call re home visit', 'contact.phone'],
    ]) {
      expect(top(text ?? '')).toBe(code);
    }
  });
});

describe('a type cell that says little', () => {
  it.each([
    ['', true],
    ['Contact', true],
    ['Case note', true],
    ['Other', true],
    ['Update', true],
    ['Record entry', true],
    // An entry named by the record it was filed on.
    ['Occurrence update', true],
    ['Crime Update', true],
    ['Incident log', true],
    ['Safeguarding note', false],
    ['Occurrence', false],
    ['Strategy meeting note', false],
    ['Court update', false],
    ['CN01', true],
    ['ACT-3', true],
    ['S47', false],
    ['9 month check', false],
    ['Contact received', false],
    ['Home visit', false],
  ])('"%s" says little: %s', (text, little) => {
    expect(saysLittle(text)).toBe(little);
  });

  it.each([
    [
      'Contact',
      'Strategy meeting held with police and health to discuss bruising.',
      null,
      'strategy',
      'description',
      ['Strategy', 'meeting'],
    ],
    [
      'Case note',
      'Unannounced home visit. Children seen and spoken with alone.',
      null,
      'contact.home-visit',
      'description',
      ['home', 'visit'],
    ],
    ['CN01', '', 'Case closed', 'case.close', 'outcome', ['Case', 'closed']],
    [
      'Record entry',
      'Child was not brought to the clinic appointment today.',
      null,
      'contact.not-brought',
      'description',
      ['not', 'brought'],
    ],
    [
      'Note',
      'Phone call with health visitor',
      null,
      'contact.phone',
      'description',
      ['Phone', 'call'],
    ],
    [null, 'Home visit', null, 'contact.home-visit', 'description', ['Home', 'visit']],
  ])(
    '"%s" with "%s" / "%s" → %s from the %s',
    (typeText, description, outcome, code, from, words) => {
      expect(decideEventType({ typeText, description, outcome }, none)).toEqual({
        code,
        basis: { from, words },
      });
    },
  );

  it('an informative type cell wins over the description', () => {
    const decided = decideEventType(
      { typeText: 'Telephone call', description: 'Discussed the strategy meeting held yesterday.' },
      none,
    );
    expect(decided).toEqual({
      code: 'contact.phone',
      basis: { from: 'type cell', words: ['Telephone', 'call'] },
    });
  });

  it('a long description needs more than one word several types share', () => {
    const decided = decideEventType(
      {
        typeText: 'Update',
        description: 'Mother called to say that the family will be away for the weekend.',
      },
      none,
    );
    expect(decided).toEqual({ code: 'other', basis: { from: 'none', words: [] } });
  });

  it('reads a narrative in its own word order', () => {
    // "mother informed" as a set of words is here, but not as a phrase.
    const decided = decideEventType(
      {
        typeText: 'Information received',
        description: 'Well-being worker informed SW2 that Mother gave birth in hospital today.',
      },
      none,
    );
    expect(decided.code).not.toBe('family.informed');
  });

  it('takes the first sentence that names a type, but a negating type from anywhere', () => {
    const conference = decideEventType(
      {
        typeText: 'Other',
        description: 'ICPC held. Child made subject of a CP plan under category of neglect.',
      },
      none,
    );
    expect(conference).toEqual({
      code: 'meeting.conference',
      basis: { from: 'description', words: ['ICPC'] },
    });
    const noAccess = decideEventType(
      { typeText: 'Case note', description: 'Visit made. No access.' },
      none,
    );
    expect(noAccess.code).toBe('contact.no-access');
  });

  it('an outcome that says what comes next does not type the event', () => {
    const decided = decideEventType(
      { typeText: 'Other', description: null, outcome: 'SW2 to visit within a week.' },
      none,
    );
    expect(decided.code).toBe('other');
  });
});

describe('a cell that classifies the case or the person says little', () => {
  // A police public protection unit's screening log, a hub's triage list: the type column holds
  // who is at risk and of what ("CYP - DA", "ADULT - DA"), the same on every entry of a case,
  // and the description says what was done.
  const decide = (typeText: string, description: string, agencyKind = 'police') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it.each([
    ['CYP - DA', true],
    ['ADULT - DA', true],
    ['Child – Neglect', true],
    ['CYP - MISPER/EXPL', true],
    ['Vulnerable adult', true],
    ['Domestic abuse', false],
    ['Child', false],
    ['Child concern', false],
    ['Adult safeguarding concern', false],
    ['Child protection medical', false],
  ])('"%s" says little: %s', (text, little) => {
    expect(saysLittle(text)).toBe(little);
  });

  it('the description says what was done', () => {
    expect(
      decide('CYP - DA', 'PPN from response officers: children present at a DA assault.'),
    ).toBe('referral.received');
    expect(decide('ADULT - DA', 'MARAC heard case. Police actions agreed.')).toBe('marac.meeting');
    expect(decide('Child – Neglect', 'Strategy discussion with CSC and health.')).toBe('strategy');
  });

  it("the cell's own reading stands when the description names nothing", () => {
    expect(decide('ADULT - DA', 'Nothing further recorded.')).toBe('incident.domestic');
    expect(decide('Child – Neglect', '', 'children-services')).toBe('concern');
  });

  it('an entry named by its record: the description says what it was, else the record', () => {
    expect(decide('Occurrence Update', 'Intel received that suspect is back at her address.')).toBe(
      'intelligence',
    );
    expect(decide('Occurrence Update', 'Nothing further.')).toBe('incident.police');
  });

  it('a kind of harm alone is still what the agency records', () => {
    // A police domestic abuse occurrence whose description mentions a DASH is the incident.
    expect(decide('Domestic Abuse', 'IP reports partner grabbed her by throat. DASH high.')).toBe(
      'incident.domestic',
    );
  });
});

describe('type maps', () => {
  it('an uploader’s map for an informative word wins, and says so', () => {
    expect(
      decideEventType(
        { typeText: 'Wibble Review', description: 'Strategy meeting held' },
        typeMapFrom({ 'wibble review': 'meeting.planning' }),
      ),
    ).toEqual({ code: 'meeting.planning', basis: { from: 'type map', words: ['Wibble Review'] } });
  });

  it('a map for a word that says little is only the fallback', () => {
    const map = typeMapFrom({ Contact: 'contact.phone' });
    expect(
      decideEventType({ typeText: 'Contact', description: 'Home visit completed.' }, map).code,
    ).toBe('contact.home-visit');
    expect(decideEventType({ typeText: 'Contact', description: '' }, map)).toEqual({
      code: 'contact.phone',
      basis: { from: 'type map', words: ['Contact'] },
    });
  });
});

describe('likely codes for words that matched none', () => {
  it('offers at most three codes that share its words, most telling first', () => {
    const codes = likelyCodes('Wibble review');
    expect(codes.length).toBe(3);
    // Each is a type with "review" among its synonyms' words.
    for (const code of codes)
      expect([
        'meeting.planning',
        'meeting.conference',
        'health.development',
        'decision',
      ]).toContain(code);
    expect(likelyCodes('Team around the baby')).toEqual(['meeting.planning']);
  });

  it('offers nothing for words that share none', () => {
    expect(likelyCodes('Zzyzx')).toEqual([]);
  });
});

describe('TypeMatcher on a vocabulary of its own', () => {
  const matcher = new TypeMatcher([
    { code: 'a', synonyms: ['initial child protection conference'] },
    { code: 'b', synonyms: ['no access'], overrides: true },
    { code: 'c', synonyms: ['visit'] },
  ]);

  it('lets one word of a long synonym be missing, and says the match is partial', () => {
    const [best] = matcher.matches('Initial protection conference');
    expect(best?.code).toBe('a');
    const [full] = matcher.matches('initial child protection conference');
    expect(full?.strength).toBeGreaterThan(best?.strength ?? Infinity);
  });

  it('refuses words too far apart', () => {
    expect(matcher.matches('initial one two three four five child protection conference')).toEqual(
      [],
    );
  });

  it('ranks an overriding type first even when it comes last', () => {
    expect(matcher.matches('Visit, no access').map((m) => m.code)).toEqual(['b', 'c']);
  });

  // The matcher remembers its last answers (one row's description is asked about by several
  // rules in turn): a remembered answer must be the one a fresh matcher gives, for the options
  // asked, and a caller reordering its list must not change the next caller's.
  it('answers a text asked again, with other options, as a fresh matcher does', () => {
    const text = 'conference initial child protection';
    const fresh = () =>
      new TypeMatcher([{ code: 'a', synonyms: ['initial child protection conference'] }]);
    expect(matcher.matches(text).map((m) => m.code)).toEqual(['a']);
    expect(matcher.matches(text, { inOrder: true })).toEqual(
      fresh().matches(text, { inOrder: true }),
    );
    expect(matcher.matches(text, { inOrder: true })).toEqual([]);
    expect(matcher.matches(text).map((m) => m.code)).toEqual(['a']);
  });

  it('gives each caller its own list', () => {
    const first = matcher.matches('Visit, no access');
    first.reverse();
    expect(matcher.matches('Visit, no access').map((m) => m.code)).toEqual(['b', 'c']);
  });
});

describe('words agencies use for a code', () => {
  it.each([
    // Health visiting: the birth visit and the antenatal contact are the universal service's
    // contacts, not any home visit or clinic.
    ['NBV completed', 'health.postnatal'],
    ['New birth visit - late', 'health.postnatal'],
    ['PN check', 'health.postnatal'],
    ['Antenatal check - 32 weeks', 'health.antenatal'],
    ['Dev check (2yr)', 'health.development'],
    ['ASQ completed', 'health.development'],
    ['12 month review', 'health.development'],
    // Documents that arrive are information shared with the agency, not a letter it wrote.
    ['Letter received from hospital', 'info.shared'],
    ['Documents received from CAFCASS', 'info.shared'],
    ['Operation Encompass call', 'info.shared'],
    // Telling the family the outcome.
    ['Feedback to parents re outcome', 'family.informed'],
    // Housing duties and notices.
    ['NOSP issued', 'housing'],
    ['Relief duty ended', 'housing'],
    ['Temp accommodation offered', 'housing'],
    // Police and probation terms.
    ['Interview under caution - suspect', 'incident.police'],
    ['Recall to prison', 'justice'],
    ['SARA completed', 'risk.assessment'],
    ['FTA - office appt', 'contact.not-brought'],
    ['TC from nursery', 'contact.phone'],
    ['R.C.P.C.', 'meeting.conference'],
    ['Safety planning with client', 'idva.contact'],
    ['CPA review meeting', 'meeting.planning'],
    ['Attempted contact by phone - no reply', 'contact.no-access'],
    ['Serious incident notification to Ofsted', 'critical'],
    ['Discharge letter from paediatric ward', 'info.shared'],
    ['MARAC actions received', 'info.shared'],
    ['Target hardening fitted', 'housing'],
    ["CP medical at children's ward", 's47'],
    // An injury, however serious, is still the injury the rules start from.
    ['Serious injury to baby', 'incident.injury'],
    // A word over the misspelling budget is not a near spelling of a vocabulary word.
    ['Induction', 'other'],
  ])('"%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });
});

describe('at an agency that receives referrals, what a referral reports is not what it did', () => {
  const cs = (typeText: string, description: string, typeHeader?: string) =>
    decideEventType({ typeText, description, agencyKind: 'children-services', typeHeader }, none)
      .code;

  it.each([
    ['PPN DA - high risk', 'Child witnessed assault on mother.'],
    ['Neglect', 'Child hungry, unwashed uniform.'],
    ['Safeguarding concern', 'HV worried about home conditions.'],
  ])(
    'a type column headed "Contact Reason" holds the reason: "%s" is the referral received',
    (typeText, description) => {
      expect(cs(typeText, description, 'Contact Reason')).toBe('referral.received');
      // The same cells under a plain type header keep their own meaning.
      expect(cs(typeText, description, 'Contact Type')).not.toBe('referral.received');
    },
  );

  it('a reason column still holds actions the front door took: a strategy discussion is one', () => {
    expect(cs('Strategy discussion', 'Held with police.', 'Contact Reason')).toBe('strategy');
  });

  it('elsewhere (a GP) a reason column is read as before', () => {
    const gp = decideEventType(
      { typeText: 'Neglect concern', description: '', agencyKind: 'health', typeHeader: 'Reason' },
      none,
    );
    expect(gp.code).toBe('concern');
  });

  it('a "Contact" whose description names an incident stays the referral received', () => {
    expect(cs('Contact', 'PPN from police: DA incident 03/03, child present.')).toBe(
      'referral.received',
    );
    // A contact that is a call made by the worker is the call.
    expect(cs('Contact', 'Tel call to father to arrange to meet him.')).toBe('contact.phone');
  });
});

describe('the death or serious injury under review, named in the description', () => {
  const decide = (typeText: string, description: string) =>
    decideEventType({ typeText, description }, none).code;

  it('a death phrase decides whatever the type cell says', () => {
    expect(
      decide('ED attendance', 'Brought in cardiac arrest; life pronounced extinct 03:22.'),
    ).toBe('critical');
  });

  it('a serious injury decides over an injury cell, not over an attendance', () => {
    expect(decide('Child - Serious Injury', 'Hospital report: subdural haemorrhage.')).toBe(
      'critical',
    );
    expect(decide('ED attendance', 'Floppy, seizure. CT: subdural haemorrhage.')).toBe(
      'health.emergency',
    );
  });

  it('a death named after another critical phrase is still the death', () => {
    const decided = decideEventType(
      {
        typeText: 'ED attendance',
        description: 'Brought in by ambulance, CPR ongoing. Life extinct 03:40.',
        agencyKind: 'health',
      },
      none,
    );
    expect(decided).toMatchObject({ code: 'critical', basis: { words: ['Life', 'extinct'] } });
  });

  it('a single word ("death") in passing does not', () => {
    expect(decide('Home visit', 'Mother upset: talked about the death of her father.')).toBe(
      'contact.home-visit',
    );
  });
});

describe('what someone denies is not the event', () => {
  const described = (description: string) =>
    decideEventType({ typeText: '', description, agencyKind: 'children-services' }, none).code;

  it.each([
    'Mother denies any domestic abuse.',
    'Mother denied domestic abuse when asked.',
    'Father denies DV.',
  ])('"%s" is no domestic incident', (text) => {
    expect(described(text)).not.toBe('incident.domestic');
  });

  it('the same words not denied are the incident, and a denied entry is still no access', () => {
    expect(described('Police report a domestic abuse incident at the home.')).toBe(
      'incident.domestic',
    );
    expect(described('Denied entry by mother at the door.')).toBe('contact.no-access');
  });
});

describe('vocabulary DOMAIN.md leaves to agencies’ words', () => {
  it.each([
    ['6-8 week check', 'health.postnatal'],
    ['MAPPA Level 2 meeting', 'meeting.planning'],
    ['MAPPA meeting', 'meeting.planning'],
    ['Step Up to CSC', 'referral.sent'],
    ['Case Disposal', 'justice'],
    ['Cardiac / Respiratory arrest', 'critical'],
  ])('"%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('a school absence is the child not brought; elsewhere the word says nothing', () => {
    const absence = (agencyKind: string) =>
      decideEventType({ typeText: 'Absence – unexplained', agencyKind }, none).code;
    expect(absence('education')).toBe('contact.not-brought');
    expect(absence('housing')).toBe('other');
  });
});

describe('which way a referral went, and what a concern led to', () => {
  const decide = (typeText: string, description: string, agencyKind?: string) =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it('"Referral from X" came in, "Referral to X" went out, whatever the cell says', () => {
    expect(
      decide('Referral', 'Referral from Eastmere MASH: school reports bruising.', 'police'),
    ).toBe('referral.received');
    expect(decide('Referral', 'Referral to CAMHS for assessment of low mood.', 'police')).toBe(
      'referral.sent',
    );
  });

  it('a referral followed by where it went decides a long description; a call does not', () => {
    expect(decide('Note', 'Referral to Eastmere MASH by phone and online form re neglect.')).toBe(
      'referral.sent',
    );
    // A contact named as a noun with where it went is what happened, even at a front door.
    expect(
      decide(
        'Contact',
        'Call to nursery: Kai attending well, no concerns today.',
        'children-services',
      ),
    ).toBe('contact.phone');
    // "called to say" names no destination; "call from" is a contact coming in.
    expect(
      decide(
        'Contact',
        'Anonymous call from a neighbour about children left home alone at night.',
        'children-services',
      ),
    ).toBe('referral.received');
    expect(decide('Update', 'Mother called to say the family will be away for the weekend.')).toBe(
      'other',
    );
  });

  it('a referral from MARAC came in; a referral to MARAC is the MARAC referral', () => {
    // An IDVA service, a hospital or a probation team is sent cases by the MARAC coordinator.
    expect(
      decide(
        'Email – inbound',
        'Re-referral from MARAC coordinator after ED attendance.',
        'voluntary',
      ),
    ).toBe('referral.received');
    expect(decide('Referral from MARAC', '', 'health')).toBe('referral.received');
    expect(decide('Email', 'Referral to MARAC sent by the ward.', 'health')).toBe('marac.referral');
    expect(decide('MARAC referral', '', 'health')).toBe('marac.referral');
  });

  it('the place a referral went is not what happened: "Referral to hospital IDVA"', () => {
    expect(decide('Note', 'Referral to hospital IDVA.')).toBe('referral.sent');
  });

  it('a "Safeguarding" cell is a concern unless its description records what it led to', () => {
    expect(
      decide('Safeguarding', 'Visit: nappy rash severe. Discussed with safeguarding lead.'),
    ).toBe('concern');
    expect(decide('Safeguarding', 'Partner back at home despite DVPO. Referral to CSC.')).toBe(
      'referral.sent',
    );
    expect(decide('Safeguarding', 'DASH RIC completed with patient: high risk.')).toBe(
      'risk.assessment',
    );
    // The word alone is not vocabulary: a phrase holding it is read by its other words.
    expect(typeOf('Safeguarding')).toBe('other');
  });

  it('a worry’s note whose first sentence records a meeting is that meeting, not a later one', () => {
    expect(
      decide(
        'Child concern',
        'Strategy meeting by Teams with police and the allocated SW. Section 47 agreed.',
        'police',
      ),
    ).toBe('strategy');
    expect(
      decide('Child concern', 'Core group held at school; plan reviewed with mother.', 'police'),
    ).toBe('meeting.core-group');
    // A meeting still to come, or not held, leaves the worry.
    for (const description of [
      'Concern re bruising, will be discussed at next core group.',
      'Worry about home conditions, to be raised at the core group on 14/06.',
      'Threshold not met for a strategy discussion.',
    ])
      expect(decide('Child concern', description, 'police'), description).toBe('concern');
    // A meeting named after the first sentence is what comes next: the note stays the worry.
    expect(
      decide(
        'Child concern',
        'Mother tearful and low at the ward round. Discussed at the next planning meeting.',
        'police',
      ),
    ).toBe('concern');
  });

  it('a concern whose outcome only plans a referral stays the concern', () => {
    const decided = decideEventType(
      {
        typeText: 'Child Concern',
        description: 'Child present at DA incident, asleep in bedroom.',
        outcome: 'Referral to MASH to follow.',
      },
      none,
    );
    expect(decided.code).toBe('concern');
  });

  it('an abbreviation whose long meaning matched only in part decides nothing', () => {
    // "MASH" holds "safeguarding", a concern word at a school: the hub named is not a concern.
    expect(decideEventType({ typeText: 'Chased MASH', agencyKind: 'education' }, none).code).toBe(
      'other',
    );
  });
});

describe('a family named in the cell, which of it said in the description', () => {
  const decide = (typeText: string, description: string, agencyKind?: string) =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it.each([
    ['Court', 'Supported client at family court: non-molestation order granted.', 'justice.order'],
    ['Custody - Bail', 'Released on police bail, conditions not to contact her.', 'justice.order'],
    ['MARAC', 'Referral to Westvale MARAC following high risk DASH.', 'marac.referral'],
  ])('"%s" with "%s" → %s', (typeText, description, code) => {
    expect(decide(typeText, description)).toBe(code);
  });

  it('a cell that already says which keeps it, and other families are not refined', () => {
    expect(decide('Breach of Bail', 'Found at her address contrary to bail conditions.')).toBe(
      'justice.breach',
    );
    expect(decide('Court', 'Hearing adjourned to next month.')).toBe('justice');
    // Nor made the family's broad code by a description that says where it was dealt with.
    expect(
      decide('Breach – return to court', 'Kai returned to court after three FTAs. Order extended.'),
    ).toBe('justice.breach');
    // "contact" is not a refined family: a visit cell stays the visit.
    expect(decide('Home visit', 'Telephone call to mother before the visit.')).toBe(
      'contact.home-visit',
    );
  });

  it('"Ref" is a referral', () => {
    expect(typeOf('Ref to CSC')).toBe('referral.sent');
  });
});

describe('an ambulance record is the emergency response, whatever the complaint', () => {
  const ambulance = (typeText: string, description: string, typeHeader = 'Chief Complaint') =>
    decideEventType({ typeText, description, agencyKind: 'ambulance', typeHeader }, none).code;

  it('the complaint column says what the call was about', () => {
    expect(ambulance('Falls', 'Head injury, states fell.')).toBe('health.emergency');
    expect(ambulance('Assault', 'Facial swelling, partner present.')).toBe('health.emergency');
  });

  it('its own actions and a death stand', () => {
    expect(ambulance('Safeguarding Referral', 'Adult safeguarding referral sent.')).toBe(
      'referral.sent',
    );
    expect(ambulance('Cardiac / Respiratory arrest', 'Crime scene.')).toBe('critical');
  });

  it('under a plain type header the description still says what happened', () => {
    expect(ambulance('Falls', 'Head injury, states fell.', 'Incident Type')).toBe(
      'incident.injury',
    );
  });
});

describe("a health agency's presenting complaint is the emergency attendance", () => {
  const hospital = (typeText: string, description: string, typeHeader = 'Presenting Complaint') =>
    decideEventType({ typeText, description, agencyKind: 'health', typeHeader }, none).code;

  it('what the patient arrived with is not what the department did', () => {
    expect(hospital('Fall from height', 'Fell from trampoline, wrist deformity, X-ray.')).toBe(
      'health.emergency',
    );
    expect(hospital('Burn / scald', 'Scald to forearm, says kettle tipped over.')).toBe(
      'health.emergency',
    );
  });

  it("the department's own acts stand, and a plain type header is read as before", () => {
    expect(hospital('Safeguarding referral', 'Referral to MASH re unexplained scald.')).toBe(
      'referral.sent',
    );
    expect(hospital('Burn / scald', 'Scald seen on forearm at clinic.', 'Contact Type')).toBe(
      'incident.injury',
    );
  });
});

describe('a message to or from another professional is information shared', () => {
  const decide = (typeText: string, description = '', agencyKind = 'health') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it.each([
    ['Letter to GP/SW', 'info.shared'],
    ['Info to EH', 'info.shared'],
    ['Letter to mother', 'contact.message'],
    ['Letter', 'contact.message'],
  ])('"%s" → %s', (typeText, code) => {
    expect(decide(typeText)).toBe(code);
  });

  it('a category of worry, then a message to a professional: the message is what was done', () => {
    expect(decide('Safeguarding / Records to school nurse', '', 'education')).toBe('info.shared');
    expect(decide('Welfare concern - letter to parent', '', 'education')).toBe('concern');
    expect(decide('Home visit - letter to GP')).toBe('contact.home-visit');
  });

  it('a say-little cell whose description starts with a message from a professional', () => {
    expect(decide('Contact', 'Email from SW: assessment started. HV asked to share records.')).toBe(
      'info.shared',
    );
    // Only at the start: a professional named later is someone else's message.
    expect(decide('Contact', 'Home visit. Mother showed a letter from school.')).toBe(
      'contact.home-visit',
    );
  });
});

describe("another agency's notification, check or information is information shared", () => {
  const decide = (typeText: string, description = '', agencyKind = 'probation') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it('the arrest or incident is what the other agency told; this record is being told', () => {
    expect(decide('Police Notification - Domestic Incident')).toBe('info.shared');
    expect(decide('MARAC Information - actions')).toBe('info.shared');
    expect(decide('Contact', "Children's services check returned: no open case.")).toBe(
      'info.shared',
    );
  });

  it('the agency must come first, and a front door receives it as a referral', () => {
    expect(decide('Arrest - police notified')).toBe('incident.police');
    expect(decide('Police Notification', '', 'children-services')).toBe('referral.received');
  });
});

describe('what follows "following" or "after" led to the event', () => {
  it('a strategy discussion following a missed appointment is the discussion', () => {
    const decided = decideEventType(
      {
        typeText: 'Case Note',
        description: 'Strat disc with police and HV following WNB and new disclosure. Agreed s47.',
      },
      none,
    );
    expect(decided.code).toBe('strategy');
  });

  it('a missed appointment with nothing before the causal word is still missed', () => {
    const decided = decideEventType(
      { typeText: 'Case Note', description: 'Following a letter, WNB to clinic again today.' },
      none,
    );
    expect(decided.code).toBe('contact.not-brought');
  });
});

describe('which words of a cell are the head', () => {
  it('a common word in "-ed" after a type says what became of it, not what it was', () => {
    expect(typeOf('ICPC attended by DSL')).toBe('meeting.conference');
    // A telling one is what happened: the decision that overruled.
    expect(typeOf('SM overruled')).toBe('decision');
    // A noun after a type is still the compound's head.
    expect(typeOf('CIN assessment')).toBe('assessment.start');
  });

  it('a later stage of the same kind of event reaching past the first wins, however long the first', () => {
    expect(typeOf('Child & family assessment completed')).toBe('assessment.complete');
    expect(typeOf('Child & family assessment')).toBe('assessment.start');
    // Another kind of event reaching past it does not: a concern raised about an adult.
    expect(typeOf('Safeguarding adults concern raised')).toBe('adult.concern');
  });
});

describe('a single word of a narrative that says where is the place, not the event', () => {
  const fromDescription = (description: string) =>
    decideEventType({ typeText: 'Case note', description }, none);

  it('"in the house" is not housing', () => {
    expect(
      fromDescription('Pushed into a door frame during an argument; children in the house.').code,
    ).toBe('other');
  });

  it('the same word naming the event still decides', () => {
    const decided = fromDescription('Housing application completed with mother today.');
    expect(decided.code).toBe('housing');
    expect(decided.basis.from).toBe('description');
  });
});

describe('a cell that names the family, a description that names the stage', () => {
  const decide = (typeText: string, description: string, agencyKind?: string) =>
    decideEventType({ typeText, description, agencyKind }, none);

  it('an assessment completed, a referral received', () => {
    expect(decide('Care Act assessment', 'Needs assessment completed').code).toBe(
      'assessment.complete',
    );
    expect(decide('Referral', 'GP referral for low mood received by SPA', 'health').code).toBe(
      'referral.received',
    );
    // With nothing said of the stage, the cell's own reading stands.
    expect(decide('Care Act assessment', 'Daughter present throughout.').code).toBe(
      'assessment.start',
    );
  });

  it('an attendance in a description outside the police is the person coming', () => {
    const decided = decide('PROG-4', 'Attended as arranged and engaged well', 'probation');
    expect(decided).toMatchObject({ code: 'contact.office', basis: { from: 'description' } });
    expect(decide('PROG-4', 'Attended as arranged and engaged well', 'police').code).toBe(
      'incident.police',
    );
  });

  it('a message cell naming a professional straight after is information shared', () => {
    expect(decide('Email – health', '').code).toBe('info.shared');
    expect(decide('Letter GP', '').code).toBe('info.shared');
    expect(decide('Letter – mother', '').code).toBe('contact.message');
  });
});

describe('a narrower code named anywhere in the cell wins over the broader one', () => {
  it('a police incident the cell says was domestic is the domestic incident', () => {
    expect(typeOf('Occurrence – DA (Non crime)')).toBe('incident.domestic');
    expect(typeOf('Occurrence')).toBe('incident.police');
    // Not through a word of the broader phrase itself: a house burglary.
    expect(typeOf('Domestic burglary')).toBe('incident.police');
  });

  it('a referral the cell says went to MARAC is the MARAC referral', () => {
    expect(typeOf('Referral sent – MARAC')).toBe('marac.referral');
  });

  it('an assessment the cell names as a risk assessment is the risk assessment', () => {
    // nDelius and OASys name the assessment and its stage: the stage's words reach further.
    expect(typeOf('OASys Assessment Completed')).toBe('risk.assessment');
    expect(typeOf('DASH risk assessment started')).toBe('risk.assessment');
    expect(typeOf('Parenting assessment completed')).toBe('assessment.complete');
    // Not a risk assessment in another clause of the cell: that one is still to come.
    expect(typeOf('Parenting assessment completed, risk assessment to follow')).toBe(
      'assessment.complete',
    );
  });
});

describe('a cell that names a meeting but not which kind', () => {
  // A school's or a GP's log types every meeting it attends "Multi-agency meeting"; the note says
  // which: a strategy discussion, a conference, a core group.
  const decide = (typeText: string, description: string) =>
    decideEventType({ typeText, description, agencyKind: 'education' }, none).code;

  it('the kind of meeting the first sentence names', () => {
    expect(decide('Multi-agency meeting', 'DSL attended strategy discussion on Teams.')).toBe(
      'strategy',
    );
    expect(decide('Professionals meeting', 'Attended ICPC. Made subject to a plan.')).toBe(
      'meeting.conference',
    );
    expect(decide('Multi-agency meeting', 'First core group. HV and nursery attended.')).toBe(
      'meeting.core-group',
    );
  });

  it('not a meeting still to be held, nor under a cell that already names the kind', () => {
    expect(decide('Multi-agency meeting', 'Strategy discussion to be arranged.')).toBe(
      'meeting.planning',
    );
    expect(decide('Multi-agency meeting', 'Agreed core group to meet monthly.')).toBe(
      'meeting.planning',
    );
    expect(decide('Multi-agency meeting', '')).toBe('meeting.planning');
    expect(decide('CIN meeting', 'Strategy discussion held after the meeting.')).toBe(
      'meeting.planning',
    );
  });
});

describe('a cell naming two events of one family as alternatives', () => {
  // RiO and CareNotes outcomes, and some contact logs, combine two events in one category
  // ("Discharge / transfer", "Phone / text"): the description says which it was.
  const decide = (typeText: string, description: string) =>
    decideEventType({ typeText, description, agencyKind: 'health' }, none).code;

  it('the alternative the first sentence names, by one word', () => {
    expect(decide('Discharge / transfer', 'Transfer from HTT to CMHT West. Handover call.')).toBe(
      'case.transfer',
    );
    expect(decide('Phone / text', 'Text sent to mum re appointment.')).toBe('contact.message');
  });

  it("the cell's first reading when the description names neither, or names it later", () => {
    expect(decide('Discharge / transfer', 'Discharged to GP, no further input.')).toBe(
      'case.close',
    );
    expect(decide('Phone / text', 'Spoke to mum re appointment.')).toBe('contact.phone');
    expect(decide('Discharge / transfer', 'Discharged to GP. Transfer of records requested.')).toBe(
      'case.close',
    );
  });

  it('not alternatives of two families, nor a slash inside a word', () => {
    expect(
      decide('Safeguarding / Info to CSC', 'Concern discussed, summary emailed to SW.'),
    ).not.toBe('concern');
    expect(decide('Joint visit HV/SW', 'Phone call to arrange the visit.')).toBe(
      'contact.home-visit',
    );
  });
});

describe('a form of contact at court takes what the description says the court did', () => {
  // IDVA and probation logs type court support by how and where: "F2F – court", "Tel – court".
  const decide = (typeText: string, description: string, agencyKind = 'voluntary') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it("the court's order or bail conditions are the record", () => {
    expect(decide('F2F – court', 'Supported client at sentencing. Restraining order made.')).toBe(
      'justice.order',
    );
    expect(decide('Tel – court', 'Bail conditions set: not to contact her.', 'probation')).toBe(
      'justice.order',
    );
  });

  it('the contact stands when the description names nothing narrower, or no court is named', () => {
    expect(decide('F2F – court', 'Hearing adjourned, client supported.')).toBe('contact.office');
    // An order talked about at an appointment is not the order.
    expect(decide('F2F – office', 'Restraining order explained.')).toBe('contact.office');
    expect(decide('Tel – outbound', 'Court: restraining order made.')).toBe('contact.phone');
  });
});

describe('a narrower code named in the same clause of a description wins too', () => {
  // Health and police notes write what a concern led to as "MARAC referral sent", "MARAC referral
  // made": the words of a referral sent reach past the MARAC referral's, and had won.
  const decide = (typeText: string, description: string, agencyKind = 'health') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it('what a concern led to: "MARAC referral sent" is the MARAC referral', () => {
    expect(decide('Safeguarding', 'Disclosure of strangulation, MARAC referral sent.')).toBe(
      'marac.referral',
    );
    expect(
      decide('Safeguarding Note', 'DASH 15 with strangulation: high. MARAC referral made today.'),
    ).toBe('marac.referral');
    expect(decide('Child Concern', 'Bruise on arm noted. Referral sent to MARAC.', 'police')).toBe(
      'marac.referral',
    );
  });

  it('a say-little cell read from its description', () => {
    expect(decide('Case note', 'MARAC referral sent.')).toBe('marac.referral');
    expect(decide('Update', 'Referral sent to MARAC by the ward IDVA.')).toBe('marac.referral');
  });

  it('not a narrower code in another clause, nor the broader code alone', () => {
    expect(decide('Safeguarding', 'Referral sent to MASH, MARAC to be considered.')).toBe(
      'referral.sent',
    );
    expect(decide('Case note', 'Referral sent to CAMHS.')).toBe('referral.sent');
  });
});

describe('a worry passed to another agency is a referral sent', () => {
  // DOMAIN.md: a welfare worry is a concern; a concern passed to another agency is a referral.
  // Agencies that raise concerns with a local authority type the row as the concern
  // ("Safeguarding concern raised", "Adult at risk") and say in the description where it went.
  const decide = (typeText: string, description: string, agencyKind = 'housing') =>
    decideEventType({ typeText, description, agencyKind }, none);

  it.each([
    ['Safeguarding concern raised', 'Concern sent to Northshire ASC re self-neglect, no food in.'],
    ['Welfare concern', 'Officer raised a concern about hoarding to adult social care.'],
    ['Safeguarding', 'Form submitted to the Family Hub with consent.'],
    ['Cause for concern', 'Concern passed to the MASH by phone, then in writing.'],
  ])('a concern cell: %j / %j', (cell, description) => {
    expect(decide(cell, description)).toMatchObject({
      code: 'referral.sent',
      basis: { from: 'description' },
    });
  });

  it("an adult's concern raised by another agency (ambulance, police)", () => {
    expect(
      decide(
        'Adult safeguarding referral',
        'Crew raised concern to the local authority.',
        'ambulance',
      ).code,
    ).toBe('referral.sent');
    expect(
      decide('Adult at risk', 'Found confused in the street. PPN to ASC.', 'police').code,
    ).toBe('referral.sent');
  });

  it('adult services: the adult concern is the one raised with them', () => {
    expect(
      decide(
        'Adult safeguarding concern',
        'Raised by district nurse. Referral received from GP.',
        'adult-services',
      ).code,
    ).toBe('adult.concern');
  });

  it.each([
    ['Safeguarding concern', 'Concern passed to the DSL straight away.'],
    ['Safeguarding concern', 'Concern to be sent to ASC once manager agrees.'],
    ['Safeguarding concern', 'Concern not reported to police, mother declined.'],
    ['Safeguarding concern', 'Tearful in class. Mother says she reported it to the GP.'],
    ['Welfare concern', 'Discussed with manager, will be passed to MASH.'],
  ])(
    'not kept inside the agency, still to come, denied or in a later sentence: %j / %j',
    (cell, description) => {
      expect(decide(cell, description).code).toBe('concern');
    },
  );
});

describe('what a call or message was made to do was talked about', () => {
  // A call's first sentence may name what it was for ("to rebook", "re", "about"): the
  // appointment or the missed one was talked about, the call is what happened.
  const decide = (typeText: string, description: string, agencyKind = 'health') =>
    decideEventType({ typeText, description, agencyKind }, none).code;

  it.each([
    ['Telephone', 'Call to mum to rebook the 2 year check.', 'contact.phone'],
    ['Telephone', 'HV rang mother to discuss missed appointments.', 'contact.phone'],
    [
      'Phone call',
      'Spoke to dad re missed immunisations, will bring him next week.',
      'contact.phone',
    ],
    ['Text message', 'Text to mother about the 9 month check, no reply.', 'contact.message'],
  ])('%j / %j is %s', (cell, description, code) => {
    expect(decide(cell, description)).toBe(code);
  });

  it.each([
    ['Telephone', 'Did not attend 2 year check, rang mum: forgot.', 'contact.not-brought'],
    ['Telephone', 'Telephone triage assessment completed with mother.', 'assessment.complete'],
    ['Telephone', 'Re-referral from MARAC received by phone.', 'referral.received'],
  ])('what the call was still decides: %j / %j is %s', (cell, description, code) => {
    expect(decide(cell, description, 'voluntary')).toBe(code);
  });

  it('a face-to-face contact made to discuss something talked about it', () => {
    expect(
      decide('Office visit', 'Mother came to office to discuss contact', 'children-services'),
    ).toBe('contact.office');
    expect(decide('Clinic', 'Mum came in to talk about the missed 2 year check.')).toBe(
      'contact.office',
    );
  });

  it('what a face-to-face contact was made to do is still done there', () => {
    expect(decide('Clinic', 'Seen in clinic to complete the 2 year check.')).toBe(
      'health.development',
    );
    expect(
      decide('Face to face', 'Met at the office to complete DASH with client.', 'voluntary'),
    ).toBe('risk.assessment');
  });
});

describe('a decision told to the family', () => {
  const decide = (typeText: string, description = '') =>
    decideEventType({ typeText, description, agencyKind: 'children-services' }, none);

  it.each(['Outcome of strategy shared with mum', 'Letter to parents re decision'])(
    'a type cell: %j',
    (cell) => {
      expect(decide(cell)).toMatchObject({
        code: 'family.informed',
        basis: { from: 'type cell' },
      });
    },
  );

  it("a call whose description's first sentence tells the family the decision", () => {
    const decided = decide(
      'Telephone call',
      "Rang mother to tell her the manager's decision on the assessment. She was upset.",
    );
    expect(decided).toMatchObject({ code: 'family.informed', basis: { from: 'description' } });
  });

  it('not what is still to come, nor past the first sentence, nor over a cell that says what it was', () => {
    expect(decide('Home visit', 'Outcome of conference to be shared with mother.').code).toBe(
      'contact.home-visit',
    );
    expect(decide('Telephone call', 'Rang school. Mother later told of the decision.').code).toBe(
      'contact.phone',
    );
    expect(decide('Strategy discussion', 'Decision: s47. Mother informed by phone.').code).toBe(
      'strategy',
    );
  });

  it('a referral made, told to the family after it was made', () => {
    expect(
      decideEventType(
        {
          typeText: 'General',
          description: 'DSL rang mum to tell her school had made a referral to MASH.',
          agencyKind: 'education',
        },
        none,
      ),
    ).toMatchObject({ code: 'family.informed', basis: { words: ['tell', 'mum', 'referral'] } });
    expect(decide('Case note', 'Mother informed of the referral to the MASH.').code).toBe(
      'family.informed',
    );
  });

  it('not a referral talked about with the family', () => {
    expect(decide('Telephone call', 'Called mother to discuss MASH referral.').code).toBe(
      'contact.phone',
    );
  });
});

describe('a worry somebody got in touch about', () => {
  const decide = (typeText: string, description: string, agencyKind: string) =>
    decideEventType({ typeText, description, agencyKind }, none);

  it('is a concern, not the call: an adult’s at adult services', () => {
    expect(
      decide(
        'Case note',
        'Grandmother phoned worried about drinking in the home.',
        'children-services',
      ),
    ).toMatchObject({
      code: 'concern',
      basis: { from: 'description', words: ['phoned', 'worried'] },
    });
    expect(
      decide('Tel – daughter', "Daughter rang worried about dad's bruises", 'adult-services').code,
    ).toBe('adult.concern');
  });

  it('not "no concerns", not at a visit, and not past a cell that says what happened', () => {
    expect(
      decide(
        'Home visit',
        'Neighbour reported she was worried about the baby.',
        'children-services',
      ).code,
    ).toBe('contact.home-visit');
    expect(decide('Telephone call', 'Rang mother, no concerns raised.', 'health').code).toBe(
      'contact.phone',
    );
    expect(
      decide(
        'Strategy discussion',
        'School rang worried; strategy held with police.',
        'children-services',
      ).code,
    ).toBe('strategy');
  });
});

describe('a police incident between intimate partners', () => {
  const decide = (typeText: string, description: string, typeMap = none) =>
    decideEventType({ typeText, description, agencyKind: 'police' }, typeMap);

  it('is a domestic incident when the description makes a partner the other party', () => {
    expect(
      decide('Assault (ABH)', 'Pushed into the door frame by her partner; children upstairs.'),
    ).toEqual({ code: 'incident.domestic', basis: { from: 'description', words: ['partner'] } });
    expect(decide('Harassment', 'Over 40 messages from ex-partner overnight.').code).toBe(
      'incident.domestic',
    );
    expect(decide('Criminal damage', 'Smashed his wife’s phone during an argument.').code).toBe(
      'incident.domestic',
    );
  });

  it('not a partner named as a suspect, not a partner agency, and not over a type map', () => {
    expect(
      decide('Voluntary interview', 'Partner Shane COLE interviewed under caution. Denies.').code,
    ).toBe('incident.police');
    expect(decide('Assault', 'Youths fought in the park; partner agencies informed.').code).toBe(
      'incident.police',
    );
    expect(
      decide('Assault', 'Punched by her partner.', typeMapFrom({ Assault: 'incident.police' }))
        .code,
    ).toBe('incident.police');
  });
});
