import type { CorpusFile } from '../spec';

// Police exports. Niche RMS and Athena hold occurrences with an occurred date-time beside the
// date the entry was created; PPN / DASH logs are kept per public protection unit.

export const nicheOccurrences: CorpusFile = {
  name: 'police-niche-occurrences.csv',
  agency: 'Northshire Police',
  kind: 'police',
  system: 'Niche RMS occurrence enquiry export',
  quirks:
    'Date-time in one cell ("Occurred On"), a "Created" date beside it, occurrence type with a classification suffix, a flags column, two blank trailing columns as Niche writes them',
  headers: [
    'Occurrence No.',
    'Occurred On',
    'Occurrence Type',
    'Flags',
    'OIC',
    'Involved Persons',
    'Summary',
    'Outcome / Disposal',
    'Created',
  ],
  fields: {
    date: 'Occurred On',
    type: 'Occurrence Type',
    practitioner: 'OIC',
    subjects: 'Involved Persons',
    description: 'Summary',
    outcome: 'Outcome / Disposal',
    sourceRef: 'Occurrence No.',
  },
  csv: { trailingBlankColumns: 2 },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'NS/21/004417', '14/03/2021 23:10', 'Domestic - Verbal', 'DA; CHILD PRESENT', 'PC 4471 ABBOTT', 'Kerry WELLS (IP); Dean FOSTER (SUSP); Alfie WELLS (7)', 'Neighbour reported shouting. IP states argument over money, no assault. Alfie awake upstairs during incident.', 'DASH completed - standard. PPN child submitted.', '15/03/2021'],
    ['referral.sent', 'NS/21/004417', '15/03/2021 02:40', 'PPN - Child at Risk', 'CHILD PRESENT', 'PC 4471 ABBOTT', 'Alfie WELLS (7)', 'PPN submitted to MASH re child present at verbal DA.', 'Sent to MASH via secure email.', '15/03/2021'],
    ['incident.police', 'NS/21/005902', '02/04/2021 16:25', 'Concern for Safety', '', 'PC 3982 NAYAR', 'Kerry WELLS', 'Call from school: mother did not collect child, phone off. Officers attended home address, mother found asleep, intoxicated. Child collected by maternal grandmother.', 'Words of advice. PPN child submitted.', '03/04/2021'],
    ['referral.sent', 'NS/21/005902', '03/04/2021 09:05', 'PPN - Child at Risk', '', 'PC 3982 NAYAR', 'Alfie WELLS (7)', 'PPN re mother intoxicated while sole carer.', 'MASH.', '03/04/2021'],
    ['incident.domestic', 'NS/21/007733', '29/04/2021 21:55', 'Domestic - Assault (ABH)', 'DA; CHILD PRESENT; REPEAT', 'PC 2210 OKAFOR', 'Kerry WELLS (IP); Dean FOSTER (SUSP); Alfie WELLS (7)', 'IP punched to face by partner in kitchen. Child witnessed and ran to neighbour. Injury: swelling left cheek. BWV captured.', 'Suspect arrested. DASH - HIGH (16 ticks). MARAC referral.', '30/04/2021'],
    ['incident.police', 'NS/21/007733', '29/04/2021 22:30', 'Arrest', '', 'PC 2210 OKAFOR', 'Dean FOSTER', 'FOSTER arrested on suspicion of ABH (domestic) and conveyed to custody.', 'Custody record CU/21/3310.', '30/04/2021'],
    ['risk.assessment', 'NS/21/007733', '30/04/2021 01:15', 'DASH Risk Assessment', 'HIGH RISK', 'PC 2210 OKAFOR', 'Kerry WELLS', 'DASH RIC completed with IP at hospital. 16 ticks, escalation, strangulation previously.', 'Graded HIGH. Referred to MARAC and IDVA.', '30/04/2021'],
    ['marac.referral', 'NS/21/007733', '30/04/2021 10:20', 'MARAC Referral', 'HIGH RISK', 'DS 1187 HALE', 'Kerry WELLS', 'MARAC referral form submitted by DAU.', 'Listed for MARAC 13/05/2021.', '30/04/2021'],
    ['justice', 'NS/21/007733', '01/05/2021 11:00', 'Charge', '', 'DS 1187 HALE', 'Dean FOSTER', 'Charged ABH (domestic). Remanded to court.', 'Bail with conditions not to contact IP or attend address.', '01/05/2021'],
    ['justice.breach', 'NS/21/009140', '22/05/2021 19:40', 'Breach of Bail', 'DA; BAIL', 'PC 4471 ABBOTT', 'Dean FOSTER; Kerry WELLS', 'FOSTER found at IP address contrary to bail conditions. Child in the house.', 'Arrested for breach, put before court next day.', '22/05/2021'],
    ['intelligence', 'NS/21/INT/2231', '10/06/2021 00:00', 'Intelligence Submission', 'INTEL', 'FIB 0091', 'Dean FOSTER', 'Information that FOSTER continues to visit address at night despite conditions.', 'Graded B2. Retained on system.', '11/06/2021'],
  ],
};

export const athenaLog: CorpusFile = {
  name: 'police-athena-investigation-log.xlsx',
  agency: 'Eastmere Constabulary',
  kind: 'police',
  system: 'Athena investigation log exported to Excel',
  quirks:
    'Title block of four lines above the header, date-time cells, an "Entry Date" column beside the log date, a hidden "Audit ID" column, a Key sheet before the log',
  headers: [
    'Investigation Ref',
    'Log Date/Time',
    'Log Entry Type',
    'Officer (Rank/No.)',
    'Dept',
    'Log Entry',
    'Next Action',
    'Audit ID',
    'Entry Date',
  ],
  fields: {
    date: 'Log Date/Time',
    type: 'Log Entry Type',
    practitioner: 'Officer (Rank/No.)',
    team: 'Dept',
    description: 'Log Entry',
    outcome: 'Next Action',
    sourceRef: 'Investigation Ref',
  },
  xlsx: {
    title: [
      'ATHENA – Investigation Log Extract',
      'OFFICIAL-SENSITIVE',
      'Produced for: Child Safeguarding Practice Review, Eastmere SCP',
      'Run by: DC 3381 on 02/11/2026',
    ],
    sheet: 'Investigation Log',
    sheetsBefore: [
      {
        name: 'Key',
        lines: [
          ['Abbreviation', 'Meaning'],
          ['IP', 'Injured party'],
          ['POCA', 'Protection of children abuse'],
          ['VPA', 'Vulnerable person assessment'],
        ],
      },
    ],
    dateCells: [
      { header: 'Log Date/Time', as: 'datetime' },
      { header: 'Entry Date', as: 'date' },
    ],
    hiddenColumns: ['Audit ID'],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'EC-21-118842', '06/09/2021 10:12', 'Referral', 'DC 3381', 'POCIT', 'Referral from Eastmere MASH: school reports bruising to left ear of Tyler (4). Mother says fell off scooter.', 'Research and strat disc.', 'AUD-771201', '06/09/2021'],
    ['strategy', 'EC-21-118842', '06/09/2021 14:30', 'Strat Disc', 'DS 1642', 'POCIT', 'Strategy discussion with CSC (TM) and school nurse by Teams. Agreed joint s47.', 'Joint visit today. CP medical.', 'AUD-771230', '06/09/2021'],
    ['contact.home-visit', 'EC-21-118842', '06/09/2021 16:50', 'Visit', 'DC 3381', 'POCIT', 'Joint visit with SW to home. Tyler seen, bruise to left ear and behind ear. Mother and partner present.', 'CP medical booked for 07/09.', 'AUD-771262', '07/09/2021'],
    ['s47', 'EC-21-118842', '07/09/2021 09:00', 'S47 Joint Investigation', 'DC 3381', 'POCIT', 'CP medical at Eastmere General: paediatrician says bruising not consistent with account.', 'Partner to be interviewed.', 'AUD-771301', '07/09/2021'],
    ['incident.police', 'EC-21-118842', '08/09/2021 11:20', 'Voluntary Interview', 'DC 3381', 'POCIT', 'Partner Shane COLE interviewed under caution (voluntary). Denies.', 'RUI pending further enquiries.', 'AUD-771344', '08/09/2021'],
    ['info.shared', 'EC-21-118842', '09/09/2021 15:05', 'Info Sharing', 'DC 3381', 'POCIT', 'Police checks and interview summary emailed to SW for ICPC.', 'Attend ICPC.', 'AUD-771390', '09/09/2021'],
    ['meeting.conference', 'EC-21-118842', '27/09/2021 10:00', 'Meeting - ICPC', 'DS 1642', 'POCIT', 'ICPC attended. Tyler made subject to CP plan, category physical abuse.', 'Police to share outcome of investigation.', 'AUD-772015', '28/09/2021'],
    ['justice', 'EC-21-118842', '15/11/2021 12:00', 'Case Disposal', 'DS 1642', 'POCIT', 'CPS advice: NFA, insufficient evidence.', 'Inform CSC and family.', 'AUD-774478', '15/11/2021'],
    ['info.shared', 'EC-21-118842', '16/11/2021 09:40', 'Info Sharing', 'DC 3381', 'POCIT', 'SW emailed re NFA outcome.', 'Investigation filed.', 'AUD-774502', '16/11/2021'],
  ],
};

export const ppnLog: CorpusFile = {
  name: 'police-ppn-log.json',
  agency: 'Westvale Police',
  kind: 'police',
  system: 'PPN / vulnerability log (JSON export, camelCase keys)',
  quirks:
    'camelCase keys, a risk grading column, time in its own key, a "createdOn" timestamp beside the incident date',
  headers: [
    'ppnReference',
    'incidentDate',
    'incidentTime',
    'ppnType',
    'riskGrading',
    'submittingOfficer',
    'subjectName',
    'narrativeText',
    'actionTaken',
    'createdOn',
  ],
  fields: {
    date: 'incidentDate',
    time: 'incidentTime',
    type: 'ppnType',
    practitioner: 'submittingOfficer',
    subjects: 'subjectName',
    description: 'narrativeText',
    outcome: 'actionTaken',
    sourceRef: 'ppnReference',
  },
  json: {
    wrapper: {
      exportName: 'PPN Extract',
      force: 'Westvale Police',
      generatedAt: '2026-11-02T10:15:00Z',
    },
    key: 'ppns',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'PPN-22-040112', '2022-01-08', '22:40', 'Domestic Abuse', 'Medium', 'PC 0712', 'Leanne BRIGGS', 'Verbal argument, IP locked herself in bathroom. Partner Carl left before police arrived.', 'DASH completed. Shared with IDVA service.', '2022-01-09T08:12:00Z'],
    ['referral.sent', 'PPN-22-040113', '2022-01-08', '22:40', 'Child Concern', 'Medium', 'PC 0712', 'Kai BRIGGS (3)', 'Child present at DA incident, asleep in bedroom.', 'PPN shared with Children’s Services (MASH).', '2022-01-09T08:15:00Z'],
    ['concern', 'PPN-22-040790', '2022-02-14', '15:05', 'Adult Concern', 'Standard', 'PCSO 9041', 'Leanne BRIGGS', 'IP seen by PCSO at shop, appeared withdrawn, said partner "checks her phone".', 'Advice given re Clare’s Law.', '2022-02-14T17:30:00Z'],
    ['disclosure', 'PPN-22-041544', '2022-03-02', '11:00', 'DVDS - Right to Ask', 'Medium', 'DC 2291', 'Leanne BRIGGS', 'IP applied under right to ask re Carl DENNING.', 'Disclosure panel 09/03.', '2022-03-02T12:40:00Z'],
    ['disclosure', 'PPN-22-041544', '2022-03-10', '14:30', 'DVDS Disclosure Made', 'High', 'DC 2291', 'Leanne BRIGGS', 'Disclosure made in person: DENNING has previous convictions for DA against two ex-partners.', 'Safety plan, IDVA referral.', '2022-03-10T16:02:00Z'],
    ['incident.domestic', 'PPN-22-043007', '2022-04-19', '01:20', 'Domestic Abuse', 'High', 'PC 1150', 'Leanne BRIGGS', 'IP reports partner grabbed her by throat. Marks to neck seen.', 'Arrest. DASH high (15). MARAC referral.', '2022-04-19T05:55:00Z'],
    ['marac.referral', 'PPN-22-043008', '2022-04-19', '09:00', 'MARAC', 'High', 'DS 0331', 'Leanne BRIGGS', 'Referral to Westvale MARAC following high risk DASH.', 'Heard at MARAC 28/04.', '2022-04-19T09:30:00Z'],
    ['referral.sent', 'PPN-22-043009', '2022-04-19', '09:05', 'Child Concern', 'High', 'DS 0331', 'Kai BRIGGS (3)', 'Child in home at time of strangulation.', 'PPN to MASH.', '2022-04-19T09:33:00Z'],
    ['justice.order', 'PPN-22-043590', '2022-05-03', '16:00', 'DVPN Issued', 'High', 'Insp 0090', 'Carl DENNING', 'DVPN served on DENNING excluding him from address.', 'DVPO application to magistrates 05/05.', '2022-05-03T16:45:00Z'],
    ['justice.order', 'PPN-22-043590', '2022-05-05', '10:00', 'DVPO granted', 'High', 'Insp 0090', 'Carl DENNING', 'DVPO granted for 28 days.', 'Flag on address.', '2022-05-05T13:10:00Z'],
  ],
};

export const stormIncidents: CorpusFile = {
  name: 'police-storm-incident-log.csv',
  agency: 'Northshire Police',
  kind: 'police',
  system: 'STORM command-and-control incident log',
  quirks:
    'Opening time in its own column with "hrs", a Y/N "Attended" column, grade codes, blank cells where the dispatcher left them',
  headers: [
    'Incident No',
    'Date Opened',
    'Time Opened',
    'Incident Type',
    'Grade',
    'Attended (Y/N)',
    'Caller',
    'Log Summary',
    'Result',
  ],
  fields: {
    date: 'Date Opened',
    time: 'Time Opened',
    type: 'Incident Type',
    subjects: 'Caller',
    description: 'Log Summary',
    outcome: 'Result',
    sourceRef: 'Incident No',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'NS-20211012-0877', '12/10/2021', '2215hrs', 'DOMESTIC', 'G1', 'Y', 'Neighbour', 'Female screaming, sound of breaking glass at flat 4.', 'DA - verbal. Occurrence NS/21/014410.'],
    ['incident.police', 'NS-20211030-0412', '30/10/2021', '1640hrs', 'CONCERN FOR WELFARE', 'G2', 'Y', 'School', 'Child (9) not collected, mother not answering.', 'Mother located at friend’s address.'],
    ['incident.police', 'NS-20211105-1190', '05/11/2021', '2350hrs', 'ASB - NUISANCE', 'G3', 'N', 'Anon', 'Loud music and shouting from flat 4.', 'No units available. Caller advised.'],
    ['incident.domestic', 'NS-20211121-0233', '21/11/2021', '0310hrs', 'DOMESTIC INCIDENT', 'G1', 'Y', 'Victim', 'Caller says ex-partner kicking door, has children inside.', 'Male left prior. DASH medium.'],
    ['incident.police', 'NS-20211203-0067', '03/12/2021', '0120hrs', 'SUSPICIOUS CIRCS', 'G2', 'Y', 'Passer-by', 'Male seen trying door handles of flat 4.', 'Area search negative.'],
    ['incident.domestic', 'NS-20211224-0981', '24/12/2021', '2040hrs', 'DOMESTIC - CHILD PRESENT', 'G1', 'Y', 'Child (9)', 'Child rang 999 saying mum’s boyfriend hit mum.', 'Arrest. PPN child.'],
    ['incident.police', 'NS-20220102-0113', '02/01/2022', '1100hrs', 'MISSING PERSON - CHILD', 'G1', 'Y', 'Mother', 'Son (9) not returned from park.', 'Found safe at 1315hrs.'],
    ['contact.phone', 'NS-20220115-0540', '15/01/2022', '0930hrs', 'CALL BACK - ADVICE', 'G4', 'N', 'Mother', 'Mother asking about bail conditions of ex-partner.', 'Advised by phone. OIC informed.'],
    ['justice.breach', 'NS-20220120-1302', '20/01/2022', '1930hrs', 'BREACH OF BAIL', 'G1', 'Y', 'Mother', 'Ex-partner outside address contrary to conditions.', 'Arrested for breach.'],
  ],
};
