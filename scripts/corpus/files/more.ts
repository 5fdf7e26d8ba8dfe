import type { CorpusFile } from '../spec';

// Three more shapes: LiquidLogic case notes as snake_case JSON, a CAMHS appointment list from
// RiO, and a health visiting IMR kept in Word.

export const lcsCaseNotesJson: CorpusFile = {
  name: 'cs-lcs-case-notes.json',
  agency: 'Westvale Children’s Services',
  kind: 'children-services',
  system: 'LiquidLogic LCS case notes via the reporting API (snake_case JSON)',
  quirks:
    'snake_case keys, a terse "note_type" ("Case Note", "Contact", "Other") with the event in "note_subject" and the body, "child_seen"/"child_seen_alone" booleans as Yes/No, "created_datetime" beside "note_date"',
  headers: [
    'note_id',
    'note_date',
    'note_time',
    'note_type',
    'note_subject',
    'note_body',
    'author',
    'author_team',
    'child_seen',
    'child_seen_alone',
    'created_datetime',
  ],
  fields: {
    sourceRef: 'note_id',
    date: 'note_date',
    time: 'note_time',
    type: 'note_type',
    description: 'note_body',
    practitioner: 'author',
    team: 'author_team',
    childSeen: 'child_seen',
    seenAlone: 'child_seen_alone',
  },
  json: {
    wrapper: { source: 'LCS', child_id: '300417', extracted: '2026-11-01' },
    key: 'case_notes',
  },
  // prettier-ignore
  rows: [
    ['contact.home-visit', 'CN-90021', '2022-06-29', '09:30', 'Case Note', 'Visit to child', 'Follow-up visit after bruise seen 28/06. Kai seen, bruise fading. Mother says Carl visits only.', 'SW Lucy Grey', 'CIN Team', 'Yes', 'No', '2022-06-29T13:00:00'],
    ['decision', 'CN-90022', '2022-06-29', '14:00', 'Other', 'Management oversight', 'TM: bruise explained, no strategy discussion required; continue CIN.', 'TM Karen Bell', 'CIN Team', 'No', 'No', '2022-06-29T14:20:00'],
    ['contact.phone', 'CN-90040', '2022-07-05', '11:00', 'Contact', 'Telephone call', 'Call to nursery: Kai attending well, no concerns.', 'SW Lucy Grey', 'CIN Team', 'No', 'No', '2022-07-05T11:15:00'],
    ['meeting.planning', 'CN-90071', '2022-07-26', '10:00', 'Case Note', 'CIN review', 'CIN review: mother says relationship over. Plan continues.', 'SW Lucy Grey', 'CIN Team', 'No', 'No', '2022-07-26T15:00:00'],
    ['contact.no-access', 'CN-90102', '2022-08-09', '16:00', 'Case Note', 'Visit – no access', 'No answer, car outside. Card left.', 'SW Lucy Grey', 'CIN Team', 'No', 'No', '2022-08-09T17:00:00'],
    ['referral.received', 'CN-90110', '2022-08-14', '02:10', 'Contact', 'Police notification', 'EDT: police attended DA at address, Carl arrested, Kai asleep upstairs.', 'EDT SW', 'Emergency Duty Team', 'No', 'No', '2022-08-14T03:00:00'],
    ['strategy', 'CN-90118', '2022-08-15', '11:30', 'Case Note', 'Strategy discussion', 'Strategy discussion: s47 agreed, ICPC to be convened.', 'TM Karen Bell', 'CIN Team', 'No', 'No', '2022-08-15T12:30:00'],
    ['contact.home-visit', 'CN-90121', '2022-08-15', '16:00', 'Case Note', 'S47 visit', 'Kai seen and spoken to with mother. No marks.', 'SW Lucy Grey', 'CIN Team', 'Yes', 'No', '2022-08-15T18:10:00'],
  ],
};

export const camhsAppointments: CorpusFile = {
  name: 'camhs-rio-appointments.csv',
  agency: 'Northshire CAMHS',
  kind: 'health',
  system: 'RiO appointment list (CAMHS), CSV',
  quirks:
    '"Appt Date" and "Appt Type", an "Attended (Y/N)" column, clinician initials, an outcome code, "Booked On" date, no time column but a slot column',
  headers: [
    'Appt Date',
    'Slot',
    'Appt Type',
    'Clinician',
    'Attended (Y/N)',
    'Outcome Code',
    'Clinical Summary',
    'Booked On',
    'Appt ID',
  ],
  fields: {
    date: 'Appt Date',
    time: 'Slot',
    type: 'Appt Type',
    practitioner: 'Clinician',
    childSeen: 'Attended (Y/N)',
    description: 'Clinical Summary',
    outcome: 'Outcome Code',
    sourceRef: 'Appt ID',
  },
  // prettier-ignore
  rows: [
    ['referral.received', '04/01/2022', '', 'Referral triage', 'SPA', 'N', 'ACC', 'Referral from GP: Alfie (8) nightmares, aggression at school, DA at home.', '04/01/2022', 'CAM-10442'],
    ['assessment.complete', '01/02/2022', '10:00', 'Choice appointment', 'CP (Psych)', 'Y', 'TRT', 'Choice appt with mother. Trauma symptoms following DA. Mother says Dean has left.', '11/01/2022', 'CAM-10588'],
    ['contact.not-brought', '22/02/2022', '16:00', 'Partnership appt', 'AM (CAMHS Pract)', 'N', 'WNB', 'Was not brought.', '02/02/2022', 'CAM-10701'],
    ['contact.phone', '23/02/2022', '', 'Telephone', 'AM (CAMHS Pract)', 'N', 'TEL', 'Phoned mother: forgot. Rebooked.', '23/02/2022', 'CAM-10715'],
    ['contact.office', '08/03/2022', '16:00', 'Partnership appt', 'AM (CAMHS Pract)', 'Y', 'ATT', 'Session 1 of 6: psychoeducation. Alfie quiet.', '23/02/2022', 'CAM-10790'],
    ['contact.not-brought', '22/03/2022', '16:00', 'Partnership appt', 'AM (CAMHS Pract)', 'N', 'WNB', 'Was not brought, no contact.', '08/03/2022', 'CAM-10851'],
    ['info.shared', '24/03/2022', '', 'Letter to GP/SW', 'AM (CAMHS Pract)', 'N', 'LET', 'Letter to GP and SW: two WNB, concerns re engagement.', '24/03/2022', 'CAM-10870'],
    ['case.close', '26/04/2022', '', 'Discharge', 'AM (CAMHS Pract)', 'N', 'DIS', 'Discharged after 3 WNB. GP informed.', '26/04/2022', 'CAM-11010'],
  ],
};

export const hvImrDocx: CorpusFile = {
  name: 'hv-imr-chronology.docx',
  agency: 'Hywel Valley Health Board (Health Visiting)',
  kind: 'health',
  system: 'Health board IMR chronology in the Welsh CPR Word template',
  quirks:
    'Welsh CPR template headers ("Date of contact", "Source of information" naming the record, not a team), a week-commencing date, an analysis column, several paragraphs in a cell, Flying Start/HCWP terms, table continued over pages with its header repeated',
  headers: [
    'Date of contact',
    'Time',
    'Source of information',
    'Practitioner',
    'Type of contact',
    'Details of contact',
    'Child seen',
    'Analysis / comment',
  ],
  fields: {
    date: 'Date of contact',
    time: 'Time',
    practitioner: 'Practitioner',
    type: 'Type of contact',
    description: 'Details of contact',
    childSeen: 'Child seen',
    analysis: 'Analysis / comment',
  },
  docx: {
    title: [
      'Child Practice Review – Individual Agency Chronology',
      'Hywel Valley University Health Board',
      'Health Visiting / Flying Start',
    ],
    preface: [
      ['Review', 'CPR 04/2023'],
      ['Period', '01/09/2021 – 31/08/2022'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['health.postnatal', '14/10/2021', '10:00', 'HCWP record', 'HV1', 'New birth visit (HCWP)', 'Baby boy 11 days. Feeding well.\nMother disclosed past DA with ex-partner.', 'Y', 'Enquiry done and recorded: good practice.'],
    ['health.postnatal', '22/11/2021', '14:00', 'HCWP record', 'HV1', '6 week contact', 'Weight 9th→25th. Mother low mood, EPDS 11.', 'Y', ''],
    ['contact.no-access', 'w/c 10/01/2022', '', 'HCWP record', 'HV1', 'Home visit – NA', 'No access. Note through door.', 'N', 'No follow-up for 6 weeks.'],
    ['incident.injury', '21/02/2022', '13:30', 'HCWP record', 'Flying Start HV2', 'Flying Start HV', 'Flying Start visit. New partner present ("Lee"). Baby with bruise on ear, mother said rolled into cot bars.', 'Y', 'Non-mobile baby (4 months): NMB protocol not followed.'],
    ['info.shared', '21/02/2022', '16:00', 'HCWP record', 'Flying Start HV2', 'Discussion with safeguarding', 'Discussed with Named Nurse by phone. Advised refer.', 'N', 'Referral not made until next day.'],
    ['referral.sent', '22/02/2022', '09:15', 'HCWP record', 'Flying Start HV2', 'MARF', 'MARF to Children’s Services re bruise on non-mobile baby.', 'N', 'One day late.'],
    ['health.development', '13/06/2022', '10:00', 'HCWP record', 'HV1', '8 month developmental review', 'Development on track. Mother says Lee moved out.', 'Y', ''],
    ['critical', '15/08/2022', '', 'HCWP record', 'HV1', 'Notification', 'Informed by police: baby admitted to hospital with head injury.', 'N', ''],
  ],
};
