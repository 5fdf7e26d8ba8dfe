import { describe, expect, it } from 'vitest';
import {
  type CellProfile,
  profileCells,
  profileColumns,
  SAMPLE_CELLS,
} from '../../server/ingest/columns/cell-profile';

// What one cell of an agency export is read as, found by mutation testing (docs/testing.md):
// each cell alone, then columns of them. Cells are invented in the style of the systems.

type Count = Exclude<
  keyof CellProfile,
  'sampled' | 'rows' | 'example' | 'distinct' | 'meanWords' | 'meanLength'
>;

function readAs(cell: string): Count[] {
  const p = profileCells([cell]);
  return (Object.keys(p) as (keyof CellProfile)[]).filter(
    (k): k is Count =>
      !['sampled', 'rows', 'example', 'distinct', 'meanWords', 'meanLength'].includes(k) &&
      p[k] === 1,
  );
}

describe('a cell is read as', () => {
  it.each<[string, Count[]]>([
    // Dates, and numbers that are dates only as a year or an Excel serial of 1950–2100.
    ['22/05/2016', ['dates', 'dateLike']],
    ['22/05/2016 14:30', ['dates', 'dateLike', 'dateTimes']],
    ['45000', ['dates', 'numberDates', 'dateLike']],
    ['45000.25', ['dates', 'numberDates', 'dateLike', 'dateTimes']],
    ['18264', ['dates', 'numberDates', 'dateLike']],
    ['18263', ['ids']],
    ['73050', ['dates', 'numberDates', 'dateLike']],
    ['73051', ['ids']],
    ['2016', ['dates', 'numberDates', 'dateLike', 'digitTimes']],
    ['1800', ['dates', 'numberDates', 'dateLike', 'digitTimes']],
    ['1799', ['ids']],
    ['2199', ['dates', 'numberDates', 'dateLike']],
    ['123456', ['ids']],
    ['12345', ['ids']],
    ['2016.5', ['ids']],
    // Failures only a date can have.
    ['31/02/2019', ['dateLike', 'ids']],
    ['12/31/2018', ['dateLike', 'ids']],
    ['five months later', ['dateLike']],
    // Times: with a mark, or three or four digits (a time only under a time header).
    ['1430', ['digitTimes', 'ids']],
    ['0915', ['digitTimes', 'ids']],
    ['2200', ['digitTimes', 'ids']],
    ['14:30', ['times', 'ids']],
    ['10.00', ['times', 'ids']],
    ['2pm', ['times', 'ids']],
    ['9am', ['times', 'ids']],
    ['2.30 p.m.', ['times']],
    ['2.30 a.m', ['times']],
    ['1430hrs', ['times', 'ids']],
    ['1430hr', ['times', 'ids']],
    ['1430h', ['times', 'ids']],
    ['1030 hrs', ['times']],
    ['noon', ['times']],
    ['14 30', []],
    // Yes/no: tick marks and "unknown" are answers, but only Y/N/yes/no/true/false are plain.
    ['Y', ['yesNo', 'plainYesNo']],
    ['yes', ['yesNo', 'plainYesNo']],
    ['true', ['yesNo', 'plainYesNo']],
    ['x', ['yesNo']],
    ['Unknown', ['yesNo']],
    ['No answer', ['yesNo', 'vocabulary']],
    ['Yes - seen alone', ['yesNo']],
    ['Yes - seen with mum.', ['yesNo']], // 20 characters, the longest answer read
    ['Yes seen alone with mum', []],
    ['1', ['ids']],
    ['0', ['ids']],
    // A number is a count or a measure, not an answer, though it starts like one ("1.5" hours).
    ['1.5', ['ids']],
    ['0.75', ['ids']],
    // An answer may carry a number after it.
    ['Yes x2', ['yesNo']],
    // Record ids.
    ['AB/19/0123', ['ids']],
    ['INC-2019-0456', ['ids']],
    // People: relations, at least half of those listed.
    ['Mum', ['people']],
    ['.', []],
    ['Mother, father', ['people']],
    ['Sibling', ['people']],
    ['Grandparent', ['people']],
    ['Stepfather', ['people']],
    ['Stepmother', ['people']],
    ['Step-mother', ['people']],
    ['Parent', ['people']],
    ['Twin', ['people']],
    ['Adult 1', ['people']],
    ['Mother, Sam Hollis', ['people']],
    ['Maternal grandmother Jane', ['people']],
    ['Mother, Sam Hollis, Priya Nair', []],
    // Words counted across any run of spaces, as fixed-width exports pad them.
    ['Mother  Sam  Hollis', ['people', 'names']],
    ['Mother and her new partner from Leeds', []],
    ['Kai Smith(child)', ['people', 'names']],
    // Roles: a role word or a staff code, in a few words.
    ['Social worker', ['roles']],
    ['SW', ['roles']],
    ['HV', ['roles']],
    ['MW', ['roles']],
    ['PA', ['roles']],
    ['HO', ['roles']],
    ['PO', ['roles']],
    ['SN', ['roles']],
    ['SW2 Jones', ['roles']],
    ['HV3 Smith', ['roles']],
    ['MW1 Patel', ['roles']],
    ['PA4 Lee', ['roles']],
    ['PO2 Khan', ['roles']],
    ['SN5 Ray', ['roles']],
    // A staff code: two to four letters and digits, alone; counted apart too, since a grade or a
    // school year has the same shape. A role's own letters (SW2, PO2 above) are a role.
    ['TM12', ['ids', 'roles', 'staffCodes']],
    ['TM 12', ['roles', 'staffCodes']],
    ['TM123456', ['ids']],
    ['ABCDE1', ['ids']],
    ['Allocated to the social worker', ['roles', 'vocabulary']],
    ['Allocated to the new social worker', ['vocabulary']],
    // Teams and services.
    ['Service', ['teams']],
    ['A & E', ['teams', 'vocabulary']],
    ['A&E', ['teams', 'vocabulary']],
    ['Referred on to the local early help hub', ['teams', 'vocabulary']],
    ['Referred on to the local early help hub today', []],
    // Names as systems print them.
    ['Leanne BRIGGS', ['names']],
    ['Mr J Smith', ['names']],
    ['Mr. J Smith', ['names']],
    ['Mrs A B Smith', ['names']],
    // A title and three words: without the title read, four words are not a name.
    ['Mr A B Smith', ['names']],
    ['Dr Jane A Doe', ['roles', 'names']],
    ['DR J A DOE', ['roles', 'names']],
    ['Mr Sam A Hollis Jones', []],
    ['MR A B SMITH', ['names']],
    ['Ms Jane A Doe', ['names']],
    ['MS JANE A DOE', ['names']],
    ['Miss J A Doe', ['names']],
    ['MISS J A DOE', ['names']],
    ['Mx Sam A Doe', ['names']],
    ['MX SAM A DOE', ['names']],
    ['Prof Jane A Doe', ['names']],
    ['PROF J A DOE', ['names']],
    ['Mrs  A B Smith', ['names']], // two spaces after the title, as fixed-width exports pad
    ['Sam Hollis  Jones', ['names']],
    ['MRS A B SMITH', ['names']],
    ['Dr. Hannah J Okoye', ['roles', 'names']],
    ['Sam J Hollis', ['names']],
    ['Sam Hollis (SW)', ['roles', 'names']],
    ['Sam Hollis visited', ['vocabulary']],
    ['Visit with Sam Hollis', ['vocabulary']],
    ['Sam Hollis Jones Smith', []],
    // Demographics, and what the event vocabulary knows.
    ['Female 34', ['demographics']],
    ['Male, 7 months', ['demographics']],
    ['Male aged 7', ['demographics']],
    ['F aged  16', ['demographics']],
    // Each unit, singular or plural.
    ['Male 1 yr', ['demographics']],
    ['Male 2 yrs', ['demographics']],
    ['Female 1 year', ['demographics']],
    ['Boy 1 month', ['demographics']],
    ['Girl 1 week', ['demographics']],
    ['F 3 wk', ['demographics']],
    ['F 3 wks', ['demographics']],
    ['Female 34 years old', []],
    // A courtesy title alone, in any case, with or without its full stop; not a name with one.
    ['Mrs', ['titles']],
    ['MR', ['titles']],
    ['Dr.', ['roles', 'titles']],
    ['Revd', ['titles']],
    ['Mrs Pryce', ['names']],
    ['Mister', []],
    // A mark of a time that is no time.
    ['Ward 3.2', ['teams']],
    ['Home visit', ['vocabulary']],
  ])('%s', (cell, expected) => {
    expect(readAs(cell)).toEqual(expected);
  });
});

describe('a column of cells', () => {
  it('counts each repeated cell once per row', () => {
    const cells = [
      ...Array<string>(3).fill('Home visit'),
      ...Array<string>(2).fill('Mrs A B Smith'),
      ...Array<string>(4).fill('Female 34'),
      ...Array<string>(2).fill('Mum'),
      ...Array<string>(3).fill('SW'),
      ...Array<string>(2).fill('Duty team'),
      ...Array<string>(2).fill('45000'),
      ...Array<string>(2).fill('22/05/2016 14:30'),
      ...Array<string>(2).fill('31/02/2019'),
      ...Array<string>(3).fill('1430'),
      ...Array<string>(2).fill('2pm'),
      ...Array<string>(3).fill('Yes'),
    ];
    const p = profileCells(cells);
    expect(p).toMatchObject({
      sampled: 30,
      vocabulary: 3,
      names: 2,
      demographics: 4,
      people: 2,
      roles: 3,
      teams: 2,
      dates: 4,
      numberDates: 2,
      dateTimes: 2,
      dateLike: 6,
      digitTimes: 3,
      times: 2,
      yesNo: 3,
      plainYesNo: 3,
      distinct: 12,
    });
  });

  it("takes a count of three rows (1, 2, 3) as the rows' places, not record ids", () => {
    expect(profileCells(['1', '2', '3']).ids).toBe(0);
    expect(profileCells(['1', '2', '4']).ids).toBe(3);
  });

  it('takes a column of decimal numbers (hours, scores) as neither dates nor answers', () => {
    // "3.5" alone is a day and month with no year to the date reader: a failure only a date
    // has. A column of them is measures.
    const p = profileCells(['3.5', '1.5', '2.25']);
    expect(p).toMatchObject({ dates: 0, dateLike: 0, yesNo: 0 });
  });

  it('takes words the date reader does not know as nothing date-like', () => {
    expect(profileCells(['Home visit', 'Strategy meeting', 'Letter']).dateLike).toBe(0);
  });

  it('averages words and length over every row', () => {
    const p = profileCells(['Home  visit', 'Home  visit', 'Phone call to mum', 'Letter']);
    expect(p.meanWords).toBe((2 + 2 + 4 + 1) / 4);
    expect(p.meanLength).toBe((11 + 11 + 17 + 6) / 4);
  });

  it('reads cells of 120 characters for codes, teams and names, and longer ones only as text', () => {
    const team =
      'Safeguarding team of the Northamptonshire-and-Milton-Keynes-Integrated-Care-Board-Partnership';
    const at120 = `${team}-${'x'.repeat(120 - team.length - 1)}`;
    expect(at120).toHaveLength(120);
    expect(profileCells([at120]).teams).toBe(1);
    expect(profileCells([`${at120}x`]).teams).toBe(0);
  });

  it('reads a list of people only up to 80 characters', () => {
    const at80 = `Mother, father, grandmother, grandfather, aunt, uncle, cousin, baby, ${'twin'.padEnd(11, 's')}`;
    expect(at80).toHaveLength(80);
    expect(profileCells([at80]).people).toBe(1);
    expect(profileCells([`${at80}s`]).people).toBe(0);
  });

  it('quotes its first cell, cut short and on one line, as the example', () => {
    expect(profileCells(['Home visit', 'Letter']).example).toBe('Home visit');
    expect(
      profileCells(['Visited the flat,\n  mother and baby present, baby settled']).example,
    ).toBe('Visited the flat, mother and baby prese…');
    expect(profileCells([]).example).toBe('');
    const forty = 'Called the school to check attendance ok';
    expect(forty).toHaveLength(40);
    expect(profileCells([forty]).example).toBe(forty);
  });
});

describe('profileColumns', () => {
  const rows = (n: number, cells: (i: number) => string[]) =>
    Array.from({ length: n }, (_, i) => ({ row: i + 2, cells: cells(i) }));

  it(`samples at most ${SAMPLE_CELLS} non-empty cells of each column`, () => {
    const records = rows(250, (i) => [`${(i % 28) + 1}/02/2023`, i % 2 ? '' : 'Home visit']);
    const [dates, types] = profileColumns(2, records);
    expect(dates!.sampled).toBe(SAMPLE_CELLS);
    expect(types!.sampled).toBe(125);
  });

  it('leaves out the cells a short row does not have, and blank ones', () => {
    const records = rows(4, (i) => (i < 2 ? ['01/02/2023', 'Home visit'] : ['02/02/2023', '  ']));
    records.push({ row: 6, cells: ['03/02/2023'] });
    const [dates, types] = profileColumns(2, records);
    expect(dates!.sampled).toBe(5);
    expect(types).toMatchObject({ sampled: 2, vocabulary: 2, example: 'Home visit' });
    expect(
      profileColumns(
        1,
        rows(3, () => ['']),
      )[0],
    ).toMatchObject({ sampled: 0, example: '' });
  });
});
