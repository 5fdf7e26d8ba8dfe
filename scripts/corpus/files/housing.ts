import type { CorpusFile } from '../spec';

// Housing: a tenancy management export (Northgate-style, semicolon CSV with BOM) and a
// housing options (homelessness) casework extract in snake_case JSON.

export const tenancyActions: CorpusFile = {
  name: 'housing-tenancy-actions.csv',
  agency: 'Eastmere Homes',
  kind: 'housing',
  system: 'Northgate housing management action history (semicolon CSV with BOM)',
  quirks:
    'Semicolon-delimited with a UTF-8 BOM, an action code beside the action description, "Created Date", tenancy reference repeated on every row, LF line endings',
  headers: [
    'Tenancy Ref',
    'Action Date',
    'Action Code',
    'Action Description',
    'Officer',
    'Notes',
    'Created Date',
  ],
  fields: {
    sourceRef: 'Tenancy Ref',
    date: 'Action Date',
    type: 'Action Description',
    practitioner: 'Officer',
    description: 'Notes',
  },
  csv: { delimiter: ';', bom: true, crlf: false },
  // prettier-ignore
  rows: [
    ['housing', 'T-0044187', '05/01/2021', 'ARR1', 'Arrears Stage 1', 'J Pickering', 'Arrears £412.60; automatic stage 1 letter.', '05/01/2021'],
    ['contact.phone', 'T-0044187', '19/01/2021', 'TEL', 'Telephone call - tenant', 'J Pickering', 'Spoke to Ms Hughes; partner’s UC not paid to rent. Agreed £10/wk.', '19/01/2021'],
    ['housing', 'T-0044187', '02/03/2021', 'ARR2', 'Arrears Stage 2 letter', 'J Pickering', 'Agreement broken. Arrears £598.10.', '02/03/2021'],
    ['contact.home-visit', 'T-0044187', '16/03/2021', 'HVIS', 'Home visit - tenancy', 'J Pickering', 'Visited; male answered and said tenant out. Refused name. Smell of cannabis.', '17/03/2021'],
    ['housing', 'T-0044187', '30/03/2021', 'ASB1', 'ASB complaint received', 'N Brooks', 'Neighbour complaint: shouting most nights, child crying.', '30/03/2021'],
    ['referral.sent', 'T-0044187', '31/03/2021', 'SGRF', 'Safeguarding referral', 'N Brooks', 'Referral to MASH re noise, possible DA and baby in property.', '31/03/2021'],
    ['housing', 'T-0044187', '20/04/2021', 'NOSP', 'NOSP served', 'J Pickering', 'Notice of seeking possession served (rent arrears £870).', '20/04/2021'],
    ['contact.message', 'T-0044187', '21/05/2021', 'LET', 'Letter to tenant', 'J Pickering', 'Letter offering money advice appointment.', '21/05/2021'],
  ],
};

export const homelessnessCasework: CorpusFile = {
  name: 'housing-options-casework.json',
  agency: 'Westvale Council Housing Options',
  kind: 'housing',
  system: 'Homelessness casework extract (snake_case JSON)',
  quirks:
    'snake_case keys, an "activity" type with statutory duty words, a duty stage beside it, a "recorded_at" timestamp, "next_action" as the outcome',
  headers: [
    'case_ref',
    'contact_date',
    'activity',
    'duty_stage',
    'officer',
    'case_notes',
    'next_action',
    'recorded_at',
  ],
  fields: {
    sourceRef: 'case_ref',
    date: 'contact_date',
    type: 'activity',
    practitioner: 'officer',
    description: 'case_notes',
    outcome: 'next_action',
  },
  // prettier-ignore
  rows: [
    ['housing', 'HO-22-1187', '2022-05-04', 'Homeless application', 'Prevention', 'HOO S Grant', 'Ms Briggs presents: DVPO in place, fears ex returning when it ends. Wants move away from area.', 'Assessment and PHP.', '2022-05-04T15:10:00'],
    ['assessment.complete', 'HO-22-1187', '2022-05-06', 'Assessment completed', 'Prevention', 'HOO S Grant', 'Assessment: eligible, threatened with homelessness due to DA.', 'Personalised housing plan.', '2022-05-06T12:00:00'],
    ['contact.phone', 'HO-22-1187', '2022-05-12', 'Phone call', 'Prevention', 'HOO S Grant', 'Call to client, sanctuary scheme discussed.', 'Refer sanctuary scheme.', '2022-05-12T10:05:00'],
    ['referral.sent', 'HO-22-1187', '2022-05-12', 'Referral - Sanctuary scheme', 'Prevention', 'HOO S Grant', 'Referral to sanctuary scheme for target hardening.', '', '2022-05-12T10:30:00'],
    ['contact.no-access', 'HO-22-1187', '2022-05-26', 'Home visit - no access', 'Prevention', 'HOO S Grant', 'Visited to check on works, no answer.', 'Call.', '2022-05-26T16:00:00'],
    ['housing', 'HO-22-1187', '2022-06-10', 'Relief duty accepted', 'Relief', 'HOO S Grant', 'Client fled to friend, relief duty owed.', 'TA.', '2022-06-10T11:45:00'],
    ['housing', 'HO-22-1187', '2022-06-10', 'Temp accommodation placement', 'Relief', 'HOO S Grant', 'Placed in refuge-adjacent TA unit, out of district.', '', '2022-06-10T17:20:00'],
    ['info.shared', 'HO-22-1187', '2022-06-13', 'Information sharing', 'Relief', 'HOO S Grant', 'New address shared with CSC and IDVA (not with school, on IDVA advice).', '', '2022-06-13T09:00:00'],
  ],
};
