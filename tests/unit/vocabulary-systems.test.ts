import { describe, expect, it } from 'vitest';
import { decideEventType } from '../../server/ingest/vocabulary';

// The names UK agency systems give their events (issue #10 item 3): a file from a system the
// project has never seen should still be typed, not fall to `other`. One or two names per
// system family, each read as a type cell as it would arrive, with the uploading agency's kind
// where the kind changes what a word means.
const none = new Map<string, string>();
const typeFor = (
  typeText: string,
  kind?: string,
  description = '',
  typeHeader: string | undefined = undefined,
) => decideEventType({ typeText, description, agencyKind: kind, typeHeader }, none).code;

describe('police occurrence, incident and referral types (Niche, Athena, Storm, PPN/VPRF)', () => {
  it.each([
    ['Criminal damage', 'incident.police'],
    ['Misper', 'incident.police'],
    ['S136', 'incident.police'],
    ['101 call', 'incident.police'],
    // A burglary of a dwelling, not domestic abuse; a breach of the peace is no order breached.
    ['Domestic burglary', 'incident.police'],
    ['Breach of the peace', 'incident.police'],
    ['Assault - domestic', 'incident.domestic'],
    ['Controlling or coercive behaviour', 'incident.domestic'],
    ['VPRF submitted', 'referral.sent'],
    ['CCN', 'referral.sent'],
    ['RUI', 'justice'],
    ['Failure to comply', 'justice.breach'],
  ])('"%s" → %s', (text, code) => {
    expect(typeFor(text, 'police')).toBe(code);
  });
});

describe('health systems (EMIS, SystmOne, RiO, FirstNet/Symphony, midwifery, health visiting)', () => {
  it.each([
    ['ED', 'health.emergency'],
    // "Attendance" alone is a police attendance, and would win as the head of the compound.
    ['UTC attendance', 'health.emergency'],
    ['MIU', 'health.emergency'],
    ['F2F', 'contact.office'],
    ['OPA - follow up', 'contact.office'],
    ['Medication review', 'contact.office'],
    // Triage alone is a screening decision; by telephone it is the call.
    ['Triage - telephone', 'contact.phone'],
    ['Video consultation', 'contact.phone'],
    ['Cancelled by patient', 'contact.not-brought'],
    ['Maternity triage', 'health.antenatal'],
    ['LSCS', 'health.birth'],
    ['Primary visit', 'health.postnatal'],
    ['EPDS', 'health.postnatal'],
    ['MMR', 'health.development'],
  ])('"%s" → %s', (text, code) => {
    expect(typeFor(text, 'health')).toBe(code);
  });
});

describe("children's services steps (Mosaic, LiquidLogic, Eclipse)", () => {
  it.each([
    // "CIN" alone is a child in need meeting; a CIN visit is a visit.
    ['CIN visit', 'contact.home-visit'],
    ['Assessment outcome', 'assessment.complete'],
    ['Legal gateway meeting', 'decision'],
    ['TM decision', 'decision'],
    ['PLO letter', 'family.informed'],
    ['IRO review', 'meeting.planning'],
    ['Return home interview', 'contact.office'],
    // "Delivered" is read as a delivery (a birth) unless the letter is named with it.
    ['Hand delivered letter', 'contact.message'],
  ])('"%s" → %s', (text, code) => {
    expect(typeFor(text, 'children-services')).toBe(code);
  });
});

describe('probation, DHR and adult safeguarding (nDelius, OASys, IDVA, adult social care)', () => {
  it.each([
    ['Programme session - BBR', 'probation', 'contact.office'],
    ['Unacceptable absence', 'probation', 'contact.not-brought'],
    ['OGRS', 'probation', 'risk.assessment'],
    ['Sentence plan review', 'probation', 'risk.assessment'],
    ['Order start', 'probation', 'case.open'],
    ['Licence expired', 'probation', 'case.close'],
    // Probation's pre-sentence checks with the police and children's services.
    ['DA enquiry', 'probation', 'info.shared'],
    ['Three way meeting', 'probation', 'meeting.planning'],
    ['Left refuge', 'voluntary', 'case.close'],
    ['IDAA', 'voluntary', 'idva.contact'],
    ['DARA completed', 'police', 'risk.assessment'],
    ['S42 investigation', 'adult-services', 'adult.enquiry'],
    ['POVA referral', 'health', 'adult.concern'],
  ])('"%s" at %s → %s', (text, kind, code) => {
    expect(typeFor(text, kind)).toBe(code);
  });
});

describe('schools and housing (CPOMS, Capita One, Civica, Northgate)', () => {
  it.each([
    ['Attendance panel', 'education', 'meeting.planning'],
    ['PEP meeting', 'education', 'meeting.planning'],
    ['Child missing education', 'education', 'concern'],
    // The housing officer seen at the tenant's home: a visit, not a tenancy matter.
    ['Tenancy audit', 'housing', 'contact.home-visit'],
    ['Notice to quit', 'housing', 'housing'],
    ['Neighbour dispute', 'housing', 'housing'],
    ['Neighbour dispute', 'police', 'incident.police'],
  ])('"%s" at %s → %s', (text, kind, code) => {
    expect(typeFor(text, kind)).toBe(code);
  });
});

describe('new words that must not take what older ones meant', () => {
  it("an ambulance's AMPDS 'Assault' is its emergency response, not a police occurrence", () => {
    expect(typeFor('Assault / Sexual Assault', 'ambulance')).toBe('health.emergency');
  });

  it('a referral that names what it was about stays the referral', () => {
    expect(
      typeFor(
        'Note',
        'health',
        'Referral to Eastmere MASH by phone and online form re neglect and coercive control.',
      ),
    ).toBe('referral.sent');
  });

  it('a long synonym does not match on three of its words ("DA … risk" is no risk assessment)', () => {
    expect(
      typeFor(
        'PPN DA - high risk',
        'children-services',
        'Child witnessed assault on mother. MARAC referral by police.',
        'Contact Reason',
      ),
    ).toBe('referral.received');
  });

  it("a probation 'Safeguarding enquiry' is a check with another agency, not a section 42", () => {
    expect(
      typeFor(
        'Safeguarding Enquiry',
        'probation',
        "Children's services check requested re new partner.",
      ),
    ).toBe('info.shared');
  });

  it("'Registered' keeps its weight against a later category word", () => {
    expect(typeFor('Child registered under category of neglect', 'children-services')).toBe(
      'register.add',
    );
  });
});
