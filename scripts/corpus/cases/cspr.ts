import { triggerOf, type CaseDefinition } from '../case-spec';
import type { CorpusFile } from '../spec';

// An English Child Safeguarding Practice Review (fictional): Child R, a non-mobile baby of
// almost five months, admitted with a subdural haemorrhage on 02/09/2022. Five agencies.
// The gaps are those a CSPR would criticise, held against Working Together to Safeguard
// Children, SafeLives MARAC guidance and the partnership's bruising in non-mobile babies
// protocol; they are written from practice, not from any rules file in the code.

const police: CorpusFile = {
  name: 'police-niche.csv',
  agency: 'Eastbrook Police',
  kind: 'police',
  system: 'Niche RMS occurrence export',
  quirks:
    'Date and time in separate columns with "hrs", occurrence type with classification, a "Created" date',
  headers: [
    'Occurrence Ref',
    'Date',
    'Time',
    'Occurrence Type',
    'Officer',
    'Persons',
    'Details',
    'Action',
    'Created',
  ],
  fields: {
    sourceRef: 'Occurrence Ref',
    date: 'Date',
    time: 'Time',
    type: 'Occurrence Type',
    practitioner: 'Officer',
    subjects: 'Persons',
    description: 'Details',
    outcome: 'Action',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'EB/22/03117', '03/03/2022', '2215hrs', 'Domestic - Verbal', 'PC 5521', 'Shannon (IP); Tyler (SUSP); Mason (3)', 'Argument over money, Shannon 35 weeks pregnant. Mason awake. Tyler left on police arrival.', 'DASH medium (9). PPN child.', '04/03/2022'],
    ['referral.sent', 'EB/22/03117-P', '04/03/2022', '0900hrs', 'PPN - Child', 'PC 5521', 'Mason (3); unborn', 'PPN submitted to Eastbrook MASH: child present at DA, mother pregnant.', 'Sent to MASH.', '04/03/2022'],
    ['intelligence', 'EB/22/INT/0912', '19/04/2022', '1200hrs', 'Intelligence', 'FIB 0447', 'Tyler', 'Tyler previously subject of DA reports by ex-partner in another force area (2019-2020), two DASH high.', 'Retained.', '20/04/2022'],
    ['incident.domestic', 'EB/22/06603', '28/05/2022', '0130hrs', 'Domestic - Assault', 'PC 3370', 'Shannon (IP); Tyler (SUSP); Child R (7 wks); Mason (3)', 'Shannon says Tyler pushed her against the wall while she held Child R. Red mark to Shannon’s neck. Tyler arrested.', 'Arrest. DASH.', '28/05/2022'],
    ['risk.assessment', 'EB/22/06603-D', '28/05/2022', '0310hrs', 'DASH Risk Assessment', 'PC 3370', 'Shannon', 'DASH with Shannon: 14 ticks incl. strangulation, pregnancy, separation. Graded HIGH.', 'High risk: MARAC referral required.', '28/05/2022'],
    ['referral.sent', 'EB/22/06603-P', '28/05/2022', '1000hrs', 'PPN - Child', 'PC 3370', 'Child R; Mason', 'PPN to MASH: baby in mother’s arms during assault.', 'Sent to MASH.', '28/05/2022'],
    ['justice.order', 'EB/22/06603-C', '28/05/2022', '1630hrs', 'Custody - Bail', 'DS 2201', 'Tyler', 'Released on police bail, conditions not to contact Shannon or attend address.', 'Bail to 25/06.', '28/05/2022'],
    ['justice', 'EB/22/06603-N', '20/06/2022', '1100hrs', 'Case Disposal', 'DS 2201', 'Tyler', 'Shannon withdrew support. NFA. Bail conditions cancelled.', 'Victim informed.', '20/06/2022'],
    ['critical', 'EB/22/10218', '02/09/2022', '0415hrs', 'Child - Serious Injury', 'DS 2201', 'Child R; Tyler; Shannon', 'Hospital report: Child R (almost 5 months) with subdural haemorrhage and retinal haemorrhages. Tyler sole carer overnight.', 'Strategy discussion. Arrests.', '02/09/2022'],
    ['incident.police', 'EB/22/10218-A', '02/09/2022', '1130hrs', 'Arrest', 'DS 2201', 'Tyler; Shannon', 'Tyler arrested on suspicion of GBH to a child; Shannon arrested for neglect.', 'Interviews.', '02/09/2022'],
  ],
};

const health: CorpusFile = {
  name: 'health-visiting-systmone.xlsx',
  agency: 'Eastbrook Community Health (Health Visiting)',
  kind: 'health',
  system: 'SystmOne health visiting journal exported to Excel',
  quirks:
    'Title block, real date cells, terse "Contact" types, an "Entered" date-time beside the contact date, event ids',
  headers: [
    'Contact Date',
    'Time',
    'Practitioner',
    'Contact Type',
    'Details',
    'Baby Seen',
    'Plan / Action',
    'Entered',
    'Event ID',
  ],
  fields: {
    date: 'Contact Date',
    time: 'Time',
    practitioner: 'Practitioner',
    type: 'Contact Type',
    description: 'Details',
    childSeen: 'Baby Seen',
    outcome: 'Plan / Action',
    sourceRef: 'Event ID',
  },
  xlsx: {
    title: [
      'Eastbrook Community Health – Health Visiting Record',
      'Child R and family – extract for CSPR 02/2022',
    ],
    sheet: 'Journal',
    dateCells: [
      { header: 'Contact Date', as: 'date' },
      { header: 'Entered', as: 'datetime' },
    ],
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', '14/03/2022', '10:00', 'HV K Adams', 'Antenatal contact', 'Antenatal visit 37/40. Shannon and Tyler present. HV not aware of police incident 03/03. Routine enquiry not possible, partner present.', 'N', 'NBV after birth.', '14/03/2022 15:12', 'HV-2201'],
    ['health.birth', '11/04/2022', '', 'Admin', 'Birth notification', 'Child R born 10/04/2022 at 39 weeks, 3.4kg.', 'N', 'Allocate NBV.', '11/04/2022 09:00', 'HV-2202'],
    ['health.postnatal', '20/04/2022', '11:00', 'HV K Adams', 'New Birth Visit', 'NBV. Feeding well. Tyler present throughout. Mason (3) at nursery.', 'Y', 'Routine universal service.', '20/04/2022 16:30', 'HV-2203'],
    ['health.postnatal', '25/05/2022', '14:00', 'CNN L Patel', '6-8 week contact', 'Clinic. Child R weight 50th centile. Mother tired.', 'Y', 'Routine.', '25/05/2022 17:00', 'HV-2204'],
    ['info.shared', '06/06/2022', '', 'HV K Adams', 'Contact', 'Email from SW: assessment started after DA incident 28/05. HV asked to share records.', 'N', 'Records sent 07/06.', '06/06/2022 12:10', 'HV-2205'],
    ['contact.home-visit', '14/06/2022', '10:30', 'HV K Adams', 'Targeted visit', 'Home visit. Shannon says Tyler has moved out. Routine enquiry: disclosed past DA.', 'Y', 'Universal plus. Review 4 weeks.', '14/06/2022 15:40', 'HV-2206'],
    ['contact.no-access', '13/07/2022', '10:00', 'HV K Adams', 'Contact', 'Planned visit: no answer. Male voice heard inside.', 'N', 'Rebook.', '13/07/2022 12:00', 'HV-2207'],
    ['incident.injury', '12/08/2022', '11:15', 'HV K Adams', '4 month contact', 'Home visit. Small bruise to left ear of Child R (non-mobile). Mother says Mason hit him with a toy. Tyler present.', 'Y', 'Documented. Advice to supervise Mason. Review next contact.', '12/08/2022 16:50', 'HV-2208'],
    ['info.shared', '02/09/2022', '09:30', 'Named Nurse', 'Safeguarding', 'Informed by hospital of Child R’s admission to PICU. Records shared for strategy discussion.', 'N', 'Attend strategy.', '02/09/2022 10:00', 'HV-2209'],
  ],
};

const gp: CorpusFile = {
  name: 'gp-imr.docx',
  agency: 'Brookside Medical Centre',
  kind: 'health',
  system: 'GP IMR chronology in the partnership’s Word template',
  quirks:
    'Cover table, header row repeated on every page, several paragraphs per cell, EMIS record ref column, IMR author analysis',
  headers: [
    'Date',
    'Patient',
    'Consultation type',
    'Clinician',
    'Summary',
    'Action',
    'Analysis',
    'EMIS ref',
  ],
  fields: {
    date: 'Date',
    subjects: 'Patient',
    type: 'Consultation type',
    practitioner: 'Clinician',
    description: 'Summary',
    outcome: 'Action',
    analysis: 'Analysis',
    sourceRef: 'EMIS ref',
  },
  docx: {
    title: [
      'Eastbrook Safeguarding Children Partnership – CSPR 02/2022',
      'Individual agency chronology: Brookside Medical Centre',
    ],
    preface: [
      ['Author', 'Named GP for safeguarding'],
      ['Period', '01/03/2022 – 31/10/2022'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', '08/03/2022', 'Shannon', 'Antenatal (shared care)', 'Dr J Fox', '34/40 check. BP normal.', 'Routine.', 'GP unaware of PPN 04/03: not shared by MASH.', 'EM-401'],
    ['health.postnatal', '23/05/2022', 'Shannon; Child R', '6-8 week check', 'Dr J Fox', 'Maternal and infant 6-week check. Baby well.\nMother: low mood, PHQ-9 11.', 'Sertraline discussed.', 'No enquiry about relationship or DA.', 'EM-402'],
    ['info.shared', '06/06/2022', 'Child R', 'Document received', 'Admin', 'Letter from CSC: C&F assessment started after DA incident.', 'Alert added to records.', 'Alert added to Child R but not to Shannon or Mason.', 'EM-403'],
    ['contact.phone', '15/06/2022', 'Shannon', 'Telephone consultation', 'Dr S Noor', 'Mood review: improving. Says partner left.', 'Continue sertraline.', '', 'EM-404'],
    ['incident.injury', '05/08/2022', 'Child R', 'Face to face', 'Dr S Noor', 'Child R (16 weeks, not rolling) brought by Tyler with bruise on forehead.\nTyler says Mason hit him with a toy car.', 'Reassured. Advised supervision of siblings.', 'Bruise in a non-mobile baby: protocol requires referral to CSC and a paediatric assessment the same day. Not followed. The alert on the record was not seen.', 'EM-405'],
    ['contact.not-brought', '19/08/2022', 'Child R', 'Did not attend', 'PN T Grey', '16-week immunisations: not brought.', 'Recall letter.', 'WNB not linked to the bruise two weeks before.', 'EM-406'],
    ['info.shared', '02/09/2022', 'Child R', 'Information request', 'Dr J Fox', 'Strategy discussion request from police: GP records shared.', 'Attended strategy by phone.', '', 'EM-407'],
    ['info.shared', '05/10/2022', 'Child R', 'Report for conference', 'Dr J Fox', 'GP report sent for ICPC.', '', '', 'EM-408'],
  ],
};

const csc: CorpusFile = {
  name: 'childrens-services-mosaic.json',
  agency: 'Eastbrook Children’s Services',
  kind: 'children-services',
  system: 'Mosaic workflow and case note export (camelCase JSON)',
  quirks:
    'camelCase keys, a "stepOrNote" type cell that is sometimes a workflow step and sometimes a terse "Case Note", "dateCreated" beside "eventDate", child seen Y/N',
  headers: [
    'mosaicId',
    'eventDate',
    'eventTime',
    'stepOrNote',
    'worker',
    'team',
    'narrative',
    'outcome',
    'childSeen',
    'dateCreated',
  ],
  fields: {
    sourceRef: 'mosaicId',
    date: 'eventDate',
    time: 'eventTime',
    type: 'stepOrNote',
    practitioner: 'worker',
    team: 'team',
    description: 'narrative',
    outcome: 'outcome',
    childSeen: 'childSeen',
  },
  json: {
    wrapper: { system: 'Mosaic', exportedBy: 'Business Intelligence', exportedOn: '2026-10-20' },
    key: 'records',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'MOS-71101', '07/03/2022', '10:20', 'Contact', 'MASH Officer', 'MASH', 'PPN from police: DA incident 03/03, Mason (3) present, mother 35 weeks pregnant.', 'For MASH screening.', 'N', '07/03/2022'],
    ['decision', 'MOS-71140', '10/03/2022', '16:00', 'MASH Decision', 'MASH TM', 'MASH', 'Screening decision: below threshold for CSC. Information to be shared with HV and GP.', 'NFA – info to HV/GP.', 'N', '10/03/2022'],
    ['referral.received', 'MOS-73302', '30/05/2022', '09:10', 'Contact', 'MASH Officer', 'MASH', 'PPN: DA assault 28/05, Child R (7 weeks) in mother’s arms. DASH high.', 'Screen today.', 'N', '30/05/2022'],
    ['decision', 'MOS-73310', '30/05/2022', '15:30', 'Case Note', 'MASH TM', 'MASH', 'Management decision: C&F assessment. Strategy discussion not needed as Tyler on bail with conditions.', 'Transfer to assessment team.', 'N', '30/05/2022'],
    ['assessment.start', 'MOS-73321', '31/05/2022', '', 'C&F Assessment', 'SW D Hart', 'Assessment Team B', 'Child & Family assessment started.', '', 'N', '31/05/2022'],
    ['contact.home-visit', 'MOS-73650', '09/06/2022', '14:00', 'Case Note', 'SW D Hart', 'Assessment Team B', 'Home visit. Shannon, Child R and Mason seen. Shannon says relationship over.', 'Assessment continues.', 'Y', '10/06/2022'],
    ['contact.phone', 'MOS-74118', '28/06/2022', '11:00', 'Case Note', 'SW D Hart', 'Assessment Team B', 'Tel call with Shannon: police NFA, she says Tyler not visiting.', '', 'N', '28/06/2022'],
    ['contact.home-visit', 'MOS-74820', '27/07/2022', '15:30', 'Case Note', 'SW D Hart', 'Assessment Team B', 'Home visit. Children seen. Men’s shoes in hallway; Shannon said they were her brother’s.', 'Complete assessment.', 'Y', '28/07/2022'],
    ['assessment.complete', 'MOS-75540', '25/08/2022', '', 'C&F Assessment Completed', 'TM P Moore', 'Assessment Team B', 'Assessment authorised: step down to universal services, Shannon protective.', 'Close.', 'N', '25/08/2022'],
    ['strategy', 'MOS-75990', '02/09/2022', '10:00', 'Strategy Discussion', 'TM P Moore', 'Assessment Team B', 'Strategy discussion with police, hospital, HV, GP. S47 agreed; Mason placed with maternal grandmother.', 'S47. ICPC.', 'N', '02/09/2022'],
    ['s47', 'MOS-76004', '02/09/2022', '15:00', 'S47 Enquiry', 'SW D Hart', 'Assessment Team B', 'S47 enquiries started. Mason seen at grandmother’s.', 'ICPC request.', 'Y', '02/09/2022'],
    ['meeting.conference', 'MOS-77410', '10/10/2022', '10:00', 'ICPC', 'IRO S Kaur', 'Conference & Review', 'ICPC: Child R and Mason subject to CP plans (physical abuse / emotional abuse).', 'Core group within 10 working days.', 'N', '11/10/2022'],
  ],
};

const hospital: CorpusFile = {
  name: 'hospital-ed.csv',
  agency: 'Eastbrook Hospitals NHS Trust (Paediatric ED)',
  kind: 'health',
  system: 'Paediatric ED attendance extract (CSV)',
  quirks:
    'Arrival date-time in one column, departure date-time as a span, terse attendance type, Y/N safeguarding checklist',
  headers: [
    'Attendance No',
    'Arrival',
    'Departure',
    'Attendance Type',
    'Presenting Complaint',
    'Clinician',
    'Notes',
    'Disposal',
    'Safeguarding checklist (Y/N)',
  ],
  fields: {
    sourceRef: 'Attendance No',
    date: 'Arrival',
    endDate: 'Departure',
    type: 'Attendance Type',
    practitioner: 'Clinician',
    description: 'Notes',
    outcome: 'Disposal',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'PED-22-04410', '14/08/2022 19:20', '14/08/2022 23:05', 'ED attendance', 'Vomiting', 'Dr A Roy (ST3)', 'Child R, 4 months. Vomiting x4, irritable. Brought by Tyler. Head circumference not measured.', 'Viral illness. Discharged.', 'N'],
    ['contact.phone', 'PED-22-04410-F', '15/08/2022 10:00', '', 'Follow-up call', 'Review', 'Paeds nurse', 'Phone call to parent: baby feeding better.', 'No further action.', 'N'],
    ['health.emergency', 'PED-22-04988', '02/09/2022 03:10', '02/09/2022 05:30', 'ED attendance', 'Unresponsive infant', 'Dr M Okafor (consultant)', 'Child R brought by ambulance: floppy, seizure. CT: subdural haemorrhage.', 'PICU transfer.', 'Y'],
    ['critical', 'PED-22-04988-P', '02/09/2022 05:30', '', 'PICU admission', 'Head injury', 'PICU team', 'Admitted PICU. Retinal haemorrhages. Injuries suspicious of abusive head trauma.', 'Police and CSC informed 04:00.', 'Y'],
    ['referral.sent', 'PED-22-04988-S', '02/09/2022 04:00', '', 'Safeguarding referral', 'Referral', 'Dr M Okafor', 'Referral to CSC EDT and police by phone, written referral to follow.', 'Strategy discussion.', 'Y'],
    ['info.shared', 'PED-22-04988-W', '02/09/2022 08:40', '', 'Written referral', 'Referral', 'Safeguarding Nurse', 'Written referral to CSC emailed, confirming the phoned referral.', '', 'Y'],
    ['s47', 'PED-22-05010', '03/09/2022 10:00', '', 'CP medical', 'Skeletal survey', 'Dr M Okafor', 'Skeletal survey: two healing rib fractures, about 2–4 weeks old.', 'Shared with police and CSC.', 'Y'],
    ['strategy', 'PED-22-04988-M', '05/09/2022 14:00', '', 'Strategy meeting', 'Safeguarding', 'Named Doctor', 'Second strategy meeting attended: medical findings shared.', 'Continue s47.', 'Y'],
  ],
};

export const csprCase: CaseDefinition = {
  files: [police, health, gp, csc, hospital],
  spec: {
    name: 'cspr-child-r',
    reference: 'EBSCP CSPR 02/2022',
    title: 'Child Safeguarding Practice Review: Child R (fictional)',
    jurisdiction: 'england',
    kind: 'child',
    period: { start: '2022-03-01', end: '2022-10-31' },
    summary:
      'Child R, almost five months, was admitted on 02/09/2022 with a subdural haemorrhage and healing rib fractures. Mother’s partner Tyler had a history of domestic abuse. Two police notifications of domestic abuse (one with the baby in her mother’s arms), a bruise to the baby’s forehead seen by the GP and one to the ear seen by the health visitor, and an assessment that closed a week before the injury. Fiction written for the corpus.',
    gaps: [
      {
        id: 'G1',
        finding:
          'The police notification of March was screened three working days after receipt, and the police were never told the outcome.',
        triggers: [triggerOf(csc, 'MOS-71101')],
        expected: 'A decision on next steps recorded and the referrer told.',
        limit: '1 working day',
        source:
          'Working Together to Safeguard Children (2018, 2023): decision and acknowledgement within one working day of a referral',
      },
      {
        id: 'G2',
        finding:
          'The MASH decided to share the information with the health visitor and GP; neither received it, so the antenatal contact and the GP’s care went ahead unaware.',
        triggers: [triggerOf(csc, 'MOS-71140')],
        expected: 'Information shared with the HV and GP, as the decision said.',
        limit: '1 working day (local practice)',
        source: 'Working Together (information sharing); the MASH decision itself',
      },
      {
        id: 'G3',
        finding: 'A high-risk DASH (14 ticks, strangulation) was not referred to MARAC.',
        triggers: [triggerOf(police, 'EB/22/06603-D')],
        expected: 'MARAC referral.',
        limit: '1 working day',
        source: 'SafeLives MARAC guidance; local MARAC operating protocol',
      },
      {
        id: 'G4',
        finding:
          'A domestic assault with a seven-week-old baby in her mother’s arms led to no strategy discussion; the MASH relied on bail conditions.',
        triggers: [
          triggerOf(police, 'EB/22/06603'),
          triggerOf(police, 'EB/22/06603-P'),
          triggerOf(csc, 'MOS-73302'),
        ],
        expected: 'A strategy discussion between police, children’s social care and health.',
        limit: 'Same day / next working day',
        source:
          'Working Together (strategy discussion where there is reasonable cause to suspect significant harm); DOMAIN.md local-practice rule',
      },
      {
        id: 'G5',
        finding: 'The Child and Family assessment took about 60 working days.',
        triggers: [triggerOf(csc, 'MOS-73302'), triggerOf(csc, 'MOS-73321')],
        expected: 'Assessment completed and authorised.',
        limit: '45 working days from the referral',
        source: 'Working Together to Safeguard Children: assessment within 45 working days',
      },
      {
        id: 'G6',
        finding:
          'The GP saw a bruise on the forehead of a non-mobile baby and gave reassurance: no referral, no paediatric assessment.',
        triggers: [triggerOf(gp, 'EM-405')],
        expected: 'Referral to children’s social care and a same-day paediatric assessment.',
        limit: 'Same day',
        source:
          'Partnership protocol for bruising in non-mobile babies (as in most English partnerships)',
      },
      {
        id: 'G7',
        finding:
          'The health visitor saw a bruise to the ear of the same non-mobile baby a week later and documented it only.',
        triggers: [triggerOf(health, 'HV-2208')],
        expected: 'Referral to children’s social care and a same-day paediatric assessment.',
        limit: 'Same day',
        source: 'Partnership protocol for bruising in non-mobile babies',
      },
      {
        id: 'G8',
        finding:
          'The initial child protection conference was held 26 working days after the strategy discussion.',
        triggers: [triggerOf(csc, 'MOS-75990')],
        expected: 'Initial child protection conference.',
        limit: '15 working days',
        source:
          'Working Together to Safeguard Children: ICPC within 15 working days of the strategy discussion',
      },
    ],
  },
};
