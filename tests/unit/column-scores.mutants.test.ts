import { describe, expect, it } from 'vitest';
import { profileCells } from '../../server/ingest/columns/cell-profile';
import { scoreColumns } from '../../server/ingest/columns/column-scores';
import { readHeader } from '../../server/ingest/columns/header-words';
import type { CanonicalField } from '../../server/contract/fields';

// How a column's header and cells combine into a score for each field, edge by edge, found by
// mutation testing (docs/testing.md). Headers and cells are invented in the style of exports.

type Column = [header: string, cells: string[]];
function score(columns: Column[]) {
  const headers = columns.map(([h]) => h);
  return scoreColumns(
    headers,
    headers.map(readHeader),
    columns.map(([, cells]) => profileCells(cells)),
  );
}
function columnOf(columns: Column[], header: string) {
  const found = score(columns).find((e) => e.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
}
const fieldOf = (e: ReturnType<typeof columnOf>, field: CanonicalField) =>
  e.scores.find((s) => s.field === field);
const reasonsOf = (e: ReturnType<typeof columnOf>, field: CanonicalField) =>
  fieldOf(e, field)?.reasons.join('; ') ?? '';

const N = 10;
const rows = (cell: (i: number) => string) => Array.from({ length: N }, (_, i) => cell(i));
const dates = rows((i) => `${String(3 + i).padStart(2, '0')}/02/2023`);
const times = rows((i) => `${String(8 + i).padStart(2, '0')}:30`);
const digitTimes = rows((i) => `${String(8 + i).padStart(2, '0')}30`);
const empty: string[] = []; // profileCells takes the non-empty cells
const longText = (words: number) =>
  rows((i) =>
    `Visit ${i} to the family home where the worker spoke with mother about the baby and school`
      .split(' ')
      .concat(Array.from({ length: 40 }, () => 'more'))
      .slice(0, words)
      .join(' '),
  );
const labels = rows((i) => ['Home visit', 'Phone call', 'Letter sent'][i % 3]!);
const codes = rows((i) => ['HV1', 'PC2', 'LT3'][i % 3]!);

describe('scoreColumns: which fields a column is listed for, and in which order', () => {
  it('lists only fields with some evidence, best first', () => {
    const notes = columnOf([['Col A', longText(14)]], 'Col A');
    expect(notes.scores[0]!.field).toBe('description');
    const values = notes.scores.map((s) => s.score);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.every((v) => v > 0)).toBe(true);
    // No header word and no date, time or yes/no cell: those fields are not listed at all.
    expect(fieldOf(notes, 'date')).toBeUndefined();
    expect(fieldOf(notes, 'agency')).toBeUndefined();
    expect(notes.scores.length).toBeLessThan(8);
  });

  it('reads the full longest free text as the description, a shorter one at 60%', () => {
    const cols: Column[] = [
      ['Col A', longText(20)],
      ['Col B', longText(10)],
    ];
    const a = columnOf(cols, 'Col A');
    const b = columnOf(cols, 'Col B');
    expect(reasonsOf(a, 'description')).toContain('the longest free text');
    expect(reasonsOf(b, 'description')).not.toContain('the longest');
    expect(fieldOf(b, 'description')!.score).toBeCloseTo(0.6, 2);
    expect(fieldOf(a, 'description')!.score).toBeCloseTo(1, 2);
  });

  it('does not let a header discount its own field: "Description" over long text is sure', () => {
    const e = columnOf([['Description', longText(14)]], 'Description');
    expect(fieldOf(e, 'description')!.score).toBeGreaterThan(0.99);
  });
});

describe('scoreColumns: cells that do not fit the header', () => {
  it('cuts a weaker header over empty cells, with the reason, but not a strong one', () => {
    const cols: Column[] = [
      ['Body', empty],
      ['Date', empty],
    ];
    const body = columnOf(cols, 'Body');
    expect(body.kind).toBe('empty');
    expect(fieldOf(body, 'description')!.score).toBeCloseTo(0.8 * 0.3, 3);
    expect(reasonsOf(body, 'description')).toContain('but every cell is empty');
    expect(reasonsOf(body, 'description')).not.toContain('its cells are');
    const date = columnOf(cols, 'Date');
    expect(fieldOf(date, 'date')!.score).toBeGreaterThan(0.9);
    expect(reasonsOf(date, 'date')).not.toContain('empty');
  });

  it('cuts a weaker header over cells of another kind, and keeps a header of 0.85 or more', () => {
    const body = columnOf([['Body', times]], 'Body');
    expect(body.kind).toBe('time');
    expect(fieldOf(body, 'description')!.score).toBeCloseTo(0.8 * 0.3, 3);
    expect(reasonsOf(body, 'description')).toContain('but its cells are times');
    const detail = columnOf([['Detail', times]], 'Detail');
    expect(fieldOf(detail, 'description')!.score).toBeCloseTo(0.85, 3);
    expect(reasonsOf(detail, 'description')).not.toContain('but its cells');
  });

  it('takes digit times under a time header as times, not as codes that misfit', () => {
    const slot = columnOf([['Time Slot', digitTimes]], 'Time Slot');
    expect(slot.kind).toBe('id');
    expect(fieldOf(slot, 'time')!.score).toBeGreaterThan(ACCEPT);
    expect(reasonsOf(slot, 'time')).not.toContain('codes');
    const end = columnOf([['End Time Slot', digitTimes]], 'End Time Slot');
    expect(fieldOf(end, 'endTime')!.score).toBeGreaterThan(ACCEPT);
    expect(reasonsOf(end, 'endTime')).not.toContain('codes');
  });
});
const ACCEPT = 0.5;

describe('scoreColumns: header words that weaken one field only', () => {
  it('halves the reference of an audit or import id, and only the reference', () => {
    const ref = columnOf([['Import Ref', rows((i) => `IMP-${1000 + i}`)]], 'Import Ref');
    expect(reasonsOf(ref, 'sourceRef')).toContain('an audit or row id is the system’s');
    const when = columnOf([['Import Date', dates]], 'Import Date');
    expect(reasonsOf(when, 'date')).not.toContain('audit');
    expect(fieldOf(when, 'date')!.score).toBeGreaterThan(0.9);
  });

  it('cuts an analysis of one-word ratings, not of sentences, codes or 2.5 words a cell', () => {
    const ratings = columnOf(
      [['Opinion', rows((i) => ['High', 'Low', 'Medium'][i % 3]!)]],
      'Opinion',
    );
    // 0.6 from the header word, a little from the cells, then cut to 30%.
    expect(fieldOf(ratings, 'analysis')!.score).toBeLessThan(0.2);
    expect(reasonsOf(ratings, 'analysis')).toContain('one-word labels or ratings');
    const sentences = columnOf([['Opinion', longText(12)]], 'Opinion');
    expect(reasonsOf(sentences, 'analysis')).not.toContain('one-word');
    const coded = columnOf([['Opinion', codes]], 'Opinion');
    expect(coded.kind).toBe('id');
    expect(reasonsOf(coded, 'analysis')).not.toContain('one-word');
    const twoAndAHalf = columnOf(
      [['Opinion', rows((i) => (i % 2 ? 'seems settled' : 'seems settled today'))]],
      'Opinion',
    );
    expect(twoAndAHalf.profile.meanWords).toBe(2.5);
    expect(reasonsOf(twoAndAHalf, 'analysis')).not.toContain('one-word');
  });

  it('halves "Case Type" as the event type, and no other field', () => {
    const e = columnOf([['Case Type', labels]], 'Case Type');
    expect(reasonsOf(e, 'type')).toContain('classifies the whole case');
    const others = e.scores.filter((s) => s.field !== 'type');
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(s.reasons.join('; ')).not.toContain('whole case');
  });

  it('notes a typing-stamp word on the date only', () => {
    const e = columnOf([['Entered Date', dates]], 'Entered Date');
    expect(reasonsOf(e, 'date')).toContain(
      'header word “entered”: perhaps when the record was typed',
    );
    expect(fieldOf(e, 'endDate')).toBeDefined();
    expect(reasonsOf(e, 'endDate')).not.toContain('typed');
  });
});

describe('scoreColumns: a coded list exported as code and label', () => {
  const typeLabel = (e: ReturnType<typeof columnOf>) => fieldOf(e, 'type');

  it.each([
    ['Contact Action Code', 'Contact Action Description', 'contact action'],
    ['Action Code', 'Action Text', 'action'],
    ['Action Code', 'Action Label', 'action'],
    ['Action Code', 'Action Name', 'action'],
    ['Action Cd', 'Action Desc', 'action'],
  ])('reads "%s" beside "%s" as the event type', (code, label, stem) => {
    const cols: Column[] = [
      [code, codes],
      [label, labels],
    ];
    const e = columnOf(cols, label);
    expect(typeLabel(e)!.headerScore).toBe(0.9);
    expect(typeLabel(e)!.reasons).toContain(
      `the label beside “${stem} code”: a coded list of what was done`,
    );
    expect(e.scores[0]!.field).toBe('type');
    expect(fieldOf(e, 'description')?.headerScore ?? 0).toBe(0);
    // The code column itself is not its own label.
    expect(reasonsOf(columnOf(cols, code), 'type')).not.toContain('the label beside');
  });

  it('keeps a label of 6 words a cell as the type, and a longer one as the description', () => {
    const six = rows((i) => `Home visit to see the ${['baby', 'child'][i % 2]}`);
    const seven = rows((i) => `Home visit to see the new ${['baby', 'child'][i % 2]}`);
    const at6 = columnOf(
      [
        ['Action Code', codes],
        ['Action Description', six],
      ],
      'Action Description',
    );
    expect(at6.profile.meanWords).toBe(6);
    expect(typeLabel(at6)!.headerScore).toBe(0.9);
    const at7 = columnOf(
      [
        ['Action Code', codes],
        ['Action Description', seven],
      ],
      'Action Description',
    );
    expect(typeLabel(at7)?.headerScore ?? 0).toBeLessThan(0.9);
    expect(fieldOf(at7, 'description')!.headerScore).toBeGreaterThan(0.9);
  });
});

describe('scoreColumns: more edges', () => {
  it('lists the outcome first under "Outcome", though the description comes first in the field list', () => {
    const e = columnOf([['Outcome', longText(14)]], 'Outcome');
    expect(e.scores[0]!.field).toBe('outcome');
    const values = e.scores.map((s) => s.score);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('gives no cell reason for cells that say nothing for the field', () => {
    const e = columnOf([['Date', longText(12)]], 'Date');
    // Not "0% of cells are dates": only evidence is given as a reason.
    expect(fieldOf(e, 'date')!.reasons).toEqual(['the header is a usual name for it']);
  });

  it('keeps a header of 0.85 over empty cells, and a strong analysis header over ratings', () => {
    const detail = columnOf([['Detail', empty]], 'Detail');
    expect(fieldOf(detail, 'description')!.score).toBeCloseTo(0.85, 6);
    const analysis = columnOf([['Analysis', rows((i) => ['High', 'Low'][i % 2]!)]], 'Analysis');
    expect(fieldOf(analysis, 'analysis')!.score).toBeGreaterThan(0.9);
    expect(reasonsOf(analysis, 'analysis')).not.toContain('one-word');
  });
});

describe('scoreColumns: the words of its lists (found by the run after typesdev)', () => {
  it.each(['Audit Ref', 'Row Ref', 'Line Ref', 'Batch Ref'])(
    'reads %j as the system’s id, not the record’s reference',
    (header) => {
      const ref = columnOf([[header, rows((i) => `IMP-${1000 + i}`)]], header);
      expect(reasonsOf(ref, 'sourceRef')).toContain('an audit or row id is the system’s');
    },
  );

  it.each(['Original Category', 'Opening Category', 'Provisional Category'])(
    'reads %j as a first reading of the type, and only of the type',
    (header) => {
      const column = columnOf(
        [[header, rows((i) => ['Concern', 'Visit', 'Call'][i % 3]!)]],
        header,
      );
      expect(reasonsOf(column, 'type')).toContain(
        'but it is the first reading, which a later one may have corrected',
      );
      const others = column.scores.filter((s) => s.field !== 'type');
      expect(others.map((s) => s.reasons.join('; ')).join(' ')).not.toContain('first reading');
    },
  );

  it('names what the cells are when they do not fit a weak header', () => {
    const text = rows((i) => `Visit ${i} to the family home, spoke with mother about school`);
    expect(reasonsOf(columnOf([['Dt', text]], 'Dt'), 'date')).toContain('but its cells are text');
    const codes = rows((i) => `AB${1234 + i}`);
    expect(reasonsOf(columnOf([['Dt', codes]], 'Dt'), 'date')).toContain('but its cells are codes');
    const answers = rows((i) => (i % 2 ? 'Yes' : 'No'));
    expect(reasonsOf(columnOf([['When', answers]], 'When'), 'date')).toContain(
      'but its cells are yes/no answers',
    );
    expect(reasonsOf(columnOf([['Seen', dates]], 'Seen'), 'subjects')).toContain(
      'but its cells are dates',
    );
  });

  it('takes times under a weak time or end header as times ("Tm", "Departure")', () => {
    const column = columnOf([['Tm', times]], 'Tm');
    expect(reasonsOf(column, 'time')).not.toContain('but');
    expect(fieldOf(column, 'time')!.score).toBeGreaterThan(ACCEPT);
    // A bare "Departure" is an end date or an end time, as its cells say.
    const departure = columnOf([['Departure', times]], 'Departure');
    expect(reasonsOf(departure, 'endTime')).not.toContain('but');
    expect(fieldOf(departure, 'endTime')!.score).toBeGreaterThan(ACCEPT);
  });
});

describe('a label beside its code column ("Act Cd" and "Action Text")', () => {
  const labelReason = (code: string, label: string) =>
    reasonsOf(
      columnOf(
        [
          [code, codes],
          [label, labels],
        ],
        label,
      ),
      'type',
    ).includes('the label beside');

  it('pairs a code whose every word is the label’s word or its first three letters or more', () => {
    expect(labelReason('Act Cd', 'Action Text')).toBe(true);
    expect(labelReason('Act Res Cd', 'Action Result Text')).toBe(true);
  });

  it('not two letters, not a word’s end, not another number of words, not one word of two', () => {
    expect(labelReason('Ac Cd', 'Action Text')).toBe(false);
    expect(labelReason('Tion Cd', 'Action Text')).toBe(false);
    expect(labelReason('Act Cd', 'Action Type Text')).toBe(false);
    expect(labelReason('Act Res Cd', 'Action Outcome Text')).toBe(false);
  });
});

describe('numbers under a header naming a number are record numbers, not serial dates', () => {
  const serials = (n: number) => rows((i) => (i < n ? `${40212 + i * 7}` : `CH-${i}`));
  const kindOf = (header: string, cells: string[]) => columnOf([[header, cells]], header).kind;

  it('from four in five cells, under a reference header that names no date', () => {
    expect(kindOf('Log No', serials(10))).toBe('id');
    expect(kindOf('Log No', serials(8))).toBe('id');
    expect(kindOf('Log No', serials(7))).not.toBe('id');
  });

  it('not under a header that names no reference or also names a date, nor with no cells', () => {
    expect(kindOf('Amount', serials(10))).toBe('date');
    expect(kindOf('Date Ref', serials(10))).toBe('date');
    expect(kindOf('Log No', empty)).not.toBe('id');
  });
});
