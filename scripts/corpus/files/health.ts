import type { CorpusFile } from '../spec';

// NHS exports: SystmOne community journal, BadgerNet maternity notes, an ED system's
// attendances, RiO mental health progress notes, a hand-kept trust safeguarding log.

export const hvSystmOne: CorpusFile = {
  name: 'hv-systmone-journal.csv',
  agency: 'Eastmere Community Health NHS Trust (Health Visiting)',
  kind: 'health',
  system: 'SystmOne journal export (health visiting unit)',
  quirks:
    'Terse type cells ("Contact", "Note") whose description says what happened, Y/N child seen, an "Entered" date-time beside the event date, SystmOne event GUIDs',
  headers: [
    'Event Date',
    'Event Time',
    'Done By',
    'Staff Role',
    'Event Type',
    'Event Details',
    'Child Seen',
    'Plan',
    'Entered',
    'Event ID',
  ],
  fields: {
    date: 'Event Date',
    time: 'Event Time',
    practitioner: 'Done By',
    type: 'Event Type',
    description: 'Event Details',
    childSeen: 'Child Seen',
    outcome: 'Plan',
    sourceRef: 'Event ID',
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', '03/02/2021', '10:30', 'HV Rebecca Lloyd', 'Health Visitor', 'Antenatal contact', 'Antenatal visit at home, 32/40. Mum (Jade, 19) lives with partner Kyle. Discussed safe sleep, feeding. Routine enquiry DA: declined to answer with partner in room.', 'N', 'Offer further visit when partner out.', '03/02/2021 15:02', 'SO-88A1F2'],
    ['health.birth', '21/03/2021', '', 'Admin Clerk', 'Admin', 'Birth notification', 'Birth notification received: baby girl Ellie-Mae born 20/03/2021, 38+2, 2.9kg.', 'N', 'Allocate NBV.', '22/03/2021 09:11', 'SO-88B0C7'],
    ['health.postnatal', '31/03/2021', '11:00', 'HV Rebecca Lloyd', 'Health Visitor', 'New Birth Visit', 'NBV completed. Ellie-Mae feeding well (formula). Mum tearful, EPDS 13. Kyle present throughout and answered for Jade.', 'Y', 'Listening visit 2/52. GP re low mood.', '31/03/2021 16:40', 'SO-88B2E9'],
    ['contact.phone', '07/04/2021', '09:20', 'HV Rebecca Lloyd', 'Health Visitor', 'Contact', 'Telephone call to mum to arrange listening visit. Kyle answered, said Jade asleep.', 'N', 'Try again.', '07/04/2021 09:25', 'SO-88B4A1'],
    ['contact.no-access', '14/04/2021', '14:00', 'HV Rebecca Lloyd', 'Health Visitor', 'Contact', 'Planned home visit, no reply. Curtains closed, car outside. Card left.', 'N', 'Rebook. Inform GP.', '14/04/2021 17:05', 'SO-88B6D3'],
    ['concern', '21/04/2021', '15:30', 'HV Rebecca Lloyd', 'Health Visitor', 'Safeguarding', 'Visit: Ellie-Mae seen, nappy rash severe, home cold. Jade said Kyle controls money. Discussed with safeguarding lead.', 'Y', 'Safeguarding supervision tomorrow.', '21/04/2021 18:22', 'SO-88B8F0'],
    ['referral.sent', '22/04/2021', '10:10', 'HV Rebecca Lloyd', 'Health Visitor', 'Note', 'Referral to Eastmere MASH by phone and online form re neglect and coercive control.', 'N', 'Await MASH outcome.', '22/04/2021 10:48', 'SO-88B9A2'],
    ['health.postnatal', '12/05/2021', '10:00', 'HV Jo Marsh', 'Community Nursery Nurse', '6-8 week review', '6-8 wk review in clinic. Weight 25th centile. Mum attended alone with baby.', 'Y', 'Routine.', '12/05/2021 13:30', 'SO-88C1B7'],
    ['contact.not-brought', '09/06/2021', '13:30', 'HV Rebecca Lloyd', 'Health Visitor', 'Clinic', 'Ellie-Mae not brought to clinic appointment (WNB).', 'N', 'Letter sent. Inform SW.', '09/06/2021 16:00', 'SO-88C7E4'],
    ['meeting.conference', '17/06/2021', '10:00', 'HV Rebecca Lloyd', 'Health Visitor', 'Meeting', 'Attended ICPC. Ellie-Mae subject to CP plan under neglect.', 'N', 'Core group 01/07. HV contacts fortnightly.', '17/06/2021 15:15', 'SO-88C9D0'],
  ],
};

export const badgerNet: CorpusFile = {
  name: 'midwifery-badgernet-notes.xlsx',
  agency: 'Westvale University Hospitals (Maternity)',
  kind: 'health',
  system: 'BadgerNet maternity record, exported to Excel',
  quirks:
    'Title block, a Cover sheet before the notes, date-time cells in "Entry Date/Time", a Y/N "Safeguarding Flag", several paragraphs in one note',
  headers: [
    'Entry Date/Time',
    'Author',
    'Designation',
    'Contact Type',
    'Clinical Note',
    'Safeguarding Flag',
    'Record No',
  ],
  fields: {
    date: 'Entry Date/Time',
    practitioner: 'Author',
    type: 'Contact Type',
    description: 'Clinical Note',
    sourceRef: 'Record No',
  },
  xlsx: {
    title: [
      'Maternity Record – Notes Extract',
      'Patient: Ms S. Kovac   NHS No: *** *** ****',
      'Extract for CSPR panel – OFFICIAL-SENSITIVE',
    ],
    sheet: 'Notes',
    sheetsBefore: [
      {
        name: 'Cover',
        lines: [
          ['Westvale University Hospitals NHS Trust'],
          ['Maternity notes extract'],
          ['Prepared by: Named Midwife Safeguarding'],
        ],
      },
    ],
    dateCells: [{ header: 'Entry Date/Time', as: 'datetime' }],
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', '12/08/2021 09:40', 'MW Priya Shah', 'Community Midwife', 'Booking', 'Booking at 11+3 weeks. G3 P2, two older children live with father.\nDisclosed previous social care involvement. Smoker 10/day.\nRoutine enquiry DA: "not now".', 'Y', 'BN-220118'],
    ['referral.sent', '12/08/2021 11:05', 'MW Priya Shah', 'Community Midwife', 'Safeguarding referral', 'Unborn referral to Westvale Children’s Services via MARF (prev CP, older children removed).', 'Y', 'BN-220131'],
    ['health.antenatal', '09/09/2021 14:00', 'MW Priya Shah', 'Community Midwife', 'Antenatal appt', 'Routine antenatal 15/40. BP normal. Partner waited outside.', 'Y', 'BN-220790'],
    ['contact.not-brought', '07/10/2021 10:00', 'MW Priya Shah', 'Community Midwife', 'DNA', 'Did not attend antenatal clinic. Text reminder had been sent.', 'Y', 'BN-221402'],
    ['health.emergency', '19/10/2021 23:50', 'MW on call', 'Delivery Suite Midwife', 'Triage attendance', 'Attended MAU triage with abdominal pain after "falling down stairs". Bruising to upper arms noted.\nSeen with partner present, routine enquiry not possible.', 'Y', 'BN-221688'],
    ['info.shared', '20/10/2021 09:15', 'Named MW Safeguarding', 'Safeguarding Midwife', 'Info share', 'Emailed allocated SW re triage attendance and bruising.', 'Y', 'BN-221702'],
    ['meeting.conference', '04/11/2021 13:00', 'MW Priya Shah', 'Community Midwife', 'Case conference', 'Pre-birth ICPC attended. Unborn made subject to CP plan.', 'Y', 'BN-222015'],
    ['health.birth', '23/02/2022 06:12', 'MW Hana Bell', 'Delivery Suite Midwife', 'Delivery', 'SVD at 39+1. Baby boy 3.2kg. Partner not present.', 'Y', 'BN-224561'],
    ['health.postnatal', '24/02/2022 10:30', 'MW Hana Bell', 'Postnatal Ward Midwife', 'Postnatal check', 'Postnatal check mother and baby. Discharge planning meeting with SW, baby to go home with mother under plan.', 'Y', 'BN-224590'],
  ],
};

export const edAttendances: CorpusFile = {
  name: 'ed-attendances.json',
  agency: 'Northshire Hospitals NHS Foundation Trust (Emergency Department)',
  kind: 'health',
  system: 'ED system attendance extract (snake_case JSON)',
  quirks:
    'snake_case keys, arrival and departure date-times (a span), a terse attendance type, Y/N safeguarding check, presenting complaint separate from the notes',
  headers: [
    'attendance_id',
    'arrival_datetime',
    'departure_datetime',
    'attendance_type',
    'presenting_complaint',
    'triage_category',
    'seen_by',
    'clinical_notes',
    'discharge_outcome',
    'safeguarding_check_done',
  ],
  fields: {
    date: 'arrival_datetime',
    endDate: 'departure_datetime',
    type: 'attendance_type',
    practitioner: 'seen_by',
    description: 'clinical_notes',
    outcome: 'discharge_outcome',
    sourceRef: 'attendance_id',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'ED-2021-118803', '2021-06-02 01:14', '2021-06-02 04:40', 'ED attendance', 'Facial injury - assault', '3', 'Dr A Patel (ST4)', 'Female 34. States hit by cupboard door. Periorbital bruising L. Partner present throughout and answered questions.', 'Discharged home. GP letter.', 'N'],
    ['health.emergency', 'ED-2021-131020', '2021-07-19 22:30', '2021-07-20 02:05', 'ED attendance', 'Wrist pain', '4', 'ENP K Doyle', 'Fall onto outstretched hand at home. Undisplaced distal radius fracture. Old bruising to upper arm noted.', 'Fracture clinic. Back slab.', 'N'],
    ['contact.not-brought', 'ED-2021-131477', '2021-07-22 10:00', '', 'Fracture clinic', 'Follow-up', '', 'Orthopaedics', 'Did not attend fracture clinic follow-up.', 'Letter to patient.', 'N'],
    ['health.emergency', 'ED-2021-150962', '2021-09-11 03:02', '2021-09-11 09:15', 'ED attendance', 'Overdose', '2', 'Dr M Reilly', 'Overdose 20 x paracetamol after argument with partner. Disclosed partner "controls everything". Routine enquiry done: disclosed DA.', 'Admitted AMU. Psych liaison referral. DASH by ED safeguarding nurse.', 'Y'],
    ['risk.assessment', 'ED-2021-150962-SG', '2021-09-11 11:30', '', 'Safeguarding', 'DASH', '', 'SG Nurse L Evans', 'DASH RIC completed with patient on AMU: 15 ticks. High risk.', 'MARAC referral. IDVA referral. Police informed with consent.', 'Y'],
    ['marac.referral', 'ED-2021-150962-MR', '2021-09-11 12:10', '', 'Safeguarding', 'MARAC referral', '', 'SG Nurse L Evans', 'Referral to Northshire MARAC sent by secure email.', 'Await MARAC date.', 'Y'],
    ['health.emergency', 'ED-2021-170331', '2021-10-30 19:45', '2021-10-30 23:55', 'Minors', 'Laceration hand', '4', 'ENP K Doyle', 'Cut hand on broken glass at home, says dropped a glass. Flagged MARAC case on system.', 'Steri-strips. Discharged.', 'Y'],
    ['health.emergency', 'ED-2021-181115', '2021-11-24 00:40', '2021-11-24 02:10', 'ED attendance', 'Head injury', '2', 'Dr A Patel', 'Brought by ambulance, head injury. Police in attendance, partner arrested.', 'CT head NAD. Discharged to sister’s address.', 'Y'],
  ],
};

export const rioNotes: CorpusFile = {
  name: 'mh-rio-progress-notes.xlsx',
  agency: 'Eastmere Partnership NHS Foundation Trust (Mental Health)',
  kind: 'health',
  system: 'RiO progress notes report, saved as Excel',
  quirks:
    'Start and end time columns, real date cells, an "Entered On" column, two sheets (Progress Notes, Risk History), a hidden RiO ID column, blank trailing columns',
  headers: [
    'Date of Contact',
    'Start Time',
    'End Time',
    'Contact Type',
    'Team',
    'Clinician',
    'Progress Note',
    'Outcome/Plan',
    'Entered On',
    'RiO ID',
    '',
    '',
  ],
  fields: {
    date: 'Date of Contact',
    time: 'Start Time',
    endTime: 'End Time',
    type: 'Contact Type',
    team: 'Team',
    practitioner: 'Clinician',
    description: 'Progress Note',
    outcome: 'Outcome/Plan',
    sourceRef: 'RiO ID',
  },
  xlsx: {
    title: [
      'RiO Progress Notes Report',
      'Service user: Mr D. Hollis',
      'Date range: 01/01/2022 - 30/06/2022',
    ],
    sheet: 'Progress Notes',
    sheetsAfter: [
      {
        name: 'Risk History',
        lines: [
          ['Date', 'Risk Area', 'Level'],
          ['11/01/2022', 'Harm to others', 'Medium'],
          ['03/05/2022', 'Harm to others', 'High'],
        ],
      },
    ],
    dateCells: [
      { header: 'Date of Contact', as: 'date' },
      { header: 'Entered On', as: 'date' },
    ],
    hiddenColumns: ['RiO ID'],
  },
  // prettier-ignore
  rows: [
    ['assessment.complete', '11/01/2022', '10:00', '11:30', 'Assessment', 'Single Point of Access', 'CPN T Ashworth', 'Initial MH assessment. Low mood, alcohol use, anger. Lives with partner and her 2 children. Describes arguments "getting physical".', 'Accept to CMHT. Risk assessment updated.', '11/01/2022', 'RIO-4471120', '', ''],
    ['contact.office', '25/01/2022', '14:00', '14:45', 'Face to face', 'CMHT North', 'CPN T Ashworth', 'Seen at base. Drinking 8 cans/day. Not taking sertraline regularly.', 'Review 2/52. Refer to alcohol service.', '26/01/2022', 'RIO-4471932', '', ''],
    ['referral.sent', '25/01/2022', '15:10', '', 'Admin', 'CMHT North', 'CPN T Ashworth', 'Referral to Eastmere Recovery (alcohol) sent.', '', '26/01/2022', 'RIO-4471935', '', ''],
    ['contact.not-brought', '08/02/2022', '14:00', '', 'DNA', 'CMHT North', 'CPN T Ashworth', 'Did not attend. Phoned, no answer.', 'Second appointment letter.', '08/02/2022', 'RIO-4472610', '', ''],
    ['contact.phone', '15/02/2022', '11:20', '11:35', 'Telephone', 'CMHT North', 'CPN T Ashworth', 'Telephone contact. Says partner "winds him up", admits pushing her last week. Children in the home.', 'Discuss with team manager re safeguarding.', '15/02/2022', 'RIO-4472988', '', ''],
    ['concern', '16/02/2022', '09:30', '', 'Safeguarding', 'CMHT North', 'TM G Oduya', 'Discussed: disclosure of pushing partner with children present. Agreed this is a safeguarding concern.', 'CPN to complete referral to CSC today.', '16/02/2022', 'RIO-4473010', '', ''],
    ['meeting.planning', '01/03/2022', '13:00', '14:00', 'CPA Review', 'CMHT North', 'Dr F Malik', 'CPA review. Partner did not attend. Plan reviewed.', 'Continue sertraline. 2 weekly CPN.', '02/03/2022', 'RIO-4473880', '', ''],
    ['assessment.complete', '03/05/2022', '22:15', '23:40', 'Crisis assessment', 'Crisis Resolution', 'CPN M Grant', 'Seen in custody after arrest for assault on partner. Fit for interview. Threats to harm partner if she leaves.', 'Risk to others raised to high. Share with police.', '04/05/2022', 'RIO-4477102', '', ''],
    ['info.shared', '04/05/2022', '09:00', '', 'Liaison', 'Crisis Resolution', 'CPN M Grant', 'Risk information shared with custody sergeant and DA unit.', '', '04/05/2022', 'RIO-4477120', '', ''],
  ],
};

export const trustSafeguardingLog: CorpusFile = {
  name: 'health-safeguarding-team-log.xlsx',
  agency: 'Westvale University Hospitals (Safeguarding Team)',
  kind: 'health',
  system: 'Hand-kept Excel log of the trust safeguarding team',
  quirks:
    'Merged title, the month written once and merged down over its rows, serial-number dates (column formatted General), a formula column (days to log), a "Date Logged" beside "Date of Event", short category codes',
  headers: [
    'Month',
    'Date of Event',
    'Date Logged',
    'Days to log',
    'Category',
    'Referrer (ward/dept)',
    'Summary',
    'Action Taken',
    'Log No',
  ],
  fields: {
    date: 'Date of Event',
    type: 'Category',
    team: 'Referrer (ward/dept)',
    description: 'Summary',
    outcome: 'Action Taken',
    sourceRef: 'Log No',
  },
  xlsx: {
    title: ['Safeguarding Team Activity Log 2022', 'Children & Young People'],
    sheet: '2022',
    dateCells: [
      { header: 'Date of Event', as: 'serial' },
      { header: 'Date Logged', as: 'serial' },
    ],
    mergeDown: ['Month'],
    formulas: [{ header: 'Days to log', formula: 'C{r}-B{r}' }],
  },
  // prettier-ignore
  rows: [
    ['concern', 'January', '04/01/2022', '05/01/2022', '1', 'SG concern', 'Paediatric ED', 'Child (2) attended with burn to hand, delay in presentation 2 days.', 'Discussed with consultant. Referral to CSC.', 'SGL-22-001'],
    ['referral.sent', 'January', '05/01/2022', '05/01/2022', '0', 'Ref to CSC', 'Safeguarding Team', 'Referral to Westvale MASH re delayed presentation of burn.', 'Acknowledged by MASH 06/01.', 'SGL-22-002'],
    ['referral.acknowledged', 'January', '06/01/2022', '06/01/2022', '0', 'MASH feedback', 'Safeguarding Team', 'MASH acknowledged referral; passed to assessment team.', 'Filed.', 'SGL-22-003'],
    ['strategy', 'January', '07/01/2022', '10/01/2022', '3', 'Strat mtg', 'Safeguarding Team', 'Strategy meeting attended by named nurse. s47 agreed.', 'CP medical 08/01.', 'SGL-22-004'],
    ['health.development', 'February', '14/02/2022', '15/02/2022', '1', 'Paeds clinic', 'Child Development Centre', 'Developmental review: speech delay, gross motor age appropriate.', 'SALT referral.', 'SGL-22-019'],
    ['contact.not-brought', 'February', '21/02/2022', '21/02/2022', '0', 'WNB', 'Paediatric OPD', 'Child not brought to paediatric appointment (2nd time).', 'Letter to GP and SW.', 'SGL-22-024'],
    ['meeting.core-group', 'March', '02/03/2022', '03/03/2022', '1', 'CG', 'Safeguarding Team', 'Core group meeting - named nurse attended.', 'Health actions updated.', 'SGL-22-031'],
    ['info.shared', 'March', '03/03/2022', '03/03/2022', '0', 'Info req', 'Safeguarding Team', 'Health chronology sent to SW for RCPC.', '', 'SGL-22-033'],
    ['meeting.conference', 'March', '16/03/2022', '17/03/2022', '1', 'RCPC', 'Safeguarding Team', 'Review CP conference: plan continues.', 'Next RCPC 6 months.', 'SGL-22-040'],
  ],
};
