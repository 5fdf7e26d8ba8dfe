import type { CorpusFile } from '../spec';

// Schools: CPOMS incident export, Capita One education welfare notes (Excel), and a DSL's
// Word chronology for a review.

export const cpoms: CorpusFile = {
  name: 'school-cpoms-incidents.csv',
  agency: 'Hillside Primary School',
  kind: 'education',
  system: 'CPOMS incident report export',
  quirks:
    'Categories cell holds several categories separated by semicolons, "Date Added" beside the incident date, status column, the student named per row, misspelt categories typed by staff',
  headers: [
    'Incident ID',
    'Student',
    'Incident Date',
    'Incident Time',
    'Categories',
    'Incident',
    'Action Taken',
    'Added By',
    'Assigned To',
    'Date Added',
    'Status',
  ],
  fields: {
    sourceRef: 'Incident ID',
    subjects: 'Student',
    date: 'Incident Date',
    time: 'Incident Time',
    type: 'Categories',
    description: 'Incident',
    outcome: 'Action Taken',
    practitioner: 'Added By',
  },
  // prettier-ignore
  rows: [
    ['concern', 'CP-88120', 'Alfie Wells', '08/03/2021', '08:50', 'Safeguarding; Attendence', 'Alfie late again, says mum "was poorly". Hungry at breakfast club.', 'Breakfast provided. DSL informed.', 'Mrs K Hale (TA)', 'Mr P Dunn (DSL)', '08/03/2021', 'Closed'],
    ['contact.phone', 'CP-88141', 'Alfie Wells', '09/03/2021', '09:30', 'Parental contact', 'DSL phoned mum re lateness. Mum said partner works nights and keeps her up.', 'Monitor.', 'Mr P Dunn (DSL)', 'Mr P Dunn (DSL)', '09/03/2021', 'Closed'],
    ['concern', 'CP-88203', 'Alfie Wells', '16/03/2021', '10:15', 'Safegaurding; Domestic abuse', 'Alfie told teacher "Dean shouted at mummy and the police came". Police notification (Operation Encompass) also received today.', 'DSL spoke to Alfie. Encompass logged.', 'Miss R Iqbal (Teacher)', 'Mr P Dunn (DSL)', '16/03/2021', 'Closed'],
    ['info.shared', 'CP-88204', 'Alfie Wells', '16/03/2021', '08:30', 'Operation Encompass', 'Encompass notification from police: DA incident 14/03, child present.', 'Key adult informed.', 'Mr P Dunn (DSL)', 'Mr P Dunn (DSL)', '16/03/2021', 'Closed'],
    ['incident.injury', 'CP-88377', 'Alfie Wells', '06/04/2021', '09:05', 'Physical injury; Safeguarding', 'Bruise to upper arm, finger-tip shaped. Alfie said he "bumped it".', 'Body map completed. Referral to MASH.', 'Mrs K Hale (TA)', 'Mr P Dunn (DSL)', '06/04/2021', 'Open'],
    ['referral.sent', 'CP-88380', 'Alfie Wells', '06/04/2021', '11:45', 'Referal to CSC', 'DSL referral to MASH re bruising and neglect indicators.', 'MASH ref MC21-0510.', 'Mr P Dunn (DSL)', 'Mr P Dunn (DSL)', '06/04/2021', 'Open'],
    ['meeting.planning', 'CP-88602', 'Alfie Wells', '11/05/2021', '15:30', 'Meeting - CIN', 'CIN meeting attended by DSL and class teacher.', 'Attendance plan.', 'Mr P Dunn (DSL)', 'Mr P Dunn (DSL)', '12/05/2021', 'Closed'],
    ['concern', 'CP-88790', 'Alfie Wells', '24/05/2021', '13:10', 'Behaviour; Emotional wellbeing', 'Alfie hid under table, said he doesn’t want to go home because "Dean is back".', 'DSL informed SW by phone same day.', 'Miss R Iqbal (Teacher)', 'Mr P Dunn (DSL)', '24/05/2021', 'Open'],
    ['contact.phone', 'CP-88791', 'Alfie Wells', '24/05/2021', '14:00', 'Contact with CSC', 'DSL phoned SW: Dean back at home per Alfie.', 'SW to visit.', 'Mr P Dunn (DSL)', 'Mr P Dunn (DSL)', '24/05/2021', 'Closed'],
  ],
};

export const capitaOne: CorpusFile = {
  name: 'school-capita-one-ews-notes.xlsx',
  agency: 'Northshire Education Welfare Service',
  kind: 'education',
  system: 'Capita One (Education Welfare) case activity report, Excel',
  quirks:
    'Title block, Excel serial dates (General format), "Activity Type" with abbreviations (EWO HV, Attd letter, PCM), "Entry Date", a One ID code',
  headers: [
    'One ID',
    'Pupil',
    'Activity Date',
    'Activity Type',
    'Officer',
    'Activity Notes',
    'Outcome',
    'Entry Date',
  ],
  fields: {
    sourceRef: 'One ID',
    subjects: 'Pupil',
    date: 'Activity Date',
    type: 'Activity Type',
    practitioner: 'Officer',
    description: 'Activity Notes',
    outcome: 'Outcome',
  },
  xlsx: {
    title: [
      'Capita One – Education Welfare Activity Report',
      'School: Northshire Academy   Academic year 2021/22',
    ],
    sheet: 'Activities',
    dateCells: [
      { header: 'Activity Date', as: 'serial' },
      { header: 'Entry Date', as: 'serial' },
    ],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'EWS-20417-01', 'Child (9)', '20/09/2021', 'Referral rec’d from school', 'EWO A Tait', 'School referral: attendance 71% last term, 12 lates.', 'Allocated.', '21/09/2021'],
    ['contact.message', 'EWS-20417-02', 'Child (9)', '22/09/2021', 'Attd letter 1', 'EWO A Tait', 'Attendance concern letter sent to mother.', 'Await response.', '22/09/2021'],
    ['contact.home-visit', 'EWS-20417-03', 'Child (9)', '05/10/2021', 'EWO HV', 'EWO A Tait', 'Home visit. Mother says child anxious about leaving her. Male voice heard upstairs, mother said TV.', 'PCM to be arranged.', '06/10/2021'],
    ['meeting.planning', 'EWS-20417-04', 'Child (9)', '19/10/2021', 'PCM', 'EWO A Tait', 'Parenting contract meeting in school. Mother attended, contract agreed.', 'Review 6 weeks.', '19/10/2021'],
    ['contact.no-access', 'EWS-20417-05', 'Child (9)', '16/11/2021', 'EWO HV - no access', 'EWO A Tait', 'Visit, no answer. Note left.', 'Retry.', '16/11/2021'],
    ['contact.phone', 'EWS-20417-06', 'Child (9)', '18/11/2021', 'Tel call parent', 'EWO A Tait', 'Phoned mother: child ill. Advised to provide evidence.', '', '18/11/2021'],
    ['info.shared', 'EWS-20417-07', 'Child (9)', '29/11/2021', 'Info to EH', 'EWO A Tait', 'Attendance data shared with Early Help FSW for TAF.', '', '29/11/2021'],
    ['concern', 'EWS-20417-08', 'Child (9)', '05/01/2022', 'Welfare concern', 'EWO A Tait', 'Child not in school since 15/12, school told of DA 24/12. EWO concerned for welfare.', 'Discussed with SW, joint visit.', '05/01/2022'],
  ],
};

export const dslChronology: CorpusFile = {
  name: 'school-dsl-chronology.docx',
  agency: 'St Anne’s C of E Primary School',
  kind: 'education',
  system: 'DSL chronology kept in a Word table',
  quirks:
    'Header phrases ("Date of concern", "Nature of concern / contact"), an uncertain date ("?14/02/2022"), a "Child seen by DSL?" Y/N column, several paragraphs per cell, the table cut across pages with the header repeated',
  headers: [
    'Date of concern',
    'Time',
    'Nature of concern / contact',
    'Details (what was seen / said)',
    'Child seen by DSL?',
    'Action taken and by whom',
    'Recorded by',
  ],
  fields: {
    date: 'Date of concern',
    time: 'Time',
    type: 'Nature of concern / contact',
    description: 'Details (what was seen / said)',
    childSeen: 'Child seen by DSL?',
    outcome: 'Action taken and by whom',
    practitioner: 'Recorded by',
  },
  docx: {
    title: [
      'CONFIDENTIAL – Child Protection Chronology',
      'Pupil: Ruby (Y2)',
      'St Anne’s C of E Primary School',
    ],
    splitEvery: 5,
  },
  // prettier-ignore
  rows: [
    ['concern', '12/01/2022', '08:45', 'Welfare concern – hygiene', 'Ruby in same clothes all week, smells of smoke.\nAsked for food at 8.45.', 'Y', 'Clean uniform, breakfast. DSL to speak to mum.', 'Mrs D Okafor (DSL)'],
    ['incident.injury', '13/01/2022', '15:15', 'Parent meeting', 'Mum came in at DSL request. Says boiler broken, money tight. Mum had bruising on wrist.', 'N', 'Foodbank voucher. Signposted to housing.', 'Mrs D Okafor (DSL)'],
    ['concern', '02/02/2022', '10:30', 'Disclosure', 'Ruby told TA: "mummy’s friend pushed her into the wall".', 'Y', 'DSL spoke with Ruby. Referral to MASH.', 'Mrs D Okafor (DSL)'],
    ['referral.sent', '02/02/2022', '11:20', 'Referral to Childrens Services', 'Referral via online portal.\nMASH ref not given.', 'N', 'Await outcome.', 'Mrs D Okafor (DSL)'],
    ['contact.phone', '09/02/2022', '14:00', 'Chased MASH', 'No feedback received, DSL phoned MASH: referral passed to assessment team.', 'N', 'Ask for SW name.', 'Mrs D Okafor (DSL)'],
    ['contact.not-brought', '?14/02/2022', '09:30', 'Absence – unexplained', 'Ruby absent, no call from mum. Two calls unanswered.', 'N', 'First day calling. Home visit if absent tomorrow.', 'Office'],
    ['contact.home-visit', '15/02/2022', '10:00', 'Home visit', 'DSL and Head visited. Mum said Ruby had temperature. Ruby seen on sofa.', 'Y', 'Attendance monitoring.', 'Mrs D Okafor (DSL)'],
    ['meeting.planning', '01/03/2022', '16:00', 'CIN mtg', 'Child in Need meeting in school.', 'N', 'School actions: daily check-in.', 'Mrs D Okafor (DSL)'],
  ],
};
