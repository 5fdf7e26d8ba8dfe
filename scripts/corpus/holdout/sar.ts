import type { CorpusFile } from '../spec';

// Held-out files of a Safeguarding Adults Review (written 07/12/2026): "Alan", 71, with COPD
// and leg ulcers, who neglected himself, whose flat was taken over by drug dealers, and who was
// found dead in his cold flat in the fictional town of Brackley. Adult social care's safeguarding
// hub actions kept as a SharePoint list, the GP out-of-hours service's Adastra case history, the
// district nurses' Malinko visit history, and the police's entries in the Board's SAR template.

export const sharepointHubActions: CorpusFile = {
  name: 'adults-sharepoint-safeguarding-hub-actions.xlsx',
  agency: 'Brackley Council Adult Social Care',
  kind: 'adult-services',
  system: 'Microsoft SharePoint list (Adult Safeguarding Hub actions), exported to Excel',
  quirks:
    "a SharePoint export: one sheet named `query`, no title block, the list's `Title` column holding a short heading, the action type as a choice column, real date cells beside `Created` date-times, `Created By`, `Item Type` and `Path` columns on every row, no reference column, a misspelt choice",
  xlsx: {
    sheet: 'query',
    dateCells: [
      { header: 'Action Date', as: 'date' },
      { header: 'Created', as: 'datetime' },
    ],
  },
  headers: [
    'Title',
    'Adult',
    'Action Date',
    'Action Type',
    'Details',
    'Outcome',
    'Hub Worker',
    'Created',
    'Created By',
    'Item Type',
    'Path',
  ],
  fields: {
    subjects: 'Adult',
    date: 'Action Date',
    type: 'Action Type',
    description: 'Details',
    outcome: 'Outcome',
    practitioner: 'Hub Worker',
  },
  // prettier-ignore
  rows: [
    ['adult.concern', 'WHITLOW - DN concern', 'Alan WHITLOW (LAS 1188203)', '14/06/2023', 'Safeguarding Concern', 'Concern from the district nurses: leg ulcers, flat very cold and dirty, little food, empty bottles. Alan (70) refusing help.', 'Screen within 2 working days', 'N Haigh', '14/06/2023 15:22', 'N Haigh', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['decision', 'WHITLOW - screening', 'Alan WHITLOW (LAS 1188203)', '16/06/2023', 'Screening Decision', 'Screened: does not meet s42 (self-neglect, has capacity, declines help). Passed to the locality team for a Care Act assessment.', 'Care Act assessment requested', 'P Rahman (Practice Lead)', '16/06/2023 10:05', 'P Rahman', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['assessment.complete', 'WHITLOW - CAA', 'Alan WHITLOW (LAS 1188203)', '20/07/2023', 'Care Act Assessment', 'Locality social worker\'s assessment at home: eligible needs (nutrition, hygiene, home environment). Alan declined care and support. Capacity presumed, not assessed.', 'No services; closed to locality', 'T Gill (Locality SW)', '24/07/2023 09:40', 'T Gill', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['adult.concern', 'WHITLOW - police AVR', 'Alan WHITLOW (LAS 1188203)', '02/11/2023', 'Safeguarding Concern', 'Adult vulnerability referral from police: young men using Alan\'s flat to deal drugs (cuckooing); Alan\'s bank card taken.', 'Screen today', 'N Haigh', '03/11/2023 08:51', 'N Haigh', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['adult.enquiry', 'WHITLOW - s42', 'Alan WHITLOW (LAS 1188203)', '03/11/2023', 'S42 Enquiry', 'Section 42 duty met: financial and material abuse, exploitation. Enquiry allocated to the Safeguarding Adults Team.', 'Enquiry started', 'P Rahman (Practice Lead)', '03/11/2023 12:30', 'P Rahman', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['contact.home-visit', 'WHITLOW - joint visit', 'Alan WHITLOW (LAS 1188203)', '09/11/2023', 'Visit', 'Joint visit with PC Sykes. Alan seen alone in the kitchen; says "the lads" look after him. Flat cold, mattress in the living room.', 'Planning meeting to be arranged', 'S Ojo (SAT)', '09/11/2023 17:14', 'S Ojo', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['meeting.planning', 'WHITLOW - planning meeting', 'Alan WHITLOW (LAS 1188203)', '22/11/2023', 'Safeguarding Meeting', 'Multi-agency planning meeting: ASC, police, housing, district nurses; GP sent apologies. Plan: closure order, bank protection, appointeeship if he lacks capacity. Alan not invited.', 'Protection plan agreed', 'S Ojo (SAT)', '23/11/2023 09:02', 'S Ojo', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['assessment.complete', 'WHITLOW - MCA finances', 'Alan WHITLOW (LAS 1188203)', '15/01/2024', 'MCA', 'Mental capacity assessment (managing his money): has capacity; understands the risk but does not act on it.', 'Support with bills offered', 'S Ojo (SAT)', '15/01/2024 16:48', 'S Ojo', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['case.close', 'WHITLOW - s42 closed', 'Alan WHITLOW (LAS 1188203)', '05/03/2024', 'Closure', 'Section 42 enquiry concluded: risk reduced (closure order, new bank card). Outcomes partly met. Closed to the Safeguarding Adults Team.', 'Closed', 'P Rahman (Practice Lead)', '05/03/2024 11:20', 'P Rahman', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['adult.concern', 'WHITLOW - OOH concern', 'Alan WHITLOW (LAS 1188203)', '04/10/2024', 'Safeguarding Concern', 'Concern from the GP out-of-hours service: Alan found on the floor after a long lie, pressure ulcer, cold flat. Admitted to Brackley General.', 'Screen within 2 working days', 'N Haigh', '04/10/2024 10:03', 'N Haigh', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['decision', 'WHITLOW - screening', 'Alan WHITLOW (LAS 1188203)', '08/10/2024', 'Screeening Decision', 'Screened: self-neglect, has capacity. Information and advice; letter to Alan. On the locality waiting list for a review.', 'NFA - waiting list', 'P Rahman (Practice Lead)', '08/10/2024 14:37', 'P Rahman', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
    ['critical', 'WHITLOW - death', 'Alan WHITLOW (LAS 1188203)', '11/02/2025', 'Information', 'Police told the hub that Alan was found dead at home on 11/02/2025. A SAR referral will be made to the Board.', 'SAR referral', 'P Rahman (Practice Lead)', '12/02/2025 09:15', 'P Rahman', 'Item', 'sites/ASCHub/Lists/SafeguardingActions'],
  ],
};

export const adastraCaseHistory: CorpusFile = {
  name: 'ooh-adastra-case-history.csv',
  agency: 'Nene Valley Urgent Care (GP out of hours and NHS 111)',
  kind: 'health',
  system: 'Adastra (Advanced), urgent care case history report (CSV)',
  quirks:
    'date-times with dashes (`23-12-2023 20:14`), the consultation type as the type beside a case type (`GP OOH`, `111 Disposition`) and a priority, one case number for two consultations, a `PEM Sent` Y/N column (the post-event message to the GP, not a seen flag), a blank symptom on forms',
  headers: [
    'Case No',
    'Case Received',
    'Case Type',
    'Consultation Type',
    'Priority',
    'Clinician',
    'Symptoms',
    'Consultation Summary',
    'Informational Outcome',
    'PEM Sent',
  ],
  fields: {
    sourceRef: 'Case No',
    date: 'Case Received',
    type: 'Consultation Type',
    practitioner: 'Clinician',
    description: 'Consultation Summary',
    outcome: 'Informational Outcome',
  },
  // prettier-ignore
  rows: [
    ['contact.phone', '458812', '23-12-2023 20:14', 'GP OOH', 'Telephone Advice', 'Urgent (1 hr)', 'Dr H Walsh', 'Cough, breathless', 'Neighbour rang for him, then spoke to Alan: COPD exacerbation, no rescue pack at home.', 'Home visit arranged', 'Y'],
    ['contact.home-visit', '458840', '23-12-2023 22:31', 'GP OOH', 'Home Visit', 'Urgent (2 hr)', 'Dr H Walsh', 'COPD exacerbation', 'Home visit: sats 89% on air, chest infection. Flat very cold (no heating), little food; two young men in the flat answered the door. Antibiotics and steroids left.', 'Treated at home. Safeguarding concern to follow.', 'Y'],
    ['referral.sent', '458840', '24-12-2023 00:20', 'GP OOH', 'Safeguarding', '', 'Dr H Walsh', '', 'Adult safeguarding concern sent to Brackley ASC by secure email: self-neglect, cold home, possible exploitation.', 'Concern sent; GP told by PEM', 'Y'],
    ['contact.phone', '471233', '30-03-2024 06:48', '111 Disposition', 'Clinical Assessment (Tel)', 'Cat 3 ambulance', 'J Moss (paramedic, CAS)', 'Fall, unable to get up', '111 call from Alan: fell overnight and cannot get up. Clinical validation: category 3 ambulance requested.', 'Ambulance dispatched', 'Y'],
    ['contact.not-brought', '487720', '30-09-2024 18:05', 'GP OOH', 'Base Visit', 'Routine (6 hr)', 'Dr A Cole', 'Leg ulcer, offensive smell', 'Booked into the Brackley base for 20:30 after the district nurse rang; patient did not arrive. Call back: no answer.', 'DNA - GP to follow up', 'Y'],
    ['incident.injury', '488105', '03-10-2024 09:12', 'GP OOH', 'Home Visit', 'Urgent (2 hr)', 'Dr A Cole', 'Found on floor', 'Police forced entry for us. Found on the floor after a long lie (?24 hours): category 3 pressure ulcer on the sacrum, skin tear to the forearm, temperature 34.8.', 'Admitted to Brackley General (medical). Safeguarding concern to ASC.', 'Y'],
    ['info.shared', '488105', '03-10-2024 11:40', 'GP OOH', 'Post Event Message', '', 'System', '', 'PEM to Brackley Road Surgery: home visit, long lie, pressure ulcer, admitted; adult safeguarding concern raised.', 'PEM delivered', 'Y'],
    ['contact.phone', '502981', '28-12-2024 19:30', 'GP OOH', 'Telephone Advice', 'Less urgent (6 hr)', 'Dr S Iqbal', 'Not eating, confused', 'Call from a neighbour: Alan not eating, confused, "the lads are back". Spoke to Alan briefly: says he is fine and does not want a doctor.', 'Ring 999 if worse; message to GP', 'Y'],
    ['contact.no-access', '508114', '02-02-2025 17:25', 'GP OOH', 'Home Visit - No Access', 'Urgent (2 hr)', 'Dr A Cole', 'Breathless', 'Visit asked for by the district nurse. No answer at the door, lights off, curtains drawn. Police not called.', 'Unable to gain access; GP told', 'Y'],
    ['critical', '509930', '11-02-2025 10:05', 'GP OOH', 'Verification of Death', '', 'Dr H Walsh', '', 'Attended at police request: Alan found dead in his chair. Death verified at 10:40. Flat very cold; no food. Unexpected death, referred to the coroner by police.', 'Coroner', 'N'],
  ],
};

export const malinkoVisits: CorpusFile = {
  name: 'dn-malinko-visit-history.json',
  agency: 'Brackley Community Health Services NHS Trust District Nursing',
  kind: 'health',
  system:
    'Malinko (community nursing scheduling), visit history for one patient from its reporting API (JSON)',
  quirks:
    'rows under `visits` in an object giving the caseload and period, camelCase keys, ISO dates with an AM / PM window instead of a time, the scheduled visit type as the type whatever happened (a leg ulcer dressing that found nobody in), a visit status column, a misspelt visit type',
  json: {
    wrapper: {
      patientRef: 'BCH-DN-00931',
      caseload: 'Brackley North district nursing team',
      from: '2023-06-01',
      to: '2025-02-28',
    },
    key: 'visits',
  },
  headers: [
    'visitId',
    'visitDate',
    'window',
    'visitType',
    'visitStatus',
    'assignedTo',
    'outcomeNote',
    'actionsRequired',
  ],
  fields: {
    sourceRef: 'visitId',
    date: 'visitDate',
    type: 'visitType',
    practitioner: 'assignedTo',
    description: 'outcomeNote',
    outcome: 'actionsRequired',
  },
  // prettier-ignore
  rows: [
    ['contact.home-visit', 'MLK-5530981', '2023-06-12', 'AM', 'Leg ulcer dressing', 'Completed', 'C Dunn (DN)', 'Both legs dressed. Flat cold and cluttered, food out of date, several empty cider bottles. Alan says he manages.', 'Raise at the team huddle; consider safeguarding.'],
    ['referral.sent', 'MLK-5531004', '2023-06-14', 'PM', 'Safeguarding', 'Completed', 'C Dunn (DN)', 'Self-neglect concern raised with the Brackley ASC hub by phone and on the online form.', 'Await the ASC outcome.'],
    ['contact.no-access', 'MLK-5531260', '2023-06-19', 'AM', 'Leg ulcer dressing', 'No access', 'R Blake (HCA)', 'No answer. Neighbour says Alan went out "with the lads".', 'Rebook for tomorrow.'],
    ['assessment.complete', 'MLK-5533911', '2023-09-11', 'AM', 'Holistic assesment', 'Completed', 'C Dunn (DN)', 'Holistic nursing assessment: Waterlow 18 (high risk), MUST 2, alcohol about 60 units a week. Declined a referral to the alcohol service.', 'Pressure-relieving cushion ordered.'],
    ['contact.home-visit', 'MLK-5536670', '2023-11-20', 'PM', 'Wound care', 'Completed', 'R Blake (HCA)', 'Dressings done. Two young men in the flat would not leave the room; Alan quiet. Bank cards on the table.', 'Told the DN lead; police already involved (per ASC).'],
    ['incident.injury', 'MLK-5538821', '2024-01-08', 'AM', 'Pressure area care', 'Completed', 'C Dunn (DN)', 'New category 3 pressure ulcer on the sacrum; he sleeps in his chair. Datix completed.', 'Tissue viability referral; raise at the MDT.'],
    ['meeting.planning', 'MLK-5538900', '2024-01-10', 'PM', 'MDT', 'Completed', 'C Dunn (DN)', 'Discussed at the practice MDT (GP, DN, social prescriber): self-neglect; his capacity was not questioned. Plan: carry on visiting.', 'Review in 4 weeks.'],
    ['case.close', 'MLK-5546114', '2024-10-01', 'PM', 'Discharge from caseload', 'Completed', 'S Marsh (Team Lead)', 'Discharged from the caseload: ulcers healed and Alan declined further visits. GP told.', 'Re-refer if needed.'],
    ['referral.received', 'MLK-5552008', '2025-01-20', 'AM', 'New referral', 'Completed', 'J Ahmed (DN, triage)', 'Referral from Brackley Road Surgery: weight loss, leg ulcers back, lives alone, self-neglect.', 'Assessment visit 27/01.'],
    ['contact.no-access', 'MLK-5552410', '2025-01-27', 'AM', 'Holistic assessment', 'No access', 'C Dunn (DN)', 'No answer. The key safe code on file does not work. Card left.', 'Rebook; tell the GP.'],
    ['contact.no-access', 'MLK-5553015', '2025-02-02', 'PM', 'Leg ulcer dressing', 'No access', 'R Blake (HCA)', 'Second time with no access. Curtains closed. Asked the out-of-hours GP to visit.', 'Escalate to the DN team lead.'],
  ],
};

export const policeSarChronology: CorpusFile = {
  name: 'police-sar-agency-chronology.docx',
  agency: 'Brackleyshire Police',
  kind: 'police',
  system:
    "Safeguarding Adults Review agency chronology (the Board's Word template), police entries",
  quirks:
    'title paragraphs and a details table, dates as `02.11.23 1405`, `9th November 2023`, `w/c 20/11/2023`, `Feb 2024` and in full, CAD, occurrence, AVR and intelligence references in one column, terse contact names (`Intel`, `Warrant`, `Breach`), an agency analysis column, the table cut every 5 rows with the header repeated',
  docx: {
    title: [
      'Brackley Safeguarding Adults Board',
      'Safeguarding Adults Review: "Alan"',
      'Agency chronology - Brackleyshire Police',
    ],
    preface: [
      ['Agency', 'Brackleyshire Police, Public Protection'],
      ['Prepared by', 'Detective Sergeant, Safeguarding Review Team'],
      ['Date', '30/09/2026'],
      ['Scope', 'June 2023 to February 2025'],
    ],
    splitEvery: 5,
  },
  headers: [
    'Date/Time',
    'Log or Occurrence Ref',
    'Contact / Incident',
    'Brief Summary',
    'Action Taken / Outcome',
    'Agency Analysis',
  ],
  fields: {
    date: 'Date/Time',
    sourceRef: 'Log or Occurrence Ref',
    type: 'Contact / Incident',
    description: 'Brief Summary',
    outcome: 'Action Taken / Outcome',
    analysis: 'Agency Analysis',
  },
  // prettier-ignore
  rows: [
    ['incident.police', '02.11.23 1405', 'CAD 0711 02/11/23', 'Concern for welfare', 'Call from a neighbour: young men coming and going from Alan WHITLOW\'s flat; Alan seen crying in the stairwell. Officers attended: three males in the flat, smell of cannabis. Alan says they are "friends".', 'Males\' details taken. AVR submitted.', 'The attending officers recognised signs of cuckooing.'],
    ['referral.sent', '02.11.23 1830', 'AVR/23/11902', 'Adult Vulnerability Referral', 'AVR to the Brackley ASC hub: suspected cuckooing, financial abuse, self-neglect.', 'Shared with ASC and the neighbourhood team.', 'Timely.'],
    ['contact.home-visit', '9th November 2023', 'OCC 23000944812', 'Joint visit', 'PC Sykes with the ASC social worker at the flat. Alan seen alone; reluctant to talk about the men.', 'Protection plan to be agreed at a planning meeting.', ''],
    ['intelligence', '10th November 2023', 'INT 23/448102', 'Intel', 'Intelligence submitted: a county line ("DANNY" line) using 14 Cotter Street, Alan\'s flat. Graded B2.', 'Drugs warrant applied for.', ''],
    ['incident.police', 'w/c 20/11/2023', 'OCC 23000960118', 'Warrant', 'Misuse of Drugs Act warrant executed on 21/11: two males arrested for possession with intent to supply. Alan present, not arrested.', 'Suspects charged and remanded.', ''],
    ['justice.order', '23/11/2023', 'CLO/23/0087', 'Closure order', 'Brackley Magistrates\' Court granted a partial closure order on 14 Cotter Street for 3 months: only Alan and named professionals may enter.', 'Order served and displayed.', 'Alan agreed to the order.'],
    ['justice.breach', 'Feb 2024', 'OCC 24000107733', 'Breach', 'Two males found in the flat in breach of the closure order; one arrested. Alan said he let them in because they "owed him".', 'Breach file to CPS.', 'No new AVR was submitted after the breach.'],
    ['incident.police', '03/10/2024 08:10', 'CAD 0203 03/10/24', 'Assist other agency', 'The GP out-of-hours doctor asked police to force entry: Alan on the floor and unable to reach the door. Entry forced at 08:55; door secured afterwards.', 'Left with the doctor; ambulance called.', 'No AVR for self-neglect: a missed opportunity.'],
    ['incident.police', '28/12/2024', 'CAD 1177 28/12/24', 'Concern for welfare', 'Neighbour reports "the lads" are back at Alan\'s flat. Officers attended three hours later: nobody else there; Alan said he was fine.', 'No further action. Not shared with ASC.', 'The closure order had ended. No AVR and no check with ASC.'],
    ['critical', '11/02/2025 07:55', 'OCC 25000081190', 'Sudden death', 'Alan found dead in his chair by a neighbour. Flat very cold, no food, no credit on the heating meter. Not suspicious. Coroner informed.', 'File to the coroner. ASC told 12/02.', ''],
  ],
};
