/**
 * Gap limits at their edges, one table for the gap engine (tests/unit/gap-boundaries.test.ts)
 * and the HTTP API (tests/api/gap-boundaries.test.ts). Each case is a trigger and the record
 * that answers it, both from children's services, under a rule of the Wales child pack, as
 * written in a chronology (the date text is read by server/ingest/dates.ts in both tests).
 *
 * - `wales.strategy-to-conference`: a strategy discussion, then a conference within 15
 *   working days (any agency).
 * - `wales.report-decision`: a referral received, then a decision (here a strategy
 *   discussion) within 1 working day (same agency).
 *
 * `expected` is the flag the rule raises (null: none). A flag is *certain* only when even the
 * shortest possible interval is over the limit; *possible* when only the longest is.
 * 2019's bank holidays in Wales: Good Friday 19 April, Easter Monday 22 April, 6 May.
 */
export const BOUNDARY_PERIOD = { start: '2018-05-20', end: '2019-05-20' } as const;

export interface BoundaryRecord {
  /** The date as the agency wrote it. */
  date: string;
  /** The type code the engine reads, and the words a chronology gives for it. */
  type: string;
  typeText: string;
}

export interface GapBoundaryCase {
  name: string;
  ruleId: 'wales.strategy-to-conference' | 'wales.report-decision';
  trigger: BoundaryRecord;
  answer: BoundaryRecord;
  expected: null | { certainty: 'certain' | 'possible'; elapsed: { min: number; max: number } };
}

const strategy = (date: string): BoundaryRecord => ({
  date,
  type: 'strategy',
  typeText: 'Strategy discussion',
});
const conference = (date: string): BoundaryRecord => ({
  date,
  type: 'meeting.conference',
  typeText: 'Initial child protection conference',
});
const referral = (date: string): BoundaryRecord => ({
  date,
  type: 'referral.received',
  typeText: 'Referral received',
});

const STRATEGY = 'wales.strategy-to-conference';
const DECISION = 'wales.report-decision';

export const GAP_BOUNDARY_CASES: readonly GapBoundaryCase[] = [
  {
    // Monday 4 Feb to Monday 25 Feb: 15 working days, three weekends between.
    name: '15 working days: exactly at the limit, no flag',
    ruleId: STRATEGY,
    trigger: strategy('4 February 2019'),
    answer: conference('25 February 2019'),
    expected: null,
  },
  {
    name: '15 working days: the working day before the limit, no flag',
    ruleId: STRATEGY,
    trigger: strategy('4 February 2019'),
    answer: conference('22 February 2019'),
    expected: null,
  },
  {
    name: '15 working days: one day over the limit, certain',
    ruleId: STRATEGY,
    trigger: strategy('4 February 2019'),
    answer: conference('26 February 2019'),
    expected: { certainty: 'certain', elapsed: { min: 16, max: 16 } },
  },
  {
    // Monday 15 April to Thursday 9 May: 15 working days because Good Friday, Easter Monday
    // and 6 May are not working days; 18 if they were.
    name: '15 working days with three bank holidays inside: at the limit, no flag',
    ruleId: STRATEGY,
    trigger: strategy('15 April 2019'),
    answer: conference('9 May 2019'),
    expected: null,
  },
  {
    name: '15 working days with three bank holidays inside: one day over, certain',
    ruleId: STRATEGY,
    trigger: strategy('15 April 2019'),
    answer: conference('10 May 2019'),
    expected: { certainty: 'certain', elapsed: { min: 16, max: 16 } },
  },
  {
    // Thursday 18 April to Tuesday 23 April: Good Friday and Easter Monday inside.
    name: '1 working day with two bank holidays inside: at the limit, no flag',
    ruleId: DECISION,
    trigger: referral('18 April 2019'),
    answer: strategy('23 April 2019'),
    expected: null,
  },
  {
    // Friday 22 February to Monday 25 February: the weekend is not counted.
    name: '1 working day with a weekend inside: at the limit, no flag',
    ruleId: DECISION,
    trigger: referral('22 February 2019'),
    answer: strategy('25 February 2019'),
    expected: null,
  },
  {
    name: '1 working day with a weekend inside: one day over, certain',
    ruleId: DECISION,
    trigger: referral('22 February 2019'),
    answer: strategy('26 February 2019'),
    expected: { certainty: 'certain', elapsed: { min: 2, max: 2 } },
  },
  {
    // Early March is 1–10 March (10 March a Sunday): shortest from the 10th to Monday 11th,
    // 1 working day, the limit; longest from the 1st, 6.
    name: "'early March' to the next Monday: shortest interval equals the limit, possible",
    ruleId: DECISION,
    trigger: referral('early March 2019'),
    answer: strategy('11 March 2019'),
    expected: { certainty: 'possible', elapsed: { min: 1, max: 6 } },
  },
  {
    // February is 1–28 February (the 28th a Thursday): shortest to Friday 1 March is 1
    // working day, longest 20.
    name: 'a month-only date to the next day: shortest interval equals the limit, possible',
    ruleId: DECISION,
    trigger: referral('February 2019'),
    answer: strategy('1 March 2019'),
    expected: { certainty: 'possible', elapsed: { min: 1, max: 20 } },
  },
  {
    name: "'early March' to the Tuesday after: shortest interval over the limit, certain",
    ruleId: DECISION,
    trigger: referral('early March 2019'),
    answer: strategy('12 March 2019'),
    expected: { certainty: 'certain', elapsed: { min: 2, max: 7 } },
  },
];
