import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// Children's services exports: Azeus CareFirst observations (still used by a few
// authorities, with its two-letter observation codes) and an OLM Eclipse case summary that a
// business support officer pasted into a workbook for the review.

export const carefirstObservations: CorpusFile = {
  name: 'cs-carefirst-observations.csv',
  agency: 'Harbourshire Council Children and Families',
  kind: 'children-services',
  system: 'Azeus CareFirst observations report (CSV)',
  quirks:
    'Dates as `07-Feb-22`, a separate "Obs Time", two-letter observation codes as the type ("HV", "TC", "SD", "CP") with the meaning only in the text, "Seen?" and "Alone?" Y/N columns, "Input Date" beside "Obs Date", curly apostrophes pasted from Word',
  headers: [
    'Obs No',
    'Obs Date',
    'Obs Time',
    'Obs Code',
    'Worker',
    'Team Name',
    'Seen?',
    'Alone?',
    'Observation',
    'Next Steps',
    'Input Date',
  ],
  fields: {
    sourceRef: 'Obs No',
    date: 'Obs Date',
    time: 'Obs Time',
    type: 'Obs Code',
    practitioner: 'Worker',
    team: 'Team Name',
    childSeen: 'Seen?',
    seenAlone: 'Alone?',
    description: 'Observation',
    outcome: 'Next Steps',
  },
  // prettier-ignore
  rows: [
    ['referral.received', '880141', '07-Feb-22', '10:02', 'RC', 'MASH Duty SW', 'Front Door MASH', 'N', 'N', 'Referral/contact rec’d from police (CCN) – DA incident 06/02, children aged 4 and 9 present, older child called 999.', 'RAG amber. MASH checks requested.', '07-Feb-22'],
    ['decision', '880166', '08-Feb-22', '16:40', 'MD', 'T. Angove (TM)', 'Front Door MASH', 'N', 'N', 'MASH decision recorded after checks from health, school and police.', 'Step up to Assessment Team for C&F assessment. Mother informed by phone.', '09-Feb-22'],
    ['assessment.start', '880190', '10-Feb-22', '09:00', 'AS', 'K. Treloar (SW)', 'Assessment Team East', 'N', 'N', 'C&F assessment opened and allocated.', 'Visit to be arranged.', '10-Feb-22'],
    ['contact.home-visit', '880244', '15-Feb-22', '15:30', 'HV', 'K. Treloar (SW)', 'Assessment Team East', 'Y', 'Y', 'Announced visit to home. Mother and both children seen; Tyler spoken to alone in his bedroom, said he “hates the shouting”.', 'Safety plan discussed with mother.', '16-Feb-22'],
    ['contact.phone', '880262', '17-Feb-22', '11:15', 'TC', 'K. Treloar (SW)', 'Assessment Team East', 'N', 'N', 'T/C from school DSL: Tyler upset in class, disclosed dad “broke the door”.', 'Info added to assessment.', '17-Feb-22'],
    ['contact.no-access', '880301', '24-Feb-22', '16:00', 'HV', 'K. Treloar (SW)', 'Assessment Team East', 'N', 'N', 'Unannounced visit. No answer, curtains drawn, car on drive. Card left.', 'Revisit next week.', '25-Feb-22'],
    ['strategy', '880355', '15-Mar-22', '14:00', 'SD', 'T. Angove (TM)', 'Assessment Team East', 'N', 'N', 'Strat disc (Teams) with police DS Nancarrow, school DSL and HV after threats to take the children.', 'Threshold met for S47, single agency (CSC) led.', '15-Mar-22'],
    ['s47', '880371', '16-Mar-22', '10:30', 'S4', 'K. Treloar (SW)', 'Assessment Team East', 'Y', 'Y', 'S.47 enquiries started: children seen at school, seen alone.', 'ICPC to be requested.', '17-Mar-22'],
    ['meeting.conference', '880502', '05-Apr-22', '10:00', 'CP', 'Conference Chair', 'Safeguarding & Quality', 'N', 'N', 'Initial child protection conf held. Police, HV, school, IDVA present. GP report not received.', 'Both children made subject to CP plans, category Emotional Abuse.', '06-Apr-22'],
    ['register.add', '880503', '05-Apr-22', '12:30', 'CP', 'Conference Chair', 'Safeguarding & Quality', 'N', 'N', 'CP plan start recorded for Mia and Tyler.', 'First core group within 10 working days.', '06-Apr-22'],
  ],
};

export const eclipseCaseSummary: CorpusFile = {
  name: 'cs-eclipse-case-summary.xlsx',
  agency: 'Carrowmoor Children’s Social Care',
  kind: 'children-services',
  system: 'OLM Eclipse case summary, pasted into a workbook by business support',
  quirks:
    'A two-line title with a merged banner, the chronology on the second of three sheets ("Front sheet", "Case summary", "Codes"), Excel serial dates in "Form Date", a "Date Authorised" serial column beside it, the "Service Area" merged down, a hidden "Form GUID" column, form names as the type ("CIN Visit Record", "Contact Record – MASH")',
  headers: [
    'Form GUID',
    'Form Date',
    'Form',
    'Service Area',
    'Completed by',
    'Subject(s)',
    'Summary of form',
    'Manager oversight',
    'Date Authorised',
  ],
  fields: {
    sourceRef: 'Form GUID',
    date: 'Form Date',
    type: 'Form',
    team: 'Service Area',
    practitioner: 'Completed by',
    subjects: 'Subject(s)',
    description: 'Summary of form',
    analysis: 'Manager oversight',
  },
  xlsx: {
    sheet: 'Case summary',
    title: ['Eclipse – case summary for review CMSCP/CSPR/22-03', 'Child: Jayden R. (ID 5540912)'],
    sheetsBefore: [
      {
        name: 'Front sheet',
        lines: [['Prepared by'], ['Business Support, Carrowmoor CSC'], ['Do not forward']],
      },
    ],
    sheetsAfter: [
      {
        name: 'Codes',
        lines: [
          ['Code', 'Meaning'],
          ['CIN', 'Child in Need'],
          ['CP', 'Child Protection'],
        ],
      },
    ],
    dateCells: [
      { header: 'Form Date', as: 'serial' },
      { header: 'Date Authorised', as: 'serial' },
    ],
    hiddenColumns: ['Form GUID'],
    mergeDown: ['Service Area'],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'b3e1-0041', '03/10/2022', 'Contact Record – MASH', 'Integrated Front Door', 'A. Kowalczyk (MASH SW)', 'Jayden R. (2)', 'Contact from nursery: bruise to left ear noted at drop off, mother said he fell off sofa.', 'Appropriate to progress to strategy. MM', '03/10/2022'],
    ['strategy', 'b3e1-0052', '03/10/2022', 'Strategy Meeting Record', 'Integrated Front Door', 'A. Kowalczyk (MASH SW)', 'Jayden R.', 'Strategy mtg by phone with police CAIT and named nurse. Ear bruising in a 2 yr old, explanation inconsistent.', 'Agree S47 and CP medical today. MM', '03/10/2022'],
    ['incident.injury', 'b3e1-0060', '03/10/2022', 'Child Protection Medical (outcome)', 'Integrated Front Door', 'Dr S. Ibe (paediatrician)', 'Jayden R.', 'CP medical at Carrowmoor General: bruising to ear and behind ear, consistent with pinch/grab, not with fall.', 'Outcome recorded by SW. Medical report to follow.', '05/10/2022'],
    ['s47', 'b3e1-0071', '04/10/2022', 'Section 47 Enquiry', 'Safeguarding Team 2', 'L. Penrose (SW)', 'Jayden R., mother, mother’s partner', 'S47 enquiry record opened. Child stays with maternal grandmother under safety plan.', 'Proceed to ICPC. Manager agrees.', '06/10/2022'],
    ['contact.home-visit', 'b3e1-0090', '11/10/2022', 'CP Visit Record', 'Safeguarding Team 2', 'L. Penrose (SW)', 'Jayden R.', 'Visit to MGM home. Jayden seen playing, no new marks, too young to be seen alone.', '', '12/10/2022'],
    ['meeting.conference', 'b3e1-0104', '24/10/2022', 'ICPC Minutes', 'Conference & Review', 'Chair: R. Dunstan', 'Jayden R.', 'Initial conference. Physical abuse category. Nursery and GP reports received; police report verbal.', 'CP plan. First core group 07/11.', '28/10/2022'],
    ['meeting.core-group', 'b3e1-0133', '14/11/2022', 'Core Group Record', 'Safeguarding Team 2', 'L. Penrose (SW)', 'Jayden R.', 'First core group held, one week later than planned (SW leave). Plan reviewed line by line.', 'Core group late – escalate to TM? Not done. MM', '18/11/2022'],
    ['contact.no-access', 'b3e1-0150', '29/11/2022', 'CP Visit Record', 'Safeguarding Team 2', 'L. Penrose (SW)', 'Jayden R.', 'Visit to mother’s address (child had returned 25/11). No one home. Neighbour said family gone to Plymouth for a few days.', 'Child not seen 18 days at this point.', '01/12/2022'],
    ['case.transfer', 'b3e1-0188', '12/12/2022', 'Transfer Summary', 'Safeguarding Team 2', 'L. Penrose (SW)', 'Jayden R.', 'Case transferred to Long Term Team 4 on SW leaving.', 'Transfer visit within 5 days agreed.', '12/12/2022'],
  ],
};
