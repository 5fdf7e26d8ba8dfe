import { describe, expect, it } from 'vitest';
import { profileCells } from '../../server/ingest/columns/cell-profile';
import {
  cellSignals,
  isPlain,
  kindOf,
  longestText,
  pct,
  wordsPerCell,
} from '../../server/ingest/columns/cell-signals';
import { readHeader } from '../../server/ingest/columns/header-words';

// What a column's cells say about the field it holds, found by mutation testing
// (docs/testing.md): realistic agency cells under real headers. Cells are invented in the style
// of the systems.

const times = (cells: string[], n: number) =>
  Array.from({ length: n }, (_, i) => cells[i % cells.length]!);
const NOTES = [
  'Visited the flat, mother and baby present, baby settled in the moses basket, no concerns seen.',
  'Called the school to check attendance this half term; two unexplained absences noted.',
  'Joint visit with the family support worker; father absent, agreed to meet next week.',
];
const DATES = ['03/02/2023', '04/02/2023', '07/02/2023', '09/02/2023', '12/02/2023'];

/** The signals of a column of `cells` under `header`. */
function signals(header: string, cells: string[], isLongest = false) {
  const p = profileCells(cells);
  return cellSignals(readHeader(header), p, kindOf(p), isLongest);
}

describe('kindOf: what most of a column is', () => {
  it.each<[string, string[], string]>([
    ['nothing', [], 'empty'],
    ['4 dates of 5', [...DATES.slice(0, 4), 'Home visit'], 'date'],
    ['3 dates of 5', [...DATES.slice(0, 3), 'Home visit', 'Letter'], 'text'],
    ['4 times of 5', ['14:30', '09:15', '2pm', 'noon', 'Home visit'], 'time'],
    ['9 Y/N of 10', [...times(['Y', 'N'], 9), 'Home visit'], 'yesno'],
    ['8 Y/N of 10', [...times(['Y', 'N'], 8), 'Home visit', 'Letter'], 'text'],
    ['4 codes of 5', ['AB/19/0123', 'AB/19/0124', 'INC-2019-0456', 'MOS-1', 'Home visit'], 'id'],
    ['3 codes of 5', ['AB/19/0123', 'AB/19/0124', 'MOS-1', 'Home visit', 'Letter'], 'text'],
  ])('%s', (_, cells, kind) => {
    expect(kindOf(profileCells(cells))).toBe(kind);
  });
});

describe('isPlain: cells that say what the column is against its header', () => {
  const plain = (cells: string[]) => {
    const p = profileCells(cells);
    return isPlain(kindOf(p), p);
  };
  it('three or more plain answers, 90% of them', () => {
    expect(plain(['Y', 'N', 'Y'])).toBe(true);
    expect(plain(['Y', 'N'])).toBe(false);
    expect(plain([...times(['Yes', 'No'], 9), 'x'])).toBe(true);
    expect(plain([...times(['Yes', 'No'], 8), 'x', 'x'])).toBe(false);
    expect(plain(['x', 'x', 'x', 'x'])).toBe(false);
  });
  it('written dates, 80% of them, but not serials, and not text', () => {
    expect(plain(DATES)).toBe(true);
    expect(plain([...DATES.slice(0, 4), '45000'])).toBe(true);
    expect(plain([...DATES.slice(0, 3), '45000', '45001'])).toBe(false);
    expect(plain(['45000', '45001', '45002'])).toBe(false);
    expect(plain([...times(DATES, 4), 'five months later'])).toBe(true);
    expect(plain(['Home visit', 'Letter', 'Phone call'])).toBe(false);
  });
});

describe('wording', () => {
  it('says words a cell and percentages', () => {
    expect(wordsPerCell(1)).toBe('1 word a cell on average');
    expect(wordsPerCell(0.6)).toBe('1 word a cell on average');
    expect(wordsPerCell(24.4)).toBe('24 words a cell on average');
    expect(wordsPerCell(0)).toBe('0 words a cell on average');
    expect(pct(1, 3)).toBe('33%');
    expect(pct(0, 0)).toBe('0%');
  });
});

describe('cellSignals', () => {
  it('says nothing of an empty column', () => {
    expect(cellSignals(readHeader('Date'), profileCells([]), 'empty', false)).toEqual({});
  });

  it('dates: the share of dates, with times when half carry one, none under a date of birth', () => {
    const s = signals('Date', [...DATES.slice(0, 3), '22/05/2016 14:30', 'Letter']);
    expect(s.date).toEqual({ value: 0.8, why: '80% of cells are dates' });
    expect(s.endDate).toEqual(s.date);
    const withTimes = signals('Date', [
      '22/05/2016 14:30',
      '23/05/2016 09:00',
      ...DATES.slice(0, 2),
    ]);
    expect(withTimes.date!.why).toBe('100% of cells are dates, with times');
    expect(signals('Notes', ['Home visit']).date).toEqual({
      value: 0,
      why: '0% of cells are dates',
    });
    expect(signals('Date of birth', DATES).date).toEqual({
      value: 0,
      why: 'header word “birth”: not the date an event happened',
    });
  });

  it('times: marked times always, four digits only under a time header, none under a duration', () => {
    const cells = ['1430', '0915', '14:30', '1100'];
    expect(signals('Time', cells).time).toEqual({ value: 1, why: '100% of cells are times' });
    expect(signals('Time', cells).endTime).toEqual(signals('Time', cells).time);
    expect(signals('Column 3', cells).time).toEqual({ value: 0.25, why: '25% of cells are times' });
    expect(signals('Duration', cells).time!.value).toBe(0);
  });

  it('yes/no: the share of answers, for seen and seen alone', () => {
    const s = signals('Column 3', ['Y', 'N', 'x', 'Home visit']);
    expect(s.childSeen).toEqual({ value: 0.75, why: '75% of cells are yes/no' });
    expect(s.seenAlone).toEqual(s.childSeen);
  });

  it('free text: the longest is the description, a repeated one counts half', () => {
    const notes = times(NOTES, 3).map((n, i) => `${n} (${i})`);
    expect(signals('Column 3', notes, true).description).toEqual({
      value: 1,
      why: `the longest free text (${wordsPerCell(profileCells(notes).meanWords)})`,
    });
    expect(signals('Column 3', notes, false).description!.value).toBeCloseTo(0.6);
    expect(signals('Column 3', notes).description!.why).toMatch(/^free text \(\d+ words/);
    // Four words a cell: half as textual as eight.
    const short = [
      'Mother not at home',
      'Letter sent to GP',
      'Call from the school',
      'No reply at door',
    ];
    expect(signals('Column 3', short, true).description!.value).toBe(0.5);
    expect(signals('Column 3', short).outcome).toEqual({
      value: 0.5,
      why: 'free text (4 words a cell on average)',
    });
    expect(signals('Column 3', short).analysis).toEqual(signals('Column 3', short).outcome);
    // The same two notes on five rows: a template, half as likely the description.
    expect(signals('Column 3', times(NOTES.slice(0, 2), 5), true).description!.value).toBe(0.5);
    // Four rows are too few to call repeated; six of which half differ are not repeated.
    expect(signals('Column 3', times(NOTES.slice(0, 1), 4), true).description!.value).toBe(1);
    expect(signals('Column 3', times(NOTES, 6), true).description!.value).toBe(1);
    // Codes are not text.
    expect(signals('Column 3', ['AB/19/0123', 'AB/19/0124']).outcome!.value).toBe(0);
  });

  it('type: short known events, or short values repeated', () => {
    const known = times(['Home visit', 'Phone call', 'Letter', 'Office visit'], 10);
    expect(signals('Column 3', known).type).toEqual({
      value: 1,
      why: '100% of cells are known event types, e.g. “Home visit”',
    });
    const ratings = times(['Amber', 'Green', 'Red'], 10);
    expect(signals('Column 3', ratings).type).toEqual({
      value: 0.8,
      why: 'short and repeated: 3 different values in 10 cells, e.g. “Amber”',
    });
    expect(signals('Grade', ratings).type!.value).toBe(0);
    // Eight different of ten: a little repetition.
    const most = [
      'Amber',
      'Green',
      'Red',
      'Blue',
      'Grey',
      'Pink',
      'Teal',
      'Gold',
      'Amber',
      'Green',
    ];
    expect(signals('Column 3', most).type!.value).toBeCloseTo(0.8 * 0.4);
    // One value on every row says nothing; on fewer than five rows it may.
    expect(signals('Column 3', times(['Amber'], 5)).type!.value).toBe(0);
    expect(signals('Column 3', times(['Amber'], 3)).type).toEqual({
      value: 0.8 * (3 / 5),
      why: 'short and repeated: 1 different value in 3 cells, e.g. “Amber”',
    });
    expect(signals('Column 3', ['Amber', 'Amber']).type!.value).toBeCloseTo(0.8 * (2 / 5));
    expect(signals('Column 3', times(['Amber', 'Green'], 10)).type!.value).toBe(0.8);
  });

  it('type: not Y/N, not long text, not people, teams or demographics', () => {
    expect(signals('Column 3', times(['Y', 'N'], 10)).type!.value).toBe(0);
    const six = times(['Amber rating given by the panel', 'Green rating given by the chair'], 10);
    expect(signals('Column 3', six).type!.value).toBe(0.8);
    const seven = times(
      ['Amber rating given by the whole panel', 'Green rating given by the new chair'],
      10,
    );
    expect(signals('Column 3', seven).type!.value).toBe(0);
    const teams = times(['Duty team', 'Amber', 'Duty team', 'Green'], 10);
    expect(signals('Column 3', teams).type!.value).toBeCloseTo(0.8 * 0.4);
    const fewTeams = times(['Duty team', 'Amber', 'Green', 'Red', 'Blue'], 10);
    expect(signals('Column 3', fewTeams).type!.value).toBe(0.8);
    const demographic = times(['Female 34', 'Amber', 'Male 7', 'Green'], 10);
    expect(signals('Column 3', demographic).type!.value).toBe(0);
    const fewDemographic = times(['Female 34', 'Amber', 'Green', 'Red', 'Blue'], 10);
    expect(signals('Column 3', fewDemographic).type!.value).toBe(0.8);
  });

  it('source reference: distinct codes, fewer on a small sample, none under NHS number', () => {
    const codes = ['AB/19/0123', 'AB/19/0124'];
    expect(signals('Column 3', codes).sourceRef).toEqual({
      value: 2 / 5,
      why: '100% of cells are codes, e.g. “AB/19/0123”',
    });
    expect(signals('NHS Number', codes).sourceRef!.value).toBe(0);
  });

  it('subjects: people listed, or names under a header naming someone, not a titled professional', () => {
    const relations = ['Mother, father', 'Mum', 'Home visit', 'Letter', 'Phone call'];
    expect(signals('Column 3', relations).subjects).toEqual({
      value: 0.4,
      why: '40% of cells list people, e.g. “Mother, father”',
    });
    const names = ['Leanne BRIGGS', 'Sam Hollis', 'Dr H Okoye', 'Mum'];
    expect(signals('Patient', names).subjects).toEqual({
      value: 0.5 * (4 / 5),
      why: '75% of cells name a person, e.g. “Leanne BRIGGS”',
    });
    expect(signals('Column 3', names).subjects).toEqual({
      value: 0.25 * (4 / 5),
      why: '25% of cells list people, e.g. “Leanne BRIGGS”',
    });
    expect(signals('Patient', ['Dr H Okoye', 'Dr A Patel']).subjects!.value).toBe(0);
  });

  it('practitioner and team: roles and teams, not a grade, not another agency', () => {
    const staff = ['SW2 Jones', 'HV3 Smith', 'Duty team', 'Early help hub'];
    expect(signals('Column 3', staff).practitioner).toEqual({
      value: 0.5 * (4 / 5),
      why: '50% of cells name a role, e.g. “SW2 Jones”',
    });
    expect(signals('Column 3', staff).team).toEqual({
      value: 0.5 * (4 / 5),
      why: '50% of cells name a team or service, e.g. “SW2 Jones”',
    });
    expect(signals('Grade', staff).practitioner!.value).toBe(0);
    expect(signals('Grade', staff).team!.value).toBe(0);
    expect(signals('Referrer Agency', staff).team!.value).toBe(0);
    expect(signals('Referrer Agency', staff).practitioner!.value).toBeCloseTo(0.4);
  });
});

describe('longestText: the description among free-text columns', () => {
  const column = (header: string, cells: string[]) => {
    const p = profileCells(cells);
    return { reading: readHeader(header), p, kind: kindOf(p) };
  };
  const longest = (...cols: ReturnType<typeof column>[]) =>
    longestText(
      cols.map((c) => c.reading),
      cols.map((c) => c.p),
      cols.map((c) => c.kind),
    );
  // Built inside each test, not while the file is collected: a profile reads cells through the
  // type matcher, and a matcher run outside any test makes its mutants "static" (run against
  // every test, with a fresh environment each), which made type-matcher's run hours long.
  const long = () => column('Column 3', NOTES);
  const longer = () =>
    column(
      'Column 4',
      NOTES.map((n) => `${n} Plan agreed with the family.`),
    );
  const three = () => column('Column 5', ['Mother not home', 'Letter to GP', 'No reply given']);
  const two = () => column('Column 6', ['Mother away', 'Letter sent', 'No reply']);

  it('is the column of longest text, the first of equals', () => {
    expect(longest(long(), longer())).toBe(1);
    expect(longest(longer(), long())).toBe(0);
    expect(longest(long(), column('Column 4', NOTES))).toBe(0);
    expect(longest(two(), long())).toBe(1);
    expect(longest(three(), long(), two())).toBe(1);
  });

  it('needs three words a cell, and free text', () => {
    expect(longest(three())).toBe(0);
    expect(longest(two())).toBe(-1);
    expect(longest(column('Date', DATES))).toBe(-1);
    expect(longest()).toBe(-1);
  });

  it('leaves out a column whose header names another field, not one named the description', () => {
    expect(longest(column('Outcome', NOTES), long())).toBe(1);
    expect(longest(column('Notes', NOTES), long())).toBe(0);
    const at = (score: number) => ({
      ...long(),
      reading: {
        ...long().reading,
        fields: { outcome: { ...readHeader('Outcome').fields.outcome!, score } },
      },
    });
    expect(longest(at(0.7), column('Column 4', NOTES.slice(1)))).toBe(1);
    expect(longest(at(0.69), column('Column 4', NOTES.slice(1)))).toBe(0);
  });
});
