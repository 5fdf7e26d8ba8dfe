import type { CorpusFile } from '../spec';

// Development-set police files (held out 04/12/2026): a Metropolitan Police CRIS "details of
// investigation" log (numbered entries typed as the investigation goes, beside the constant
// date the crime was committed), a ControlWorks command-and-control incident history for one
// address, and a police IMR for a Domestic Homicide Review on a community safety partnership's
// own Word template.

export const crisInvestigationLog: CorpusFile = {
  name: 'police-cris-investigation-log.csv',
  agency: 'Metropolitan Police Service',
  kind: 'police',
  system: 'CRIS (Crime Report Information System), DETS entries printed to CSV',
  quirks:
    'one crime number on every row with a numbered entry beside it, "Date Entered" as `dd/mm/yy` and a separate `2347hrs` time, a constant "Crime Committed" date that is not the event date, entry titles as the type with a misspelling ("referal"), collar numbers as the author',
  headers: [
    'CRIS No',
    'DETS',
    'Date Entered',
    'Time',
    'Entry Title',
    'Entered By',
    'Crime Committed',
    'Details',
    'Next Action',
  ],
  fields: {
    sourceRef: 'CRIS No',
    date: 'Date Entered',
    time: 'Time',
    type: 'Entry Title',
    practitioner: 'Entered By',
    description: 'Details',
    outcome: 'Next Action',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', '4410231/23', '1', '11/03/23', '2347hrs', 'Initial investigation – ABH (DA)', 'PC 2214RH', '11/03/2023', 'Officers attended 14 Kestrel Court after 999 call from neighbour. Victim Kerry-Ann DOYLE, swelling to L eye, states partner Lee MARSH punched her during argument. Two children (4 and 7) asleep in flat. Suspect left before police arrival.', 'DASH. MERLIN for children. Circulate suspect.'],
    ['risk.assessment', '4410231/23', '2', '12/03/23', '0015hrs', 'DASH RIC', 'PC 2214RH', '11/03/2023', 'DASH completed with victim at scene. 16 ticks – HIGH. Previous strangulation disclosed (not reported). Victim frightened of repercussions.', 'Refer to MARAC. CSU to review.'],
    ['referral.sent', '4410231/23', '3', '12/03/23', '0140hrs', 'MERLIN created – CCTN x2', 'PC 2214RH', '11/03/2023', 'MERLIN PAC created for both children (witnessed DA, present at address). Sent to Children\'s MASH.', ''],
    ['incident.police', '4410231/23', '4', '12/03/23', '1105hrs', 'Suspect arrested', 'DC 881KL', '11/03/2023', 'MARSH arrested at his mother\'s address on suspicion of ABH. Conveyed to custody, Lewsham.', 'Interview.'],
    ['justice', '4410231/23', '5', '12/03/23', '1930hrs', 'Interview / RUI', 'DC 881KL', '11/03/2023', 'Interviewed – no comment. Released under investigation pending victim statement and medical evidence. No bail conditions available.', 'Obtain victim VRI.'],
    ['marac.referral', '4410231/23', '6', '13/03/23', '0910hrs', 'MARAC referal submitted', 'DC 881KL', '11/03/2023', 'MARAC referral form emailed to MARAC coordinator on basis of HIGH DASH.', 'Await listing.'],
    ['contact.phone', '4410231/23', '7', '20/03/23', '1420hrs', 'Victim update – tel', 'DC 881KL', '11/03/2023', 'Spoke to victim by phone. Does not support prosecution. Has let MARSH visit the children "for their sake".', 'Consider evidence-led prosecution.'],
    ['marac.meeting', '4410231/23', '8', '30/03/23', '1000hrs', 'MARAC – case heard', 'DS 554PW', '11/03/2023', 'Case heard at MARAC. Actions: police to flag address on CAD, IDVA to engage, CSC to consider strategy discussion.', 'CAD marker added.'],
    ['decision', '4410231/23', '9', '27/04/23', '1610hrs', 'Crime closed – outcome 16', 'DS 554PW', '11/03/2023', 'Victim withdrew support. Evidence-led case reviewed by DS: insufficient evidence without victim. Crime closed outcome 16.', 'Close. Victim informed by letter.'],
    ['intelligence', '4410231/23', '10', '02/05/23', '0830hrs', 'Intel report submitted', 'PC 6120TB', '11/03/2023', 'Intelligence (graded B2): MARSH staying at Kestrel Court most nights, neighbours hear shouting.', 'Intel to DA team.'],
  ],
};

export const controlWorksIncidents: CorpusFile = {
  name: 'police-controlworks-incident-log.xlsx',
  agency: 'Wessex Vale Constabulary',
  kind: 'police',
  system: 'ControlWorks command and control, incident history by location (Excel report)',
  quirks:
    'a search-parameters sheet first, a title block, the created date-time as a real date-time cell, an opening and a closing category (the closing one says what it turned out to be), grading codes, a hidden operator column',
  xlsx: {
    title: [
      'INCIDENT HISTORY – LOCATION SEARCH',
      'Location: 22 ASHDOWN ROAD, WESTBURY VALE',
      'Produced for Child Safeguarding Practice Review – OFFICIAL-SENSITIVE',
    ],
    sheet: 'Incident History',
    sheetsBefore: [
      {
        name: 'Search Parameters',
        lines: [
          ['Search type', 'Location (exact + 50m)'],
          ['Date range', '01/01/2023 – 31/12/2023'],
          ['Requested by', 'Review team, Safeguarding Partnership'],
        ],
      },
    ],
    dateCells: [{ header: 'Created', as: 'datetime' }],
    hiddenColumns: ['Operator'],
  },
  headers: [
    'Incident URN',
    'Created',
    'Initial Category',
    'Final Category',
    'Grade',
    'Operator',
    'Log Summary',
    'Result',
  ],
  fields: {
    sourceRef: 'Incident URN',
    date: 'Created',
    type: 'Final Category',
    description: 'Log Summary',
    outcome: 'Result',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'WV-230112-0456', '12/01/2023 21:05', 'Domestic – disturbance', 'DOM – Verbal only', 'G1', 'OP4471', 'Female caller states ex-partner at door shouting, 3 children inside. Units attended, male gone on arrival.', 'DIR submitted. DASH standard.'],
    ['incident.police', 'WV-230204-1102', '04/02/2023 23:40', 'Missing person', 'MISPER – Juvenile (medium)', 'G2', 'OP3302', 'Mother reports daughter (14) not home from school. Found 0215hrs at a friend\'s in town.', 'Return interview requested.'],
    ['contact.no-access', 'WV-230219-0733', '19/02/2023 10:12', 'Concern for welfare', 'CFW – No trace / no reply', 'G2', 'OP4471', 'Request from school to check on children after absence. Officers attended, no reply at door, curtains drawn.', 'Info back to school.'],
    ['incident.police', 'WV-230307-1988', '07/03/2023 19:55', 'ASB – Nuisance', 'ASB – Personal', 'G3', 'OP1187', 'Neighbour reports youths including 14yo from no. 22 throwing stones at windows.', 'Words of advice.'],
    ['referral.received', 'WV-230322-0610', '22/03/2023 09:14', 'Third party report', 'CHILD CONCERN – Referral from agency', 'G3', 'OP3302', 'DSL at Ashdown Academy reports pupil (9) disclosed being hit with a belt by mum\'s partner.', 'Passed to CAIT. Strategy discussion requested.'],
    ['incident.domestic', 'WV-230416-2231', '16/04/2023 22:47', 'Abandoned 999', 'DOM – No offence disclosed', 'G1', 'OP1187', 'Silent 999 call, callback not answered. Units attended: couple arguing, children present, no injuries seen.', 'DIR, Op Encompass to school.'],
    ['justice.breach', 'WV-230502-0919', '02/05/2023 14:20', 'Breach of order', 'Breach – Non-Molestation Order', 'G1', 'OP4471', 'Caller states ex-partner (NMO in place) at the door again. Male arrested at scene.', 'Arrested – breach NMO.'],
    ['incident.domestic', 'WV-230528-0044', '28/05/2023 00:31', 'Assault', 'DOM – Assault (ABH)', 'G1', 'OP3302', 'Female assaulted by partner, injuries to face. Children 9 and 14 witnessed. Suspect detained.', 'Crime recorded. DASH high. MARAC.'],
    ['incident.police', 'WV-230611-1540', '11/06/2023 16:02', 'Suspicious circs', 'Drugs – Possession', 'G3', 'OP1187', 'Report of cannabis smell and visitors at all hours. Stop search of male leaving address, cannabis found.', 'Community resolution.'],
  ],
};

export const dhrPoliceImr: CorpusFile = {
  name: 'police-dhr-csp-template-chronology.docx',
  agency: 'Wessex Vale Constabulary',
  kind: 'police',
  system: 'Domestic Homicide Review agency chronology, Safer Brayford Partnership template',
  quirks:
    'date and time in one cell in several forms (`14 Feb 2022 2210hrs`, `15.02.22`, `?March 2022`, `w/c 21/03/2022`, `Apr 2022`, `mid-July 2022`), no type column, the source system and record number as the reference, an IMR author comment column, the table cut every four rows with its header repeated, a document control table first',
  docx: {
    title: [
      'Safer Brayford Partnership – Domestic Homicide Review "Sandra"',
      'Agency Chronology of Involvement (Appendix B)',
      'Agency: Wessex Vale Constabulary. Author: DI R. Heald, Review Team (independent of line management).',
      'Period under review: 01/01/2022 to 28/09/2022.',
    ],
    preface: [
      ['Version', '0.3 (panel draft)'],
      ['Protective marking', 'OFFICIAL-SENSITIVE'],
      ['Subjects', 'Sandra (victim), Daniel REECE (perpetrator)'],
    ],
    splitEvery: 4,
    footer: [
      "I confirm this chronology is an accurate account of this agency's records.",
      'Signed: DI R. Heald   Date: 14/11/2022',
    ],
  },
  headers: [
    'No',
    'Date / Time',
    'Source (system & ref)',
    'What happened',
    'Officer / Role',
    'Action taken',
    'IMR author comment',
  ],
  fields: {
    date: 'Date / Time',
    sourceRef: 'Source (system & ref)',
    description: 'What happened',
    practitioner: 'Officer / Role',
    outcome: 'Action taken',
    analysis: 'IMR author comment',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', '1', '14 Feb 2022 2210hrs', 'STORM 2202140987', 'Call from Sandra\'s daughter (17): Reece shouting at her mother and threw her phone at the wall. Officers attended; both calm on arrival. Recorded as a verbal domestic.', 'PC 4471, response', 'DASH offered, declined by Sandra. Graded standard.', 'No research of Reece\'s history on attendance: two previous partners had reported domestic abuse by him.'],
    ['risk.assessment', '2', '15.02.22', 'Niche OCC 22*0034455', 'Supervisor review of the DASH (declined) and the officer\'s professional judgement.', 'Sgt 1290, DA supervisor', 'Standard risk agreed. No onward referral.', 'The review did not take account of the daughter\'s account.\nA refused DASH should have prompted a judgement on the facts.'],
    ['disclosure', '3', 'w/c 21/03/2022', 'Niche DVDS 22*0011', 'Sandra\'s sister made a Right to Ask application. Panel agreed disclosure. Disclosure given to Sandra in person at the station.', 'DVDS unit', 'Safety advice given; Sandra said she would "think about it".', 'Date of disclosure not recorded on Niche; taken from the officer\'s notebook.'],
    ['intelligence', '4', 'Apr 2022', 'Niche IR 22/IR/5521', 'Intelligence report: Reece seen with Sandra in the Swan PH, "controlling her, telling her when to speak".', 'PC 7731, neighbourhood', 'Graded, no action.', 'Not linked to the DVDS disclosure.'],
    ['incident.domestic', '5', '02/06/2022 0140hrs', 'STORM 2206020031', 'Neighbour called police: screaming from the flat. Sandra had red marks to her neck and said Reece had held her by the throat.', 'PC 2210, response', 'DASH completed: HIGH (17). Photographs taken. Reece had left.', 'Non-fatal strangulation recognised and recorded correctly.'],
    ['incident.police', '6', '02/06/2022 0410hrs', 'Niche custody CU/22/8812', 'Reece arrested at his brother\'s address on suspicion of intentional strangulation (s.75A SCA 2015).', 'PC 2210', 'Conveyed to Brayford custody.', ''],
    ['justice', '7', '03.06.22 1815hrs', 'Niche custody CU/22/8812', 'Charged with intentional strangulation. Bailed to Brayford Magistrates 24/06/2022.', 'DS 554, CID', 'Bail conditions: not to contact Sandra or enter Fernhill Road.', 'Victim informed of the bail conditions by phone the same evening.'],
    ['marac.referral', '8', '03/06/2022', 'MARAC referral form (email)', 'MARAC referral made on the HIGH DASH.', 'DA unit', 'Listed for 23/06/2022.', 'Referral made within one working day.'],
    ['justice.breach', '9', 'mid-July 2022', 'Niche OCC 22*0071203', 'Sandra reported Reece outside her house on two evenings. Officers arrested him for breach of bail.', 'PC 6122, response', 'Remanded overnight; bailed again with same conditions by the court.', 'Exact dates uncertain: Niche entry typed 19/07/2022 covering "last week".\nMARAC was not told of the breach.'],
    ['critical', '10', '28/09/2022 0620hrs', 'STORM 2209280118', 'Call from neighbour: Sandra found unresponsive at her home. Pronounced dead at scene. Reece arrested for murder.', 'Major Crime Team', 'Homicide investigation. DHR notification to the CSP.', ''],
  ],
};
