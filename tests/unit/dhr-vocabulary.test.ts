import { describe, expect, it } from 'vitest';
import { eventType } from '../../client/shared/lib/event-types';
import { guessAgencyKind } from '../../server/ingest/agency-kind';
import { EVENT_TYPES, matchEventType } from '../../server/ingest/vocabulary';

// The words of domestic homicide and adult review chronologies (DOMAIN.md, "Domestic homicide
// and adult reviews"): each reaches its own code, not `other` or a child-review code.
const none = new Map<string, string>();
const NEW_CODES = [
  'risk.assessment',
  'marac.referral',
  'marac.meeting',
  'idva.contact',
  'disclosure',
  'justice.order',
  'justice.breach',
  'health.emergency',
  'adult.concern',
  'adult.enquiry',
];

describe('domestic homicide and adult review words', () => {
  it.each([
    ['DASH', 'risk.assessment'],
    ['DASH RIC completed', 'risk.assessment'],
    ['OASys review', 'risk.assessment'],
    ['RoSH assessment', 'risk.assessment'],
    // A MAPPA meeting is a multi-agency meeting that agrees a risk management plan: a planning
    // meeting (issue #10 item 3); MAPPA alone, or its review of risk, is the risk assessment.
    ['MAPPA level 2 meeting', 'meeting.planning'],
    ['MAPPA review', 'risk.assessment'],
    ['Routine enquiry', 'risk.assessment'],
    ['MARAC referral', 'marac.referral'],
    ['Referred to MARAC', 'marac.referral'],
    ['MARAC meeting', 'marac.meeting'],
    ['IDVA contact', 'idva.contact'],
    ["Clare's Law disclosure", 'disclosure'],
    ['DVDS - right to ask', 'disclosure'],
    ['Non-molestation order', 'justice.order'],
    ['Restraining order', 'justice.order'],
    ['Bail conditions', 'justice.order'],
    ['Breach of bail', 'justice.breach'],
    ['ED attendance', 'health.emergency'],
    ['A&E', 'health.emergency'],
    ['Adult safeguarding concern', 'adult.concern'],
    ['s42 enquiry', 'adult.enquiry'],
    ['Section 42 enquiry', 'adult.enquiry'],
    ['Adult protection enquiry', 'adult.enquiry'],
  ])('"%s" → %s', (text, code) => {
    expect(matchEventType(text, none)).toBe(code);
  });

  it('leaves the child-review words where they were', () => {
    expect(matchEventType('Bail', none)).toBe('justice');
    expect(matchEventType('Bruising noted on arm', none)).toBe('incident.injury');
    expect(matchEventType('Safeguarding concern', none)).toBe('concern');
    expect(matchEventType('Referral', none)).toBe('referral.sent');
  });

  it('every new code is in the vocabulary and has a short label and a colour family in the web app', () => {
    const codes = EVENT_TYPES.map((t) => t.code);
    for (const code of NEW_CODES) {
      expect(codes).toContain(code);
      const info = eventType(code);
      expect(info.short, code).not.toBe(code);
      expect(info.family, code).not.toBe('other');
    }
  });
});

describe('agencies of domestic homicide reviews', () => {
  it.each([
    ['Anytown IDVA Service', 'voluntary'],
    ['Anytown Domestic Abuse Service', 'voluntary'],
    ['National Probation Service', 'probation'],
    ['Anytown Hospital ED', 'health'],
  ])('"%s" is guessed %s', (name, kind) => {
    expect(guessAgencyKind(name)).toBe(kind);
  });
});
