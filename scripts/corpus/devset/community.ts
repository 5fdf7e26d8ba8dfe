import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// Housing and adult social care files: a Civica CX housing management action diary,
// a CareDirector adult safeguarding workflow export, and a Safeguarding Adults Review agency
// chronology in Word.

export const civicaActionDiary: CorpusFile = {
  name: 'housing-civica-cx-action-diary.csv',
  agency: 'Harbour Homes (housing association)',
  kind: 'housing',
  system: 'Civica CX housing management, tenancy action diary (CSV report)',
  quirks:
    'LF line ends, `dd/mm/yy` dates in "Diary Dt" with a "Raised Dt" beside it, a short action code ("ASB1", "NOSP", "VST") next to a longer action text, the officer as initials, a "Vuln Y/N" flag',
  csv: { crlf: false },
  headers: [
    'Tenancy Agreement No',
    'Diary Dt',
    'Raised Dt',
    'Act Cd',
    'Action Text',
    'Off.',
    'Vuln Y/N',
    'Diary Narrative',
    'Follow-up Required',
  ],
  fields: {
    sourceRef: 'Tenancy Agreement No',
    date: 'Diary Dt',
    type: 'Action Text',
    practitioner: 'Off.',
    description: 'Diary Narrative',
    outcome: 'Follow-up Required',
  },
  // prettier-ignore
  rows: [
    ['housing', 'HH/0044712', '11/01/22', '11/01/22', 'ASB1', 'ASB case opened – noise', 'JTR', 'N', 'Complaint from no. 14 of shouting and banging late at night at no. 12 (Ms Pascoe). Third complaint since Nov.', 'Write to tenant. Diary 14 days.'],
    ['contact.message', 'HH/0044712', '12/01/22', '12/01/22', 'LTR', 'Letter sent – ASB warning', 'JTR', 'N', 'Standard ASB warning letter 1 to tenant.', ''],
    ['contact.home-visit', 'HH/0044712', '26/01/22', '27/01/22', 'VST', 'Tenancy visit', 'JTR', 'N', 'Visited. Tenant said noise is her ex-partner who “comes round sometimes”. Children present. Did not ask about DA.', 'Close ASB if no further reports.'],
    ['housing', 'HH/0044712', '08/02/22', '08/02/22', 'ARR2', 'Arrears – stage 2 letter', 'SYS', 'N', 'Arrears £612.40. Automated stage 2 letter.', 'Income officer to call.'],
    ['info.shared', 'HH/0044712', '08/04/22', '08/04/22', 'MAR', 'MARAC action received', 'KPN', 'Y', 'MARAC 07/04: action for Harbour Homes – sanctuary measures at address and flag as DA.', 'Refer to Sanctuary contractor.'],
    ['referral.sent', 'HH/0044712', '13/04/22', '13/04/22', 'REF', 'Sanctuary scheme referral', 'KPN', 'Y', 'Sanctuary referral raised (door, window locks, letterbox).', 'Contractor to contact tenant.'],
    ['contact.no-access', 'HH/0044712', '03/05/22', '03/05/22', 'NAV', 'No access visit', 'KPN', 'Y', 'Contractor attended for sanctuary works, no answer.', 'Rebook. (Not rebooked until 06/22.)'],
    ['housing', 'HH/0044712', '20/06/22', '21/06/22', 'NOSP', 'Notice of Seeking Possession served', 'SYS', 'Y', 'NOSP served for arrears £1,040. DA flag on account not checked.', 'Court application after 28 days if no arrangement.'],
    ['contact.phone', 'HH/0044712', '23/06/22', '23/06/22', 'TEL', 'Phone call – tenant', 'MBE', 'Y', 'Tenant rang upset about NOSP, said she had been in hospital. Arrangement agreed £10/wk.', 'Hold court action.'],
  ],
};

export const careDirectorSafeguarding: CorpusFile = {
  name: 'adults-caredirector-safeguarding.csv',
  agency: 'Harbourshire Council Adult Social Care',
  kind: 'adult-services',
  system: 'CareDirector (System C) adult safeguarding workflow export',
  quirks:
    'A BOM, workflow step names as the type with a stage number ("S1 - Concern", "S2 - Section 42 Enquiry"), "Step Started" and "Step Completed" date-times, a "Made Safe? (Y/N)" column, a "Concern Source" column that names another agency (not a team of this one)',
  csv: { bom: true },
  headers: [
    'Workflow Ref',
    'Step Started',
    'Step Completed',
    'Workflow Stage',
    'Concern Source',
    'Assigned To',
    'Adult',
    'Step Notes',
    'Made Safe? (Y/N)',
    'Decision / Outcome',
  ],
  fields: {
    sourceRef: 'Workflow Ref',
    date: 'Step Started',
    endDate: 'Step Completed',
    type: 'Workflow Stage',
    practitioner: 'Assigned To',
    subjects: 'Adult',
    description: 'Step Notes',
    outcome: 'Decision / Outcome',
  },
  // prettier-ignore
  rows: [
    ['adult.concern', 'ASC-SG-22-1309', '14/06/2022 10:40', '14/06/2022 16:00', 'S1 - Concern', 'Psychiatric liaison (acute trust)', 'Adult Safeguarding Hub', 'Leanne P.', 'Concern raised after intentional overdose: domestic abuse from ex-partner, ongoing harassment.', 'N', 'Progress to S2 decision.'],
    ['decision', 'ASC-SG-22-1309', '16/06/2022 09:00', '16/06/2022 11:30', 'S2 - Decision on Enquiry', '', 'T. Hosken (Hub SW)', 'Leanne P.', 'Criteria for s42 duty: care and support needs (mental health) not established. Is at risk of abuse.', 'N', 'No s42. Signpost to IDVA. Leanne not told of decision.'],
    ['contact.phone', 'ASC-SG-22-1309', '16/06/2022 12:00', '', 'Contact - Telephone', '', 'T. Hosken (Hub SW)', 'Leanne P.', 'Tried to call Leanne to discuss, no answer, voicemail full.', '', 'No further attempt.'],
    ['case.close', 'ASC-SG-22-1309', '17/06/2022 09:30', '17/06/2022 09:30', 'Closure', '', 'T. Hosken (Hub SW)', 'Leanne P.', 'Workflow closed. Referrer told by email.', 'N', 'Closed - NFA.'],
    ['adult.concern', 'ASC-SG-22-1655', '24/08/2022 11:15', '24/08/2022 15:00', 'S1 - Concern', 'MARAC coordinator', 'Adult Safeguarding Hub', 'Leanne P.', 'Second concern: ED attendance with facial injury 20/08, male “friend” present. Believed to be ex-partner.', 'N', 'Progress to S2.'],
    ['adult.enquiry', 'ASC-SG-22-1655', '25/08/2022 09:00', '', 'S2 - Section 42 Enquiry', '', 'G. Rowse (SW)', 'Leanne P.', 'Enquiry opened, now under CMHT so care and support needs met.', 'N', 'Enquiry led by ASC with CMHT.'],
    ['contact.home-visit', 'ASC-SG-22-1655', '30/08/2022 14:00', '30/08/2022 15:10', 'Contact - Visit', '', 'G. Rowse (SW)', 'Leanne P.', 'Seen at home alone. Disclosed ex-partner has been staying. Scared to report. Wants to keep tenancy.', 'Y', 'Safety plan. Make Safe: re-refer IDVA, police informed with consent.'],
    ['referral.sent', 'ASC-SG-22-1655', '30/08/2022 16:30', '', 'Contact - Referral Out', '', 'G. Rowse (SW)', 'Leanne P.', 'Referral to IDVA and call to police DA unit re breach of restraining order.', 'Y', 'Police crime ref 41/41922/22.'],
    ['meeting.planning', 'ASC-SG-22-1655', '15/09/2022 10:00', '15/09/2022 11:30', 'S3 - Safeguarding Planning Mtg', '', 'G. Rowse (SW)', 'Leanne P.', 'Safeguarding planning meeting: ASC, CMHT, IDVA, police, housing. Probation not invited.', 'Y', 'Protection plan agreed. Review 6 weeks.'],
  ],
};

export const sarChronologyDocx: CorpusFile = {
  name: 'adults-sar-agency-chronology.docx',
  agency: 'Carrowmoor Adult Social Care',
  kind: 'adult-services',
  system: 'Safeguarding Adults Review agency chronology (SAB Word template)',
  quirks:
    'A cover table of review details, then a chronology whose columns are "Date", "Time" and "Source of information" as separate fields, the contact type called "Nature of involvement", "Was the adult seen? Y/N", the table split over three pages with the header repeated, a `?` uncertain date and a "w/c" date',
  headers: [
    'Date',
    'Time',
    'Source of information',
    'Nature of involvement',
    'Was the adult seen? Y/N',
    'Details',
    'Response and outcome',
    'Learning identified by agency',
  ],
  fields: {
    date: 'Date',
    time: 'Time',
    type: 'Nature of involvement',
    // The template's only "seen" column; the field is named for children, as Attended (Y/N)
    // is in the main corpus.
    childSeen: 'Was the adult seen? Y/N',
    description: 'Details',
    outcome: 'Response and outcome',
    analysis: 'Learning identified by agency',
  },
  docx: {
    title: [
      'Carrowmoor Safeguarding Adults Board',
      'Safeguarding Adults Review – “Mr E”',
      'Agency chronology: Adult Social Care',
    ],
    preface: [
      ['Review period', '01/01/2022 – 31/12/2022'],
      ['Author', 'Principal Social Worker (Adults)'],
      ['Status', 'Final draft v0.3'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['adult.concern', '10/02/2022', '11:20', 'Mosaic – contact record', 'Safeguarding concern (self-neglect)', 'N', 'Ambulance crew raised concern: Mr E (78) found on floor, home cold, little food, hoarding.', 'Screened as self-neglect. Passed to locality team.', 'No mental capacity consideration recorded at screening.'],
    ['assessment.start', '14/02/2022', '', 'Mosaic – workflow', 'Care Act assessment started', 'N', 'Needs assessment allocated to community care worker.', 'Visit arranged for 21/02.', ''],
    ['contact.no-access', '21/02/2022', '10:00', 'Case note', 'Home visit – no reply', 'N', 'No reply at door. Neighbour said Mr E rarely answers.', 'Letter left.', 'No escalation when the visit failed.'],
    ['contact.home-visit', 'w/c 7 March 2022', '', 'Case note', 'Visit', 'Y', 'Seen at home. Very cluttered, no heating, refused help with cleaning.\nSays he “manages fine”.', 'Offered home care, declined. Capacity assumed.', 'Assumed capacity without testing it for this decision, despite the risk.'],
    ['decision', '?30/03/2022', '', 'Manager note', 'Supervision decision', 'N', 'Team manager agreed case closure as adult declines services.', 'Close with advice to GP.', 'Closure without a multi-agency meeting. The self-neglect protocol asks for one.'],
    ['case.close', '31/03/2022', '', 'Mosaic – workflow', 'Closure', 'N', 'Case closed.', 'Letter to GP.', ''],
    ['adult.concern', '19/09/2022', '15:45', 'Mosaic – contact record', 'Safeguarding concern – fire service', 'N', 'Fire service safe and well visit: blocked exits, candles used for heat. Referral rec’d.', 'S42 enquiry agreed.', 'Second concern with the same risks. Earlier closure not reviewed.'],
    ['adult.enquiry', '21/09/2022', '', 'Mosaic – workflow', 'S42 Enquiry', 'Y', 'Enquiry started. Mr E seen with fire officer.', 'Multi-agency meeting called.', ''],
    ['meeting.planning', '05/10/2022', '14:00', 'Minutes', 'Self-neglect MDT meeting', 'N', 'MDT: ASC, GP, fire service, housing, mental health. Capacity assessment to be done by SW with GP input.', 'Plan: weekly visits, fire safety works.', 'Good practice: MDT under the self-neglect protocol.'],
    ['health.emergency', '28/11/2022', '', 'Information from hospital', 'Hospital admission', 'N', 'Admitted with hypothermia after a fall at home.', 'Discharge planning with ward.', ''],
  ],
};
