import type { CorpusFile } from '../spec';

// General practice: EMIS Web consultation export, SystmOne (GP unit) JSON, and the GP's IMR
// written into the review's Word template.

export const emisConsultations: CorpusFile = {
  name: 'gp-emis-consultations.csv',
  agency: 'Riverside Medical Practice',
  kind: 'health',
  system: 'EMIS Web consultation export',
  quirks:
    'Dates as 12-Mar-2021 (EMIS style), the consultation type as EMIS names it, a Read/SNOMED problem column, "Entered" date, no record id',
  headers: [
    'Consultation Date',
    'Time',
    'Consultation Type',
    'Clinician',
    'Role',
    'Problem',
    'Consultation Text',
    'Entered',
  ],
  fields: {
    date: 'Consultation Date',
    time: 'Time',
    type: 'Consultation Type',
    practitioner: 'Clinician',
    description: 'Consultation Text',
  },
  // prettier-ignore
  rows: [
    ['contact.office', '08-Jan-2021', '09:10', 'Face to face consultation', 'Dr H Okoye', 'GP Partner', 'Low mood', 'Low mood since birth of son. Sleeping poorly. Partner at home, no DA disclosed on routine question.', '08-Jan-2021'],
    ['contact.phone', '22-Jan-2021', '11:40', 'Telephone encounter', 'Dr H Okoye', 'GP Partner', 'Depression', 'Phone review: sertraline started 2 wks ago, tolerating. Some improvement.', '22-Jan-2021'],
    ['info.shared', '03-Feb-2021', '', 'Document received', 'Admin', 'Administrator', 'Safeguarding', 'HV letter: concerns re home conditions, family open to Early Help.', '05-Feb-2021'],
    ['contact.not-brought', '17-Feb-2021', '10:20', 'Did not attend', 'PN S Clarke', 'Practice Nurse', 'Immunisation', '12-week immunisations: child not brought. Second WNB.', '17-Feb-2021'],
    ['contact.message', '18-Feb-2021', '', 'Letter', 'PN S Clarke', 'Practice Nurse', 'Immunisation', 'Letter to parent to rebook imms. HV informed.', '18-Feb-2021'],
    ['incident.injury', '02-Mar-2021', '16:45', 'Face to face consultation', 'Dr P Grant', 'GP Registrar', 'Bruising', 'Baby (4 months) brought by mother with bruise to right cheek. Mother says sibling hit him with toy. Non-mobile.', '02-Mar-2021'],
    ['referral.sent', '02-Mar-2021', '17:30', 'Safeguarding', 'Dr P Grant', 'GP Registrar', 'Child protection', 'Discussed with safeguarding lead GP. Referral to Children’s Social Care (MASH) by phone, paediatric assessment arranged same day.', '02-Mar-2021'],
    ['info.shared', '25-Mar-2021', '', 'Administration', 'Dr H Okoye', 'GP Partner', 'Child protection', 'Report submitted to ICPC; unable to attend. Outcome: CP plan (physical abuse).', '29-Mar-2021'],
    ['contact.home-visit', '12-Apr-2021', '14:00', 'Home visit', 'Dr H Okoye', 'GP Partner', 'Depression', 'Home visit to mother (unable to attend surgery). Flat tidy, baby asleep. Mood improved.', '12-Apr-2021'],
  ],
};

export const systmOneGp: CorpusFile = {
  name: 'gp-systmone-safeguarding.json',
  agency: 'Millbrook Surgery',
  kind: 'health',
  system: 'SystmOne (GP) record extract, camelCase JSON array',
  quirks:
    'A bare JSON array, camelCase keys, a "recordedDateTime" beside the event date, coded entries beside the free text, an event GUID',
  headers: [
    'eventDate',
    'eventTime',
    'staffName',
    'staffRole',
    'consultationType',
    'patient',
    'entryText',
    'codedEntries',
    'recordedDateTime',
    'eventGuid',
  ],
  fields: {
    date: 'eventDate',
    time: 'eventTime',
    practitioner: 'staffName',
    type: 'consultationType',
    subjects: 'patient',
    description: 'entryText',
    sourceRef: 'eventGuid',
  },
  // prettier-ignore
  rows: [
    ['contact.office', '2022-01-11', '08:50', 'Dr L Fenwick', 'GP', 'Surgery consultation', 'Leanne Briggs', 'Anxiety, poor sleep. Says partner works away. No DA disclosed.', 'Anxiety state', '2022-01-11T09:02:11', '7f3a-01'],
    ['contact.phone', '2022-02-21', '12:15', 'Dr L Fenwick', 'GP', 'Telephone consultation', 'Leanne Briggs', 'Requests sick note, "stress at home". Declined to discuss further on phone.', 'Fit note', '2022-02-21T12:22:40', '7f3a-02'],
    ['info.shared', '2022-03-11', '', 'Admin', 'Secretary', 'Incoming correspondence', 'Leanne Briggs', 'Police notification: DVDS disclosure made 10/03/2022.', 'Domestic abuse', '2022-03-14T10:05:00', '7f3a-03'],
    ['incident.injury', '2022-04-20', '10:30', 'Dr S Iqbal', 'GP', 'Surgery consultation', 'Leanne Briggs', 'Neck pain after assault by partner 19/04. Bruising both sides of neck. Safeguarding discussed.', 'Assault; Domestic abuse', '2022-04-20T10:58:12', '7f3a-04'],
    ['info.shared', '2022-04-29', '', 'Admin', 'Secretary', 'Incoming correspondence', 'Leanne Briggs', 'MARAC action: GP to flag record and offer appointments when partner not present.', 'MARAC', '2022-05-03T09:14:00', '7f3a-05'],
    ['contact.not-brought', '2022-05-16', '09:20', 'Dr S Iqbal', 'GP', 'Did not attend', 'Leanne Briggs', 'DNA follow-up for neck pain and mood.', '', '2022-05-16T12:00:00', '7f3a-06'],
    ['contact.office', '2022-06-08', '11:00', 'PN J Walsh', 'Practice Nurse', 'Clinic', 'Kai Briggs', 'Kai (3) 3-year immunisation booster. Attended with mother.', 'Immunisation', '2022-06-08T11:20:00', '7f3a-07'],
    ['referral.sent', '2022-06-08', '11:40', 'PN J Walsh', 'Practice Nurse', 'Safeguarding', 'Kai Briggs', 'Mother disclosed partner back living at home despite DVPO ended. Discussed with safeguarding GP, referral to CSC.', 'Child safeguarding referral', '2022-06-08T12:30:00', '7f3a-08'],
  ],
};

export const gpImr: CorpusFile = {
  name: 'gp-practice-imr.docx',
  agency: 'Harbour Lane Surgery',
  kind: 'health',
  system: 'GP IMR in the board’s Word chronology template',
  quirks:
    'A month-only date written from a letter, an IMR details table before the chronology, the table cut over pages with the header row repeated, several paragraphs per cell, an IMR author comment column',
  headers: [
    'Date',
    'Who seen / consulted',
    'Type of contact',
    'Clinician',
    'Summary of consultation',
    'Action / referral',
    'IMR author comment',
  ],
  fields: {
    date: 'Date',
    subjects: 'Who seen / consulted',
    type: 'Type of contact',
    practitioner: 'Clinician',
    description: 'Summary of consultation',
    outcome: 'Action / referral',
    analysis: 'IMR author comment',
  },
  docx: {
    title: [
      'Individual Management Review – Chronology',
      'Agency: Harbour Lane Surgery',
      'Author: Dr R Sandhu, Named GP for Safeguarding',
    ],
    preface: [
      ['Review', 'Adult Practice Review APR 03/2022'],
      ['Period', '01/04/2021 to 30/09/2022'],
      ['Subject', 'Adult A (72)'],
    ],
    splitEvery: 5,
    footer: [
      'I confirm this chronology is a true record of the practice’s contacts.',
      'Signed: R Sandhu',
    ],
  },
  // prettier-ignore
  rows: [
    ['contact.home-visit', '14/04/2021', 'Adult A', 'Home visit', 'Dr M Ellis', 'Chest infection. Lives with son (B), who is main carer.\nHouse cluttered, cold.', 'Antibiotics.', 'No consideration of carer strain recorded.'],
    ['contact.phone', '30/06/2021', 'Son B (carer)', 'Telephone', 'Dr M Ellis', 'Son requests repeat prescriptions. Says mother "refusing to eat".', 'Repeat issued.', 'Opportunity to review in person missed.'],
    ['contact.not-brought', 'Aug 2021', 'Adult A', 'DNA', 'PN K Shaw', 'Did not attend diabetic review.', 'Letter sent.', 'Adult A relied on son for transport.'],
    ['adult.concern', '02/10/2021', 'Adult A', 'District nurse report', 'DN team', 'District nurse reports grade 3 pressure sore and weight loss; son hostile to nurses.', 'Safeguarding concern raised with adult social care.', 'Appropriate and timely.'],
    ['info.shared', '05/10/2021', 'Adult A', 'Letter received', 'Admin', 'Adult social care: concern received, will consider s42 enquiry.', 'Filed.', ''],
    ['contact.home-visit', '20/10/2021', 'Adult A; Son B', 'Home visit', 'Dr R Sandhu', 'Joint visit with social worker.\nAdult A weight 41kg (was 52kg).\nSon says he cannot cope.', 'Carer’s assessment requested. Dietitian referral.', 'Good joint working.'],
    ['adult.enquiry', '03/11/2021', 'Adult A', 'Meeting', 'Dr R Sandhu', 'S42 enquiry meeting attended: neglect by carer substantiated in part.', 'Protection plan: daily care calls.', ''],
    ['info.shared', '12/01/2022', 'Adult A', 'A&E letter', 'Admin', 'ED discharge letter: fall at home, fractured neck of femur. Admitted.', 'Filed; GP review on discharge.', 'No check whether the protection plan was in place.'],
  ],
};
