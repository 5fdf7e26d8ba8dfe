import { describe, expect, it } from 'vitest';
import { headerWords, readHeader } from '../../server/ingest/columns/header-words';
import type { CanonicalField } from '../../server/ingest/fields';

// How a header phrase is read, word by word, found by mutation testing (docs/testing.md). Each
// header is one an agency's export could carry.

const fieldOf = (header: string, field: CanonicalField) => readHeader(header).fields[field];
const scoreOf = (header: string, field: CanonicalField) => fieldOf(header, field)?.score ?? 0;

describe('headerWords: splitting a header into words', () => {
  it('splits a run of capitals from the word after it ("NHSNumber", "URNRef")', () => {
    expect(headerWords('NHSNumber')).toEqual(['nhs', 'number']);
    expect(headerWords('URNRef')).toEqual(['urn', 'ref']);
  });

  it('has no empty words for an empty or all-punctuation header', () => {
    expect(headerWords('')).toEqual([]);
    expect(headerWords(' -- ')).toEqual([]);
  });
});

describe('readHeader: the head word counts in full, a modifier at 60%', () => {
  it('reads the last noun as the head ("Visit Date" is a date)', () => {
    expect(fieldOf('Visit Date', 'date')).toEqual({ score: 0.9, why: 'header word “date”' });
  });

  it('reads the noun before "of" or "for" as the head', () => {
    expect(fieldOf('Date of Visit', 'date')).toEqual({ score: 0.9, why: 'header word “date”' });
    expect(fieldOf('Reason for Contact', 'type')).toEqual({
      score: 0.6,
      why: 'header word “reason”',
    });
  });

  it('skips a participle or "seen" at the end to find the head ("Date Entered", "Date Seen")', () => {
    expect(scoreOf('Date Entered', 'date')).toBe(0.9);
    expect(scoreOf('Date Seen', 'date')).toBe(0.9);
    // "seen" is then a modifier: 60% of its weight.
    expect(scoreOf('Date Seen', 'subjects')).toBeCloseTo(0.6 * 0.6, 6);
  });

  it('reads "by" at the end of a longer header as a person ("Visit Completed By")', () => {
    expect(fieldOf('Visit Completed By', 'practitioner')).toEqual({
      score: 0.6,
      why: 'header word “by”',
    });
  });

  it('counts every word in full when no word can be the head ("Seen On")', () => {
    expect(scoreOf('Seen On', 'subjects')).toBe(0.6);
    expect(scoreOf('Seen On', 'childSeen')).toBe(0.5);
    expect(scoreOf('Seen On', 'date')).toBe(0.3);
  });
});

describe('readHeader: usual whole-header names', () => {
  it('scores an earlier usual name higher, a thousandth a place', () => {
    expect(fieldOf('Date', 'date')).toEqual({
      score: 0.95,
      why: 'the header is a usual name for it',
    });
    // "contactdate" is the third usual name of the date.
    expect(scoreOf('Contact Date', 'date')).toBeCloseTo(0.948, 6);
    expect(scoreOf('Contact Date', 'date')).toBeLessThan(scoreOf('Date', 'date'));
  });

  it('keeps the usual-name reason when a header word scores the same', () => {
    // "description" is a usual name (0.95) and a header word of weight 0.95.
    expect(fieldOf('Description', 'description')!.why).toBe('the header is a usual name for it');
  });

  it('reads nothing in a header with no words', () => {
    expect(readHeader('').fields).toEqual({});
    expect(readHeader('???').fields).toEqual({});
  });
});

describe('readHeader: plurals', () => {
  it('does not read a word with another ending as a table word ("Date Typed" is no type)', () => {
    expect(fieldOf('Date Typed', 'type')).toBeUndefined();
    expect(scoreOf('Categories', 'type')).toBe(0.85);
  });
});

describe('readHeader: the end of a span', () => {
  it('reads "Time Ended" as the end time, not the event time', () => {
    const r = readHeader('Time Ended');
    expect(r.fields.endTime).toEqual({ score: 0.9, why: 'header words “ended” and “time”' });
    expect(r.fields.time!.score).toBeCloseTo(0.27, 6);
  });

  it('reads "Date Ended" and "End Timestamp" as the end date, not the event date', () => {
    expect(fieldOf('Date Ended', 'endDate')).toEqual({
      score: 0.9,
      why: 'header words “ended” and a date',
    });
    expect(scoreOf('Date Ended', 'date')).toBeCloseTo(0.27, 6);
    expect(scoreOf('End Timestamp', 'endDate')).toBe(0.8);
    expect(scoreOf('End Timestamp', 'date')).toBeCloseTo(0.24, 6);
    expect(fieldOf('End Timestamp', 'endTime')).toBeUndefined();
  });

  it('reads "End Date" as the end date only, with no end time', () => {
    expect(scoreOf('End Date', 'date')).toBeCloseTo(0.27, 6);
    expect(fieldOf('End Date', 'endTime')).toBeUndefined();
  });

  it('leaves a bare "Departure" to its cells: end date or end time', () => {
    expect(fieldOf('Departure', 'endDate')!.score).toBe(0.7);
    expect(fieldOf('Departure', 'endTime')).toEqual({
      score: 0.7,
      why: 'header word “departure”',
    });
  });
});

describe('readHeader: one cell of date and time', () => {
  it('reads "Visit Date/Time" as the date, its time at half weight', () => {
    const r = readHeader('Visit Date/Time');
    expect(r.fields.date).toEqual({ score: 0.9, why: 'header words “date” and “time”' });
    expect(r.fields.time!.score).toBeCloseTo(0.45, 6);
  });

  it('gives "Day/Time" the stronger of the two words', () => {
    expect(scoreOf('Day/Time', 'date')).toBe(0.9);
  });

  it('reads "Time Started" as a time, not a date and time', () => {
    expect(scoreOf('Time Started', 'time')).toBe(0.9);
    expect(scoreOf('Time Started', 'date')).toBeLessThan(0.5);
  });
});

describe('readHeader: words that say what a column is not', () => {
  it('reads "Child Visited?" as whether the child was seen, not "Child Visited Alone"', () => {
    expect(fieldOf('Child Visited?', 'childSeen')).toEqual({
      score: 0.9,
      why: 'header words “child” and “visited”',
    });
    expect(fieldOf('Child Visited Alone', 'childSeen')).toBeUndefined();
    expect(scoreOf('Child Visited Alone', 'seenAlone')).toBe(0.9);
  });

  it('keeps the agency and team of a header naming no other agency', () => {
    expect(scoreOf('Team', 'team')).toBeGreaterThan(0.9);
    expect(scoreOf('Agency', 'agency')).toBeGreaterThan(0.9);
    expect(readHeader('Referrer Agency').fields.agency).toBeUndefined();
  });

  it('reads no event date in "Date of Birth"', () => {
    const r = readHeader('Date of Birth');
    expect(r.notEventWord).toBe('birth');
    expect(r.fields.date).toBeUndefined();
    expect(r.fields.endDate).toBeUndefined();
  });

  it('reads no reference in "Mobile Ref", but one in "Record Ref"', () => {
    const mobile = readHeader('Mobile Ref');
    expect(mobile.notAField).toBe(false);
    expect(mobile.fields.sourceRef).toBeUndefined();
    expect(scoreOf('Record Ref', 'sourceRef')).toBeGreaterThan(0.9);
  });

  it('flags only a role or grade head word as a role', () => {
    expect(readHeader('Staff Role').roleOnly).toBe(true);
    expect(readHeader('Visit Date').roleOnly).toBe(false);
    expect(readHeader('Visit Date').notAField).toBe(false);
  });

  it('reads only a two-word case header naming a type as the case type', () => {
    expect(readHeader('Case Type').caseType).toBe(true);
    expect(readHeader('Case Ref').caseType).toBe(false);
    expect(readHeader('Case Contact Type').caseType).toBe(false);
  });
});

describe('readHeader: the head of each alternative, brackets left out', () => {
  it('reads the word before brackets as the head ("Officer (Rank/No.)", "Worker [Band/Grade]")', () => {
    expect(scoreOf('Officer (Rank/No.)', 'practitioner')).toBe(0.8);
    expect(scoreOf('Worker [Band/Grade]', 'practitioner')).toBe(0.85);
    // A header cut short inside its brackets.
    expect(scoreOf('Officer (Rank', 'practitioner')).toBe(0.8);
    expect(scoreOf('Worker [Band', 'practitioner')).toBe(0.85);
  });

  it('gives each camelCase alternative its head ("stepOrNote")', () => {
    expect(scoreOf('stepOrNote', 'type')).toBe(0.7);
    expect(scoreOf('stepOrNote', 'description')).toBe(0.85);
  });
});
