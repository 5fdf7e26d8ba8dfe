import { describe, expect, it } from 'vitest';
import { headerWords } from '../../server/ingest/columns/header-words';
import { type MappingRequest, resolveMapping } from '../../server/ingest/headers';
import { normaliseRecords } from '../../server/ingest/normalise';

// Recognition on headers no synonym list ever held, with cells as agencies' systems export them.

const DESCRIPTIONS = [
  'Home visit completed, mother and baby seen in the lounge, home conditions adequate.',
  'Telephone call with father about the missed appointment; he said he would rebook.',
  'Strategy discussion held with police and health; section 47 enquiry agreed.',
  'Letter sent to mother inviting her to the initial child protection conference.',
];
const TYPES = ['Home visit', 'Tel call', 'Letter', 'Strategy discussion'];
const ROWS = 12;

/** A column: its header and a cell for row i. */
type Column = [header: string, cell: (i: number) => string];
const dates =
  (day = 10): Column[1] =>
  (i) =>
    `${String(day + i).padStart(2, '0')}/05/2019`;
const types: Column[1] = (i) => TYPES[i % TYPES.length]!;
const descriptions: Column[1] = (i) => `${DESCRIPTIONS[i % DESCRIPTIONS.length]} (${i})`;

function read(columns: Column[], explicit: MappingRequest = {}, remembered: MappingRequest = {}) {
  const headers = columns.map(([h]) => h);
  const records = Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    cells: columns.map(([, cell]) => cell(i)),
  }));
  return { ...resolveMapping(headers, records, explicit, remembered), headers, records };
}

const readingOf = (outcome: ReturnType<typeof read>, header: string) =>
  outcome.readings.find((r) => r.header === header)!;

describe('header words', () => {
  it.each([
    ['Contact Date/Time', ['contact', 'date', 'time']],
    ['createdOn', ['created', 'on']],
    ['note_category', ['note', 'category']],
    ['eventDateTime', ['event', 'date', 'time']],
    ['Action Taken', ['action taken']],
    ['Child Seen (Y/N)', ['child seen', 'y', 'n']],
    // Database columns written run together (Dynamics, OData, SQL views).
    ['owningteam_name', ['owning', 'team', 'name']],
    ['cd_childseenalone', ['cd', 'child seen', 'alone']],
    ['actualend', ['actual', 'end']],
    ['datecreated', ['date', 'created']],
    ['regardingobjectid', ['regarding', 'object', 'id']],
    // The name an id stands for is a name, not the id.
    ['ownerid_name', ['owner', 'name']],
    ['Client ID', ['client', 'id']],
    // Words of their own stay whole.
    ['username', ['username']],
    ['Outcome', ['outcome']],
    ['Therapist', ['therapist']],
  ])('splits %j into its words', (header, words) => {
    expect(headerWords(header)).toEqual(words);
  });

  it('reads run-together database columns as their fields', () => {
    const outcome = read([
      ['scheduledstart', (i) => `2020-01-${String(10 + i).padStart(2, '0')}T09:20:00Z`],
      ['cd_activitytypename', types],
      ['owningteam_name', (i) => ['IAA Team', 'Assessment Team North'][i % 2]!],
      ['cd_childseen', (i) => (i % 2 ? 'Yes' : 'No')],
      ['description', descriptions],
    ]);
    expect(outcome.mapping).toMatchObject({
      date: 'scheduledstart',
      type: 'cd_activitytypename',
      team: 'owningteam_name',
      childSeen: 'cd_childseen',
      description: 'description',
    });
  });
});

describe('a phrase around the field word', () => {
  it.each([
    'Appt Date',
    'Occurred On',
    'Event Start',
    'Date Seen',
    'Contact Date/Time',
    'dateOfContact',
  ])('%j over dates is the date', (header) => {
    const outcome = read([
      [header, dates()],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.date).toBe(header);
    expect(outcome.issues).toEqual([]);
  });

  it.each([
    'Contact Reason',
    'Note Category',
    'Activity Type',
    'Incident Classification',
    'note_category',
  ])('%j over short repeated words is the event type', (header) => {
    const outcome = read([
      ['Date', dates()],
      [header, (i) => ['Welfare check', 'Concern', 'Update'][i % 3]!],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.type).toBe(header);
    expect(outcome.mapping.description).toBe('Details');
  });

  // A case-note or crime system's entry title is the heading its author gave the entry: what
  // was done, each worded afresh, so the cells do not repeat and only their words say type.
  it.each(['Entry Title', 'Title', 'Note Title'])(
    '%j over headings the vocabulary knows, none repeated, is the event type',
    (header) => {
      const headings = [
        'Strategy meeting arranged',
        'Victim visited at home',
        'Phoned school DSL',
        'Suspect arrested',
        'Referral to MASH submitted',
        'DASH completed – high',
      ];
      const outcome = read([
        ['Date', dates()],
        [header, (i) => `${headings[i % headings.length]!} (${i})`],
        ['Details', descriptions],
      ]);
      expect(outcome.mapping.type).toBe(header);
      expect(outcome.mapping.description).toBe('Details');
    },
  );

  it.each(['Case Note', 'Record Text', 'Consultation Notes', 'Log Entry', 'Body', 'caseNote'])(
    '%j over long text is the description',
    (header) => {
      const outcome = read([
        ['Date', dates()],
        ['Event type', types],
        [header, descriptions],
      ]);
      expect(outcome.mapping.description).toBe(header);
    },
  );

  it('reads a date-time column as the date, and takes each event’s time from it', () => {
    const outcome = read([
      ['Contact Date/Time', (i) => `${10 + i}/05/2019 14:${10 + i}`],
      ['Log Entry', descriptions],
    ]);
    expect(outcome.mapping).toMatchObject({ date: 'Contact Date/Time', time: null });
    const events = normaliseRecords(outcome.headers, outcome.records, outcome, {
      agencyName: 'Police',
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      typeMap: new Map(),
    }).events;
    expect(events[0]).toMatchObject({ time: '14:10', date: { earliest: '2019-05-10' } });
  });
});

describe('words of health, police and management headers', () => {
  it.each([
    [
      'DischargeDisposition',
      'outcome',
      (i: number) => ['Home', 'Admitted to ward', 'Left before seen'][i % 3]!,
    ],
    [
      'Finalisation',
      'outcome',
      (i: number) => ['NFA', 'Charged', 'Outcome 15 - evidential difficulties'][i % 3]!,
    ],
    ['Accompanied by', 'subjects', (i: number) => ['Partner', 'Mother', 'Nobody'][i % 3]!],
    [
      'Next Action',
      'outcome',
      (i: number) => ['Refer to MARAC.', 'Interview.', 'CSU to review.'][i % 3]!,
    ],
    [
      'Specialty',
      'team',
      (i: number) => ['Paediatrics', 'Emergency Medicine', 'Dietetics'][i % 3]!,
    ],
    [
      'Off.',
      'practitioner',
      (i: number) => ['PC 1234 Hale', 'DC 998 Oduya', 'PS 77 Green'][i % 3]!,
    ],
    ['FIN', 'sourceRef', (i: number) => `7${String(40112 + i * 37)}`],
    [
      'Manager oversight',
      'analysis',
      (i: number) =>
        `Oversight ${i}: the plan was not reviewed within the month; the worker should have escalated the missed visits to the team manager.`,
    ],
  ] as const)('%j is the %s', (header, field, cell) => {
    const outcome = read([
      ['Date', dates()],
      ['Event type', types],
      ['Details', descriptions],
      [header, cell],
    ]);
    expect(outcome.mapping[field]).toBe(header);
  });
});

describe('columns that look like a field and are not', () => {
  it("a column counting 1, 2, 3… is the row's place in the document, not a reference", () => {
    const outcome = read([
      ['Item', (i) => String(i + 1)],
      ['Date', dates()],
      ['Event type', types],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.sourceRef).toBeNull();
  });

  it('numbers that do not count up are still references', () => {
    const outcome = read([
      ['Item', (i) => String(3 + i * 7)],
      ['Date', dates()],
      ['Event type', types],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.sourceRef).toBe('Item');
  });

  it('a clinical code ("Read Code", "SNOMED") is no reference to the record', () => {
    for (const header of ['Read Code', 'SNOMED']) {
      const outcome = read([
        ['Date', dates()],
        ['Event type', types],
        ['Details', descriptions],
        [header, (i) => ['XaBVJ', '9N1y2', '8HkQ.', '6148.'][i % 4]!],
      ]);
      expect(outcome.mapping.sourceRef).toBeNull();
    }
  });

  it('of a first and a final category, the final is the event type', () => {
    const category = (i: number) => ['Domestic', 'Concern for welfare', 'Assault'][i % 3]!;
    const outcome = read([
      ['Date', dates()],
      ['Initial Category', category],
      ['Final Category', category],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.type).toBe('Final Category');
  });
});

describe('headers that say nothing, cells that say plainly', () => {
  it('finds the date, type, description and reference from the cells alone', () => {
    const outcome = read([
      ['Col A', dates()],
      ['Col B', types],
      ['Col C', descriptions],
      ['Col D', (i) => `AB/19/${String(123 + i).padStart(4, '0')}`],
    ]);
    expect(outcome.mapping).toMatchObject({
      date: 'Col A',
      type: 'Col B',
      description: 'Col C',
      sourceRef: 'Col D',
    });
    expect(readingOf(outcome, 'Col A')).toMatchObject({
      field: 'date',
      source: 'recognised',
      confidence: 'high',
      reasons: ['100% of cells are dates'],
    });
    expect(readingOf(outcome, 'Col C').reasons[0]).toMatch(/^the longest free text/);
  });

  it('reads a column of plain numbers and of INC- codes as references, not dates', () => {
    for (const cell of [(i: number) => String(123456 + i), (i: number) => `INC-2019-0${456 + i}`]) {
      const outcome = read([
        ['When', dates()],
        ['Narrative', descriptions],
        ['Number', cell],
      ]);
      expect(outcome.mapping).toMatchObject({ date: 'When', sourceRef: 'Number' });
      expect(outcome.warnings.map((w) => w.code)).not.toContain('mapping.two-date-columns');
    }
  });

  it('lets the header overrule the cells where it names its field plainly', () => {
    // "Outcome" is the longest text, but its header says what it is.
    const outcome = read([
      ['Date', dates()],
      ['Summary', (i) => TYPES[i % 4]! + ' with mother'],
      ['Outcome', (i) => `${DESCRIPTIONS[i % 4]} Next visit booked in two weeks.`],
    ]);
    expect(outcome.mapping).toMatchObject({ description: 'Summary', outcome: 'Outcome' });
  });

  it('does not take a constant column as the event type', () => {
    const outcome = read([
      ['Date', dates()],
      ['Source system', () => 'Mosaic'],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.type).toBeNull();
  });

  it('never takes a date of birth as the event’s date', () => {
    const outcome = read([
      ['Child DOB', () => '03/02/2017'],
      ['Seen', dates()],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.date).toBe('Seen');
    expect(readingOf(outcome, 'Child DOB').field).toBeNull();
  });
});

describe('columns no field holds', () => {
  it('does not read a duration as the time, nor a child’s name as the event type', () => {
    const outcome = read([
      ['Date', dates()],
      ['Duration', (i) => ['00:30', '01:15', '00:45'][i % 3]!],
      ['Child name', () => 'Jane Doe'],
      ['Young person forename', (i) => ['Sam', 'Alex'][i % 2]!],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping).toMatchObject({ time: null, type: null });
    expect(outcome.readings.map((r) => r.field)).toEqual(['date', null, null, null, 'description']);
  });

  it('does not read a phone extension as the source reference, however code-like', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Keyworker extension', (i) => `x${2231 + i}`],
    ]);
    expect(outcome.mapping.sourceRef).toBeNull();
    expect(readingOf(outcome, 'Keyworker extension').reasons[0]).toContain('“extension”');
  });
});

describe('two date columns', () => {
  it.each([
    ['Input Date', 'Date Seen'],
    ['createdOn', 'eventDate'],
    ['Entered', 'Occurred On'],
  ])('takes the event’s date over %j and names both in a warning', (recorded, event) => {
    const outcome = read([
      [recorded, dates(12)],
      [event, dates(10)],
      ['Record Text', descriptions],
    ]);
    expect(outcome.mapping.date).toBe(event);
    const warning = outcome.warnings.find((w) => w.code === 'mapping.two-date-columns');
    expect(warning?.column).toBe(event);
    expect(warning?.message).toContain(`"${event}" is read as the date each event happened`);
    expect(warning?.message).toContain(`"${recorded}" is kept with each event as written`);
  });

  it('takes a date that varies over one that is the same on every row, even one typed in', () => {
    const outcome = read([
      ['Date Entered', dates(10)],
      ['Crime Committed', () => '11/03/2023'],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.date).toBe('Date Entered');
    const warning = outcome.warnings.find((w) => w.code === 'mapping.two-date-columns');
    expect(warning?.message).toContain(
      '"Crime Committed" is kept with each event as written, because it holds the same date on every row',
    );
  });

  it('uses a date that is the same on every row when no other column holds dates', () => {
    const outcome = read([
      ['Crime Committed', () => '11/03/2023'],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping.date).toBe('Crime Committed');
  });

  it('uses a lone "Created" column, and warns that it may be when the record was typed', () => {
    const outcome = read([
      ['Created', dates()],
      ['Body', descriptions],
    ]);
    expect(outcome.mapping.date).toBe('Created');
    expect(outcome.warnings.map((w) => w.code)).toContain('mapping.recorded-date-only');
  });

  it('reads "Event End" as the end date, not as a second event date', () => {
    const outcome = read([
      ['Event Start', dates(10)],
      ['Event End', dates(11)],
      ['Details', descriptions],
    ]);
    expect(outcome.mapping).toMatchObject({ date: 'Event Start', endDate: 'Event End' });
    expect(outcome.warnings.map((w) => w.code)).not.toContain('mapping.two-date-columns');
  });
});

describe('a form’s name and an officer’s number (a police forms export)', () => {
  const forms = ['Domestic Abuse Stage 1', 'DASH Risk Assessment', 'Child Coming to Notice'];
  const columns: Column[] = [
    ['ItemId', (i) => `PR-08812${String(i).padStart(2, '0')}`],
    ['FormName', (i) => forms[i % 3]!],
    ['EventDateTime', dates()],
    ['ShoulderNo', (i) => ['2871', '3310'][i % 2]!],
    ['Narrative', descriptions],
    ['LinkedOccurrence', (i) => ['NF/23/118830', 'NF/23/119002'][i % 2]!],
  ];

  it('reads the name of a kind of record as its type, and a shoulder number as who', () => {
    const outcome = read(columns);
    expect(outcome.mapping).toMatchObject({
      type: 'FormName',
      practitioner: 'ShoulderNo',
      sourceRef: 'ItemId',
    });
    expect(readingOf(outcome, 'FormName').reasons[0]).toContain('the form’s name');
  });

  it('"Contact With" is who the contact was with; "Referred To" where the record went', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Contact With', (i) => ['Client', 'Client and police', 'Housing officer'][i % 3]!],
      ['Referred To', (i) => ['MASH', 'MARAC and MASH', 'Not referred', 'Early Help'][i % 4]!],
    ]);
    expect(outcome.mapping).toMatchObject({ subjects: 'Contact With', outcome: 'Referred To' });
  });

  it('a person’s name is still not a type', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Client Name', (i) => ['Sian ROWE', 'Darren KEYS'][i % 2]!],
    ]);
    expect(outcome.mapping.type).toBeNull();
  });
});

describe('yes/no columns', () => {
  const yesNo = (i: number) => ['Y', 'N', 'Yes', 'No', ''][i % 5]!;

  it('reads Y/N under a "seen" header as child seen, and "alone" as seen alone', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Seen?', yesNo],
      ['Alone Y/N', yesNo],
    ]);
    expect(outcome.mapping).toMatchObject({ childSeen: 'Seen?', seenAlone: 'Alone Y/N' });
  });

  it('reads Y/N under "Child Present" (a health visitor’s contact) as child seen', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Child Present', yesNo],
    ]);
    expect(outcome.mapping.childSeen).toBe('Child Present');
    // Names under the same words are who was there, not a yes or no.
    const names = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Children Present', (i) => ['Jack, Lily', 'Lily', 'Jack'][i % 3]!],
    ]);
    expect(names.mapping.childSeen).toBeNull();
    expect(names.mapping.subjects).toBe('Children Present');
  });

  it('does not guess which question a Y/N column answers when its header does not say', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Police informed', yesNo],
    ]);
    expect(outcome.mapping.childSeen).toBeNull();
    expect(readingOf(outcome, 'Police informed')).toMatchObject({ field: null, source: 'none' });
  });
});

describe('who decides', () => {
  const columns: Column[] = [
    ['When', dates()],
    ['First account', (i) => TYPES[i % 4]! + ' noted'],
    ['Second account', descriptions],
  ];

  it('the uploader’s mapping, then the remembered one, then recognition', () => {
    expect(read(columns).mapping.description).toBe('Second account');
    const remembered = read(columns, {}, { description: 'First account' });
    expect(remembered.mapping.description).toBe('First account');
    expect(readingOf(remembered, 'First account')).toMatchObject({ source: 'remembered' });
    const explicit = read(
      columns,
      { description: 'Second account' },
      { description: 'First account' },
    );
    expect(explicit.mapping.description).toBe('Second account');
    expect(readingOf(explicit, 'Second account')).toMatchObject({
      source: 'uploader',
      confidence: 'high',
    });
  });

  it('says which columns were considered when none holds a date or what happened', () => {
    const outcome = read([
      ['Reference', (i) => `AB/19/0${100 + i}`],
      ['Flag', () => 'Y'],
    ]);
    expect(outcome.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'mapping.missing-date',
        'No column holds the date of each event. Columns considered: "Reference": read as the source reference; "Flag": 0% of cells are dates. Name the date column "Date", or choose it in the mapping.',
      ],
      [
        'mapping.missing-description',
        'No column holds what happened. Columns considered: "Reference": read as the source reference; "Flag": its cells are yes/no answers. Name one "Description" (or "Event type"), or choose it in the mapping.',
      ],
    ]);
  });

  it('gives every column a reading, unused ones with their nearest field', () => {
    const outcome = read([
      ['Date', dates()],
      ['Details', descriptions],
      ['Risk rating', (i) => ['High', 'Medium'][i % 2]!],
      ['', () => ''],
    ]);
    expect(outcome.readings.map((r) => [r.header, r.field])).toEqual([
      ['Date', 'date'],
      ['Details', 'description'],
      ['Risk rating', null],
      ['', null],
    ]);
    expect(readingOf(outcome, '').reasons).toEqual([
      'the column has no header, so it is only kept as written',
    ]);
  });
});
