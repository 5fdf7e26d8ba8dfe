import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// School exports: MyConcern's concern export (JSON from its reporting API, camelCase,
// wrapped in the export's own metadata) and an Arbor behaviour and welfare log in Excel.

export const myConcernExport: CorpusFile = {
  name: 'school-myconcern-concerns.json',
  agency: 'St Piran’s Primary School',
  kind: 'education',
  system: 'MyConcern concern export (reporting API, JSON)',
  quirks:
    'Records under "items" inside an export object with school and paging metadata; "dateOfConcern" beside "reportedOn" (when it was typed); concern categories as the type, several joined with " | " and one misspelt ("Neglgect"); the DSL action in "dslAction"; "pupilSpokenTo" as true/false text',
  headers: [
    'concernId',
    'dateOfConcern',
    'reportedOn',
    'concernCategory',
    'reportedBy',
    'pupil',
    'pupilSpokenTo',
    'concernSummary',
    'dslAction',
  ],
  fields: {
    sourceRef: 'concernId',
    date: 'dateOfConcern',
    type: 'concernCategory',
    practitioner: 'reportedBy',
    subjects: 'pupil',
    childSeen: 'pupilSpokenTo',
    description: 'concernSummary',
    outcome: 'dslAction',
  },
  json: {
    wrapper: {
      exportType: 'ConcernsByPupil',
      school: { name: 'St Piran’s Primary School', urn: '111902' },
      generatedAt: '2022-10-31T15:04:11Z',
      page: 1,
      pageCount: 1,
    },
    key: 'items',
  },
  // prettier-ignore
  rows: [
    ['concern', 'MC-22-0117', '2022-02-08', '2022-02-08T09:12:00', 'Domestic Abuse', 'Mrs J. Carne (class teacher)', 'Tyler Pascoe (Y4)', 'true', 'Tyler told me police came to the house at the weekend because dad hurt mum. He was tired and quiet.', 'DSL aware via Operation Encompass call this am. Monitor, check in daily.'],
    ['info.shared', 'MC-22-0118', '2022-02-07', '2022-02-08T09:40:00', 'Op Encompass notification', 'Mr D. Lobb (DSL)', 'Tyler Pascoe (Y4)', 'false', 'Encompass notification received by phone from police: DA incident 06/02, children present.', 'Recorded. Class teacher told. Key adult identified.'],
    ['concern', 'MC-22-0131', '2022-02-17', '2022-02-17T10:55:00', 'Emotional wellbeing | Domestic Abuse', 'Mrs J. Carne (class teacher)', 'Tyler Pascoe (Y4)', 'true', 'Upset in class. Said dad "broke the door" and he had to hide with Mia.', 'DSL phoned allocated SW K. Treloar same morning.'],
    ['contact.phone', 'MC-22-0132', '2022-02-17', '2022-02-17T11:30:00', 'DSL action', 'Mr D. Lobb (DSL)', 'Tyler Pascoe (Y4)', 'false', 'Call to CSC social worker to pass on disclosure.', 'SW to include in assessment.'],
    ['concern', 'MC-22-0150', '2022-02-28', '2022-02-28T16:20:00', 'Attendence | Missing from education', 'Mrs P. Hocking (attendance officer)', 'Tyler Pascoe (Y4)', 'false', 'Tyler left site at lunchtime without permission. Returned by PCSO 15:10.', 'Mum phoned, no answer. Text sent.'],
    ['contact.message', 'MC-22-0151', '2022-03-01', '2022-03-01T08:50:00', 'Parental contact', 'Mr D. Lobb (DSL)', 'Tyler Pascoe (Y4)', 'false', 'Letter home re leaving site and attendance 88% this term.', 'Meeting offered to mum.'],
    ['concern', 'MC-22-0173', '2022-03-10', '2022-03-10T14:05:00', 'Neglgect', 'Mrs J. Carne (class teacher)', 'Tyler Pascoe (Y4)', 'true', 'Same uniform all week, no PE kit, hungry at breakfast club 3 days running.', 'Breakfast club place confirmed. Share at strat.'],
    ['strategy', 'MC-22-0181', '2022-03-15', '2022-03-15T16:30:00', 'Multi-agency meeting', 'Mr D. Lobb (DSL)', 'Tyler Pascoe (Y4)', 'false', 'DSL attended strategy discussion on Teams called by CSC.', 'School to see Tyler at start of day for S47.'],
    ['meeting.conference', 'MC-22-0209', '2022-04-05', '2022-04-05T13:00:00', 'Meeting - ICPC', 'Mr D. Lobb (DSL)', 'Tyler Pascoe (Y4)', 'false', 'Attended initial CP conference. School report submitted 2 days before.', 'CP plan. School actions: daily check-in, attendance monitoring.'],
  ],
};

export const arborWelfareLog: CorpusFile = {
  name: 'school-arbor-welfare-log.xlsx',
  agency: 'Carrowmoor Academy Trust – Treviscoe Nursery & Primary',
  kind: 'education',
  system: 'Arbor MIS behaviour and welfare incidents report, saved to Excel',
  quirks:
    'Title block with trust and academy name and a run date, date cells in "Logged" and a separate text "When" column that holds the event date ("03 Oct 2022, 08:45"), "Incident Type" from Arbor with a custom welfare category after a slash, "Parent Contacted Y/N", the DSL merged down',
  headers: [
    'Student',
    'When',
    'Logged',
    'Incident Type / Category',
    'Recorded by',
    'DSL',
    'What happened',
    'Follow up',
    'Parent Contacted Y/N',
    'Incident #',
  ],
  fields: {
    subjects: 'Student',
    date: 'When',
    type: 'Incident Type / Category',
    practitioner: 'Recorded by',
    description: 'What happened',
    outcome: 'Follow up',
    sourceRef: 'Incident #',
  },
  xlsx: {
    sheet: 'Incidents',
    title: [
      'Treviscoe Nursery & Primary – Welfare incidents',
      'Carrowmoor Academy Trust. Report run 31/10/2022 by DSL',
    ],
    dateCells: [{ header: 'Logged', as: 'datetime' }],
    mergeDown: ['DSL'],
  },
  // prettier-ignore
  rows: [
    ['incident.injury', 'Jayden R. (Nursery)', '03 Oct 2022, 08:45', '03/10/2022 09:20', 'Welfare / Injury seen on arrival', 'Miss K. Jewell (EYP)', 'Mrs H. Roskilly', 'Purple bruise on left ear and behind ear seen at drop off. Mum said he fell off the sofa. Body map completed.', 'DSL informed 08:55, contacted Front Door 09:10.', 'N', '40211'],
    ['referral.sent', 'Jayden R. (Nursery)', '03 Oct 2022, 09:10', '03/10/2022 09:35', 'Safeguarding / Referral made', 'Mrs H. Roskilly', 'Mrs H. Roskilly', 'Phoned Integrated Front Door re bruising. Followed up with online referral form.', 'Advised not to contact mum – police and CSC to attend.', 'N', '40212'],
    ['strategy', 'Jayden R. (Nursery)', '03 Oct 2022, 14:00', '04/10/2022 08:15', 'Safeguarding / Strategy mtg', 'Mrs H. Roskilly', 'Mrs H. Roskilly', 'Not invited to strategy meeting, told outcome by phone: S47 and medical.', 'Ask to be included in future.', 'N', '40219'],
    ['contact.not-brought', 'Jayden R. (Nursery)', '14 Nov 2022, 09:30', '14/11/2022 09:45', 'Attendance / Not brought', 'Miss K. Jewell (EYP)', 'Mrs H. Roskilly', 'Jayden not brought to nursery, no message. 3rd absence in Nov.', 'Call to mum – no answer. SW emailed.', 'Y', '40388'],
    ['contact.phone', 'Jayden R. (Nursery)', '14 Nov 2022, 11:05', '14/11/2022 11:10', 'Welfare / First day calling', 'Office', 'Mrs H. Roskilly', 'Office rang mum at 11:00, mum said he had a cold.', '', 'Y', '40389'],
    ['meeting.core-group', 'Jayden R. (Nursery)', '14 Nov 2022, 15:30', '15/11/2022 08:30', 'Safeguarding / Core grp', 'Mrs H. Roskilly', 'Mrs H. Roskilly', 'Attended first core group at CSC office. Attendance concerns shared.', 'Nursery to send weekly attendance to SW.', 'N', '40391'],
    ['concern', 'Jayden R. (Nursery)', '28 Nov 2022, 08:50', '28/11/2022 09:00', 'Welfare / Presentation', 'Miss K. Jewell (EYP)', 'Mrs H. Roskilly', 'Back after week away. Very hungry, nappy rash, clothes too small. Quiet, flinched when adult reached over.', 'Logged and emailed SW. Monitor.', 'N', '40420'],
    ['info.shared', 'Jayden R. (Nursery)', '30 Nov 2022, 10:00', '30/11/2022 10:20', 'Safeguarding / Info to CSC', 'Mrs H. Roskilly', 'Mrs H. Roskilly', 'Weekly attendance and welfare summary emailed to SW as agreed at core group.', 'No reply rec’d.', 'N', '40431'],
  ],
};
