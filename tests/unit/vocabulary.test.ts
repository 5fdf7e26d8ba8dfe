import { describe, expect, it } from 'vitest';
import { agencyCellOf, guessAgencyKind } from '../../server/ingest/agency-kind';
import { parseYesNo, splitPeople } from '../../server/ingest/people';
import { readTypeText } from '../../server/ingest/type-words';
import { EVENT_TYPES, matchEventType, typeMapFrom } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();

describe('matchEventType', () => {
  it.each([
    ['Home visit', 'contact.home-visit'],
    ['Unannounced visit', 'contact.home-visit'],
    ['MARF', 'referral.sent'],
    ['MARF received', 'referral.received'],
    ['Contact received – DIR', 'referral.received'],
    ['Strat disc', 'strategy'],
    ['Strat. Disc.', 'strategy'],
    // Abbreviations agencies write: a breach of the order beats the order; a section 42 enquiry;
    // a RoSH screening is probation's first look at risk, not a screening decision.
    ['Breach of Non-Mol', 'justice.breach'],
    ['Non-mol granted', 'justice.order'],
    ['Sect. 42 enq', 'adult.enquiry'],
    ['S42 enq', 'adult.enquiry'],
    ['RoSH screening', 'risk.assessment'],
    // A worry beside what was done about it: the meeting or assessment is what happened.
    ['MDT – self neglect', 'meeting.planning'],
    ['Self harm assessment', 'assessment.start'],
    ['Strategy discussion re neglect', 'strategy'],
    ['Self neglect', 'adult.concern'],
    ['Concern raised by phone', 'concern'],
    // A landlord's possession case is housing, though it is heard in court; a youth offender
    // panel meets to agree a referral order's contract.
    ['Possession hearing', 'housing'],
    ['Referral Order Panel', 'meeting.planning'],
    ['Referral order made', 'justice'],
    // Words agencies write for a feedback, a notice, a triage meeting, an early help request,
    // a school's child protection file sent on, and a tenancy visit.
    ['Feedback to referring agency', 'referral.acknowledged'],
    ['DVPN Authorised', 'justice.order'],
    ['DA triage meeting', 'meeting.planning'],
    ['Early Help request', 'referral.sent'],
    ['Transfer – CP file sent', 'info.shared'],
    ['Tenancy sustainment visit', 'contact.home-visit'],
    // A notification of another agency's event is that event's news shared, not the event.
    ['A&E attendance notification', 'info.shared'],
    ['Safeguarding notification from ED', 'info.shared'],
    ['Operation Encompass notification received', 'info.shared'],
    ['ED attendance', 'health.emergency'],
    ['Birth notification', 'health.birth'],
    // Police protection (s46) is a decision to remove; a section 21 or notice to quit, and a
    // move into a refuge, are housing; lateral checks are information shared; direct work is a
    // session with the child.
    ['S46 Police Protection', 'decision'],
    ['Section 21', 'housing'],
    ['NTQ', 'housing'],
    ['Admitted to refuge', 'housing'],
    ['Referral - Sanctuary scheme', 'referral.sent'],
    ['Lateral checks', 'info.shared'],
    ['Direct work', 'contact.office'],
    // Welsh, as agencies in Wales record in it.
    ['Ymweliad cartref', 'contact.home-visit'],
    ['Galwad ffôn', 'contact.phone'],
    ['Cyfarfod strategaeth', 'strategy'],
    ['Cynhadledd amddiffyn plant', 'meeting.conference'],
    ["Asesiad wedi'i gwblhau", 'assessment.complete'],
    ['DNA - 9 month check', 'contact.not-brought'],
    ['Home visit – no access', 'contact.no-access'],
    ['Home visit – not seen', 'contact.no-access'],
    ['DA incident reported (tel)', 'incident.domestic'],
    ['Telephone call re home visit', 'contact.phone'],
    ['ICPC', 'meeting.conference'],
    ['A&E attendance', 'health.emergency'],
    ['Parents informed of outcome', 'family.informed'],
    ['Sudden death - child', 'critical'],
    ['Wibble review', 'other'],
    ['', 'other'],
  ])('"%s" → %s', (text, code) => {
    expect(matchEventType(text, none)).toBe(code);
  });

  it('prefers the uploader’s type map, matched without case or punctuation', () => {
    expect(
      matchEventType('Wibble  Review.', typeMapFrom({ 'wibble review': 'meeting.planning' })),
    ).toBe('meeting.planning');
  });

  it('writes each synonym once, under one code', () => {
    const synonyms = EVENT_TYPES.flatMap((t) => t.synonyms);
    expect(synonyms.filter((s, i) => synonyms.indexOf(s) !== i)).toEqual([]);
  });

  it('reads no synonym as a lone letter, once its stopwords are dropped', () => {
    // "a and e" once read as "e": every "e-referral" and "e-consult" was an A&E attendance.
    const lone = EVENT_TYPES.flatMap((t) =>
      t.synonyms
        .filter((s) => readTypeText(s).words.every((w) => w.stem.length <= 1))
        .map((s) => `${t.code}: ${s}`),
    );
    expect(lone).toEqual([]);
    expect(matchEventType('e-Referral', none)).toBe('referral.sent');
    expect(matchEventType('A and E', none)).toBe('health.emergency');
  });

  it('has one entry per code and an "other"', () => {
    const codes = EVENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('other');
  });
});

describe('splitPeople', () => {
  it.each([
    ['Mother; Father; Infant', ['Mother', 'Father', 'Infant']],
    ['Mum, Dad & baby', ['Mother', 'Father', 'Baby']],
    ['Mother/Father and Infant', ['Mother', 'Father', 'Infant']],
    ['Father (tel)', ['Father']],
    ['mother; Mother', ['Mother']],
    ['', []],
  ])('"%s" → %j', (text, people) => {
    expect(splitPeople(text)).toEqual(people);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Y', true],
    ['yes - in cot', true],
    ['N', false],
    ['not seen', false],
    ['', null],
    ['N/A', null],
    ['unknown', null],
  ])('"%s" → %s', (text, value) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value });
  });

  it('refuses an answer that is neither', () => {
    expect(parseYesNo('maybe')).toEqual({ ok: false });
  });
});

describe('guessAgencyKind', () => {
  it.each([
    ['Dyfed-Powys Police', 'police'],
    ['Powys Teaching Health Board', 'health'],
    ["Powys Children's Services", 'children-services'],
    ['Powys County Council Housing', 'housing'],
    ['Welsh Ambulance Service', 'ambulance'],
    ['Ysgol Gymraeg primary school', 'education'],
    ['Some Other Body', 'other'],
  ])('%s → %s', (name, kind) => {
    expect(guessAgencyKind(name)).toBe(kind);
  });

  it.each([
    // Stemmed word by word: a plural or another form of a listed word is the same word.
    ['Westvale University Hospitals (Maternity)', 'health'],
    ['Northshire Community Midwives', 'health'],
    // The longest phrase wins whatever its kind: "school nursing" over "school".
    ['Eastmere School Nursing Service', 'health'],
    ['Eastmere School Nurse Team', 'health'],
    ['Eastmere Primary School', 'education'],
    // A children's services front door and early help named without "children".
    ['Eastmere MASH', 'children-services'],
    ['Northshire Early Help Service', 'children-services'],
    ['Brookside Medical Centre', 'health'],
  ])('stemmed, longest phrase first: %s → %s', (name, kind) => {
    expect(guessAgencyKind(name)).toBe(kind);
  });

  it('a word inside another word is not that word: "Policeman" is not police, "Trustees" not a trust', () => {
    expect(guessAgencyKind('Policeman Hall Trustees')).toBe('other');
  });
});

describe('agencyCellOf: a row’s agency cell against the agency the file is uploaded for', () => {
  it.each([
    // Its name, or words of it either way.
    ['Dyfed-Powys Police', 'Dyfed-Powys Police', 'police', 'same'],
    ['Police', 'Dyfed-Powys Police', 'police', 'same'],
    ['Dyfed-Powys Police PPU', 'Dyfed-Powys Police', 'police', 'same'],
    // A service or provider of the same kind, or of no kind the name says.
    ['Community HV', 'Wessex Vale ICB (health providers combined)', 'health', 'service'],
    ['Westbury General', 'Wessex Vale ICB (health providers combined)', 'health', 'service'],
    // Another kind of agency.
    ['Dyfed-Powys Police', 'Powys Teaching Health Board', 'health', 'other'],
    ["Powys Children's Services", 'Dyfed-Powys Police', 'police', 'other'],
  ])('"%s" for "%s" (%s): %s', (cell, name, kind, said) => {
    expect(agencyCellOf(cell, name, kind)).toBe(said);
  });
});
