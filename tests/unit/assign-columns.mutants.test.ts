import { describe, expect, it } from 'vitest';
import {
  assignColumns,
  confidenceOf,
  unusedReasons,
  whyNotDate,
  whyNotDescription,
} from '../../server/ingest/columns/assign-columns';
import { profileCells } from '../../server/ingest/columns/cell-profile';
import { kindOf } from '../../server/ingest/columns/cell-signals';
import {
  type ColumnEvidence,
  type FieldScore,
  scoreColumns,
} from '../../server/ingest/columns/column-scores';
import type { DateOrder } from '../../server/ingest/columns/date-order';
import { readHeader } from '../../server/ingest/columns/header-words';
import type { CanonicalField } from '../../server/contract/fields';

// Which column feeds which field, and what the report says about the others, edge by edge,
// found by mutation testing (docs/testing.md). Most columns here carry scores written by hand,
// so each test states exactly the evidence the chooser sees.

const N = 10;
const rows = (cell: (i: number) => string) => Array.from({ length: N }, (_, i) => cell(i));
const dates = rows((i) => `${String(3 + i).padStart(2, '0')}/02/2023`);
const text = rows(
  (i) => `Visited the family at home, mother and baby well, visit ${i} of the plan.`,
);
const codes = rows((i) => `AB-${100 + i}`);
const yesNo = rows((i) => (i % 2 ? 'Y' : 'N'));
const times = rows((i) => `${String(8 + i).padStart(2, '0')}:15`);

type Score = [field: CanonicalField, score: number, headerScore?: number, reasons?: string[]];
function column(index: number, header: string, cells: string[], scores: Score[]): ColumnEvidence {
  const profile = profileCells(cells);
  return {
    index,
    header,
    reading: readHeader(header),
    profile,
    kind: kindOf(profile),
    scores: scores.map(([field, score, headerScore = 0, reasons = []]): FieldScore => ({
      field,
      score,
      headerScore,
      reasons,
    })),
  };
}
const none = new Map<number, CanonicalField>();
const noneDecided = new Set<CanonicalField>();
function assign(
  evidence: ColumnEvidence[],
  order?: (a: number, b: number) => DateOrder,
  taken: ReadonlyMap<number, CanonicalField> = none,
  decided: ReadonlySet<CanonicalField> = noneDecided,
) {
  const { chosen, warnings } = assignColumns(evidence, taken, decided, order);
  const headerOf = (i: number) => evidence.find((e) => e.index === i)!.header;
  const fields = new Map([...chosen].map(([i, s]) => [s.field, headerOf(i)]));
  return { fields, warnings };
}

describe('confidenceOf', () => {
  it('is high from 0.8, medium from 0.65, low below', () => {
    expect(confidenceOf(0.8)).toBe('high');
    expect(confidenceOf(0.79)).toBe('medium');
    expect(confidenceOf(0.65)).toBe('medium');
    expect(confidenceOf(0.64)).toBe('low');
    expect(confidenceOf(0)).toBe('low');
  });
});

describe('assignColumns: the date', () => {
  it('reads a column at exactly the accept score as the date', () => {
    const { fields } = assign([column(0, 'Visit Day', dates, [['date', 0.5, 0.5]])]);
    expect(fields.get('date')).toBe('Visit Day');
  });

  it('takes the best-scored date, and the earlier of two equal ones', () => {
    const { fields } = assign([
      column(0, 'Visit Day', dates, [['date', 0.6, 0.5]]),
      column(1, 'Date', dates, [['date', 0.99, 0.95]]),
      column(2, 'Date Two', dates, [['date', 0.6, 0.5]]),
    ]);
    expect(fields.get('date')).toBe('Date');
    // The earlier column, in whatever order the evidence comes.
    const tie = assign([
      column(2, 'Call Day', dates, [['date', 0.7, 0.5]]),
      column(1, 'Visit Day', dates, [['date', 0.7, 0.5]]),
      column(0, 'Seen Day', dates, [['date', 0.7, 0.5]]),
    ]);
    expect(tie.fields.get('date')).toBe('Seen Day');
  });

  it('lets an earlier named date (header 0.5 or more) take over, only when it is before', () => {
    const cols = () => [
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9]]),
      column(1, 'Decision Day', dates, [['date', 0.95, 0.5]]),
    ];
    const before = (a: number) => (a === 1 ? 'before' : 'after');
    expect(assign(cols(), before).fields.get('date')).toBe('Decision Day');
    const after = (a: number) => (a === 1 ? 'after' : 'before');
    expect(assign(cols(), after).fields.get('date')).toBe('Visit Date');
  });

  it('reads no date when the uploader decided there is none', () => {
    const { fields } = assign(
      [column(0, 'Visit Date', dates, [['date', 0.99, 0.9]])],
      undefined,
      none,
      new Set<CanonicalField>(['date']),
    );
    expect(fields.has('date')).toBe(false);
  });

  it('does not read a column the uploader mapped, nor one with a blank header', () => {
    const mapped = assign(
      [column(0, 'Visit Date', dates, [['date', 0.99, 0.9]])],
      undefined,
      new Map<number, CanonicalField>([[0, 'endDate']]),
      new Set<CanonicalField>(['endDate']),
    );
    expect(mapped.fields.size).toBe(0);
    const blank = assign([
      column(0, '  ', dates, [['date', 0.95]]),
      column(1, ' ', text, [['description', 0.9]]),
    ]);
    expect(blank.fields.size).toBe(0);
    expect(blank.warnings).toEqual([]);
  });
});

describe('assignColumns: other fields', () => {
  it('breaks a tie of scores by the stronger header, then the earlier column', () => {
    const byHeader = assign([
      column(0, 'Kind', codes, [['type', 0.7, 0.3]]),
      column(1, 'Sort', codes, [['type', 0.7, 0.6]]),
    ]);
    expect(byHeader.fields.get('type')).toBe('Sort');
    const byIndex = assign([
      column(2, 'Form', codes, [['type', 0.7, 0.3]]),
      column(1, 'Sort', codes, [['type', 0.7, 0.3]]),
      column(0, 'Kind', codes, [['type', 0.7, 0.3]]),
    ]);
    expect(byIndex.fields.get('type')).toBe('Kind');
  });
});

describe('assignColumns: a date column with one date on every row', () => {
  const same = (n: number) => Array.from({ length: n }, () => '11/03/2023');

  it('loses to a column whose dates vary, from three rows sampled', () => {
    const { fields, warnings } = assign([
      column(0, 'Visit Date', dates, [['date', 0.9, 0.9]]),
      column(1, 'Crime Date', same(3), [['date', 0.99, 0.9]]),
    ]);
    expect(fields.get('date')).toBe('Visit Date');
    expect(warnings[0]!.message).toContain(
      '"Crime Date" is kept with each event as written, because it holds the same date on every row',
    );
  });

  it('not from two rows: two equal dates may be chance, and the better score wins', () => {
    const { fields } = assign([
      column(0, 'Visit Date', dates, [['date', 0.9, 0.9]]),
      column(1, 'Crime Date', same(2), [['date', 0.99, 0.9]]),
    ]);
    expect(fields.get('date')).toBe('Crime Date');
  });

  it('says "they hold" for two such columns, and gives that reason only when all of them do', () => {
    const both = assign([
      column(0, 'Visit Date', dates, [['date', 0.9, 0.9]]),
      column(1, 'Crime Date', same(3), [['date', 0.99, 0.9]]),
      column(2, 'Referral Date', same(3), [['date', 0.95, 0.9]]),
    ]);
    expect(both.warnings[0]!.message).toContain(
      'are kept with each event as written, because they hold the same date on every row',
    );
    const one = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9, ['header word “date”']]]),
      column(1, 'Crime Date', same(3), [['date', 0.99, 0.9]]),
      column(2, 'Review Date', dates, [['date', 0.9, 0.9]]),
    ]);
    expect(one.fields.get('date')).toBe('Visit Date');
    expect(one.warnings[0]!.message).not.toContain('same date on every row');
    expect(one.warnings[0]!.message).toContain('because "Visit Date" fits better');
  });
});

describe('assignColumns: the two-date warnings', () => {
  it('names one typing stamp left as written: "it looks like", "is kept"', () => {
    const { fields, warnings } = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9]]),
      column(1, 'Entered Date', dates, [['date', 0.99, 0.9]]),
    ]);
    expect(fields.get('date')).toBe('Visit Date');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('mapping.two-date-columns');
    expect(warnings[0]!.message).toContain(
      '"Entered Date" is kept with each event as written, because it looks like the date the record was typed (header word “entered”)',
    );
  });

  it('names two typing stamps: "they look like", "are kept", names joined by commas', () => {
    const { warnings } = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9]]),
      column(1, 'Entered Date', dates, [['date', 0.99, 0.9]]),
      column(2, 'Updated Date', dates, [['date', 0.99, 0.9]]),
    ]);
    expect(warnings[0]!.message).toContain(
      '"Entered Date", "Updated Date" are kept with each event as written, because they look like the date the record was typed (header word “entered”)',
    );
  });

  it('says why the date fits better when the other is no typing stamp', () => {
    const { warnings } = assign([
      column(0, 'Visit Date', dates, [
        ['description', 0.3, 0, ['not this']],
        ['date', 0.99, 0.9, ['header word “date”', '100% of cells are dates']],
      ]),
      column(1, 'Review Date', dates, [['date', 0.9, 0.9]]),
    ]);
    expect(warnings[0]!.message).toContain(
      'because "Visit Date" fits better (header word “date”; 100% of cells are dates)',
    );
    // Mixed: one stamp and one not, the reasons are the date's.
    const mixed = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9, ['header word “date”']]]),
      column(1, 'Review Date', dates, [['date', 0.9, 0.9]]),
      column(2, 'Entered Date', dates, [['date', 0.9, 0.9]]),
    ]);
    expect(mixed.warnings[0]!.message).toContain('"Visit Date" fits better');
  });

  it('warns when the only date is a typing stamp', () => {
    const { fields, warnings } = assign([column(0, 'Entered Date', dates, [['date', 0.99, 0.9]])]);
    expect(fields.get('date')).toBe('Entered Date');
    expect(warnings).toEqual([
      {
        column: 'Entered Date',
        code: 'mapping.recorded-date-only',
        message:
          'The only column of dates, "Entered Date", may be when each record was typed rather than when the event happened (header word “entered”); it is used as the event\'s date. Check a few rows against the source.',
      },
    ]);
  });
});

describe('unusedReasons: why a column feeds no field', () => {
  const owners = new Map<CanonicalField, string>([['description', 'Notes']]);

  it('says a blank header is kept as written', () => {
    expect(unusedReasons(column(0, '  ', text, [['description', 0.9]]), owners)).toEqual([
      'the column has no header, so it is only kept as written',
    ]);
  });

  it('says a phone number is no field, and only for such a header', () => {
    expect(unusedReasons(column(0, 'Keyworker Extension', codes, []), owners)).toEqual([
      "header word “extension”: a contact detail or a person's number, which no field holds",
    ]);
    expect(unusedReasons(column(0, 'Visit Code', codes, []), owners)).toEqual([
      'neither its header nor its cells fit a field',
    ]);
  });

  it('says an empty column is empty, and nothing fits under 0.05', () => {
    expect(unusedReasons(column(0, 'Misc', [], []), owners)).toEqual(['every cell is empty']);
    expect(unusedReasons(column(0, 'Misc', codes, [['type', 0.049]]), owners)).toEqual([
      'neither its header nor its cells fit a field',
    ]);
    expect(unusedReasons(column(0, 'Misc', codes, [['type', 0.05]]), owners)).toEqual([
      'nearest field: event type, score 0.05 (weak evidence)',
      'below the 0.50 needed',
    ]);
  });

  it('names the column that took the field, from the accept score up', () => {
    const at = (score: number) =>
      unusedReasons(
        column(0, 'Summary', text, [
          ['description', score, 0.8, ['header word “summary”', 'free text']],
        ]),
        owners,
      );
    expect(at(0.5)).toEqual([
      'nearest field: description, score 0.50 (header word “summary”; free text)',
      'the description comes from "Notes"',
    ]);
    expect(at(0.49)).toEqual([
      'nearest field: description, score 0.49 (header word “summary”; free text)',
      'below the 0.50 needed',
    ]);
    expect(unusedReasons(column(0, 'Type', codes, [['type', 0.7]]), owners)[1]).toBe(
      'below the 0.50 needed',
    );
  });
});

describe('whyNotDate and whyNotDescription', () => {
  it('says why a column is not the date', () => {
    expect(whyNotDate(column(0, 'Notes', text, []), 'description')).toBe(
      '"Notes": read as the description',
    );
    expect(whyNotDate(column(0, 'When', [], []), undefined)).toBe('"When": empty');
    expect(whyNotDate(column(0, 'Date of Birth', dates, []), undefined)).toBe(
      '"Date of Birth": header word “birth” (not the date an event happened)',
    );
    expect(
      whyNotDate(column(0, 'When', [...dates.slice(0, 3), ...text.slice(3)], []), undefined),
    ).toBe('"When": 30% of cells are dates');
  });

  it('says why a column is not the description', () => {
    const not = (cells: string[]) => whyNotDescription(column(0, 'Info', cells, []), undefined);
    expect(whyNotDescription(column(0, 'Info', text, []), 'outcome')).toBe(
      '"Info": read as the outcome',
    );
    expect(not([])).toBe('"Info": empty');
    expect(not(codes)).toBe('"Info": its cells are codes');
    expect(not(yesNo)).toBe('"Info": its cells are yes/no answers');
    expect(not(times)).toBe('"Info": its cells are times');
    expect(not(rows((i) => ['Home visit', 'Phone call'][i % 2]!))).toBe(
      '"Info": 2 words a cell on average, too short for a description',
    );
  });
});

describe('assignColumns over scored columns', () => {
  it('reads the dates as the date and the long text as the description', () => {
    const headers = ['Visit Date', 'Entered Date', 'Notes', 'Ref'];
    const cells = [dates, dates, text, codes];
    const evidence = scoreColumns(headers, headers.map(readHeader), cells.map(profileCells));
    const { fields, warnings } = assign(evidence);
    expect(fields.get('date')).toBe('Visit Date');
    expect(fields.get('description')).toBe('Notes');
    expect(fields.get('sourceRef')).toBe('Ref');
    expect(warnings[0]!.message).toContain('"Entered Date" is kept with each event as written');
  });
});

describe('assignColumns: at the accept score, and when to warn', () => {
  it('reads a column at exactly the accept score as its field', () => {
    expect(assign([column(0, 'Kind', codes, [['type', 0.5, 0.3]])]).fields.get('type')).toBe(
      'Kind',
    );
  });

  it('names a second date at exactly the accept score in the two-date warning', () => {
    const { warnings } = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9]]),
      column(1, 'Entered Date', dates, [['date', 0.5, 0.5]]),
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['mapping.two-date-columns']);
  });

  it('does not warn of a second date read as another field, nor of one plain date', () => {
    const { fields, warnings } = assign([
      column(0, 'Visit Date', dates, [['date', 0.99, 0.9]]),
      column(1, 'End Date', dates, [
        ['endDate', 0.95, 0.95],
        ['date', 0.6, 0.27],
      ]),
    ]);
    expect(fields.get('endDate')).toBe('End Date');
    expect(warnings).toEqual([]);
    expect(assign([column(0, 'Visit Date', dates, [['date', 0.99, 0.9]])]).warnings).toEqual([]);
  });
});
