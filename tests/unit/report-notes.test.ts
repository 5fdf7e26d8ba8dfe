import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/ingest/csv';
import { leaveOutNotes } from '../../server/ingest/report-notes';

// What report tools print around a table is left out; an agency's event never is, however
// little of it is filled in. Rows are invented in the style of report exports.

const EVENT = ['12/03/2021', 'Police', 'Domestic incident attended.'];

/** The rows left after the notes are taken out, by their first cell, and the warning codes. */
function read(...rows: string[][]) {
  const all = [EVENT, ...rows].map((cells, i) => ({ row: i + 2, cells }));
  const warnings = leaveOutNotes(all, 3);
  return { kept: all.map((r) => r.cells[0]), codes: warnings.map((w) => w.code) };
}

describe('notes under the table', () => {
  it.each([
    ['Total records: 12'],
    ['TOTAL'],
    ['Record count: 3'],
    ['Number of records 3'],
    ['End of report'],
    ['*** END ***'],
    ['Report run 07/12/2026 14:02 by jsmith'],
    ['Printed on 07/12/2026'],
    ['Page 1 of 3'],
    ['Source: Niche RMS'],
    ['OFFICIAL-SENSITIVE'],
    ['NOT PROTECTIVELY MARKED'],
  ])('"%s" is a note, left out with a warning', (note) => {
    expect(read([note, '', ''])).toEqual({ kept: ['12/03/2021'], codes: ['table.footer'] });
  });

  it('a totals row: "Total" and numbers only', () => {
    expect(read(['Total', '', '6']).kept).toEqual(['12/03/2021']);
    expect(read(['Total:', '3', '1,204']).kept).toEqual(['12/03/2021']);
  });

  it.each([
    [['2016/17', '', '']],
    [['[REDACTED]', '[REDACTED]', '[REDACTED]']],
    [['Not known', '', '']],
    [['Total loss of contact', '20180614', '2']],
    [['Restricted access: see police file', 'Police', 'Not disclosed']],
    [['', '', 'Case closed.']],
    [['14/03/2021', '', '']],
  ])('a last event with little in it is kept, its problems reported later: %j', (row) => {
    expect(read(row)).toEqual({ kept: ['12/03/2021', row[0]], codes: [] });
  });

  it('only notes at the end: an event after a note keeps the note as a row', () => {
    expect(read(['End of report', '', ''], ['13/03/2021', 'Police', 'Visit.']).codes).toEqual([]);
  });

  it('a date forced as text for Excel is read as the date before notes are looked for', () => {
    const table = parseCsv('Date,Source,Details\n12/03/2021,Police,Visit\n="14/03/2021",,\n');
    expect(table.records.map((r) => r.cells[0])).toEqual(['12/03/2021', '14/03/2021']);
    expect(table.warnings).toBeUndefined();
  });
});

describe('a template’s guidance row under the header', () => {
  const guidance = (...first: string[][]) => {
    const rows = [...first, EVENT].map((cells, i) => ({ row: i + 2, cells }));
    return { codes: leaveOutNotes(rows, 3).map((w) => w.code), left: rows.length };
  };

  it('names a date’s form, or is all in brackets', () => {
    expect(guidance(['(dd/mm/yyyy)', '(agency)', '(facts only)']).codes).toEqual([
      'table.guidance',
    ]);
    expect(guidance(['DD.MM.YY', 'Choose from the list', 'What happened']).codes).toEqual([
      'table.guidance',
    ]);
    expect(guidance(['(date)', '(agency)', '(what happened)']).codes).toEqual(['table.guidance']);
  });

  it('a real first event is kept: bracketed with a date, or with initials like "D.M."', () => {
    expect(guidance(['[12/03/2021]', '[Police]', '[Information withheld s.31]'])).toEqual({
      codes: [],
      left: 2,
    });
    expect(guidance(['Unknown', 'Health', 'Seen by D.M. at home'])).toEqual({
      codes: [],
      left: 2,
    });
  });
});

describe('the header row of a CSV file', () => {
  it('a header with one blank cell stays the header, though the first event names every column', () => {
    const table = parseCsv(
      'Date,Agency,,Details\n12 Mar 2021,Police,PC Hale,Domestic incident\n13 Mar 2021,Police,PC Hale,Visit\n',
    );
    expect(table.headerRow).toBeUndefined();
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
  });

  it('Excel’s "sep=;" hint line gives the delimiter and is no title', () => {
    const table = parseCsv('sep=;\nDate;Type;Notes\n12/06/2018;Home visit;Seen, with mother.\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Date', 'Type', 'Notes']);
    expect(table.records[0]?.cells).toEqual(['12/06/2018', 'Home visit', 'Seen, with mother.']);
    expect(table.warnings).toBeUndefined();
  });
});
