import type { CorpusFile } from '../spec';

// Development-set children's services, education and youth justice files (held out 05/12/2026): a
// Liberi case activity report as JSON, a Protocol ICS chronology report in Excel, a secondary
// school's Safeguard concern log, a primary school's ScholarPack pupil notes, and a youth justice
// service's CSPR chronology compiled from ChildView.

export const liberiCaseActivity: CorpusFile = {
  name: 'cs-liberi-case-activity.json',
  agency: 'Fernleigh Council Children’s Services',
  kind: 'children-services',
  system: 'Liberi (Access Group), case activity summary from the reporting service (JSON)',
  quirks:
    'records under `Data` in a report object with its parameters, PascalCase keys, SQL Server date-times at midnight (`2024-04-09 00:00:00.000`) with the time in its own key, activity types with inserted words and a source column (`Form`, `Case Note`, `Meeting`), ChildrenSeen / SeenAlone as 1 / 0, a terse `Case Note` whose summary says what happened',
  json: {
    wrapper: {
      ReportName: 'Case Activity Summary',
      System: 'Liberi',
      Parameters: { PersonID: 'P0048817', From: '2024-04-01', To: '2024-07-31' },
      RunBy: 'BI Team',
      RunDate: '28/10/2026 07:55',
    },
    key: 'Data',
  },
  headers: [
    'ActivityID',
    'PersonID',
    'ActivityDate',
    'StartTime',
    'ActivityType',
    'Source',
    'Worker',
    'WorkerTeam',
    'ChildrenSeen',
    'SeenAlone',
    'Summary',
    'Outcome',
  ],
  fields: {
    sourceRef: 'ActivityID',
    date: 'ActivityDate',
    time: 'StartTime',
    type: 'ActivityType',
    practitioner: 'Worker',
    team: 'WorkerTeam',
    childSeen: 'ChildrenSeen',
    seenAlone: 'SeenAlone',
    description: 'Summary',
    outcome: 'Outcome',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'ACT-2210931', 'P0048817', '2024-04-09 00:00:00.000', '09:05', 'Contact Received', 'Form', 'D Shaw', 'Front Door', '0', '0', 'Contact from Wick Lane Primary: Ruby (6) came in with bruise to cheek, said "Dean did it". Op Encompass notice last week for DA at the address.', 'Pass to MASH manager for decision.'],
    ['decision', 'ACT-2210958', 'P0048817', '2024-04-09 00:00:00.000', '11:30', 'Contact – Manager Decision', 'Form', 'L Patel (TM)', 'Front Door', '0', '0', 'Threshold for s47 met. Strategy discussion to be held today. Allocate to Assessment Team 2.', 'Strategy discussion.'],
    ['strategy', 'ACT-2211002', 'P0048817', '2024-04-09 00:00:00.000', '14:00', 'Strategy Discussion (Teams)', 'Meeting', 'L Patel (TM)', 'Front Door', '0', '0', 'Police, school DSL, school nurse, CSC. Joint s47 agreed for Ruby and Finn. Ruby to be seen at school today.', 'Joint s47.'],
    ['s47', 'ACT-2211040', 'P0048817', '2024-04-09 00:00:00.000', '15:10', 'Section 47 Enquiry – Start', 'Form', 'M Osei', 'Assessment Team 2', '0', '0', 'S47 enquiry started jointly with DC Reid.', 'Visit today.'],
    ['contact.home-visit', 'ACT-2211077', 'P0048817', '2024-04-09 00:00:00.000', '17:45', 'Visit – Unannounced', 'Case Note', 'M Osei', 'Assessment Team 2', '1', '1', 'Home visit with DC Reid. Ruby and Finn seen, Ruby seen alone in her bedroom. Mum Chloe says Dean has moved out. Safety plan agreed.', 'Dean not to have contact.'],
    ['assessment.start', 'ACT-2211130', 'P0048817', '2024-04-10 00:00:00.000', '09:00', 'Child & Family Assessment – Started', 'Form', 'M Osei', 'Assessment Team 2', '0', '0', 'C&F assessment opened for both children.', 'Due 11/06.'],
    ['contact.no-access', 'ACT-2214388', 'P0048817', '2024-04-22 00:00:00.000', '16:00', 'Home Visit – CP', 'Case Note', 'M Osei', 'Assessment Team 2', '0', '0', 'No answer at the door. Dean\'s car on the drive. Card left.', 'Revisit tomorrow, inform police.'],
    ['meeting.conference', 'ACT-2216001', 'P0048817', '2024-04-30 00:00:00.000', '10:00', 'Initial CP Conference', 'Meeting', 'A Brook (Chair)', 'Safeguarding & QA', '0', '0', 'ICPC: Ruby and Finn made subject of CP plans under emotional abuse. Mum attended, Dean not invited.', 'First core group within 10 working days.'],
    ['register.add', 'ACT-2216010', 'P0048817', '2024-04-30 00:00:00.000', '12:30', 'CP Plan Started', 'Form', 'M Osei', 'Assessment Team 2', '0', '0', 'Child protection plan started: emotional abuse.', ''],
    ['contact.phone', 'ACT-2217155', 'P0048817', '2024-05-07 00:00:00.000', '13:20', 'Case Note', 'Case Note', 'M Osei', 'Assessment Team 2', '0', '0', 'Tel call to mum to arrange this week\'s visit. Mum said it wasn\'t convenient and hung up.', 'Visit unannounced.'],
    ['meeting.core-group', 'ACT-2217302', 'P0048817', '2024-05-09 00:00:00.000', '15:30', 'Core Group Meeting (1st)', 'Meeting', 'M Osei', 'Assessment Team 2', '0', '0', 'First core group at Wick Lane Primary. School, HV, mum. Plan reviewed.', 'Next core group 06/06.'],
    ['assessment.complete', 'ACT-2222860', 'P0048817', '2024-06-07 00:00:00.000', '16:40', 'Child & Family Assessment – Authorised', 'Form', 'L Patel (TM)', 'Assessment Team 2', '0', '0', 'Assessment authorised by TM. Transfer to Safeguarding Team 4 for CP planning.', 'Transfer 14/06.'],
  ],
};

export const protocolIcsChronology: CorpusFile = {
  name: 'cs-protocol-ics-chronology.xlsx',
  agency: 'Brantwood Borough Council Children’s Social Care',
  kind: 'children-services',
  system: 'Protocol ICS chronology report, exported to Excel',
  quirks:
    "a four-line title block, dates as Excel serial numbers, ICS event names (`Strat Meeting`, `Single Assessment`), a significance column with the worker's view of the impact on the child, the team merged down, Y/N seen and seen-alone columns, a code key on a second sheet",
  xlsx: {
    title: [
      'Protocol ICS – Chronology Report',
      'Child: Ellis MORGAN (ICS ID 400218), DOB 03/05/2015',
      'Printed 21/10/2026 by Business Support',
      'OFFICIAL – SENSITIVE',
    ],
    sheet: 'Chronology',
    sheetsAfter: [
      {
        name: 'Key',
        lines: [
          ['Source', 'Meaning'],
          ['ICS', 'Recorded on Protocol ICS'],
          ['EXT', 'Information from another agency'],
        ],
      },
    ],
    dateCells: [{ header: 'Date of Event', as: 'serial' }],
    mergeDown: ['Team'],
  },
  headers: [
    'Date of Event',
    'Event',
    'Details',
    'Significance / Impact on Child',
    'Recorded By',
    'Team',
    'Child Seen',
    'Seen Alone',
    'Source',
  ],
  fields: {
    date: 'Date of Event',
    type: 'Event',
    description: 'Details',
    analysis: 'Significance / Impact on Child',
    practitioner: 'Recorded By',
    team: 'Team',
    childSeen: 'Child Seen',
    seenAlone: 'Seen Alone',
  },
  // prettier-ignore
  rows: [
    ['referral.received', '06/09/2023', 'Contact', 'Contact from GP: mother Lisa MORGAN drinking heavily, Ellis (8) lost weight and missing school.', 'Possible neglect and a parent unable to meet Ellis\'s needs.', 'R Hamid', 'Initial Response', 'N', 'N', 'EXT'],
    ['assessment.start', '07/09/2023', 'Single Assessment', 'Single assessment started following contact.', '', 'C Dunmore', 'Initial Response', 'N', 'N', 'ICS'],
    ['contact.home-visit', '11/09/2023', 'Home Visit', 'Seen at home with mum. House cluttered, empty cans in kitchen. Ellis quiet, says mum "sleeps a lot".', 'Ellis may be caring for his mother.', 'C Dunmore', 'Initial Response', 'Y', 'N', 'ICS'],
    ['contact.office', '14/09/2023', 'School Visit', 'Ellis seen alone at school. Says he makes his own tea most nights, likes school dinners.', 'Young carer role confirmed.', 'C Dunmore', 'Initial Response', 'Y', 'Y', 'ICS'],
    ['assessment.complete', '19/10/2023', 'Single Assessment Completed', 'Assessment completed: CIN plan, young carers referral, mum to engage with alcohol service.', 'Risks judged manageable with support; no history sought from Ellis\'s father.', 'C Dunmore', 'Family Support 1', 'N', 'N', 'ICS'],
    ['meeting.planning', '02/11/2023', 'CIN Meeting', 'First CIN meeting at school. Mum attended late. Plan agreed.', '', 'C Dunmore', 'Family Support 1', 'N', 'N', 'ICS'],
    ['contact.no-access', '23/11/2023', 'Home Visit', 'No reply. Neighbour says mum "out of it" most days.', 'Third failed visit in five weeks.', 'C Dunmore', 'Family Support 1', 'N', 'N', 'ICS'],
    ['strategy', '04/12/2023', 'Strat Meeting', 'Strategy meeting after Ellis found by police walking alone at 23:00 looking for mum. Police, school, GP, CSC.', 'Escalation: Ellis at risk of significant harm.', 'P Varley (TM)', 'Family Support 1', 'N', 'N', 'ICS'],
    ['s47', '05/12/2023', 'S47 Enquiry', 'Section 47 enquiry. Ellis staying with maternal grandmother meanwhile.', '', 'C Dunmore', 'Family Support 1', 'Y', 'Y', 'ICS'],
    ['decision', '15/12/2023', 'Management Decision', 'TM decision: s47 concerns substantiated (neglect). ICPC to be convened.', '', 'P Varley (TM)', 'Family Support 1', 'N', 'N', 'ICS'],
    ['meeting.conference', '03/01/2024', 'ICPC', 'Initial child protection conference: Ellis made subject of a CP plan, category neglect.', 'Multi-agency agreement that the CIN plan had not reduced risk.', 'IRO S Tranter', 'Safeguarding Unit', 'N', 'N', 'ICS'],
  ],
};

export const safeguardConcernLog: CorpusFile = {
  name: 'school-safeguard-concern-log.csv',
  agency: 'Holmewood Academy',
  kind: 'education',
  system: 'Safeguard (Safeguard Software Ltd), concern log export (CSV)',
  quirks:
    'the incident date and time in one cell (`03/10/2023 10:50`) beside a later "Date Added", categories with a sub-category after a dash and a misspelling (`Hygeine`), the year group, the DSL the concern is assigned to, an open / closed status',
  headers: [
    'Ref',
    'Student',
    'Yr',
    'Incident Date',
    'Category',
    'Details',
    'Raised By',
    'Action Taken',
    'Assigned To',
    'Status',
    'Date Added',
  ],
  fields: {
    sourceRef: 'Ref',
    subjects: 'Student',
    date: 'Incident Date',
    type: 'Category',
    description: 'Details',
    practitioner: 'Raised By',
    outcome: 'Action Taken',
  },
  // prettier-ignore
  rows: [
    ['concern', 'SG-10422', 'Kayla DRAPER', '8', '03/10/2023 10:50', 'Neglect - Hygeine', 'Kayla in same uniform all week, smells strongly. Asked form tutor for breakfast, says there was no food at home.', 'Mr T Vance (tutor)', 'Breakfast club place arranged. DSL informed.', 'Mrs R Ellison (DSL)', 'Closed', '03/10/2023 12:14'],
    ['info.shared', 'SG-10430', 'Kayla DRAPER', '8', '05/10/2023 08:30', 'Operation Encompass', 'Op Encompass notification from police: DA incident at home 04/10 at 22:00, Kayla present.', 'Mrs R Ellison (DSL)', 'Key adult to check in with Kayla today.', 'Mrs R Ellison (DSL)', 'Closed', '05/10/2023 08:41'],
    ['contact.office', 'SG-10431', 'Kayla DRAPER', '8', '05/10/2023 11:15', 'Pastoral check-in', 'DSL saw Kayla 1:1 in pastoral office. Quiet, said mum and Ryan argue "all the time" and she stays in her room.', 'Mrs R Ellison (DSL)', 'Wellbeing plan. Weekly check-ins.', 'Mrs R Ellison (DSL)', 'Open', '05/10/2023 11:52'],
    ['concern', 'SG-10478', 'Kayla DRAPER', '8', '18/10/2023 09:30', 'Attendance', 'Absent Mon-Wed, no reason given. Calls to mum unanswered each morning.', 'Attendance Office', 'Home visit requested.', 'Mr K Bright (Attendance)', 'Open', '18/10/2023 09:44'],
    ['contact.no-access', 'SG-10480', 'Kayla DRAPER', '8', '18/10/2023 14:20', 'Attendance', 'Home visit by attendance officer: no answer, curtains closed, note left through door.', 'Mr K Bright (Attendance)', 'Try again tomorrow with DSL.', 'Mr K Bright (Attendance)', 'Open', '18/10/2023 15:02'],
    ['incident.injury', 'SG-10502', 'Kayla DRAPER', '8', '24/10/2023 13:40', 'Physical abuse', 'PE teacher saw finger-mark bruising to upper L arm when changing. Kayla said Ryan grabbed her when she wouldn\'t go to her room.', 'Ms A Crowe (PE)', 'Body map completed. DSL informed straight away.', 'Mrs R Ellison (DSL)', 'Open', '24/10/2023 14:05'],
    ['referral.sent', 'SG-10503', 'Kayla DRAPER', '8', '24/10/2023 14:30', 'External agency', 'Referral to MASH by phone then online form (ref 2023/118822) re bruising and disclosure.', 'Mrs R Ellison (DSL)', 'Told to keep Kayla at school until SW calls back.', 'Mrs R Ellison (DSL)', 'Open', '24/10/2023 15:10'],
    ['family.informed', 'SG-10505', 'Kayla DRAPER', '8', '24/10/2023 16:10', 'Parental contact', 'DSL phoned mum to tell her of the MASH referral, as agreed with the SW. Mum angry, said school is "interfering".', 'Mrs R Ellison (DSL)', '', 'Mrs R Ellison (DSL)', 'Closed', '24/10/2023 16:30'],
    ['strategy', 'SG-10511', 'Kayla DRAPER', '8', '26/10/2023 10:00', 'Meeting', 'DSL attended strategy discussion on Teams with SW, police and school nurse. S47 to go ahead.', 'Mrs R Ellison (DSL)', 'School to share attendance data.', 'Mrs R Ellison (DSL)', 'Closed', '26/10/2023 11:20'],
    ['meeting.conference', 'SG-10560', 'Kayla DRAPER', '8', '16/11/2023 09:30', 'Meeting', 'DSL attended ICPC. Kayla made subject of a CP plan under neglect and emotional abuse.', 'Mrs R Ellison (DSL)', 'Report submitted before conference.', 'Mrs R Ellison (DSL)', 'Closed', '16/11/2023 13:00'],
    ['meeting.core-group', 'SG-10588', 'Kayla DRAPER', '8', '28/11/2023 15:30', 'Meeting', 'First core group held in school. SW, DSL, school nurse, mum.', 'Mrs R Ellison (DSL)', 'School to provide uniform and breakfast.', 'Mrs R Ellison (DSL)', 'Open', '28/11/2023 16:45'],
  ],
};

export const scholarPackNotes: CorpusFile = {
  name: 'school-scholarpack-pupil-notes.xlsx',
  agency: 'Millbrook Primary School',
  kind: 'education',
  system: 'ScholarPack MIS, pupil notes export to Excel',
  quirks:
    'a title block naming the pupil and class, the term merged down, real date cells, terse note types (`Pastoral`, `Medical`, `Safeguarding`, `General`) whose note says what happened, a `Parent Informed?` Y/N column that is not a seen flag',
  xlsx: {
    title: [
      'ScholarPack – Pupil Notes Export',
      'Pupil: Leo FARRANT    Class: Oak (Y3)',
      'Exported 14/10/2026 by Office Manager',
    ],
    sheet: 'Notes',
    dateCells: [{ header: 'Note Date', as: 'date' }],
    mergeDown: ['Term'],
  },
  headers: ['Term', 'Note Date', 'Note Type', 'Note', 'Staff', 'Parent Informed?', 'Follow Up'],
  fields: {
    date: 'Note Date',
    type: 'Note Type',
    description: 'Note',
    practitioner: 'Staff',
    outcome: 'Follow Up',
  },
  // prettier-ignore
  rows: [
    ['concern', 'Autumn 1 2023', '12/09/2023', 'Pastoral', 'Leo told TA he was hungry and had no breakfast. Very tired, fell asleep in phonics.', 'Mrs J Wade (TA)', 'N', 'Toast given. DSL informed.'],
    ['incident.injury', 'Autumn 1 2023', '26/09/2023', 'Medical', 'Arrived with graze and bruise to L cheek. Mum said he fell off his scooter. Body map completed.', 'Mrs K Lister (office)', 'Y', 'DSL aware. Monitor.'],
    ['contact.message', 'Autumn 1 2023', '06/10/2023', 'Attendance', 'Attendance letter 2 sent home: attendance 84%, 6 unauthorised sessions.', 'Mrs K Lister (office)', 'Y', 'Attendance meeting if no improvement.'],
    ['contact.office', 'Autumn 1 2023', '13/10/2023', 'Parent Meeting', 'DSL and class teacher met mum in school about hunger and attendance. Mum struggling since dad left, new partner "helps out".', 'Mr D Okoro (DSL)', 'Y', 'Early help offered, mum agreed.'],
    ['referral.sent', 'Autumn 2 2023', '01/11/2023', 'Safeguarding', 'Early Help request submitted to the Family Hub with mum\'s consent.', 'Mr D Okoro (DSL)', 'Y', 'Await allocation.'],
    ['meeting.planning', 'Autumn 2 2023', '29/11/2023', 'Safeguarding', 'TAF meeting at school: family support worker, mum, DSL. Plan: breakfast club, parenting course, housing advice.', 'Mr D Okoro (DSL)', 'Y', 'Review TAF 10/01.'],
    ['info.shared', 'Autumn 2 2023', '11/12/2023', 'Safeguarding', 'Op Encompass call from police: DA incident at home on 10/12, Leo present.', 'Mr D Okoro (DSL)', 'N', 'Class teacher told. Quiet time offered.'],
    ['concern', 'Autumn 2 2023', '12/12/2023', 'Behaviour', 'Leo hit a peer in the lunch queue and was very unsettled. Later told TA "mummy\'s friend shouts and breaks things".', 'Mrs J Wade (TA)', 'N', 'Passed to DSL.'],
    ['referral.sent', 'Autumn 2 2023', '12/12/2023', 'Safeguarding', 'DSL rang MASH and made a referral: DA at home, Leo\'s disclosure, hunger, TAF not progressing.', 'Mr D Okoro (DSL)', 'N', 'MASH to call back.'],
    ['family.informed', 'Autumn 2 2023', '13/12/2023', 'General', 'DSL rang mum to tell her school had made a referral to MASH. Mum upset but said she understood.', 'Mr D Okoro (DSL)', 'Y', ''],
  ],
};

export const childViewCsprChronology: CorpusFile = {
  name: 'yjs-childview-cspr-chronology.docx',
  agency: 'Harrowgate Youth Justice Service',
  kind: 'probation',
  system:
    'Child Safeguarding Practice Review agency chronology (Word), compiled from ChildView youth justice records',
  quirks:
    "title paragraphs and a details table, the date and time in one cell mixed with `03.07.23`, `w/c 10/07/2023` and `late August 2023`, ChildView contact types with outcomes in capitals (`Appt – FTA`), an author's hindsight comment column, the table cut every 5 rows with the header repeated",
  docx: {
    title: [
      'Child Safeguarding Practice Review – Child K',
      'Agency chronology: Youth Justice Service',
      'Source: ChildView case records, compiled by the YJS Team Manager',
    ],
    preface: [
      ['Agency', 'Harrowgate Youth Justice Service'],
      ['Author', 'J Okafor, Team Manager'],
      ['Period covered', '01/06/2023 – 31/03/2024'],
      ['Records checked', 'ChildView contacts, AssetPlus, court results'],
    ],
    splitEvery: 5,
    footer: ['Signed off by the Head of Service, 30/09/2026.'],
  },
  headers: [
    'Date & time',
    'Contact type (ChildView)',
    'Worker',
    'Who was present',
    'What happened',
    'Outcome / action',
    'Author’s comment (with hindsight)',
  ],
  fields: {
    date: 'Date & time',
    type: 'Contact type (ChildView)',
    practitioner: 'Worker',
    subjects: 'Who was present',
    description: 'What happened',
    outcome: 'Outcome / action',
    analysis: 'Author’s comment (with hindsight)',
  },
  // prettier-ignore
  rows: [
    ['justice', '14/06/2023 11:00', 'Court – Youth Court', 'S Rai (court officer)', 'Kai BRENNAN (15), mother', 'Kai pleaded guilty to robbery of a mobile phone. Sentenced to a 9-month Referral Order.', 'Allocated to YJ worker L Grant.', 'First time in court; victim was a younger pupil.'],
    ['risk.assessment', '03.07.23', 'AssetPlus – Start', 'L Grant', 'Kai, mother', 'AssetPlus begun. Kai says he "owes" older boys. Concerns about cannabis use and going missing.', 'Safety and wellbeing: MEDIUM. Risk of serious harm: LOW.', 'Exploitation indicators were recorded but not rated.'],
    ['contact.office', 'w/c 10/07/2023', 'Office Appointment', 'L Grant', 'Kai, mother', 'Kai attended YJS office with mum. New trainers and phone, says his cousin bought them.', 'Next appt 17/07.', 'Exact date not recorded in ChildView.'],
    ['meeting.planning', '20/07/2023 16:00', 'Referral Order Panel', 'L Grant', 'Kai, mother, 2 panel members', 'Initial panel. Contract agreed: reparation, education work, victim awareness.', 'Contract signed.', ''],
    ['contact.not-brought', '31/07/2023 15:30', 'Appt – FTA', 'L Grant', '', 'Kai failed to attend. Mum not answering phone.', 'Warning letter sent.', 'Kai was missing that night (police log).'],
    ['concern', 'late August 2023', 'Case Note', 'L Grant', 'Kai', 'Kai disclosed in car that he has been made to carry drugs to Westhaven for older males to pay off a "debt". Scared to say more.', 'Discussed with TM.', 'Should have led to a same-day referral; it was made 2 weeks later.'],
    ['referral.sent', '11/09/2023 10:20', 'Referral – NRM / CE', 'L Grant', '', 'NRM referral submitted and child exploitation screening tool sent to MASH.', 'MASH to convene strategy meeting.', ''],
    ['strategy', '14/09/2023 14:00', 'Strategy Meeting (CE)', 'J Okafor (TM)', 'CSC, police, school, YJS', 'Multi-agency strategy meeting on criminal exploitation. Disruption plan agreed, s47 not progressed.', 'YJS to increase contact to twice weekly.', ''],
    ['contact.home-visit', '21/09/2023 17:30', 'Home Visit', 'L Grant', 'Kai, mother, younger sister', 'Home visit. Kai seen alone in his room: new scar on hand, says "it\'s nothing".', 'Shared with SW and police.', ''],
    ['justice.breach', '16/10/2023 10:00', 'Breach – return to court', 'S Rai (court officer)', 'Kai', 'Kai returned to court after three FTAs. Order extended by 3 months.', 'Order extended.', 'Breach was pursued though the FTAs followed missing episodes.'],
  ],
};
