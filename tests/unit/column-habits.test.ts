import { describe, expect, it } from 'vitest';
import { compareDateColumns } from '../../server/ingest/columns/date-order';
import { resolveMapping } from '../../server/ingest/headers';

// Habits of real exports that need more than one column's header and cells to read right
// (docs/uploading.md, "Habits the recogniser knows"). Headers and cells are invented here, in
// the style of the systems, not copied from fixtures/corpus.

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
  'Letter posted to mother offering an appointment at the family centre next Tuesday.',
];
const note = (i: number) => `${NOTES[i % NOTES.length]} (${i})`;
const KINDS = ['Home visit', 'Phone call', 'Letter', 'Office visit'];
const kind = (i: number) => KINDS[i % KINDS.length]!;
const yn = (i: number) => (i % 3 === 0 ? 'N' : 'Y');

function read(columns: Column[]) {
  const headers = columns.map(([h]) => h);
  const records = Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    cells: columns.map(([, cell]) => cell(i)),
  }));
  return resolveMapping(headers, records);
}

describe('which date column is the event’s', () => {
  it('a decision comes after the event: the date on or before the other in every row is when', () => {
    const { mapping, warnings } = read([
      ['Triage Decision Date', day(2)],
      ['Concern Raised Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.date).toBe('Concern Raised Date');
    expect(warnings.map((w) => w.code)).toContain('mapping.two-date-columns');
  });

  it('a plain "Date" stays the event’s date, even beside an earlier "Referral Date"', () => {
    const { mapping } = read([
      ['Date', day(4)],
      ['Referral Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.date).toBe('Date');
  });

  it('a booking date does not take over, because its header does not say date', () => {
    const { mapping } = read([
      ['Clinic Date', day(7)],
      ['Made On', day()],
      ['Summary', note],
    ]);
    expect(mapping.date).toBe('Clinic Date');
  });

  it('an "Entry Date" is when the record was typed, even when it is the earlier column', () => {
    const { mapping, warnings } = read([
      ['Entry Date', day()],
      ['Visit Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.date).toBe('Visit Date');
    expect(warnings.find((w) => w.code === 'mapping.two-date-columns')?.message).toContain(
      'Entry Date',
    );
  });

  it('compares date-times by their time only when both cells carry one', () => {
    const records = [
      { row: 2, cells: ['06/09/2021 10:12', '06/09/2021'] },
      { row: 3, cells: ['07/09/2021 09:00', '08/09/2021'] },
    ];
    expect(compareDateColumns(records, 0, 1)).toBe('before');
    expect(compareDateColumns(records, 1, 0)).toBe('after');
    expect(compareDateColumns([{ row: 2, cells: ['x', ''] }], 0, 1)).toBe('unknown');
  });
});

describe('spans', () => {
  it('a "Discharged" column on or after the admission in every row is the end date', () => {
    const { mapping } = read([
      ['Admitted', (i) => `${day()(i)} 18:40`],
      ['Discharged', (i) => `${day(1)(i)} 11:05`],
      ['Ward Notes', note],
    ]);
    expect(mapping.date).toBe('Admitted');
    expect(mapping.endDate).toBe('Discharged');
  });

  it('a "Discharged" that falls before the admission in some row is not the end date', () => {
    const { mapping } = read([
      ['Admitted', day(3)],
      ['Discharged', (i) => (i === 4 ? '01/02/2023' : day(5)(i))],
      ['Ward Notes', note],
    ]);
    expect(mapping.date).toBe('Admitted');
    expect(mapping.endDate).toBeNull();
  });

  it('a plain "End Date" before the start stays the end date, so the row is reported', () => {
    const { mapping } = read([
      ['Start Date', day(3)],
      ['End Date', (i) => (i === 4 ? '01/02/2023' : day(5)(i))],
      ['Summary', note],
    ]);
    expect(mapping.endDate).toBe('End Date');
  });

  it('a bare "Session End" of times is the end time', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Session Start', () => '13:00'],
      ['Session End', () => '13:50'],
      ['Summary', note],
    ]);
    expect(mapping.time).toBe('Session Start');
    expect(mapping.endTime).toBe('Session End');
  });
});

describe('spans written as a pair of headers', () => {
  it('"Offence From" / "Offence To" of date-times: the second ends the span', () => {
    const { mapping } = read([
      ['Offence From', (i) => `${day()(i)} 2140hrs`],
      ['Offence To', (i) => (i % 3 ? `${day(1)(i)} 0015hrs` : '')],
      ['Summary', note],
    ]);
    expect(mapping.date).toBe('Offence From');
    expect(mapping.endDate).toBe('Offence To');
  });

  it('"Task Started" / "Task Completed", and "From" / "To" over times', () => {
    const tasks = read([
      ['Task Started', (i) => `${day()(i)} 10:40`],
      ['Task Completed', (i) => `${day(1)(i)} 16:00`],
      ['Summary', note],
    ]);
    expect(tasks.mapping.endDate).toBe('Task Completed');
    const times = read([
      ['Visit Date', day()],
      ['From', (i) => `09:${10 + i}`],
      ['To', (i) => `10:${10 + i}`],
      ['Summary', note],
    ]);
    expect(times.mapping.time).toBe('From');
    expect(times.mapping.endTime).toBe('To');
  });

  it('a pair whose end falls before the start in some row is kept as written', () => {
    const { mapping } = read([
      ['Offence From', day(3)],
      ['Offence To', (i) => (i === 4 ? '01/02/2023' : day(5)(i))],
      ['Summary', note],
    ]);
    expect(mapping.endDate).toBeNull();
  });
});

describe('what was done, and what came of it', () => {
  const sentences = (i: number) =>
    ['Review in two weeks.', 'Refer to GP.', 'No further action.'][i % 3]!;

  it('an "Action" column is the outcome when another column is the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Contact Category', kind],
      ['Summary', note],
      ['Action', sentences],
    ]);
    expect(mapping.type).toBe('Contact Category');
    expect(mapping.outcome).toBe('Action');
  });

  // A health record's export often carries the kind of encounter and the kind of note written
  // about it, both headed as a type. The note's kind says little ("Progress Notes").
  const noteKind = (i: number) =>
    ['Progress Notes', 'Case Note', 'Progress Notes', 'Record Update', 'Assessment'][i % 5]!;

  it('of two columns headed as a type, the one whose cells name events more often is the type', () => {
    const { mapping, readings } = read([
      ['Date', day()],
      ['NOTE_TYPE', noteKind],
      ['ENC_TYPE_NAME', kind],
      ['NOTE_TEXT', note],
    ]);
    expect(mapping.type).toBe('ENC_TYPE_NAME');
    const why = readings.find((r) => r.header === 'ENC_TYPE_NAME')?.reasons.join(' ');
    expect(why).toContain('more often than “NOTE_TYPE”');
  });

  // Two columns headed as a type: the kind of every contact, half of it words the vocabulary
  // knows, beside a reason filled in on three rows in ten, all known words. Counted over the
  // rows, the kind names more events.
  it('of two columns headed as a type, known words count over every row, filled or not', () => {
    const contact = (i: number) => ['Home visit', 'Duty log', 'Phone call', 'Allocation'][i % 4]!;
    const reason = (i: number) => (i % 3 === 0 ? 'Strategy discussion' : '');
    const { mapping } = read([
      ['Date', day()],
      ['Contact Type', contact],
      ['Reason Type', reason],
      ['Notes', note],
    ]);
    expect(mapping.type).toBe('Contact Type');
  });

  // A domestic abuse service's contact records: the worker's name under the role they hold.
  it('a column headed by a role ("IDVA", "Social Worker") names the practitioner', () => {
    const people = (i: number) => ['R Sutton', 'Amy Kerr', 'J Osei'][i % 3]!;
    for (const header of ['idva', 'Social Worker', 'Allocated SW']) {
      const { mapping } = read([
        ['Date', day()],
        ['Mode', kind],
        [header, people],
        ['Notes', note],
      ]);
      expect(mapping.practitioner, header).toBe(header);
    }
    // Names under a header that is no role stay unread as the practitioner.
    const { mapping } = read([
      ['Date', day()],
      ['Mode', kind],
      ['Linked', people],
      ['Notes', note],
    ]);
    expect(mapping.practitioner).toBeNull();
  });

  it('of two reference columns, the one that differs on every row is the record’s own', () => {
    const client = (i: number) => (i < 5 ? 'KDA-0412' : 'KDA-0577');
    const contact = (i: number) => `${client(i)}-${String(i + 1).padStart(2, '0')}`;
    const { mapping, readings } = read([
      ['clientRef', client],
      ['contactNo', contact],
      ['contactDate', day()],
      ['contactMode', kind],
      ['notes', note],
    ]);
    expect(mapping.sourceRef).toBe('contactNo');
    expect(readings.find((r) => r.header === 'contactNo')?.reasons.join(' ')).toContain(
      '“clientRef” repeats',
    );
    // One reference column, repeated or not, stays the reference.
    const alone = read([
      ['clientRef', client],
      ['contactDate', day()],
      ['contactMode', kind],
      ['notes', note],
    ]);
    expect(alone.mapping.sourceRef).toBe('clientRef');
  });

  it('a first reading ("Initial Call Type") stays behind the later one, however well known', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Initial Call Type', kind],
      ['Final Call Type', (i) => ['DOM', 'Silent 999', 'Abandoned 999'][i % 3]!],
      ['Log', note],
    ]);
    expect(mapping.type).toBe('Final Call Type');
  });

  // An acute trust's encounter list: the kind of encounter on every row, a presenting complaint
  // only on the attendances. Every known complaint is a known event word, but it names the kind
  // of three rows in ten; the encounter kind names all of them.
  it('a type-like column filled on a few rows loses to one filled on every row', () => {
    const encounter = (i: number) =>
      ['ED attendance', 'Ward round', 'Outpatient clinic', 'Discharge letter', 'Home visit'][
        i % 5
      ]!;
    const complaint = (i: number) => (i % 3 === 0 ? ['Head injury', 'Burn'][i % 2]! : '');
    const { mapping, readings } = read([
      ['Date', day()],
      ['encounterKind', encounter],
      ['presentingComplaint', complaint],
      ['clinicalSummary', note],
    ]);
    expect(mapping.type).toBe('encounterKind');
    const complaintReading = readings.find((r) => r.header === 'presentingComplaint');
    expect(complaintReading?.field).toBeNull();
  });

  it('"Agreed actions", "Decision or action" and "Actions arising" name the outcome too', () => {
    for (const header of ['Agreed actions', 'Decision or action', 'Actions arising']) {
      const { mapping } = read([
        ['Date', day()],
        ['Contact Category', kind],
        ['Summary', note],
        [header, sentences],
      ]);
      expect(mapping.outcome, header).toBe(header);
    }
  });

  it('an "Action" of short repeated labels with no other type column is the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Action', kind],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Action');
  });

  it('a coded list’s label ("Activity Code" beside "Activity Description") is the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Activity Code', (i) => ['HV01', 'TEL2', 'LTR1', 'OFF1'][i % 4]!],
      ['Activity Description', kind],
      ['Case Notes', note],
    ]);
    expect(mapping.type).toBe('Activity Description');
    expect(mapping.description).toBe('Case Notes');
  });

  it('a code column headed in short ("Act Code" beside "Action Text") still makes the label the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Act Code', (i) => ['HV01', 'TEL2', 'LTR1', 'OFF1'][i % 4]!],
      ['Action Text', kind],
      ['Officer', (i) => ['JTR', 'KPN', 'MBE'][i % 3]!],
      ['Case Notes', note],
    ]);
    expect(mapping.type).toBe('Action Text');
  });

  it('a field named plainly, then "Description", is that field: "outcomeDescription" is the outcome', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Summary', note],
      [
        'outcomeDescription',
        (i) => ['Attended - complied', 'Failed to attend - acceptable', 'Completed'][i % 3]!,
      ],
      ['Incident Description', note],
    ]);
    expect(mapping.outcome).toBe('outcomeDescription');
    // A weak type word before it ("Incident") leaves the description.
    expect(mapping.description).not.toBe('outcomeDescription');
  });

  it('a system\'s code list ("Act Code": HV, TC, SD) is the type, however few rows repeat a code', () => {
    const CODES = ['HV', 'TC', 'SD', 'ST', 'LT', 'HV', 'AS', 'CF', 'OV', 'RV'];
    const { mapping } = read([
      ['Date', day()],
      ['Act Code', (i) => CODES[i % CODES.length]!],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Act Code');
  });

  // A case's steps, each once: the cells alone do not repeat enough to say type.
  const STEPS = [
    'Contact Triage',
    'Screening',
    'Single Assessment',
    'Strategy Meeting',
    'Enquiry Stage 2',
    'ICPC Booking',
    'Plan Start',
    'Core Group 1',
    'Review Conference',
    'Step Down Panel',
  ];

  it('a workflow "Step" of step names is the type', () => {
    const { mapping } = read([
      ['Workflow Step', (i) => STEPS[i]!],
      ['Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Workflow Step');
  });

  it('a "Case Type" classifies the case; the column that varies by event is the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Case Type', (i) => ['Noise', 'Rent', 'Noise', 'Repairs'][i % 4]!],
      [
        'Work Done',
        (i) =>
          [
            'Complaint logged',
            'Tenant visited',
            'Warning sent',
            'Diary sheets issued',
            'Case review',
          ][i % 5]!,
      ],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Work Done');
  });

  it('where every row is a case of its own (an out-of-hours call), "Case Type" is the type', () => {
    const calls = (ref: (i: number) => string) =>
      read([
        ['Case No', ref],
        ['Received', day()],
        ['Case Type', (i) => ['Telephone Advice', 'Home Visit', 'Base Visit'][i % 3]!],
        [
          'Presenting Complaint',
          (i) => ['Fall, bump to head', 'Fever and rash', 'Crying, not settling'][i % 3]!,
        ],
        ['Outcome', note],
      ]).mapping;
    expect(calls((i) => `OOH-${88000 + i * 37}`).type).toBe('Case Type');
    // The same case on every other row: the case's type, not each event's.
    expect(calls((i) => `OOH-${88000 + (i % 5)}`).type).toBe('Presenting Complaint');
  });

  it('reads a plural "Concern Categories" as the type', () => {
    const { mapping, readings } = read([
      ['Date', day()],
      ['Concern Categories', (i) => ['Punctuality', 'Uniform', 'Peer issues'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Concern Categories');
    expect(readings.find((r) => r.header === 'Concern Categories')?.reasons).toContain(
      'header word “categories”',
    );
  });
});

describe('who', () => {
  it('a role column yields the practitioner to the column naming the person', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Completed By', (i) => ['Sam Hollis', 'Priya Nair'][i % 2]!],
      ['Staff Role', (i) => ['Community Nurse', 'Health Care Assistant'][i % 2]!],
      ['Summary', note],
    ]);
    expect(mapping.practitioner).toBe('Completed By');
  });

  it('an ambulance "Attending Crew" of role codes is the practitioner', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Attending Crew', (i) => `P ${2200 + i} / T ${8800 + i}`],
      ['Summary', note],
    ]);
    expect(mapping.practitioner).toBe('Attending Crew');
  });

  it('a "Patient" column of demographic cells is the subjects, never the type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Patient', (i) => ['Male 52', 'Female 3 months', 'Male 7'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.subjects).toBe('Patient');
    expect(mapping.type).toBeNull();
  });

  // A client or patient record keeps how the person is addressed in a column of its own. Its
  // header ("Title") also heads a log's entry headings ("Entry Title"); its cells tell them apart.
  const courtesy = (i: number) => ['Mrs', 'MR', 'Miss', 'Ms', 'Dr.', 'Mx'][i % 6]!;

  it('a "Title" column of Mr, Mrs, Miss is a person’s title, not the event type', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Title', courtesy],
      ['Surname', (i) => ['Pryce', 'Haddad', 'Okafor'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.type).toBeNull();
    expect(mapping.description).toBe('Summary');
  });

  it('the column of what was done is the type, beside a client’s title', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Title', courtesy],
      ['Recorded As', kind],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Recorded As');
  });

  it('an entry heading that begins with a title is still a heading ("Dr appointment")', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Entry Title', (i) => ['Dr appointment', 'Home visit', 'Mrs Pryce phoned'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.type).toBe('Entry Title');
  });

  it('"Service User" of names and "Caller" of relations are the subjects', () => {
    expect(
      read([
        ['Date', day()],
        ['Service User', (i) => ['Amir Haddad', 'Joanne Pryce'][i % 2]!],
        ['Summary', note],
      ]).mapping.subjects,
    ).toBe('Service User');
    expect(
      read([
        ['Date', day()],
        ['Caller', (i) => ['Neighbour', 'Mother', 'Grandmother'][i % 3]!],
        ['Summary', note],
      ]).mapping.subjects,
    ).toBe('Caller');
  });

  it('the person a record is about, by role: "Adult at risk", "Pt Name", "Victim / Offender"', () => {
    const names = (i: number) => ['Mrs D. Kellow', 'Amir H.', 'Joanne Pryce'][i % 3]!;
    for (const header of [
      'Adult at risk',
      'Pt Name',
      'Victim / Offender',
      'Young person concerned',
    ]) {
      const { mapping } = read([
        ['Date', day()],
        [header, names],
        ['Summary', note],
      ]);
      expect(mapping.subjects, header).toBe(header);
    }
  });

  it('a "subject" line of a note is its topic, not the people', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Email Subject', (i) => ['Follow up from visit', 'School attendance query'][i % 2]!],
      ['Summary', note],
    ]);
    expect(mapping.subjects).toBeNull();
  });

  it('what a Dynamics activity is "regarding" is the subjects when its cells name people', () => {
    const { mapping } = read([
      ['Date', day()],
      ['regardingobjectid_name', () => 'Ffion PARRY (3)'],
      ['Summary', note],
    ]);
    expect(mapping.subjects).toBe('regardingobjectid_name');
    expect(
      read([
        ['Date', day()],
        ['Regarding', (i) => ['Rent account query', 'Repairs follow up'][i % 2]!],
        ['Summary', note],
      ]).mapping.subjects,
    ).toBeNull();
  });

  it('a titled professional under "Seen by" is the practitioner, not a subject', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Seen by', (i) => ['Dr K Marsh (FY2)', 'Dr O Bello'][i % 2]!],
      ['Summary', note],
    ]);
    expect(mapping.practitioner).toBe('Seen by');
    expect(mapping.subjects).toBeNull();
  });

  it('bare staff codes under a header naming nobody are not the practitioner; "Officer" is', () => {
    const codes = (i: number) => ['CH4471', 'CH3302', 'CH1187'][i % 3]!;
    const unnamed = read([
      ['Date', day()],
      ['Console', codes],
      ['Summary', note],
    ]);
    expect(unnamed.mapping.practitioner).toBeNull();
    const named = read([
      ['Date', day()],
      ['Officer', codes],
      ['Summary', note],
    ]);
    expect(named.mapping.practitioner).toBe('Officer');
  });

  it('a "Priority" of codes is a rating, not a staff code', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Priority', (i) => `P${1 + (i % 3)}`],
      ['Summary', note],
    ]);
    expect(mapping.practitioner).toBeNull();
  });

  it('a "Referring Organisation" is another agency: neither the agency nor its team', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Referring Organisation', (i) => ['Police', 'School', 'GP surgery'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.agency).toBeNull();
    expect(mapping.team).toBeNull();
  });
});

describe('text columns', () => {
  const LESSONS = [
    'No capacity assessment recorded before the case was closed.',
    'Good practice: the worker escalated to the team manager the same day.',
    'The missed visit was not followed up or escalated.',
  ];
  const lesson = (i: number) => LESSONS[i % LESSONS.length]!;

  it('a header naming who after "by" is what they wrote: "Learning identified by service" is the analysis', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Details', note],
      ['Learning identified by service', lesson],
    ]);
    expect(mapping.analysis).toBe('Learning identified by service');
    expect(mapping.team).toBeNull();
  });

  it('a participle after the field word qualifies it: "Learning identified" is the analysis', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Summary', note],
      ['Learning identified', lesson],
    ]);
    expect(mapping.analysis).toBe('Learning identified');
  });

  it('the only long free text is the description, even under "Comments"', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Comments', note],
    ]);
    expect(mapping.description).toBe('Comments');
    expect(mapping.analysis).toBeNull();
  });

  it('a "Significance" of High / Medium / Low is a rating, not an analysis', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Significance', (i) => ['High', 'Medium', 'Low'][i % 3]!],
      ['Summary', note],
    ]);
    expect(mapping.analysis).toBeNull();
  });
});

describe('references', () => {
  it('an audit row id is the system’s; the log number is the record’s', () => {
    const { mapping } = read([
      ['Row Audit ID', (i) => `AX-${90210 + i}`],
      ['Log No', (i) => `CH/23/${4410 + i}`],
      ['Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.sourceRef).toBe('Log No');
  });

  it('a property’s reference names the place; the tenancy reference beside it is the record’s', () => {
    const { mapping } = read([
      ['Property Ref', () => 'KD0093315'],
      ['Tenancy Ref', () => 'T/204417'],
      ['Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.sourceRef).toBe('Tenancy Ref');
  });

  it('"#" is the word number: "Log #" of codes is the reference', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Log #', (i) => `WF${40212 + i * 7}`],
      ['Summary', note],
    ]);
    expect(mapping.sourceRef).toBe('Log #');
  });

  it('five-digit numbers under "Log No" are record numbers, not Excel serial dates', () => {
    const { mapping } = read([
      ['Date', day()],
      ['Log No', (i) => `${40212 + i * 7}`],
      ['Summary', note],
    ]);
    expect(mapping.sourceRef).toBe('Log No');
  });

  it('a probation CRN is a case reference', () => {
    const { mapping } = read([
      ['CRN', (i) => `K220931/${i + 1}`],
      ['Date', day()],
      ['Summary', note],
    ]);
    expect(mapping.sourceRef).toBe('CRN');
  });
});

describe('yes/no questions', () => {
  it('a child word with a verb of seeing is child seen ("YP spoken to?")', () => {
    const { mapping } = read([
      ['Date', day()],
      ['YP spoken to?', yn],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBe('YP spoken to?');
  });

  it('"Attended (Y/N)" is child seen in a file of appointments, and nothing elsewhere', () => {
    const clinic = read([
      ['Appointment Date', day()],
      ['Appointment Type', kind],
      ['Attended (Y/N)', yn],
      ['Summary', note],
    ]);
    expect(clinic.mapping.childSeen).toBe('Attended (Y/N)');
    const incidents = read([
      ['Incident Date', day()],
      ['Incident Type', kind],
      ['Attended (Y/N)', yn],
      ['Summary', note],
    ]);
    expect(incidents.mapping.childSeen).toBeNull();
  });

  it('a hospital system\'s "Encounter" is an appointment: "Attended?" there is child seen', () => {
    const { mapping } = read([
      ['Encounter Start', day()],
      ['Encounter Type', kind],
      ['Attended?', yn],
      ['Summary', note],
    ]);
    expect(mapping.childSeen).toBe('Attended?');
  });
});
