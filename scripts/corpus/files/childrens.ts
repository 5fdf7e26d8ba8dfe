import type { CorpusFile } from '../spec';

// Children's social care: Mosaic case notes, LiquidLogic LCS (Excel), OLM Eclipse (JSON),
// LiquidLogic EHM (early help), a hand-kept MASH log and a Word chronology for a CSPR.

export const mosaicNotes: CorpusFile = {
  name: 'cs-mosaic-case-notes.csv',
  agency: 'Eastmere Children’s Services',
  kind: 'children-services',
  system: 'Mosaic case notes report (CSV)',
  quirks:
    'Terse "Note Type" cells ("Case Note", "Contact") with the story in the note, Child Seen / Seen Alone Y/N, a "Date Created" beside the note date, Mosaic note ids',
  headers: [
    'Note ID',
    'Note Date',
    'Note Type',
    'Subject',
    'Worker',
    'Team',
    'Case Note',
    'Child Seen',
    'Seen Alone',
    'Date Created',
  ],
  fields: {
    date: 'Note Date',
    type: 'Note Type',
    subjects: 'Subject',
    practitioner: 'Worker',
    team: 'Team',
    description: 'Case Note',
    childSeen: 'Child Seen',
    seenAlone: 'Seen Alone',
    sourceRef: 'Note ID',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'N-5510231', '22/04/2021', 'Contact', 'Ellie-Mae Hughes', 'MASH Duty', 'MASH', 'Contact received from Health Visitor: concerns re neglect, severe nappy rash, cold home, mother possibly controlled by partner.', 'N', 'N', '22/04/2021'],
    ['decision', 'N-5510290', '23/04/2021', 'Case Note', 'Ellie-Mae Hughes', 'TM J Carver', 'MASH', 'Management decision: threshold met for Child & Family assessment. Transfer to Assessment Team.', 'N', 'N', '23/04/2021'],
    ['assessment.start', 'N-5510320', '23/04/2021', 'Workflow', 'Ellie-Mae Hughes', 'SW A Malik', 'Assessment Team 2', 'C&F assessment started.', 'N', 'N', '26/04/2021'],
    ['contact.home-visit', 'N-5510877', '28/04/2021', 'Case Note', 'Ellie-Mae Hughes; Jade Hughes', 'SW A Malik', 'Assessment Team 2', 'Unannounced visit. Jade and baby at home. Home cold, little food. Kyle arrived during visit and became hostile.', 'Y', 'N', '29/04/2021'],
    ['contact.phone', 'N-5511042', '05/05/2021', 'Contact', 'Kyle Dobson', 'SW A Malik', 'Assessment Team 2', 'Tel call to Kyle to arrange to meet him. He declined, said SW "has no right".', 'N', 'N', '05/05/2021'],
    ['strategy', 'N-5511309', '14/05/2021', 'Case Note', 'Ellie-Mae Hughes', 'TM J Carver', 'Assessment Team 2', 'Strat disc with police and HV following WNB and new disclosure by Jade that Kyle took her bank card. Agreed s47.', 'N', 'N', '14/05/2021'],
    ['s47', 'N-5511388', '17/05/2021', 'Case Note', 'Ellie-Mae Hughes', 'SW A Malik', 'Assessment Team 2', 'S47 enquiry visit. Ellie-Mae seen and handled: thin, flat head. Jade seen alone, disclosed being hit.', 'Y', 'N', '17/05/2021'],
    ['meeting.conference', 'N-5512004', '17/06/2021', 'Case Note', 'Ellie-Mae Hughes', 'SW A Malik', 'Assessment Team 2', 'ICPC held. Ellie-Mae made subject of a CP plan under neglect.', 'N', 'N', '18/06/2021'],
    ['case.transfer', 'N-5512100', '21/06/2021', 'Case Note', 'Ellie-Mae Hughes', 'TM J Carver', 'Assessment Team 2', 'Case transferred to Child Protection Team 1, SW R Osei allocated.', 'N', 'N', '21/06/2021'],
    ['meeting.core-group', 'N-5512398', '01/07/2021', 'Meeting', 'Ellie-Mae Hughes', 'SW R Osei', 'CP Team 1', 'First core group. HV, GP (apols), nursery not yet involved.', 'N', 'N', '02/07/2021'],
    ['contact.home-visit', 'N-5512720', '12/07/2021', 'Case Note', 'Ellie-Mae Hughes', 'SW R Osei', 'CP Team 1', 'Statutory visit. Ellie-Mae seen in cot, weight gain reported by HV.', 'Y', 'N', '12/07/2021'],
    ['contact.no-access', 'N-5513011', '26/07/2021', 'Case Note', 'Ellie-Mae Hughes', 'SW R Osei', 'CP Team 1', 'Statutory visit - no access, no reply. Neighbour said family away.', 'N', 'N', '26/07/2021'],
  ],
};

export const lcsChronology: CorpusFile = {
  name: 'cs-liquidlogic-lcs-chronology.xlsx',
  agency: 'Westvale Children’s Services',
  kind: 'children-services',
  system: 'LiquidLogic LCS chronology report exported to Excel',
  quirks:
    'Title block and run details, "Event Type" cells with inserted words ("Strategy discussion held (virtual)"), a "Created On" date-time beside "Event Date" (real date cells), hidden LCS id column, phrases for child seen',
  headers: [
    'Event Date',
    'Event Time',
    'Event Type',
    'Event Detail',
    'Worker',
    'Team',
    'Child Visited?',
    'Seen Alone?',
    'Outcome',
    'Created On',
    'LCS ID',
  ],
  fields: {
    date: 'Event Date',
    time: 'Event Time',
    type: 'Event Type',
    description: 'Event Detail',
    practitioner: 'Worker',
    team: 'Team',
    childSeen: 'Child Visited?',
    seenAlone: 'Seen Alone?',
    outcome: 'Outcome',
    sourceRef: 'LCS ID',
  },
  xlsx: {
    title: [
      'Westvale Children’s Services – Chronology',
      'Child: Kai BRIGGS  LCS ID 300417',
      'Report run 01/11/2026 08:44 by business support',
      'OFFICIAL – SENSITIVE: PERSONAL',
    ],
    sheet: 'Chronology',
    dateCells: [
      { header: 'Event Date', as: 'date' },
      { header: 'Created On', as: 'datetime' },
    ],
    hiddenColumns: ['LCS ID'],
  },
  // prettier-ignore
  rows: [
    ['referral.received', '09/01/2022', '', 'Contact received from Police (PPN)', 'PPN child present at DA, medium risk.', 'MASH Social Worker', 'MASH', '', '', 'NFA to CSC – information to school and HV.', '10/01/2022 11:20', '31001'],
    ['referral.received', '19/04/2022', '', 'Referral received – Police', 'PPN: child in home at strangulation, high risk.', 'MASH Social Worker', 'MASH', '', '', 'Progress to strategy discussion.', '19/04/2022 10:02', '31077'],
    ['strategy', '19/04/2022', '14:00', 'Strategy discussion held (virtual)', 'Police DS 0331, HV, school nurse, MASH TM. Agreed single agency C&F assessment, not s47.', 'TM Karen Bell', 'MASH', '', '', 'C&F assessment.', '19/04/2022 15:30', '31081'],
    ['assessment.start', '20/04/2022', '', 'Child and Family Assessment - start', 'Assessment allocated to SW L Grey.', 'SW Lucy Grey', 'Assessment Team', '', '', '', '20/04/2022 09:00', '31090'],
    ['contact.home-visit', '25/04/2022', '16:00', 'Home Visit - announced', 'Kai seen playing. Mother says Carl has moved out and she will not let him back.', 'SW Lucy Grey', 'Assessment Team', 'Yes', 'No – age 3', 'Safety plan agreed with mother.', '25/04/2022 18:40', '31102'],
    ['marac.meeting', '28/04/2022', '10:00', 'MARAC attended', 'Case heard at Westvale MARAC. Actions for CSC: complete assessment, share with MARAC.', 'SW Lucy Grey', 'Assessment Team', '', '', 'Actions noted.', '28/04/2022 14:12', '31110'],
    ['assessment.complete', '06/06/2022', '', 'C&F Assessment Completed & Authorised', 'Outcome: Child in Need plan. Mother protective, DVPO in place.', 'TM Karen Bell', 'Assessment Team', '', '', 'Step down to CIN.', '06/06/2022 17:00', '31188'],
    ['referral.received', '08/06/2022', '', 'Contact – GP', 'GP: partner back living at home.', 'MASH Social Worker', 'MASH', '', '', 'Passed to allocated SW.', '08/06/2022 14:40', '31195'],
    ['meeting.planning', '14/06/2022', '10:30', 'CIN meeting (initial)', 'CIN plan agreed. Mother denies Carl living there.', 'SW Lucy Grey', 'CIN Team', '', '', 'CIN review 6 weeks.', '14/06/2022 13:00', '31210'],
    ['contact.home-visit', '28/06/2022', '17:30', 'Home Visit - unannounced', 'Carl at the property. Kai seen, bruise to forehead, mother says he fell.', 'SW Lucy Grey', 'CIN Team', 'Y', 'N', 'Discuss with TM.', '29/06/2022 08:45', '31244'],
  ],
};

export const eclipseChronology: CorpusFile = {
  name: 'cs-eclipse-chronology.json',
  agency: 'Northshire Children’s Services',
  kind: 'children-services',
  system: 'OLM Eclipse chronology export (JSON with a report wrapper)',
  quirks:
    'Report wrapper object with the rows under "rows", camelCase keys, a significance rating beside the type, "createdOn" timestamps, Eclipse references',
  headers: [
    'reference',
    'chronologyDate',
    'entryType',
    'significance',
    'summary',
    'sourceTeam',
    'recordedBy',
    'createdOn',
  ],
  fields: {
    date: 'chronologyDate',
    type: 'entryType',
    description: 'summary',
    team: 'sourceTeam',
    practitioner: 'recordedBy',
    sourceRef: 'reference',
  },
  json: {
    wrapper: {
      report: 'Chronology (significant events)',
      generated: '2026-11-03T09:00:00Z',
      childId: 'EC-77120',
    },
    key: 'rows',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'EC-CH-00981', '2021-10-13', 'Contact', 'High', 'Police notification of DA incident 12/10, child (9) at home.', 'Front Door', 'Front Door SW', '2021-10-13T10:21:00'],
    ['decision', 'EC-CH-00982', '2021-10-13', 'Front Door decision', 'Medium', 'Decision: Early Help, consent from mother obtained.', 'Front Door', 'Front Door TM', '2021-10-13T16:05:00'],
    ['referral.sent', 'EC-CH-00983', '2021-10-14', 'Step down to EH', 'Medium', 'Referral made to Early Help Hub.', 'Front Door', 'Front Door SW', '2021-10-14T09:30:00'],
    ['referral.received', 'EC-CH-01140', '2021-12-24', 'Contact', 'High', 'Police: DA, child rang 999, mother assaulted.', 'Front Door', 'EDT SW', '2021-12-25T08:00:00'],
    ['strategy', 'EC-CH-01141', '2021-12-27', 'Strategy Meeting', 'High', 'Strategy meeting (police, school, EH). S47 agreed.', 'Front Door', 'TM Whitfield', '2021-12-27T15:00:00'],
    ['s47', 'EC-CH-01150', '2022-01-05', 'S47 outcome', 'High', 'S47 completed: concerns substantiated, ICPC requested.', 'Safeguarding Team 3', 'SW N Achebe', '2022-01-06T11:00:00'],
    ['meeting.conference', 'EC-CH-01188', '2022-01-19', 'ICPC', 'High', 'Child made subject of CP plan, emotional abuse.', 'Safeguarding Team 3', 'IRO P Lambert', '2022-01-20T09:12:00'],
    ['register.add', 'EC-CH-01189', '2022-01-19', 'CP Plan start', 'High', 'CP plan started - category emotional abuse.', 'Safeguarding Team 3', 'System', '2022-01-19T17:00:00'],
    ['meeting.core-group', 'EC-CH-01230', '2022-02-09', 'Core Group', 'Medium', 'First core group held 15 working days after ICPC.', 'Safeguarding Team 3', 'SW N Achebe', '2022-02-10T10:00:00'],
    ['register.remove', 'EC-CH-01612', '2022-07-20', 'CP Plan end', 'Medium', 'RCPC: CP plan ended, step down to CIN.', 'Safeguarding Team 3', 'IRO P Lambert', '2022-07-21T09:00:00'],
    ['case.close', 'EC-CH-01840', '2022-10-31', 'Case closure', 'Low', 'CIN closed, mother engaging with DA service.', 'Safeguarding Team 3', 'TM Whitfield', '2022-10-31T16:30:00'],
  ],
};

export const ehmEarlyHelp: CorpusFile = {
  name: 'cs-ehm-early-help.xlsx',
  agency: 'Northshire Early Help Service',
  kind: 'children-services',
  system: 'LiquidLogic EHM episode report exported to Excel',
  quirks:
    'Step start and end dates (a span), team merged down over its rows, title block, a Lists sheet after the data, serial dates in the start column',
  headers: [
    'Lead Professional Team',
    'Episode Step',
    'Start Date',
    'End Date',
    'Practitioner',
    'Step Outcome',
    'Notes',
    'Step ID',
  ],
  fields: {
    team: 'Lead Professional Team',
    type: 'Episode Step',
    date: 'Start Date',
    endDate: 'End Date',
    practitioner: 'Practitioner',
    outcome: 'Step Outcome',
    description: 'Notes',
    sourceRef: 'Step ID',
  },
  xlsx: {
    title: ['Early Help Module – Episode Steps', 'Family: W (ref EHM-4410)'],
    sheet: 'Steps',
    sheetsAfter: [
      {
        name: 'Lists',
        lines: [['Outcome'], ['Complete'], ['Closed - disengaged'], ['Stepped up']],
      },
    ],
    dateCells: [
      { header: 'Start Date', as: 'serial' },
      { header: 'End Date', as: 'date' },
    ],
    mergeDown: ['Lead Professional Team'],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'Early Help Hub', 'EH Request for Support', '14/10/2021', '15/10/2021', 'EH Hub Officer', 'Accepted', 'Step down from Front Door after DA notification.', 'EHS-1'],
    ['case.open', 'Early Help Hub', 'Allocation', '18/10/2021', '18/10/2021', 'EH Hub Officer', 'Allocated', 'Allocated to Family Support Worker, Locality North.', 'EHS-2'],
    ['assessment.start', 'Locality North', 'Early Help Assessment', '25/10/2021', '29/11/2021', 'FSW D Kemp', 'Complete', 'EHA with mother. Child (9) anxious, poor attendance. Mother minimises ex-partner contact.', 'EHS-3'],
    ['meeting.planning', 'Locality North', 'TAF Meeting', '01/12/2021', '01/12/2021', 'FSW D Kemp', 'Plan agreed', 'Team Around the Family with school and school nurse. Family plan agreed.', 'EHS-4'],
    ['contact.home-visit', 'Locality North', 'Family Support Session', '08/12/2021', '08/12/2021', 'FSW D Kemp', 'Complete', 'Home session: routines, bedtime. Mother says ex not visiting.', 'EHS-5'],
    ['contact.no-access', 'Locality North', 'Family Support Session', '15/12/2021', '15/12/2021', 'FSW D Kemp', 'Not seen', 'No answer at door. Text sent.', 'EHS-6'],
    ['referral.sent', 'Locality North', 'Step Up to CSC', '24/12/2021', '24/12/2021', 'FSW D Kemp', 'Stepped up', 'Police DA 24/12 - case stepped up to Children’s Social Care.', 'EHS-7'],
    ['case.close', 'Locality North', 'Episode Closure', '10/01/2022', '10/01/2022', 'EH Team Manager', 'Closed - stepped up', 'EH episode closed, CSC lead.', 'EHS-8'],
  ],
};

export const mashLog: CorpusFile = {
  name: 'cs-mash-contact-log.csv',
  agency: 'Eastmere MASH',
  kind: 'children-services',
  system: 'Hand-kept MASH triage log (Excel saved as CSV)',
  quirks:
    'Every row a contact received, but the type column holds the contact reason ("PPN - DA", "Neglect"); two date columns (received, decision) plus a RAG rating; abbreviations',
  headers: [
    'Contact No',
    "Date Contact Rec'd",
    "Time Rec'd",
    'Referrer Agency',
    'Contact Reason',
    'RAG',
    'MASH Decision',
    'Decision Date',
    'Practitioner',
    'Comments',
  ],
  fields: {
    sourceRef: 'Contact No',
    date: "Date Contact Rec'd",
    time: "Time Rec'd",
    type: 'Contact Reason',
    outcome: 'MASH Decision',
    practitioner: 'Practitioner',
    description: 'Comments',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'MC21-0412', '15/03/2021', '08:55', 'Police', 'PPN - DA (verbal)', 'Amber', 'Info to school', '16/03/2021', 'MASH SW1', 'Child present, DASH standard. Previous PPN x2.'],
    ['referral.received', 'MC21-0488', '03/04/2021', '09:20', 'Police', 'PPN - parental alcohol', 'Amber', 'Strat disc', '03/04/2021', 'MASH SW2', 'Mother intoxicated, sole carer. School concerns re attendance.'],
    ['referral.received', 'MC21-0510', '06/04/2021', '11:45', 'School', 'Neglect', 'Amber', 'C&F assessment', '07/04/2021', 'MASH SW2', 'Child hungry, unwashed uniform, late most days.'],
    ['referral.received', 'MC21-0611', '30/04/2021', '10:40', 'Police', 'PPN DA - high risk', 'Red', 'Strategy discussion', '30/04/2021', 'MASH TM', 'Child witnessed assault on mother. MARAC referral by police.'],
    ['referral.received', 'MC21-0690', '12/05/2021', '14:05', 'Health - HV', 'Safeguarding concern', 'Green', 'NFA - open to CSC', '12/05/2021', 'MASH SW1', 'Sibling under 1, HV worried about home conditions. Already open, passed to allocated SW.'],
    ['referral.received', 'MC21-0744', '23/05/2021', '08:30', 'Police', 'PPN - breach of bail DA', 'Red', 'Passed to SW', '24/05/2021', 'MASH SW1', 'Perpetrator found at home with child present contrary to bail.'],
    ['referral.received', 'MC21-0802', '04/06/2021', '16:50', 'Anon', 'Concern for child', 'Green', 'NFA', '07/06/2021', 'MASH SW3', 'Anonymous caller: children left alone in evenings. Checks: open case.'],
    ['referral.received', 'MC21-0870', '20/06/2021', '12:10', 'Housing', 'ASB / DA', 'Amber', 'Passed to SW', '21/06/2021', 'MASH SW3', 'Housing officer reports noise complaints and male at property.'],
  ],
};

export const csprChronologyDocx: CorpusFile = {
  name: 'cs-cspr-agency-chronology.docx',
  agency: 'Eastmere Children’s Services',
  kind: 'children-services',
  system: 'Safeguarding partnership’s Word chronology template for a CSPR',
  quirks:
    'Date and time in one cell, an "Agency / Team" column, persons involved, several paragraphs per cell, an analysis column, table split over pages with the header repeated, a cover table',
  headers: [
    'Date & time',
    'Agency / Team',
    'Source (record ref)',
    'Event / contact',
    'Persons involved',
    'Summary of event',
    'Outcome / action',
    'Comment / analysis',
  ],
  fields: {
    date: 'Date & time',
    team: 'Agency / Team',
    sourceRef: 'Source (record ref)',
    type: 'Event / contact',
    subjects: 'Persons involved',
    description: 'Summary of event',
    outcome: 'Outcome / action',
    analysis: 'Comment / analysis',
  },
  docx: {
    title: [
      'Eastmere Safeguarding Children Partnership',
      'Child Safeguarding Practice Review – Agency Chronology',
      'Child: Child T (aged 4)',
    ],
    preface: [
      ['Agency', 'Eastmere Children’s Services'],
      ['Author', 'Head of Service, Quality Assurance'],
      ['Date completed', '14/10/2026'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['referral.received', '06/09/2021 09:40', 'CSC – MASH', 'LCS 88410', 'Contact from school', 'Child T; Mother', 'School DSL reports bruise to left ear. Child said "Shane did it" then said he fell.', 'Progress to strategy discussion.', 'Prompt and appropriate.'],
    ['strategy', '06/09/2021 14:30', 'CSC – MASH', 'LCS 88422', 'Strat disc', 'Police; School nurse; TM', 'Strategy discussion (Teams). Joint s47 agreed, CP medical.', 'Joint visit today.', 'GP not invited to the strategy discussion.'],
    ['contact.home-visit', '06/09/2021 16:50', 'CSC – Assessment Team 1', 'LCS 88431', 'Joint visit with police', 'Child T; Mother; Shane C', 'Child T seen. Bruise to ear and behind ear.\nMother’s partner present and did most of the talking.', 'CP medical 07/09.', 'Child T not seen alone.'],
    ['s47', '07/09/2021 09:00', 'CSC – Assessment Team 1', 'LCS 88440', 'S47 – CP medical', 'Child T; Mother', 'Paediatrician: bruising not consistent with a fall.', 'Safety plan: Shane C not to be alone with Child T.', 'Reliance on mother’s agreement.'],
    ['meeting.conference', '27/09/2021 10:00', 'CSC – Conference & Review', 'LCS 88702', 'ICPC', 'Professionals; Mother', 'Child T made subject of CP plan (physical abuse).', 'Core group within 10 working days.', ''],
    ['meeting.core-group', '19/10/2021 13:00', 'CSC – CP Team 2', 'LCS 89004', 'Core group meeting', 'HV; School; Mother', 'First core group.', 'Plan updated.', '16 working days after ICPC; later than expected.'],
    ['contact.home-visit', '25/10/2021 15:30', 'CSC – CP Team 2', 'LCS 89130', 'CP visit', 'Child T; Mother', 'Statutory visit. Child T seen alone in his bedroom, said he likes Shane.', 'Next visit within 10 working days.', ''],
    ['contact.home-visit', '22/11/2021 16:00', 'CSC – CP Team 2', 'LCS 89611', 'CP visit', 'Child T; Mother', 'Statutory visit. Child T seen with mother.', '', '20 working days since last visit; SW on leave, no cover.'],
    ['critical', '04/12/2021 19:10', 'CSC – EDT', 'LCS 89790', 'Notification', 'Child T', 'EDT informed by police: Child T admitted to PICU with head injury.', 'Strategy meeting 05/12.', ''],
  ],
};
