import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// Health exports: an Oracle Health (Cerner) FirstNet ED extract as JSON, a Lorenzo
// paediatric outpatient and ward activity workbook, and Carenotes community mental health
// contacts with a start and end time.

export const firstNetAttendances: CorpusFile = {
  name: 'ed-cerner-firstnet-extract.json',
  agency: 'Carrowmoor Hospitals NHS Trust',
  kind: 'health',
  system: 'Oracle Health (Cerner) FirstNet ED extract via the trust data warehouse (JSON)',
  quirks:
    'PascalCase warehouse names with `DtTm` suffixes, ISO date-times with seconds, a FIN number per attendance, the presenting complaint as the type, a Manchester triage category, a "SafeguardingFlag" Y/N, rows under "ResultSet" in a report envelope',
  headers: [
    'FIN',
    'ArrivalDtTm',
    'DepartDtTm',
    'PresentingComplaint',
    'TriageCat',
    'SeenByClinician',
    'PtName',
    'ClinicalSummary',
    'DischargeDisposition',
    'SafeguardingFlag',
  ],
  fields: {
    sourceRef: 'FIN',
    date: 'ArrivalDtTm',
    endDate: 'DepartDtTm',
    type: 'PresentingComplaint',
    practitioner: 'SeenByClinician',
    subjects: 'PtName',
    description: 'ClinicalSummary',
    outcome: 'DischargeDisposition',
  },
  json: {
    wrapper: {
      ReportName: 'ED_ATTENDANCES_BY_MRN',
      RunDtTm: '2022-11-01T07:30:00',
      Parameters: { MRN: 'C1188420', From: '2022-01-01', To: '2022-10-31' },
      RowCount: 9,
    },
    key: 'ResultSet',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', '5100334871', '2022-02-07T00:48:00', '2022-02-07T03:15:00', 'Assault', '3', 'Dr M. Varga (ST4)', 'PASCOE, Leanne', 'Pt states pushed into door frame. Bruising L upper arm 6x4cm. No LOC. Police in dept.', 'Discharged - GP follow up', 'Y'],
    ['referral.sent', '5100334871', '2022-02-07T03:20:00', '', 'Safeguarding referral', '', 'SN R. Bray', 'PASCOE, Leanne', 'ED safeguarding form completed: DA, 2 children at home. Routine enquiry done, DA disclosed.', 'Form to trust safeguarding team and HV.', 'Y'],
    ['health.emergency', '5100361092', '2022-03-14T04:02:00', '2022-03-14T06:40:00', 'Anxiety / panic', '4', 'ANP J. Hicks', 'PASCOE, Leanne', 'Panic attack after night of threatening messages from ex. Obs normal.', 'Discharged - self care, DA leaflet', 'N'],
    ['health.emergency', '5100402558', '2022-05-02T19:30:00', '2022-05-02T23:05:00', 'Head injury', '3', 'Dr A. Osei (FY2)', 'PASCOE, Tyler', '9 yo fell from bike per mum. Small lac to forehead, glued. Not asked about home; SG flag not checked.', 'Discharged home with mother', 'N'],
    ['health.emergency', '5100433017', '2022-06-11T13:10:00', '2022-06-11T16:50:00', 'Overdose - intentional', '2', 'Dr P. Nowak (Reg)', 'PASCOE, Leanne', 'Took 16 x paracetamol after argument on phone with ex-partner (now out on bail). Levels below line.', 'Referred liaison psychiatry. Discharged next day.', 'Y'],
    ['referral.sent', '5100433017', '2022-06-11T17:05:00', '', 'Liaison psych referral', '', 'Dr P. Nowak (Reg)', 'PASCOE, Leanne', 'Referral to psychiatric liaison; children at home with grandmother.', 'Seen by liaison 12/06.', 'Y'],
    ['assessment.complete', '5100433017', '2022-06-12T10:15:00', '2022-06-12T11:00:00', 'Psych liaison review', '', 'RMN T. Couch (Liaison)', 'PASCOE, Leanne', 'Mental state assessment. Low risk of repeat. Stressors: DA, court case, finances.', 'Referral to CMHT crisis team. GP letter.', 'Y'],
    ['health.emergency', '5100470236', '2022-08-20T22:40:00', '2022-08-21T02:10:00', 'Facial injury', '3', 'Dr M. Varga (ST4)', 'PASCOE, Leanne', 'Swollen L eye, says walked into cupboard. Reluctant to talk with male friend present.', 'Discharged. Routine enquiry not possible – friend present.', 'N'],
    ['contact.message', '5100470236', '2022-08-22T09:00:00', '', 'Discharge letter', '', 'ED admin', 'PASCOE, Leanne', 'ED discharge summary sent to GP electronically.', '', 'N'],
  ],
};

export const lorenzoActivity: CorpusFile = {
  name: 'health-lorenzo-paeds-activity.xlsx',
  agency: 'Carrowmoor Hospitals NHS Trust – Children’s Services',
  kind: 'health',
  system: 'DXC Lorenzo patient activity report (paediatrics), Excel output',
  quirks:
    'A cover sheet then the activity sheet under a title block, "Encounter Start" and "Encounter End" as real date-times, a "Activity Recorded" date column, Lorenzo encounter types in capitals ("OP ATTENDANCE", "WARD ATTENDER", "DNA"), an "Attended?" Y/N column, a hidden "Spell No" column, the specialty merged down',
  headers: [
    'Spell No',
    'Encounter Start',
    'Encounter End',
    'Encounter Type',
    'Specialty',
    'Responsible HCP',
    'Attended?',
    'Clinical Comments',
    'Plan / Disposal',
    'Activity Recorded',
  ],
  fields: {
    sourceRef: 'Spell No',
    date: 'Encounter Start',
    endDate: 'Encounter End',
    type: 'Encounter Type',
    team: 'Specialty',
    practitioner: 'Responsible HCP',
    childSeen: 'Attended?',
    description: 'Clinical Comments',
    outcome: 'Plan / Disposal',
  },
  xlsx: {
    sheet: 'Activity',
    title: [
      'LORENZO – PATIENT ACTIVITY REPORT',
      'Patient: Jayden R.   NHS No: 999 123 4567   Specialty filter: PAEDS, CP MED, ED',
      'Run by: Safeguarding Children Team, 02/11/2022',
    ],
    sheetsBefore: [
      {
        name: 'Cover',
        lines: [
          ['Carrowmoor Hospitals NHS Trust'],
          ['Prepared for the Child Safeguarding Practice Review panel'],
          ['Contains patient identifiable data – handle as OFFICIAL-SENSITIVE'],
        ],
      },
    ],
    dateCells: [
      { header: 'Encounter Start', as: 'datetime' },
      { header: 'Encounter End', as: 'datetime' },
      { header: 'Activity Recorded', as: 'date' },
    ],
    hiddenColumns: ['Spell No'],
    mergeDown: ['Specialty'],
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'SP0091733', '17/06/2022 18:20', '17/06/2022 21:05', 'ED ATTENDANCE', 'EMERGENCY MEDICINE', 'Dr F. Kerr', 'Y', 'Age 22 months. Scald to R hand from cup of tea per mum. Superficial. Dressing applied.', 'Discharged. Dressing clinic 2 days.', '17/06/2022'],
    ['contact.not-brought', 'SP0091790', '19/06/2022 10:00', '', 'DNA', 'EMERGENCY MEDICINE', 'Dressing clinic', 'N', 'Not brought to dressing clinic review.', 'Letter to mother. No further appt.', '19/06/2022'],
    ['incident.injury', 'SP0102211', '03/10/2022 15:30', '03/10/2022 17:10', 'CP MEDICAL', 'CP MED', 'Dr S. Ibe', 'Y', 'Child protection medical at request of CSC. Bruising to L ear and behind ear, pinch/grab pattern. Skeletal survey offered.', 'Report to CSC and police. Skeletal survey 05/10.', '04/10/2022'],
    ['info.shared', 'SP0102211', '04/10/2022 12:00', '', 'CORRESPONDENCE', 'CP MED', 'Dr S. Ibe', 'N', 'Preliminary CP medical report emailed to SW and CAIT DC.', '', '04/10/2022'],
    ['health.development', 'SP0102260', '05/10/2022 09:00', '05/10/2022 11:30', 'WARD ATTENDER', 'PAEDS', 'Dr S. Ibe', 'Y', 'Skeletal survey under day case. No fractures. Growth on 9th centile, speech delay noted.', 'Refer to SLT. Repeat views 11 days.', '05/10/2022'],
    ['contact.not-brought', 'SP0102355', '18/10/2022 09:30', '', 'DNA', 'PAEDS', 'Radiology', 'N', 'Not brought for follow-up skeletal views.', 'Rebooked. SW informed by email 18/10.', '18/10/2022'],
    ['health.development', 'SP0102398', '26/10/2022 09:30', '26/10/2022 10:15', 'OP ATTENDANCE', 'PAEDS', 'Dr S. Ibe', 'Y', 'Follow-up views done, brought by MGM. Normal. Paeds OP review: weight static.', 'Dietetics referral. Review 3 months.', '26/10/2022'],
    ['contact.message', 'SP0102398', '27/10/2022 14:00', '', 'CORRESPONDENCE', 'PAEDS', 'Dr S. Ibe', 'N', 'Clinic letter to GP, HV and parent.', '', '28/10/2022'],
  ],
};

export const carenotesContacts: CorpusFile = {
  name: 'mh-carenotes-cmht-contacts.xlsx',
  agency: 'Harbourshire Partnership NHS Foundation Trust',
  kind: 'health',
  system: 'Carenotes (Servelec) contact history export, Community Mental Health Team',
  quirks:
    'No title block but a second "Filters" sheet after the data, "Contact Start" as a date cell and start and end times as text columns, "Contact Category" with Carenotes outcome wording ("Attended – F2F", "DNA – no reason"), an "Entered On" date-time column beside the contact date, a hidden row (a duplicate entry left by the clinician)',
  headers: [
    'Carenotes Ref',
    'Contact Start',
    'From',
    'To',
    'Contact Category',
    'Staff Member',
    'Team',
    'Contact Note',
    'Risk / Plan',
    'Entered On',
  ],
  fields: {
    sourceRef: 'Carenotes Ref',
    date: 'Contact Start',
    time: 'From',
    endTime: 'To',
    type: 'Contact Category',
    practitioner: 'Staff Member',
    team: 'Team',
    description: 'Contact Note',
    outcome: 'Risk / Plan',
  },
  xlsx: {
    sheet: 'Contacts',
    sheetsAfter: [
      {
        name: 'Filters',
        lines: [
          ['Client ID', 'CN4410928'],
          ['Teams', 'CMHT West; Crisis Resolution HTT'],
        ],
      },
    ],
    dateCells: [
      { header: 'Contact Start', as: 'date' },
      { header: 'Entered On', as: 'datetime' },
    ],
    hiddenRecords: [5],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'CN-77120', '13/06/2022', '09:15', '09:25', 'Referral triage', 'S. Magor (RMN)', 'Crisis Resolution HTT', 'Referral from psych liaison after intentional OD 11/06. Two children, DA history, ex-partner on bail.', 'Accepted. HTT assessment today.', '13/06/2022 09:40'],
    ['assessment.complete', 'CN-77133', '13/06/2022', '14:00', '15:10', 'Attended – F2F', 'S. Magor (RMN)', 'Crisis Resolution HTT', 'HTT assessment at home. Low mood, no current intent. Children at school. Mother says ex-partner still messaging.', 'Daily HTT visits x 5. Safety plan. Consider safeguarding adults/children referral.', '13/06/2022 16:02'],
    ['contact.home-visit', 'CN-77160', '15/06/2022', '11:00', '11:40', 'Attended – F2F', 'B. Tregenza (STR worker)', 'Crisis Resolution HTT', 'Home visit. Mum engaging, children’s GM helping with school run.', 'Continue.', '15/06/2022 12:30'],
    ['contact.no-access', 'CN-77181', '17/06/2022', '10:30', '', 'DNA – no reason', 'B. Tregenza (STR worker)', 'Crisis Resolution HTT', 'No answer at home visit. Phoned x2 no reply.', 'Try again pm. Not escalated.', '17/06/2022 13:10'],
    ['contact.no-access', 'CN-77182', '17/06/2022', '10:30', '', 'DNA – no reason', 'B. Tregenza (STR worker)', 'Crisis Resolution HTT', 'No answer at home visit. Phoned x2 no reply. (dup)', 'Try again pm.', '17/06/2022 13:11'],
    ['contact.phone', 'CN-77190', '17/06/2022', '15:45', '16:00', 'Telephone – attended', 'S. Magor (RMN)', 'Crisis Resolution HTT', 'T/C with mum, she had been at court for ex-partner’s hearing. Feels unsafe.', 'Advised to contact IDVA. Discharge to CMHT planned.', '17/06/2022 16:20'],
    ['case.transfer', 'CN-77241', '24/06/2022', '10:00', '10:30', 'Discharge / transfer', 'S. Magor (RMN)', 'Crisis Resolution HTT', 'Transfer from HTT to CMHT West. Handover call with care co-ordinator.', 'CMHT first appt within 7 days.', '24/06/2022 11:05'],
    ['contact.office', 'CN-77402', '12/07/2022', '14:00', '14:50', 'Attended – clinic', 'Dr R. Quick (consultant)', 'CMHT West', 'Outpatient review. Sertraline started. DA and children’s CP plan discussed. No contact made with SW.', 'Review 6 weeks. Care co-ord to liaise with CSC.', '12/07/2022 17:30'],
    ['contact.not-brought', 'CN-77566', '23/08/2022', '14:00', '', 'DNA – no reason', 'Dr R. Quick (consultant)', 'CMHT West', 'Did not attend OP review (2 days after ED attendance with facial injury – not known to CMHT).', 'Second appt sent.', '23/08/2022 15:00'],
  ],
};
