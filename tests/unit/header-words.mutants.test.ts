import { describe, expect, it } from 'vitest';
import { headerWords, readHeader } from '../../server/ingest/columns/header-words';
import type { CanonicalField } from '../../server/contract/fields';

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

  it('reads only a two-word case header naming a reference as the case reference', () => {
    expect(readHeader('Case No').caseRef).toBe(true);
    expect(readHeader('Client ID').caseRef).toBe(true);
    expect(readHeader('Case Type').caseRef).toBe(false);
    expect(readHeader('Contact Ref').caseRef).toBe(false);
    expect(readHeader('Case Contact Ref').caseRef).toBe(false);
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

describe('headerWords: words written run together', () => {
  it('keeps a header word whole even when it is no English word ("keyworker")', () => {
    expect(headerWords('keyworker')).toEqual(['keyworker']);
    expect(fieldOf('keyworker', 'practitioner')).toEqual({
      score: 0.8,
      why: 'header word “keyworker”',
    });
  });

  it('cuts a word of six letters ("senton", a Dynamics column) but not one of two-letter English parts', () => {
    expect(headerWords('senton')).toEqual(['sent', 'on']);
    // "ls" and "cb" are English words, but a part of two letters must be a header word.
    expect(headerWords('lscbref')).toEqual(['lscbref']);
  });

  it('takes a three-letter English word as a part ("rundate", "newdate")', () => {
    expect(headerWords('rundate')).toEqual(['run', 'date']);
    expect(headerWords('newdate')).toEqual(['new', 'date']);
  });

  it('knows the words of the header lists, not only the field tables', () => {
    // "minutes" is a word of the durations list (notTime), in no field table.
    expect(headerWords('scheduleddurationminutes')).toEqual(['scheduled', 'duration', 'minutes']);
    expect(readHeader('actualdurationminutes').notTimeWord).toBe('duration');
    // "of" is a stop word and "birth" a word of dates that are no event's.
    expect(readHeader('dateofbirth').notEventWord).toBe('birth');
  });
});

describe('headerWords: capitals', () => {
  it('parts a run of capitals from a short word after it ("NHSNo")', () => {
    // Five letters, too short to be cut as a run-together word, so only the capitals part it.
    expect(headerWords('NHSNo')).toEqual(['nhs', 'no']);
  });
});

describe('readHeader: the head word, past "seen" and "by"', () => {
  it('reads "Date seen by HV" as a date: "seen" before "by" is no head', () => {
    expect(fieldOf('Date seen by HV', 'date')).toEqual({ score: 0.9, why: 'header word “date”' });
  });

  it('reads a header of "By" alone as the person, by its usual name', () => {
    expect(fieldOf('By', 'practitioner')!.why).toBe('the header is a usual name for it');
    expect(readHeader('By').notAField).toBe(false);
  });

  it('reads the head of each alternative in a header wholly in brackets ("[Step or Note]")', () => {
    // SQL Server writes a column's name in brackets; the brackets then hold the whole header.
    expect(scoreOf('[Step or Note]', 'type')).toBe(0.7);
    expect(scoreOf('[Plan/Action]', 'type')).toBe(scoreOf('Plan/Action', 'type'));
  });

  it('counts a word in brackets as a qualifier, even the last noun ("Worker (Team)")', () => {
    // "team" is the last noun of all the words; the brackets make "worker" the head.
    expect(scoreOf('Worker (Team)', 'practitioner')).toBe(0.85);
    expect(scoreOf('Worker (Team)', 'team')).toBeCloseTo(0.9 * 0.6, 6);
    expect(scoreOf('Officer (Rank/No.)', 'sourceRef')).toBeCloseTo(0.5 * 0.6, 6);
  });

  it('leaves a short bracket out of the head ("Worker [Grade]" is a worker)', () => {
    expect(scoreOf('Worker [Grade]', 'practitioner')).toBe(0.85);
  });
});

describe('readHeader: a field named, then a word that labels it', () => {
  it('reads "outcomeDescription" as the outcome’s text, not a description', () => {
    const r = readHeader('outcomeDescription');
    expect(r.fields.outcome).toEqual({
      score: 0.9,
      why: 'header words “outcome” and “description”: the outcome’s own text',
    });
    expect(r.fields.description).toBeUndefined();
  });

  it('knows each labelling word: "Desc", "Text", "Label"', () => {
    expect(fieldOf('Outcome Desc', 'outcome')!.score).toBe(0.9);
    expect(fieldOf('Type Text', 'type')!.why).toBe(
      'header words “type” and “text”: the type’s own text',
    );
    expect(fieldOf('Outcome Label', 'outcome')!.score).toBe(0.9);
    expect(fieldOf('Outcome Label', 'description')).toBeUndefined();
  });

  it('takes a field named at 0.85 ("Category Description" is the type)', () => {
    expect(fieldOf('Category Description', 'type')).toEqual({
      score: 0.85,
      why: 'header words “category” and “description”: the category’s own text',
    });
    expect(fieldOf('Category Description', 'description')).toBeUndefined();
  });

  it('keeps a description whose first word names only a description ("Note Text")', () => {
    expect(fieldOf('Note Text', 'description')).toEqual({
      score: 0.8,
      why: 'header word “text”',
    });
  });

  it('reads no label in a second word that labels nothing ("Outcome Date" is a date)', () => {
    expect(scoreOf('Outcome Date', 'outcome')).toBeCloseTo(0.54, 6);
    expect(scoreOf('Outcome Date', 'date')).toBe(0.9);
  });

  it('reads "Outcome Description (Free Text)" as a description: more than the two words', () => {
    const r = readHeader('Outcome Description (Free Text)');
    expect(r.fields.description!.score).toBe(0.95);
    expect(r.fields.outcome!.score).toBeCloseTo(0.54, 6);
  });

  it('reads only a header of two words so ("Visit Type Description" is a description)', () => {
    const r = readHeader('Visit Type Description');
    expect(r.fields.description!.score).toBe(0.95);
    expect(r.fields.type!.score).toBeCloseTo(0.54, 6);
  });
});

describe('readHeader: the words of each list', () => {
  it.each(['File Type', 'Client Type', 'Tenancy Type', 'Account Type'])(
    'reads %j as the type of the whole case',
    (header) => {
      expect(readHeader(header).caseType).toBe(true);
    },
  );

  it.each([
    ['Children Visited', 'children', 'visited'],
    ['CYP Visited', 'cyp', 'visited'],
    ['Baby Seen', 'baby', 'seen'],
    ['Infant Seen', 'infant', 'seen'],
    ['Pupil Seen', 'pupil', 'seen'],
    ['Young Person Seen', 'young', 'seen'],
    ['Child Observed', 'child', 'observed'],
    ['Child Met', 'child', 'met'],
    ['Child Sighted', 'child', 'sighted'],
  ])('reads %j as whether the child was seen', (header, child, seeing) => {
    expect(fieldOf(header, 'childSeen')).toEqual({
      score: 0.9,
      why: `header words “${child}” and “${seeing}”`,
    });
  });

  it.each(['End Dt', 'When Ended', 'End Datetime', 'Discharge Dated'])(
    'reads %j as a date that ends a span, with no end time',
    (header) => {
      const r = readHeader(header);
      expect(r.fields.endDate).toBeDefined();
      expect(r.fields.endTime).toBeUndefined();
    },
  );

  it('weakens the event date of "End Dt" to 30%', () => {
    expect(scoreOf('End Dt', 'date')).toBeCloseTo(0.21, 6);
  });
});
