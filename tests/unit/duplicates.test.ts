import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate, DuplicateSuggestion } from '../../server/duplicates/candidate';
import { suggestDuplicates } from '../../server/duplicates/similarity';

// The events below are rows of the demo case (fixtures/demo, CYSUR 2/2020), shortened. The
// type codes are what the importer's vocabulary gives for each row's type words.
const POLICE = 'Dyfed-Powys Police';
const HEALTH = 'Powys Teaching Health Board';
const CHILDRENS = "Powys Children's Services";
const HOUSING = 'Powys Housing';

function event(
  fields: Partial<DuplicateCandidate> & Pick<DuplicateCandidate, 'id' | 'agency' | 'text'>,
): DuplicateCandidate {
  const earliest = fields.earliest ?? '2019-05-13';
  return {
    latest: earliest,
    time: null,
    type: 'other',
    subjects: [],
    ...fields,
    earliest,
  };
}

// police.csv rows 16 and 17
const policeIncident = event({
  id: 'police-16',
  agency: POLICE,
  earliest: '2019-05-13',
  time: '13:40',
  type: 'incident.domestic',
  text:
    'Domestic Incident Call from neighbour: female heard screaming at a male outside the ' +
    'address while holding a baby. Officers attended: Mother and Father present, Infant (10 ' +
    'weeks) asleep and unharmed. Both said it was a verbal argument. No offences disclosed. ' +
    'DASH completed - standard risk. Words of advice given.',
  subjects: ['Mother', 'Father', 'Infant'],
});
const policeDirSent = event({
  id: 'police-17',
  agency: POLICE,
  earliest: '2019-05-13',
  time: '15:15',
  type: 'referral.sent',
  text:
    'DIR submitted Domestic Incident Report submitted for incident at 1340hrs. Child present. ' +
    "DIR sent to Powys Children's Services",
  subjects: ['Mother', 'Father', 'Infant'],
});
// childrens-services.csv rows 33 and 34
const childrensDirReceived = event({
  id: 'cs-33',
  agency: CHILDRENS,
  earliest: '2019-05-13',
  time: '16:20',
  type: 'referral.received',
  text:
    'Contact received – DIR DIR from Dyfed-Powys Police: neighbour reported Mother screaming ' +
    'at Father while holding Infant outside the home address earlier today. SW2 on annual ' +
    'leave. Passed to Duty SW.',
});
const childrensDutyCall = event({
  id: 'cs-34',
  agency: CHILDRENS,
  earliest: '2019-05-13',
  time: '16:50',
  type: 'contact.phone',
  text:
    'Telephone contact Duty SW phoned Mother. Mother denied the allegation – said it was a ' +
    '“low-level argument” and Infant was not upset. Father was visiting to help with Infant. ' +
    'NFA by duty. For SW2 on return from leave. No strategy discussion.',
  subjects: ['Mother'],
});

// health-board.json #17 and childrens-services.csv row 23: one joint visit
const healthJointVisit = event({
  id: 'PTHB-HV-000459',
  agency: HEALTH,
  earliest: '2019-03-14',
  time: '10:00',
  type: 'contact.home-visit',
  text:
    'Joint home visit (with SW2) Joint visit with SW2. Strong smell of cannabis in the ' +
    'property. Infant alert, clean and appropriately dressed. HV visit 27/03/2019.',
  subjects: ['Mother', 'Father', 'Infant', 'SW2'],
});
const childrensJointVisit = event({
  id: 'MOS-2019-000968',
  agency: CHILDRENS,
  earliest: '2019-03-14',
  time: '10:00',
  type: 'contact.home-visit',
  text:
    'Joint home visit with HV Joint visit with HV1. Smell of cannabis in the property on ' +
    'arrival. Infant alert, clean and appropriately dressed. Parents report Infant sleeping ' +
    'and feeding well. Next seen at CWB planning meeting.',
  subjects: ['Mother', 'Father', 'Baby', 'HV1'],
});

// health-board.json #10 (a day) and childrens-services.csv row 19 ('mid-February 2019')
const healthMeeting = event({
  id: 'PTHB-MW-000181',
  agency: HEALTH,
  earliest: '2019-02-13',
  time: '14:00',
  type: 'meeting.planning',
  text:
    "Multi-agency meeting Attended Care & Support meeting at Children's Services. Parents " +
    'introduced to new social worker (SW2); a further pre-birth assessment is to be ' +
    "completed. Birth plan shared. Await minutes from Children's Services. Update HV at " +
    'handover.',
  subjects: ['Mother', 'Father', 'SW1', 'SW2', 'PA', 'Well-being worker'],
});
const childrensMeeting = event({
  id: 'MOS-2019-000588',
  agency: CHILDRENS,
  earliest: '2019-02-11',
  latest: '2019-02-20',
  type: 'meeting.planning',
  text:
    'Care & Well-being planning meeting First Care & Well-being planning meeting. Parents ' +
    'introduced to new social worker (SW2). In-depth pre-birth assessment explained; parents ' +
    'said they felt ‘judged’. Birth plan discussed with MW1. Minutes to follow. Formal ' +
    'transfer I&A to C&S to be completed.',
  subjects: ['Mother', 'Father', 'SW1', 'SW2', 'MW1', 'PA', 'Well-being worker'],
});

// The verbal DA incident of 30/09/2018: police.csv rows 5 and 6, childrens-services.csv row 7
// (next morning), health-board.json #3 (two days later).
const policeIncident2018 = event({
  id: 'police-05',
  agency: POLICE,
  earliest: '2018-09-30',
  time: '21:30',
  type: 'incident.domestic',
  text:
    'Domestic Incident Call from neighbour reporting shouting at the address. Officers ' +
    'attended: Mother (approx. 18 weeks pregnant) and Father arguing about money. Verbal ' +
    'only, no assault, no injuries, both co-operative. Strong smell of cannabis in the ' +
    'property; no drugs found. DASH completed - standard risk.',
  subjects: ['Mother', 'Father'],
});
const policeDirSent2018 = event({
  id: 'police-06',
  agency: POLICE,
  earliest: '2018-09-30',
  time: '23:50',
  type: 'referral.sent',
  text:
    'DIR submitted Domestic Incident Report submitted for incident at 2130hrs. Unborn child ' +
    "recorded. DIR sent to Powys Children's Services. DIN sent to Powys THB (midwifery).",
  subjects: ['Mother', 'Father', 'Unborn child'],
});
const childrensDirReceived2018 = event({
  id: 'cs-07',
  agency: CHILDRENS,
  earliest: '2018-10-01',
  time: '09:15',
  type: 'referral.received',
  text:
    'Contact received – DIR DIR received from Dyfed-Powys Police re verbal domestic incident ' +
    'at home address on 30/09/2018 at 2130hrs. No assault disclosed. Strong smell of cannabis ' +
    'noted by officers. Mother approx. 18 weeks pregnant. Passed to TM for screening decision.',
});
const healthDinReceived = event({
  id: 'health-03',
  agency: HEALTH,
  earliest: '2018-10-02',
  time: '11:20',
  type: 'referral.received',
  text:
    'DIN received Domestic Incident Notification from Dyfed-Powys Police: verbal domestic ' +
    'incident at home address 30/09/2018, no assault disclosed, strong smell of cannabis ' +
    'noted by officers. Copy filed in maternity notes. Discuss at next antenatal contact.',
});

// housing.csv row 11 (22.01.19) and police.csv row 12 (an intelligence log of 29/01/2019,
// moved here to the same day): the same family, nothing else in common.
const housingArrearsCall = event({
  id: 'RENT-40118822-11',
  agency: HOUSING,
  earliest: '2019-01-22',
  type: 'contact.phone',
  text:
    'Tel call Spoke to Father. UC housing costs paid to tenant; new plan agreed £10 p/w + ' +
    'rent; APA (direct payment to landlord) requested.',
  subjects: ['Father'],
});
const policeIntelligence = event({
  id: 'IR-19-001120',
  agency: POLICE,
  earliest: '2019-01-22',
  time: '19:35',
  type: 'intelligence',
  text:
    'Intelligence Father seen in the company of a nominal linked to an organised crime group, ' +
    'exchanging packages in a car park. Actioned for internal development only',
  subjects: ['Father', 'Nominal 1'],
});

const DEMO_EVENTS: DuplicateCandidate[] = [
  policeIncident,
  policeDirSent,
  childrensDirReceived,
  childrensDutyCall,
  healthJointVisit,
  childrensJointVisit,
  healthMeeting,
  childrensMeeting,
  policeIncident2018,
  policeDirSent2018,
  childrensDirReceived2018,
  healthDinReceived,
  housingArrearsCall,
  policeIntelligence,
];

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

function pairOf(
  suggestions: readonly DuplicateSuggestion[],
  x: DuplicateCandidate,
  y: DuplicateCandidate,
): DuplicateSuggestion | undefined {
  return suggestions.find((s) => key(s.a, s.b) === key(x.id, y.id));
}

/** The pair's ids as a suggestion carries them: the smaller first. */
function idsOf(x: DuplicateCandidate, y: DuplicateCandidate): { a: string; b: string } {
  const [a, b] = [x.id, y.id].sort() as [string, string];
  return { a, b };
}

describe('suggestDuplicates: the same event in two agencies’ files', () => {
  it('pairs the police domestic incident of 13/05/2019 with the DIR children’s services received', () => {
    const found = pairOf(suggestDuplicates(DEMO_EVENTS), policeIncident, childrensDirReceived);
    expect(found).toMatchObject(idsOf(policeIncident, childrensDirReceived));
    expect(found?.score).toBeGreaterThanOrEqual(0.35);
    expect(found?.reasons).toContain('same day');
    const words = found?.reasons.find((r) => r.startsWith('shared words: '));
    expect(words?.slice('shared words: '.length).split(', ')).toEqual(
      expect.arrayContaining(['screaming', 'neighbour', 'holding', 'outside']),
    );
  });

  it('pairs the police DIR sent with the DIR received, as one referral seen from both ends', () => {
    const found = pairOf(suggestDuplicates(DEMO_EVENTS), policeDirSent, childrensDirReceived);
    expect(found?.reasons).toEqual(
      expect.arrayContaining([
        'same day',
        'times within 2 hours (15:15, 16:20)',
        'one referral: sent by one agency, received by the other',
      ]),
    );
  });

  it('pairs the health visitor’s and the social worker’s notes of one joint home visit', () => {
    const suggestions = suggestDuplicates(DEMO_EVENTS);
    const found = pairOf(suggestions, healthJointVisit, childrensJointVisit);
    expect(found).toEqual({
      a: 'MOS-2019-000968',
      b: 'PTHB-HV-000459',
      score: expect.any(Number),
      reasons: [
        'same day',
        'times within 2 hours (10:00, 10:00)',
        'same type: home visit',
        expect.stringMatching(/^shared words: .*dressed/),
        // baby = Infant; people are named as the first id's agency writes them.
        'both involve: Mother, Father, Baby',
      ],
    });
    expect(found?.score).toBeGreaterThan(0.8);
    expect(suggestions[0]).toBe(found); // the strongest pair of the case comes first
  });

  it('pairs the Care & Support meeting of 13/02/2019 with children’s services’ “mid-February 2019”', () => {
    const found = pairOf(suggestDuplicates(DEMO_EVENTS), healthMeeting, childrensMeeting);
    expect(found).toMatchObject(idsOf(healthMeeting, childrensMeeting));
    expect(found?.reasons[0]).toBe('dates overlap (11 Feb 2019 – 20 Feb 2019 and 13 Feb 2019)');
    expect(found?.reasons).toContain('same type: care and support / pathway plan / cin meeting');
    // The overlap itself pairs them, not the day tolerance.
    const strict = suggestDuplicates([healthMeeting, childrensMeeting], { dayTolerance: 0 });
    expect(strict.map((s) => key(s.a, s.b))).toEqual([key(healthMeeting.id, childrensMeeting.id)]);
  });

  it('pairs a DIR received the morning after the incident: one day apart is within tolerance', () => {
    const suggestions = suggestDuplicates(DEMO_EVENTS);
    const found = pairOf(suggestions, policeIncident2018, childrensDirReceived2018);
    expect(found?.reasons[0]).toBe('1 day apart');
    expect(found?.reasons.find((r) => r.startsWith('shared words: '))).toContain('verbal');
    const referral = pairOf(suggestions, policeDirSent2018, childrensDirReceived2018);
    expect(referral?.reasons.find((r) => r.startsWith('shared words: '))).toContain('2130hrs');
  });
});

describe('suggestDuplicates: pairs it must not suggest', () => {
  it('never pairs two events of the same agency, however alike', () => {
    const twin = { ...policeIncident, id: 'police-16-copy', time: '13:45' };
    expect(suggestDuplicates([policeIncident, twin], { minScore: 0 })).toEqual([]);
    expect(suggestDuplicates(DEMO_EVENTS, { minScore: 0 }).map((s) => key(s.a, s.b))).not.toContain(
      key(policeIncident.id, policeDirSent.id),
    );
    // The same two rows from different agencies are a near-certain pair.
    const [other] = suggestDuplicates([policeIncident, { ...twin, agency: CHILDRENS }]);
    expect(other?.score).toBeGreaterThan(0.9);
  });

  it('never pairs events further apart than the day tolerance', () => {
    // The DIN reached health on 02/10, two days after the incident of 30/09.
    const apart = [policeIncident2018, healthDinReceived];
    expect(suggestDuplicates(apart, { minScore: 0 })).toEqual([]);
    expect(
      pairOf(
        suggestDuplicates(DEMO_EVENTS, { minScore: 0 }),
        policeIncident2018,
        healthDinReceived,
      ),
    ).toBeUndefined();
    // A wider tolerance lets them meet, and they are alike enough to suggest.
    const wider = suggestDuplicates(apart, { dayTolerance: 2 });
    expect(wider).toHaveLength(1);
    expect(wider[0]?.reasons[0]).toBe('2 days apart');
    // A tolerance of 0 keeps even the next morning's DIR apart.
    const sameDayOnly = suggestDuplicates([policeIncident2018, childrensDirReceived2018], {
      dayTolerance: 0,
      minScore: 0,
    });
    expect(sameDayOnly).toEqual([]);
  });

  it('does not suggest an unrelated pair on the same day: an arrears call and an intelligence log', () => {
    const found = pairOf(suggestDuplicates(DEMO_EVENTS), housingArrearsCall, policeIntelligence);
    expect(found).toBeUndefined();
    // They were compared: with no threshold they come back, on date and people alone.
    const all = suggestDuplicates([housingArrearsCall, policeIntelligence], { minScore: 0 });
    expect(all).toHaveLength(1);
    expect(all[0]?.score).toBeLessThan(0.35);
    expect(all[0]?.reasons).toEqual(['same day', 'both involve: Father']);
  });

  it('keeps a pair with no shared word and different types below the threshold, even at one time with the same people', () => {
    const a = event({
      id: 'a',
      agency: HEALTH,
      time: '10:00',
      type: 'contact.office',
      text: 'Clinic. Weight 4.1kg, immunisations given.',
      subjects: ['Mother', 'Infant'],
    });
    const b = event({
      id: 'b',
      agency: HOUSING,
      time: '10:30',
      type: 'contact.message',
      text: 'Arrears letter. Stage 2 letter sent.',
      subjects: ['Mum', 'baby'],
    });
    const [pair] = suggestDuplicates([a, b], { minScore: 0 });
    expect(pair?.score).toBe(0.25); // 0.10 people + 0.15 time: the most such a pair can get
    expect(suggestDuplicates([a, b])).toEqual([]);
    // 'other' is no type in common either.
    const others = [
      { ...a, type: 'other' },
      { ...b, type: 'other' },
    ];
    expect(suggestDuplicates(others)).toEqual([]);
    // Whereas one real type in common, on the same day with the same people, is worth a look.
    expect(suggestDuplicates([a, { ...b, type: 'contact.office' }])).toHaveLength(1);
  });
});

describe('suggestDuplicates: scoring and output', () => {
  it('weighs a word found in few events above one found in many (IDF over the events passed in)', () => {
    // Eight events all about cannabis; one pair also shares 'furniture', one pair 'cannabis'.
    const filler = Array.from({ length: 6 }, (_, k) =>
      event({
        id: `filler-${k}`,
        agency: `Agency ${k}`,
        earliest: '2019-06-01',
        text: `Cannabis smell noted during visit ${k}, sample ${k}.`,
      }),
    );
    const rare = [
      event({ id: 'rare-a', agency: POLICE, text: 'Smashed furniture in the kitchen' }),
      event({ id: 'rare-b', agency: CHILDRENS, text: 'Furniture broken upstairs by Father' }),
    ];
    const common = [
      event({ id: 'common-a', agency: POLICE, text: 'Cannabis in the kitchen' }),
      event({ id: 'common-b', agency: HEALTH, text: 'Cannabis found upstairs by Father' }),
    ];
    const suggestions = suggestDuplicates([...filler, ...rare, ...common], { minScore: 0 });
    const rarePair = pairOf(
      suggestions,
      rare[0] as DuplicateCandidate,
      rare[1] as DuplicateCandidate,
    );
    const commonPair = pairOf(
      suggestions,
      common[0] as DuplicateCandidate,
      common[1] as DuplicateCandidate,
    );
    expect(rarePair?.reasons).toContain('shared words: furniture');
    expect(commonPair?.reasons).toContain('shared words: cannabis');
    expect(rarePair?.score).toBeGreaterThan(commonPair?.score ?? 1);
  });

  it('matches word forms and leaves out the words every record uses', () => {
    const police = event({
      id: 'p',
      agency: POLICE,
      text: 'Father assaulted Mother and smashed the furniture; infant present. Home visit.',
    });
    const social = event({
      id: 's',
      agency: CHILDRENS,
      text: 'Mother reports an assault by Father, furniture smashing, the infants were present at home',
    });
    const [pair] = suggestDuplicates([police, social], { minScore: 0 });
    const words = pair?.reasons.find((r) => r.startsWith('shared words: ')) ?? '';
    expect(words.replace('shared words: ', '').split(', ').sort()).toEqual([
      'assaulted',
      'furniture',
      'infant',
      'present',
      'smashed',
    ]);
  });

  it('spells each pair once, with a < b, best first, scores rounded to 2 decimals, at most limit', () => {
    // Duplicate ids in the input (an event passed twice) must not make a pair twice.
    const events = [...DEMO_EVENTS, childrensDirReceived, { ...policeIncident }];
    const suggestions = suggestDuplicates(events, { minScore: 0 });
    expect(suggestions.length).toBeGreaterThan(5);
    const keys = suggestions.map((s) => `${s.a} ${s.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of suggestions) {
      expect(s.a < s.b).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(Math.round(s.score * 100) / 100).toBe(s.score);
    }
    for (let k = 1; k < suggestions.length; k++) {
      expect((suggestions[k - 1] as DuplicateSuggestion).score).toBeGreaterThanOrEqual(
        (suggestions[k] as DuplicateSuggestion).score,
      );
    }
    // 'police-16' sorts after 'cs-33' although it comes first in the input and in the day.
    const incident = pairOf(suggestions, policeIncident, childrensDirReceived);
    expect([incident?.a, incident?.b]).toEqual(['cs-33', 'police-16']);

    const top = suggestDuplicates(events, { minScore: 0, limit: 3 });
    expect(top).toEqual(suggestions.slice(0, 3));
    expect(suggestDuplicates(events, { limit: 0 })).toEqual([]);
  });

  it('scores the same whatever the order of the input', () => {
    const forward = suggestDuplicates(DEMO_EVENTS, { minScore: 0 });
    const backward = suggestDuplicates([...DEMO_EVENTS].reverse(), { minScore: 0 });
    const byPair = (list: DuplicateSuggestion[]) =>
      new Map(list.map((s) => [`${s.a} ${s.b}`, s.score]));
    expect(byPair(backward)).toEqual(byPair(forward));
  });
});

// A small deterministic generator (mulberry32) for the large tests.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = [POLICE, HEALTH, CHILDRENS, HOUSING, 'Education', 'Probation'];
const TYPES = ['contact.home-visit', 'contact.phone', 'contact.office', 'referral.sent', 'other'];
// prettier-ignore
const VOCABULARY = [
  'argument', 'cannabis', 'school', 'attendance', 'nursery', 'arrears', 'letter', 'tenancy',
  'weight', 'feeding', 'sleeping', 'bruise', 'neighbour', 'shouting', 'assessment', 'meeting',
  'review', 'plan', 'strategy', 'police', 'officer', 'clinic', 'appointment', 'missed', 'gp',
  'medication', 'alcohol', 'probation', 'supervision', 'housing', 'benefit', 'money', 'debt',
  'contact', 'grandparents', 'hospital', 'injury', 'referral', 'concern', 'safeguarding',
];

function generate(count: number, days: number, seed: number): DuplicateCandidate[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const iso = (day: number) => new Date(Date.UTC(2016, 0, 1 + day)).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, k) => {
    const day = Math.floor(next() * days);
    const vague = next() < 0.05; // a month or a part-month, as agencies write them
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(VOCABULARY));
    return {
      id: `gen-${String(k).padStart(6, '0')}`,
      agency: pick(AGENCIES),
      earliest: iso(day),
      latest: iso(vague ? day + Math.floor(next() * 30) : day),
      time: next() < 0.6 ? `${String(8 + Math.floor(next() * 10)).padStart(2, '0')}:15` : null,
      type: pick(TYPES),
      text: `${words.join(' ')} ref${Math.floor(next() * 5000)}`,
      subjects: next() < 0.5 ? ['Mother', 'Infant'] : ['Father'],
    };
  });
}

describe('suggestDuplicates: many events', () => {
  it('finds a pair planted among 20,000 events spread over three years', () => {
    const events = generate(20_000, 3 * 365, 7);
    const plantedPolice = {
      ...policeIncident,
      id: 'planted-police',
      earliest: '2017-06-14',
      latest: '2017-06-14',
    };
    const plantedChildrens = {
      ...childrensDirReceived,
      id: 'planted-cs',
      earliest: '2017-06-14',
      latest: '2017-06-14',
    };
    // Same text, one day later and another agency: must be found too (tolerance 1).
    const plantedHealth = {
      ...childrensDirReceived,
      id: 'planted-health',
      agency: HEALTH,
      earliest: '2017-06-15',
      latest: '2017-06-15',
    };
    events.splice(12_345, 0, plantedPolice);
    events.splice(3_210, 0, plantedChildrens, plantedHealth);

    const suggestions = suggestDuplicates(events, { limit: 100_000 });
    expect(suggestions.length).toBeGreaterThan(0);
    const planted = pairOf(suggestions, plantedPolice, plantedChildrens);
    expect(planted).toMatchObject(idsOf(plantedPolice, plantedChildrens));
    expect(planted?.reasons[0]).toBe('same day');
    expect(planted?.reasons.find((r) => r.startsWith('shared words: '))).toContain('screaming');
    expect(pairOf(suggestions, plantedChildrens, plantedHealth)?.reasons[0]).toBe('1 day apart');

    // Every suggestion obeys the pairing rules.
    const byId = new Map(events.map((e) => [e.id, e]));
    const broken = suggestions.filter((s) => {
      const x = byId.get(s.a) as DuplicateCandidate;
      const y = byId.get(s.b) as DuplicateCandidate;
      return x.agency === y.agency || gapInDays(x, y) > 1 || s.score < 0.35;
    });
    expect(broken).toEqual([]);
  });

  it('compares exactly the pairs of different agencies within the tolerance (checked against all pairs)', () => {
    const events = generate(1_500, 200, 11);
    const days = events.map((e) => [dayOf(e.earliest), dayOf(e.latest)] as const);
    for (const dayTolerance of [0, 1, 3]) {
      // No threshold: every pair the window allows comes back, and no other.
      const found = suggestDuplicates(events, { minScore: 0, dayTolerance, limit: 1_000_000 });
      const expected: string[] = [];
      for (let p = 0; p < events.length; p++) {
        for (let q = p + 1; q < events.length; q++) {
          const x = events[p] as DuplicateCandidate;
          const y = events[q] as DuplicateCandidate;
          const [xFrom, xTo] = days[p] as readonly [number, number];
          const [yFrom, yTo] = days[q] as readonly [number, number];
          const gap = Math.max(xFrom, yFrom) - Math.min(xTo, yTo);
          if (x.agency !== y.agency && gap <= dayTolerance) expected.push(key(x.id, y.id));
        }
      }
      expect(found.map((s) => `${s.a} ${s.b}`).sort()).toEqual(expected.sort());
    }
  });

  it('returns the same best pairs with a limit as without one', () => {
    const events = generate(5_000, 365, 3);
    const all = suggestDuplicates(events, { limit: 1_000_000 });
    expect(all.length).toBeGreaterThan(50);
    expect(suggestDuplicates(events, { limit: 50 })).toEqual(all.slice(0, 50));
  });
});

function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

function gapInDays(x: DuplicateCandidate, y: DuplicateCandidate): number {
  const later = Math.max(dayOf(x.earliest), dayOf(y.earliest));
  const earlier = Math.min(dayOf(x.latest), dayOf(y.latest));
  return Math.max(0, later - earlier);
}
