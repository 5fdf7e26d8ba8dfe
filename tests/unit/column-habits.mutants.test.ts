import { describe, expect, it } from 'vitest';
import { compareDateColumns } from '../../server/ingest/columns/date-order';
import { resolveMapping } from '../../server/ingest/headers';
import type { SourceRecord } from '../../server/ingest/records';

// The habits of real exports that need other columns to read (docs/uploading.md), each word
// and edge on its own, found by mutation testing (docs/testing.md). Headers and cells are
// invented in the style of the systems.

const ROWS = 10;
type Column = [header: string, cell: (i: number) => string];
const day =
  (offset = 0) =>
  (i: number) =>
    `${String(3 + i + offset).padStart(2, '0')}/02/2023`;
const NOTES = [
  'Visited the flat, mother and baby present, baby settled in the moses basket, no concerns seen.',
  'Called the school to check attendance this half term; two unexplained absences noted.',
  'Joint visit with the family support worker; father absent, agreed to meet next week.',
];
const note = (i: number) => `${NOTES[i % NOTES.length]} (${i})`;
const kind = (i: number) => ['Home visit', 'Phone call', 'Letter', 'Office visit'][i % 4]!;
const yn = (i: number) => (i % 3 === 0 ? 'N' : 'Y');
const names = (i: number) => ['Sam Hollis', 'Priya Nair'][i % 2]!;
const role = (i: number) => ['Community Nurse', 'Health Care Assistant'][i % 2]!;

function read(columns: Column[]) {
  const headers = columns.map(([h]) => h);
  const records = Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    cells: columns.map(([, cell]) => cell(i)),
  }));
  return resolveMapping(headers, records);
}
const reasonsOf = (outcome: ReturnType<typeof read>, header: string) =>
  outcome.readings.find((r) => r.header === header)?.reasons.join('; ') ?? '';

describe('compareDateColumns', () => {
  const rows = (pairs: Array<[string, string]>): SourceRecord[] =>
    pairs.map(([a, b], i) => ({ row: i + 2, cells: [a, b] }));

  it('says "same" when every row has the same date', () => {
    expect(compareDateColumns(rows([['03/02/2023', '03/02/2023']]), 0, 1)).toBe('same');
  });

  it('compares two times on one day', () => {
    expect(compareDateColumns(rows([['03/02/2023 09:00', '03/02/2023 10:00']]), 0, 1)).toBe(
      'before',
    );
    expect(compareDateColumns(rows([['03/02/2023 11:00', '03/02/2023 10:00']]), 0, 1)).toBe(
      'after',
    );
  });

  it('skips a row where either cell is blank, missing or not a date', () => {
    const records: SourceRecord[] = [
      { row: 2, cells: ['03/02/2023', ''] },
      { row: 3, cells: ['', '01/02/2023'] },
      { row: 4, cells: ['03/02/2023'] },
      { row: 5, cells: ['03/02/2023', '04/02/2023'] },
    ];
    expect(compareDateColumns(records, 0, 1)).toBe('before');
  });

  it('looks at the first 500 rows only', () => {
    const records = rows(Array.from({ length: 501 }, () => ['03/02/2023', '04/02/2023']));
    records[500] = { row: 502, cells: ['05/02/2023', '04/02/2023'] };
    expect(compareDateColumns(records, 0, 1)).toBe('before');
  });
});

describe('an end date that comes before the event', () => {
  it('is not the end date when it falls before the event in every row', () => {
    const { mapping } = read([
      ['Admitted', day(5)],
      ['Discharged', day()],
      ['Ward Notes', note],
    ]);
    expect(mapping.endDate).toBeNull();
  });
});

describe('a role column beside the person', () => {
  it('gives the practitioner to the column naming the person, and says why', () => {
    const outcome = read([
      ['Date', day()],
      ['Completed By', (i) => ['Sam Hollis', 'Priya Nair'][i % 2]!],
      ['Staff Role', (i) => ['Community Nurse', 'Health Care Assistant'][i % 2]!],
      ['Summary', note],
    ]);
    expect(outcome.mapping.practitioner).toBe('Completed By');
    expect(reasonsOf(outcome, 'Completed By')).toContain(
      'names the person; “Staff Role” gives a role',
    );
  });

  it('gives it to the stronger of two columns naming a person, whatever their order', () => {
    const outcome = read([
      ['Date', day()],
      ['Staff Role', role],
      ['Completed By', names],
      ['Worker', names],
      ['Summary', note],
    ]);
    expect(outcome.mapping.practitioner).toBe('Worker');
  });

  it('does not give it to a column without a header (the uploader could not undo it)', () => {
    for (const blank of ['', '  ']) {
      const outcome = read([
        ['Date', day()],
        ['Staff Role', role],
        [blank, names],
        ['Summary', note],
      ]);
      expect(outcome.mapping.practitioner).toBe('Staff Role');
    }
  });

  it('does not give it to a free column that fits another field, not the practitioner', () => {
    const outcome = read([
      ['Date', day()],
      ['Type', kind],
      ['Staff Role', role],
      ['Colour', (i) => ['red', 'blue'][i % 2]!],
      ['Summary', note],
    ]);
    expect(outcome.mapping.practitioner).toBe('Staff Role');
    expect(outcome.readings.find((r) => r.header === 'Colour')?.field).toBeNull();
  });

  it('leaves a practitioner column that names a person where it is', () => {
    const outcome = read([
      ['Date', day()],
      ['Completed By', names],
      ['Allocated Worker', names],
      ['Summary', note],
    ]);
    expect(outcome.mapping.practitioner).toBe('Allocated Worker');
    expect(reasonsOf(outcome, 'Allocated Worker')).not.toContain('names the person');
  });

  it('does not give it to a second column of roles ("Designation")', () => {
    const outcome = read([
      ['Date', day()],
      ['Staff Role', role],
      ['Designation', role],
      ['Summary', note],
    ]);
    expect(outcome.mapping.practitioner).toBe('Staff Role');
  });

  it('keeps the role when no other column names a person', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Staff Role', (i) => ['Community Nurse', 'Health Care Assistant'][i % 2]!],
      ['Summary', note],
    ]);
    expect(mapping.practitioner).toBe('Staff Role');
  });
});

describe('the only long free text', () => {
  it('says why "Comments" is the description', () => {
    const outcome = read([
      ['Date', day()],
      ['Comments', note],
    ]);
    expect(outcome.mapping.description).toBe('Comments');
    expect(reasonsOf(outcome, 'Comments')).toContain('the only long free text');
  });

  it('takes "Comments" of three words a row as what happened', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Comments', (i) => ['Seen at home', 'Mother phoned school', 'Letter sent out'][i % 3]!],
    ]);
    expect(mapping.description).toBe('Comments');
  });

  it('leaves the analysis beside a description as the analysis', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Summary', note],
      ['Analysis', note],
    ]);
    expect(mapping).toMatchObject({ description: 'Summary', analysis: 'Analysis' });
  });

  it('keeps a short "Comments" column as it was read, not as what happened', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Type', kind],
      ['Comments', (i) => ['Ok', 'Fine'][i % 2]!],
    ]);
    expect(mapping.description).not.toBe('Comments');
  });
});

describe('"Attended" in a file of appointments', () => {
  it.each(['Appt Date', 'Appointments', 'Slot', 'Clinic', 'Booked', 'Encounter Type'])(
    'a "%s" header makes it a file of appointments',
    (header) => {
      const outcome = read([
        ['Date', day()],
        [header, kind],
        ['Attended (Y/N)', yn],
        ['Summary', note],
      ]);
      expect(outcome.mapping.childSeen).toBe('Attended (Y/N)');
      expect(reasonsOf(outcome, 'Attended (Y/N)')).toContain(
        'header word “attended” in a file of appointments',
      );
    },
  );

  it.each(['Attendance', 'Attend?', 'DNA'])('"%s" answers whether the child came', (header) => {
    const { mapping } = read([
      ['Appointment Date', day()],
      ['Appointment Type', kind],
      [header, yn],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBe(header);
  });

  it('leaves a file that already says whether the child was seen as it is', () => {
    const { mapping } = read([
      ['Appointment Date', day()],
      ['Appointment Type', kind],
      ['Child Seen (Y/N)', yn],
      ['Attended (Y/N)', yn],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBe('Child Seen (Y/N)');
  });

  it('is not the child seen when an attending column holds words, not yes or no', () => {
    const { mapping } = read([
      ['Appointment Date', day()],
      ['Appointment Type', kind],
      ['Attendance Notes', (i) => ['Late', 'On time', 'Early'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBeNull();
  });

  it('is not a yes/no of attending when its cells are not yes or no', () => {
    const { mapping } = read([
      ['Appointment Date', day()],
      ['Appointment Type', kind],
      ['Attended by', (i) => ['Sam Hollis', 'Priya Nair'][i % 2]!],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBeNull();
  });
});

describe('a span written as a pair of headers, word by word', () => {
  const times = (minute: number) => (i: number) => `${9 + minute}:${10 + i}`;

  it.each(['From', 'Start', 'Started', 'Begin', 'Began', 'Arrival', 'Arrived', 'In'])(
    '"Custody %s" starts the span that "Custody To" ends',
    (word) => {
      const outcome = read([
        [`Custody ${word}`, day()],
        ['Custody To', day(1)],
        ['Summary', note],
      ]);
      expect(outcome.mapping).toMatchObject({ date: `Custody ${word}`, endDate: 'Custody To' });
      expect(reasonsOf(outcome, 'Custody To')).toBe(
        `the end of the span that “Custody ${word}” starts`,
      );
    },
  );

  // The other end words ("End", "Until", "Departure", …) name the end on their own, as a header
  // word, so the pair adds nothing there.
  it.each(['To', 'Completed', 'Depart', 'Out'])(
    '"Custody %s" ends the span "Custody From" starts, of dates and of times',
    (word) => {
      const dates = read([
        ['Custody From', day()],
        [`Custody ${word}`, day(1)],
        ['Summary', note],
      ]);
      expect(dates.mapping.endDate).toBe(`Custody ${word}`);
      const visit = read([
        ['Date', day()],
        ['Visit From', times(0)],
        [`Visit ${word}`, times(1)],
        ['Summary', note],
      ]);
      expect(visit.mapping).toMatchObject({ time: 'Visit From', endTime: `Visit ${word}` });
      expect(reasonsOf(visit, `Visit ${word}`)).toBe(
        'the end of the span that “Visit From” starts',
      );
    },
  );

  it('reads the end of a pair as fairly sure, not as certain or as a guess', () => {
    const outcome = read([
      ['Offence From', day()],
      ['Offence To', day(1)],
      ['Summary', note],
    ]);
    expect(outcome.readings.find((r) => r.header === 'Offence To')?.confidence).toBe('medium');
  });

  it('is no span when the end comes before the start in every row', () => {
    const { mapping } = read([
      ['Offence From', day(3)],
      ['Offence To', day()],
      ['Summary', note],
    ]);
    expect(mapping).toMatchObject({ date: 'Offence From', endDate: null });
  });

  it('looks for the end again once an end that comes before the start is dropped', () => {
    const outcome = read([
      ['Offence From', day(3)],
      ['Offence Until', (i) => (i === 4 ? '01/02/2023' : day(5)(i))],
      ['Offence To', day(5)],
      ['Summary', note],
    ]);
    expect(outcome.mapping.endDate).toBe('Offence To');
  });

  it('leaves the pair alone when a column already names the end', () => {
    const outcome = read([
      ['Offence From', day()],
      ['End Date', day(2)],
      ['Offence To', day(1)],
      ['Summary', note],
    ]);
    expect(outcome.mapping.endDate).toBe('End Date');
    expect(outcome.readings.find((r) => r.header === 'Offence To')?.field).toBeNull();
  });

  it('needs a start word: a second date after a plain "Date" is no end', () => {
    const outcome = read([
      ['Date', day()],
      ['Next Review', day(1)],
      ['Summary', note],
    ]);
    expect(outcome.mapping.endDate).toBeNull();
    expect(outcome.readings.find((r) => r.header === 'Next Review')?.field).toBeNull();
  });

  it('needs the end to be the start’s header with an end word: the date it was typed ("Entered") is no end', () => {
    const outcome = read([
      ['Offence From', day()],
      ['Entered', day(1)],
      ['Summary', note],
    ]);
    expect(outcome.mapping).toMatchObject({ date: 'Offence From', endDate: null });
  });

  it('needs the end to hold the same kind of cells: "Offence To" of addresses is no end date', () => {
    const outcome = read([
      ['Offence From', day()],
      ['Offence To', (i) => `${i * 37 + 5} Hill Road`],
      ['Summary', note],
    ]);
    expect(outcome.mapping.endDate).toBeNull();
    expect(outcome.readings.find((r) => r.header === 'Offence To')?.field).toBeNull();
  });
});
