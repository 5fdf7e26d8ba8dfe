import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// Police exports. Connect (the Northgate/NEC crime system several forces share) keeps
// a crime's "Committed From / To" window beside the date it was recorded; a force's public
// protection team keeps its vulnerability screening in a workbook with a front sheet.

export const connectCrimeEnquiry: CorpusFile = {
  name: 'police-connect-crime-enquiry.csv',
  agency: 'Harbourshire Police',
  kind: 'police',
  system: 'Connect (NEC) crime and incident enquiry export',
  quirks:
    'The event window is "Committed From" / "Committed To" (no word "date" in either) while "Date Recorded" holds the later recording date; the type is a Home Office class or a terse code ("105A Assault Occ ABH", "8N Harassment", "CCN", "RA - DARA"); `hrs` times; a "Y/N" DA flag column; a "URN" reference repeated across linked entries',
  headers: [
    'URN',
    'Committed From',
    'Committed To',
    'Date Recorded',
    'HO Class',
    'DA (Y/N)',
    'Officer in Charge',
    'Aggrieved / Suspect',
    'MO / Circumstances',
    'Finalisation',
  ],
  fields: {
    sourceRef: 'URN',
    date: 'Committed From',
    endDate: 'Committed To',
    type: 'HO Class',
    practitioner: 'Officer in Charge',
    subjects: 'Aggrieved / Suspect',
    description: 'MO / Circumstances',
    outcome: 'Finalisation',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', '41/18822/22', '06/02/2022 2140hrs', '06/02/2022 2215hrs', '07/02/2022', '105A Assault Occ ABH', 'Y', 'PC 6613 TREMAYNE', 'A: Leanne PASCOE / S: Craig BOLITHO', 'Aggrieved pushed into door frame by partner during argument about his drinking. Bruising to upper arm. 2 children (4 and 9) in the property, older child called 999.', 'Suspect arrested. DA risk assessment MEDIUM.'],
    ['risk.assessment', '41/18822/22', '07/02/2022 0110hrs', '', '07/02/2022', 'RA - DARA', 'Y', 'PC 6613 TREMAYNE', 'A: Leanne PASCOE', 'DA risk assessment (DARA) completed at scene by attending officer. Previous unreported assaults disclosed.', 'Graded MEDIUM. Copy to DA Triage.'],
    ['referral.sent', '41/18822/22', '07/02/2022 0930hrs', '', '07/02/2022', 'CCN', 'Y', 'DC 2290 HOSKING', 'Children: Mia and Tyler PASCOE', 'Child Coming to Notice form sent to Front Door re children present at DA.', 'CCN submitted.'],
    ['justice', '41/18822/22', '07/02/2022 1600hrs', '', '08/02/2022', 'Interview / Bail', 'Y', 'DC 2290 HOSKING', 'S: Craig BOLITHO', 'Interviewed, admitted pushing. CPS authority sought.', 'Released on pre-charge bail, conds not to contact aggrieved.'],
    ['justice.breach', '41/20417/22', '19/02/2022 2305hrs', '20/02/2022 0015hrs', '20/02/2022', 'Bail Conds Breached', 'Y', 'PC 7741 ROWE', 'S: Craig BOLITHO', 'Suspect seen outside aggrieved address by neighbour contrary to bail condition. Left on police arrival.', 'Circulated as wanted for breach. Arrested 21/02.'],
    ['incident.police', '41/22090/22', '28/02/2022 1500hrs', '', '28/02/2022', 'Concern for Welfare - Juv', 'N', 'PCSO 9012 JAGO', 'Tyler PASCOE (9)', 'Child found by PCSO in town centre during school hours, said he did not want to go home. Returned to school.', 'Words of advice. Info to school.'],
    ['incident.domestic', '41/26145/22', '14/03/2022 0200hrs', '14/03/2022 0245hrs', '14/03/2022', '8N Harassment', 'Y', 'PC 6613 TREMAYNE', 'A: Leanne PASCOE / S: Craig BOLITHO', 'Over 40 messages and calls overnight from ex-partner, threats to "take the kids".', 'Crime recorded. Suspect interviewed voluntary.'],
    ['disclosure', '41/DVDS/0391', '22/03/2022 1100hrs', '', '23/03/2022', 'DVDS - RtA', 'Y', 'DS 1520 NANCARROW', 'Leanne PASCOE', 'Right to Ask application: disclosure made in person of BOLITHO previous DA convictions against a former partner.', 'Disclosure delivered with IDVA present.'],
    ['marac.referral', '41/26145/22', '23/03/2022 0900hrs', '', '23/03/2022', 'MARAC', 'Y', 'DS 1520 NANCARROW', 'Leanne PASCOE', 'Escalation noted - 3rd DA report in 6 wks. Referred to MARAC on professional judgement.', 'Listed 07/04/2022.'],
    ['justice', '41/18822/22', '02/04/2022 1000hrs', '', '04/04/2022', 'Charged', 'Y', 'DC 2290 HOSKING', 'S: Craig BOLITHO', 'Charged ABH and harassment. Remanded in custody to next available court.', 'Charged - remanded.'],
  ],
};

export const vulnerabilityScreening: CorpusFile = {
  name: 'police-ppd-vulnerability-screening.xlsx',
  agency: 'Harbourshire Police Public Protection',
  kind: 'police',
  system: 'Force public protection (PPD) screening workbook, Niche extract pasted in by a screener',
  quirks:
    'A front sheet of instructions before the log, a three-line title block, "Received (date/time)" as real date-times beside a "Screened on" serial date, "Vuln Type" codes, a RAG column, the screening sergeant merged down',
  headers: [
    'PPN No',
    'Received (date/time)',
    'Screened on',
    'Vuln Type',
    'RAG',
    'Screening Sgt',
    'Child / Adult concerned',
    'Circumstances',
    'Screening decision',
  ],
  fields: {
    sourceRef: 'PPN No',
    date: 'Received (date/time)',
    type: 'Vuln Type',
    practitioner: 'Screening Sgt',
    subjects: 'Child / Adult concerned',
    description: 'Circumstances',
    outcome: 'Screening decision',
  },
  xlsx: {
    sheet: 'PPN log',
    title: [
      'PUBLIC PROTECTION DEPARTMENT – VULNERABILITY SCREENING',
      'OFFICIAL-SENSITIVE',
      'Period: Jan–Apr 2022. Compiled for Child Safeguarding Practice Review HS/CSPR/04',
    ],
    sheetsBefore: [
      {
        name: 'Read me',
        lines: [
          ['How to use this log'],
          ['One line per PPN. Received = time PPN landed in the PPD inbox.'],
          ['RAG: R = same day to MASH, A = 24 hrs, G = info only'],
        ],
      },
    ],
    dateCells: [
      { header: 'Received (date/time)', as: 'datetime' },
      { header: 'Screened on', as: 'serial' },
    ],
    mergeDown: ['Screening Sgt'],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'PPN/22/01187', '07/02/2022 09:41', '07/02/2022', 'CYP - DA', 'A', 'PS 1408 CURNOW', 'Mia PASCOE (4), Tyler PASCOE (9)', 'PPN from response: children present at DA ABH, older child called police.', 'Shared with Front Door MASH. Health and school notified via MASH.'],
    ['info.shared', 'PPN/22/01187', '07/02/2022 11:20', '07/02/2022', 'CYP - DA', 'A', 'PS 1408 CURNOW', 'Mia PASCOE, Tyler PASCOE', 'Research completed on household. 2 previous DA incidents at address (2020, 2021), not crimed.', 'Research sent to MASH social worker by email.'],
    ['referral.received', 'PPN/22/01420', '28/02/2022 15:52', '01/03/2022', 'CYP - MISPER/EXPL', 'G', 'PS 1408 CURNOW', 'Tyler PASCOE (9)', 'PPN from PCSO - 9 yr old out of school alone, reluctant to go home.', 'Info only to school. NFA PPD.'],
    ['decision', 'PPN/22/01420', '01/03/2022 10:05', '01/03/2022', 'CYP - MISPER/EXPL', 'G', 'PS 1408 CURNOW', 'Tyler PASCOE', 'Reviewed with DA history. Not linked to earlier PPN by screener.', 'Decision: G, no MASH referral. (Reviewer note: link missed.)'],
    ['referral.received', 'PPN/22/01802', '14/03/2022 08:15', '14/03/2022', 'ADULT - DA', 'R', 'PS 0877 PENHALIGON', 'Leanne PASCOE', 'PPN adult DA - harassment, threats re children.', 'Sent to IDVA service and MASH. DA triage same day.'],
    ['meeting.planning', 'PPN/22/01802', '15/03/2022 13:00', '15/03/2022', 'ADULT - DA', 'R', 'PS 0877 PENHALIGON', 'Leanne PASCOE', 'Daily DA triage meeting (police, IDVA, CSC, health). Case discussed.', 'Actions: IDVA contact, consider DVDS, MARAC if further incident.'],
    ['referral.sent', 'PPN/22/01802', '15/03/2022 15:30', '15/03/2022', 'ADULT - DA', 'R', 'PS 0877 PENHALIGON', 'Leanne PASCOE', 'Referral to IDVA service by secure email following triage.', 'Acknowledged by IDVA 16/03.'],
    ['marac.meeting', 'PPN/22/01802', '07/04/2022 10:00', '07/04/2022', 'ADULT - DA', 'R', 'PS 0877 PENHALIGON', 'Leanne PASCOE, Craig BOLITHO', 'MARAC heard case. Police actions: flag address, TM marker.', 'Address marker added 07/04/2022.'],
  ],
};
