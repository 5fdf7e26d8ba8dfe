import type { CorpusFile } from '../spec';

// Held-out files of a Child Safeguarding Practice Review (written 07/12/2026): "Child T", a
// baby of six months with a non-accidental head injury, and her brother of seven, in the
// fictional borough of Eastmere. A police force's Red Sigma occurrence history, the GP
// practice's Docman document history, the maternity unit's K2 Athena contacts, children's
// social care's Frameworki chronology printed to Word, and the primary school's SIMS
// communication log.

export const redSigmaOccurrences: CorpusFile = {
  name: 'police-redsigma-occurrence-history.csv',
  agency: 'Wealdshire Constabulary',
  kind: 'police',
  system: 'Red Sigma records management, nominal occurrence history export (CSV)',
  quirks:
    'dotted dates (`17.06.2023`) with a four-figure time apart (`2140`), a `Reported On` date-time beside the occurrence date, the classification in capitals with a sub-class column, terse `OCCURRENCE` / `UPDATE` classifications, nominals with their roles in one cell, a flags column, a blank time on an intelligence row',
  headers: [
    'Occurrence No',
    'Occ Date',
    'Occ Time',
    'Reported On',
    'Classification',
    'Sub Class',
    'Nominals (Role)',
    'Summary',
    'Officer',
    'Finalisation',
    'Flags',
  ],
  fields: {
    sourceRef: 'Occurrence No',
    date: 'Occ Date',
    time: 'Occ Time',
    type: 'Classification',
    subjects: 'Nominals (Role)',
    description: 'Summary',
    practitioner: 'Officer',
    outcome: 'Finalisation',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'WEP/23/041175', '17.06.2023', '2140', '17/06/2023 21:52', 'DOMESTIC INCIDENT', 'NON-CRIME - VERBAL', 'VICTIM: ROWE Kayleigh (21); OTHER PARTY: PIKE Jordan (25); CHILD PRESENT: ROWE Mason (7)', 'Call from Kayleigh ROWE reporting an argument with partner Jordan PIKE at 12 Cobden Walk. Officers attended 2205. Both calm on arrival. Kayleigh states she is 16 weeks pregnant. Mason in his bedroom, seen by officers, no injuries. PIKE agreed to stay at his mother\'s overnight.', 'PC 4471 HARDING', 'Finalised - DA non-crime. DASH standard.', 'DA; CHILD PRESENT'],
    ['referral.sent', 'WEP/23/041175', '18.06.2023', '0915', '18/06/2023 09:22', 'CHILD CONCERN', 'MASH NOTIFICATION', 'CHILD: ROWE Mason (7)', 'Child concern notification submitted to Wealdshire MASH: child present at the DA incident of 17/06. Operation Encompass notification emailed to Eastmere Primary.', 'PS 2290 OKAFOR', 'Sent to MASH.', 'DA; CHILD PRESENT'],
    ['intelligence', 'WEP/23/INT/88120', '02.09.2023', '', '04/09/2023 10:40', 'INTELLIGENCE', '5X5X5 - DRUGS', 'SUBJECT: PIKE Jordan', 'Intelligence graded B2: PIKE supplying cannabis from a flat on Cobden Walk, callers at all hours.', 'DC 5102 ASHWORTH', 'Disseminated to the neighbourhood team.', ''],
    ['incident.domestic', 'WEP/23/070342', '28.11.2023', '1932', '28/11/2023 19:35', 'ASSAULT OCC ABH', 'DOMESTIC - PREGNANT VICTIM', 'VICTIM: ROWE Kayleigh; SUSPECT: PIKE Jordan; CHILD PRESENT: ROWE Mason', '999 call from a neighbour, female screaming. Kayleigh (29 weeks pregnant) pushed into a door frame by PIKE: bruising to the upper arm, no abdominal pain. Mason (7) witnessed it and was upset. PIKE arrested at the scene. Ambulance declined; advised to attend maternity triage.', 'PC 3318 VINE', 'Crime recorded. Suspect in custody.', 'DA; CHILD PRESENT; PREGNANT'],
    ['risk.assessment', 'WEP/23/070342', '28.11.2023', '2210', '28/11/2023 23:58', 'DA RISK ASSESSMENT', 'DASH - MEDIUM', 'VICTIM: ROWE Kayleigh', 'DASH completed at the home address: 11 ticks, MEDIUM. Victim reports jealousy and checking of her phone, and says he pushed her once before (not reported). Pregnancy noted.', 'PC 3318 VINE', 'Medium - to the DA unit. No MARAC.', 'DA'],
    ['justice.order', 'WEP/23/070342', '29.11.2023', '1645', '29/11/2023 17:02', 'CUSTODY OUTCOME', 'PRE-CHARGE BAIL', 'SUSPECT: PIKE Jordan', 'PIKE interviewed, denies the assault. Released on pre-charge bail to 10/01/2024 with conditions: no contact with Kayleigh ROWE directly or indirectly, not to attend 12 Cobden Walk.', 'DS 1187 MARSH', 'Conditions circulated. Victim told by phone.', 'DA'],
    ['justice.breach', 'WEP/24/001966', '06.01.2024', '0110', '06/01/2024 01:25', 'BREACH OF BAIL', 'ARREST', 'SUSPECT: PIKE Jordan; VICTIM: ROWE Kayleigh', 'Patrol saw PIKE leaving 12 Cobden Walk. Kayleigh said he had come to drop off money for the baby. Arrested for breaching his bail conditions.', 'PC 4471 HARDING', 'Re-bailed, same conditions.', 'DA'],
    ['justice', 'WEP/23/070342', '22.01.2024', '', '22/01/2024 15:10', 'OCCURRENCE', 'FINALISATION', 'SUSPECT: PIKE Jordan; VICTIM: ROWE Kayleigh', 'Victim withdrew support and will not give evidence. CPS advice: no further action. Bail cancelled.', 'DS 1187 MARSH', 'NFA - outcome 16 (victim does not support).', 'DA'],
    ['incident.police', 'WEP/24/031502', '05.05.2024', '2315', '05/05/2024 23:18', 'CONCERN FOR SAFETY', 'NOISE / CHILD CRYING', 'OCCUPANT: ROWE Kayleigh; CHILD: ROWE Tilly (11 wks); CHILD: ROWE Mason (7)', 'Neighbour reported a baby crying for over two hours and a man shouting. Officers attended: Kayleigh and PIKE present, said the baby has colic. Baby seen in her cot and appeared well. Mason asleep.', 'PC 6021 DEAN', 'No offences. Words of advice. Not recorded as DA.', 'CHILD PRESENT'],
    ['critical', 'WEP/24/058810', '03.09.2024', '0748', '03/09/2024 07:52', 'GBH S18 - CHILD', 'SERIOUS INJURY TO CHILD', 'VICTIM: ROWE Tilly (6 mths); SUSPECT: PIKE Jordan; SUSPECT: ROWE Kayleigh', 'Ambulance service reported a 6-month-old baby unresponsive at 12 Cobden Walk. Taken to Eastmere General, then to the regional PICU. CT: subdural haemorrhage; retinal haemorrhages. Both carers arrested on suspicion of GBH.', 'DI 0412 COLE', 'Major crime team. Both carers bailed.', 'CHILD ABUSE'],
    ['strategy', 'WEP/24/058810', '03.09.2024', '1400', '03/09/2024 16:30', 'UPDATE', 'STRAT DISC', 'CHILD: ROWE Tilly; CHILD: ROWE Mason', 'Strategy discussion by Teams: CAIT, children\'s social care, paediatrician, health. Joint s47 agreed. Mason to stay with his maternal grandmother under a safety plan.', 'DS 2841 PRICE', 'Joint s47 investigation.', 'CHILD ABUSE'],
  ],
};

export const docmanDocuments: CorpusFile = {
  name: 'gp-docman-filed-documents.json',
  agency: 'Riverside Medical Practice',
  kind: 'health',
  system: 'Docman 10 (GP document management), document history for three patients (JSON)',
  quirks:
    'rows under `documents` in a report object with the practice code, camelCase keys, ISO dates with a later received date-time, Docman document types as the type (`Letter In`, `A&E Discharge`, `Outpatients`) while the summary says what the letter reported, outgoing documents beside incoming ones, the coder and workflow action',
  json: {
    wrapper: {
      practice: 'Riverside Medical Practice',
      odsCode: 'M88042',
      report: 'Document history (filed)',
      patients: ['ROWE Kayleigh', 'ROWE Mason', 'ROWE Tilly'],
      generated: '2026-10-21T11:04:00',
    },
    key: 'documents',
  },
  headers: [
    'documentId',
    'patient',
    'documentDate',
    'receivedDate',
    'documentType',
    'sender',
    'codedSummary',
    'filedBy',
    'workflowAction',
  ],
  fields: {
    sourceRef: 'documentId',
    subjects: 'patient',
    date: 'documentDate',
    type: 'documentType',
    description: 'codedSummary',
    practitioner: 'filedBy',
    outcome: 'workflowAction',
  },
  // prettier-ignore
  rows: [
    ['info.shared', 'DM-7710231', 'Kayleigh ROWE', '2023-06-21', '2023-06-23T10:15:00', 'Antenatal', 'Eastmere General Hospital Maternity', 'Booking letter: booked at 10+2 weeks, EDD 17/02/2024. Partner Jordan PIKE. Routine enquiry about domestic abuse not asked (partner present).', 'Admin - JT', 'Filed - no action'],
    ['info.shared', 'DM-7710688', 'Mason ROWE', '2023-06-20', '2023-06-26T09:02:00', 'Safeguarding', 'Wealdshire MASH', 'MASH notification: Mason present at a verbal domestic incident at home on 17/06/2023. Outcome: no further action by children\'s services, information and advice.', 'Dr S Menon (safeguarding lead)', 'Coded "Child is cause for concern". Family alert added.'],
    ['info.shared', 'DM-7729004', 'Kayleigh ROWE', '2023-11-29', '2023-12-04T14:40:00', 'Letter In', 'Wealdshire Constabulary', 'Police notification of domestic abuse: Kayleigh assaulted by her partner on 28/11/2023 when 29 weeks pregnant. DASH medium.', 'Dr S Menon (safeguarding lead)', 'Task to usual GP and midwife. DA code added.'],
    ['referral.sent', 'DM-7729170', 'Kayleigh ROWE', '2023-12-05', '2023-12-05T16:55:00', 'Safeguarding Referral (outgoing)', 'Riverside Medical Practice', 'GP safeguarding referral to Eastmere children\'s services: unborn baby, domestic abuse in pregnancy, Mason (7) in the household.', 'Dr S Menon', 'Sent by secure email. No acknowledgement on file.'],
    ['info.shared', 'DM-7741552', 'Tilly ROWE', '2024-02-14', '2024-02-16T11:20:00', 'Birth Notification', 'Eastmere General Hospital Maternity', 'Female infant born 14/02/2024 at 38+4 weeks, SVD, 3.1 kg. Mother Kayleigh ROWE.', 'Admin - JT', 'Registered as a new patient. 8-week check booked.'],
    ['info.shared', 'DM-7750311', 'Tilly ROWE', '2024-04-08', '2024-04-09T08:30:00', 'A&E Discharge', 'Eastmere General Hospital ED', 'Attended ED on 07/04/2024 aged 7 weeks: "rolled off the sofa", small bruise on the left forehead. Discharged with head injury advice. No safeguarding referral recorded.', 'Admin - PW', 'Filed - no action'],
    ['contact.message', 'DM-7752890', 'Tilly ROWE', '2024-04-22', '2024-04-22T12:05:00', 'Letter Out', 'Riverside Medical Practice', 'Letter to Kayleigh: Tilly\'s 8-week immunisations missed twice, please ring to rebook.', 'Practice nurse - AL', 'Posted 2nd class.'],
    ['info.shared', 'DM-7760433', 'Tilly ROWE', '2024-05-20', '2024-05-28T15:48:00', 'Outpatients', 'Eastmere General Hospital Paediatrics', 'Paediatric outpatient clinic: Tilly was not brought to her follow-up (plagiocephaly). Discharged back to the GP under the trust\'s WNB policy.', 'Admin - PW', 'Filed - no action'],
    ['info.shared', 'DM-7781120', 'Tilly ROWE', '2024-09-03', '2024-09-04T09:12:00', 'Safeguarding', 'Eastmere Children\'s Services', 'Notification: Tilly admitted to PICU on 03/09/2024 with a head injury, suspected non-accidental. Strategy discussion held, s47 enquiry. GP records requested.', 'Dr S Menon', 'Urgent - records summary to the SW.'],
    ['info.shared', 'DM-7781479', 'Tilly ROWE', '2024-09-05', '2024-09-05T17:30:00', 'Report (outgoing)', 'Riverside Medical Practice', 'GP information for the s47 enquiry: the family\'s contacts, missed immunisations, the ED attendance of 07/04/2024.', 'Dr S Menon', 'Sent to the SW by secure email.'],
  ],
};

export const k2MaternityContacts: CorpusFile = {
  name: 'midwifery-k2-athena-contact-history.xlsx',
  agency: 'Eastmere and District Hospitals NHS Trust Maternity Services',
  kind: 'health',
  system: 'K2 Athena maternity information system, contact history report to Excel',
  quirks:
    'a patient sheet first, a title block, real date cells, four-figure times, gestation (`29+2`, then `Day 5` after the birth), contact categories beside a location, who came with the woman, a column recording whether domestic abuse was asked about (not a seen flag), a hidden K2 event ID',
  xlsx: {
    sheetsBefore: [
      {
        name: 'Patient',
        lines: [
          ['Name', 'Kayleigh ROWE'],
          ['Hospital No', 'EDH4471902'],
          ['EDD', '17/02/2024'],
          ['Named midwife team', 'Community team Blue (Eastmere)'],
        ],
      },
    ],
    sheet: 'Contacts',
    title: [
      'K2 ATHENA - CONTACT HISTORY',
      'Patient: ROWE, Kayleigh   DOB 03/04/2002   Hosp No EDH4471902',
      'Printed 14/10/2026 by the safeguarding midwife',
    ],
    dateCells: [{ header: 'Contact Date', as: 'date' }],
    hiddenColumns: ['K2 Event ID'],
  },
  headers: [
    'K2 Event ID',
    'Contact Date',
    'Time',
    'Gest.',
    'Contact Category',
    'Location',
    'Seen By',
    'Accompanied By',
    'Enquiry re DA',
    'Clinical Summary',
    'Plan',
  ],
  fields: {
    sourceRef: 'K2 Event ID',
    date: 'Contact Date',
    time: 'Time',
    type: 'Contact Category',
    practitioner: 'Seen By',
    subjects: 'Accompanied By',
    description: 'Clinical Summary',
    outcome: 'Plan',
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', 'K2-0019921', '21/06/2023', '0930', '10+2', 'Booking', 'Eastmere Children\'s Centre', 'M Kaur (RM)', 'Partner (Jordan)', 'Not asked - partner present', 'Booking appointment. Second pregnancy. Smokes 10 a day. Mild postnatal depression after Mason (2016). BMI 24.', 'Bloods and dating scan. Midwife-led care.'],
    ['contact.not-brought', 'K2-0020310', '26/07/2023', '1100', '15+2', 'Antenatal - DNA', 'Eastmere Children\'s Centre', 'M Kaur (RM)', '', 'N/A', 'Did not attend the 16-week appointment. No message beforehand.', 'Rebook; text sent.'],
    ['health.antenatal', 'K2-0021774', '30/08/2023', '1420', '20+2', 'USS - anomaly', 'Ultrasound, EGH', 'Sonographer', 'Partner', 'Not asked', 'Anomaly scan normal. Low-lying placenta.', 'Rescan at 32 weeks.'],
    ['health.emergency', 'K2-0024409', '29/11/2023', '0105', '29+2', 'Triage attendance', 'Maternity Assessment Unit', 'R Osei (RM)', 'Alone', 'Yes - disclosed', 'Attended after an assault by her partner (pushed into a door frame). CTG normal, fetal movements present. Bruise to the right upper arm. Disclosed that he had pushed her before.', 'Safeguarding midwife informed. DA leaflet and IDVA number given.'],
    ['referral.sent', 'K2-0024460', '30/11/2023', '1015', '29+3', 'Safeguarding', 'Safeguarding team office', 'J Barnes (Safeguarding MW)', '', '', 'Safeguarding midwife\'s referral to Eastmere children\'s services: unborn baby, domestic abuse in pregnancy. Cause for concern form completed.', 'Await the outcome; pre-birth planning if accepted.'],
    ['meeting.planning', 'K2-0026113', '10/01/2024', '1530', '35+2', 'Multi-agency meeting', 'Eastmere Primary School', 'J Barnes (Safeguarding MW)', 'Mother', '', 'Attended the child in need meeting. Safeguarding birth plan agreed: children\'s services to be told at delivery.', 'Birth plan added as a K2 alert.'],
    ['health.birth', 'K2-0028840', '14/02/2024', '0652', '38+4', 'Delivery', 'Delivery Suite', 'L Fenwick (RM)', 'Partner', 'N/A', 'SVD, live female infant 3.1 kg, Apgars 9 and 10. Partner present throughout.', 'Postnatal ward. Tell CSC as per the birth plan.'],
    ['info.shared', 'K2-0028901', '14/02/2024', '1130', 'Day 0', 'Safeguarding', 'Postnatal ward', 'L Fenwick (RM)', '', '', 'Eastmere CSC duty team told of the birth by phone, as the birth plan asks. Duty SW: no objection to discharge.', 'Discharge when medically fit.'],
    ['health.postnatal', 'K2-0029116', '19/02/2024', '1030', 'Day 5', 'Postnatal visit - home', 'Home', 'M Kaur (RM)', 'Partner, Mason', 'No - partner present', 'Day 5 visit: feeding well, weight 2.95 kg (5% loss). Newborn blood spot taken. Mother tearful, sleeping little.', 'Day 10 visit.'],
    ['info.shared', 'K2-0029630', '26/02/2024', '1500', 'Day 12', 'Transfer of care - HV', '', 'M Kaur (RM)', '', '', 'Discharged from midwifery care. Handover to health visiting by phone: domestic abuse history, child in need plan, low mood.', 'Care transferred to the 0-19 team, Eastmere.'],
  ],
};

export const frameworkiChronology: CorpusFile = {
  name: 'cs-frameworki-case-chronology.docx',
  agency: "Eastmere Borough Council Children's Social Care",
  kind: 'children-services',
  system: 'Frameworki (Corelogic) case chronology printed to Word for the review',
  quirks:
    'title paragraphs and a details table, the date with a time in some cells, Frameworki event names as the type (`Contact`, `Contact Outcome`, `Strat Disc`), the worker and team in one cell, a `Child Seen` Y/N column, a significance column added for the review, several paragraphs in a cell, the table cut every 4 rows with the header repeated',
  docx: {
    title: [
      'Eastmere Borough Council',
      "Children's Social Care - Case Chronology",
      'Children: Mason ROWE (FWi 447120), Tilly ROWE (FWi 512087)',
      'Printed from Frameworki for the CSPR panel, 11/10/2026',
    ],
    preface: [
      ['Period', '01/06/2023 to 03/09/2024'],
      ['Author', 'Team Manager, Assessment and Intervention Team 2'],
      [
        'Note',
        'Entries summarise the case notes. The significance column was added for the review.',
      ],
    ],
    splitEvery: 4,
  },
  headers: [
    'Date',
    'Chronology Event',
    'Event Detail',
    'Worker / Team',
    'Child Seen',
    'Significance for the child',
  ],
  fields: {
    date: 'Date',
    type: 'Chronology Event',
    description: 'Event Detail',
    practitioner: 'Worker / Team',
    childSeen: 'Child Seen',
    analysis: 'Significance for the child',
  },
  // prettier-ignore
  rows: [
    ['referral.received', '19/06/2023', 'Contact', 'Contact from Wealdshire Police MASH: child concern notification. Mason (7) present during a verbal argument between his mother and her partner Jordan PIKE on 17/06. DASH standard.', 'P Lowe (Duty SW) - MASH', 'N', 'First domestic abuse notification for this family.'],
    ['decision', '20/06/2023', 'Contact Outcome', 'MASH RAG rating GREEN. Threshold for social care not met. Information and advice letter to mother. School told by police through Operation Encompass.', 'A Grant (Team Manager) - MASH', 'N', 'The partner\'s history was not checked with police.'],
    ['referral.received', '30/11/2023 09:10', 'Contact', 'Police notification: mother, 29 weeks pregnant, assaulted by her partner on 28/11; Mason witnessed it. PIKE on pre-charge bail.\nMidwifery and GP referrals followed on 30/11 and 05/12.', 'P Lowe (Duty SW) - MASH', 'N', 'Three agencies referred within a week.'],
    ['strategy', '01/12/2023 10:00', 'Strat Disc', 'Strategy discussion (Teams): police DA unit, MASH health, children\'s social care. Section 47 enquiry agreed for Mason and the unborn baby.', 'K Adeyemi (SW) - A&I Team 2', 'N', 'Midwifery was not invited; health was represented by the MASH nurse.'],
    ['s47', '01/12/2023', 'S47 Enquiry', 'Section 47 enquiry started; single assessment opened for Mason and the unborn baby.', 'K Adeyemi (SW) - A&I Team 2', 'N', ''],
    ['contact.home-visit', '06/12/2023 16:00', 'Visit', 'Home visit. Mason seen alone in his bedroom: said Jordan "gets angry and throws stuff".\nMother says the relationship is over and PIKE may not come to the house (bail).', 'K Adeyemi (SW) - A&I Team 2', 'Y', 'Mason\'s words were recorded well.'],
    ['meeting.conference', '21/12/2023', 'ICPC', 'Initial child protection conference. Threshold for a child protection plan not met (separation, bail conditions). Child in need plan for Mason and the unborn baby.', 'R Bell (Chair) - Safeguarding Unit', 'N', 'The decision rested on the separation.'],
    ['meeting.planning', '10/01/2024', 'CIN Review', 'Child in need meeting at school: mother, DSL, midwife, SW. Birth plan agreed. Mother said PIKE had not been around.', 'K Adeyemi (SW) - A&I Team 2', 'Y', 'The bail breach of 06/01 was not known to the meeting.'],
    ['contact.no-access', '05/03/2024', 'Visit', 'Unannounced visit: no reply. Pram seen in the hallway through the glass. Card left.', 'K Adeyemi (SW) - A&I Team 2', 'N', 'Tilly had not been seen by a social worker since her birth.'],
    ['case.close', '16/04/2024', 'Case Closure', 'Child in need plan ended: mother engaging, no further incidents known. Stepped down to universal services (health visitor and school). Closure letter to mother.', 'A Grant (Team Manager) - A&I Team 2', 'N', 'Closed without a check with police or health; the ED attendance of 07/04 was not known.'],
    ['referral.received', '03/09/2024 09:20', 'Contact', 'Contact from Eastmere General ED and the PICU: Tilly (6 months) has subdural and retinal haemorrhages; non-accidental injury suspected.', 'S Ahmed (Duty SW) - MASH', 'N', ''],
    ['strategy', '03/09/2024 14:00', 'Strat Disc', 'Strategy discussion with police CAIT, the paediatrician, health and the school nurse. Joint s47. Mason to stay with his maternal grandmother under a safety plan; Tilly to remain in hospital.', 'D Reeves (SW) - A&I Team 1', 'N', ''],
  ],
};

export const simsCommLog: CorpusFile = {
  name: 'school-sims-communication-log.xlsx',
  agency: 'Eastmere Primary School',
  kind: 'education',
  system: 'SIMS (ESS), student communication log report exported to Excel',
  quirks:
    'a title block, the academic year merged down, real date cells with the time apart, the means of communication as the type (`Telephone`, `Conversation`, `Notification`, `Meeting`) beside an in/out column and a reason, the person contacted, an attendance summary sheet after the log',
  xlsx: {
    title: [
      'Eastmere Primary School',
      'Communication Log - ROWE, Mason (Year 2 / Year 3)',
      'Report produced from SIMS 02/10/2026 - OFFICIAL-SENSITIVE',
    ],
    sheet: 'Comm Log',
    dateCells: [{ header: 'Comm Date', as: 'date' }],
    mergeDown: ['Academic Year'],
    sheetsAfter: [
      {
        name: 'Attendance',
        lines: [
          ['Academic Year', 'Attendance %', 'Unauthorised sessions'],
          ['2022/23', '91.2', '6'],
          ['2023/24', '84.5', '19'],
        ],
      },
    ],
  },
  headers: [
    'Academic Year',
    'Comm Date',
    'Time',
    'Comm Type',
    'In / Out',
    'Reason',
    'Contact Person',
    'Recorded By',
    'Comm Notes',
    'Follow Up',
  ],
  fields: {
    date: 'Comm Date',
    time: 'Time',
    type: 'Comm Type',
    subjects: 'Contact Person',
    practitioner: 'Recorded By',
    description: 'Comm Notes',
    outcome: 'Follow Up',
  },
  // prettier-ignore
  rows: [
    ['contact.phone', '2022/23', '12/06/2023', '08:55', 'Telephone', 'In', 'Attendance', 'Mother', 'Office - D Wells', 'Mum rang: Mason poorly with a temperature, off today.', 'Absence authorised.'],
    ['info.shared', '2022/23', '19/06/2023', '08:30', 'Notification', 'In', 'Safegaurding', 'Police (Operation Encompass)', 'DSL - C Hartley', 'Operation Encompass notification: police attended a domestic incident at Mason\'s home on Saturday night; Mason was present.', 'Key adult to check in with Mason.'],
    ['concern', '2022/23', '19/06/2023', '10:40', 'Conversation', '-', 'Welfare', 'Mason', 'TA - H Briggs', 'At breaktime Mason told me "Jordan threw the telly and mummy cried". He seemed tired. Blue form to the DSL.', 'DSL to speak to mum at home time.'],
    ['info.shared', '2023/24', '29/11/2023', '08:20', 'Notification', 'In', 'Safegaurding', 'Police (Operation Encompass)', 'DSL - C Hartley', 'Operation Encompass: mother assaulted by her partner last night, Mason witnessed it, partner arrested.', 'Mason seen by the DSL; quiet, says he is "ok".'],
    ['info.shared', '2023/24', '04/12/2023', '13:15', 'Telephone', 'Out', 'Safegaurding', 'SW - K Adeyemi', 'DSL - C Hartley', 'Rang the social worker for the s47 enquiry: attendance 88%, often late, no lunch money some days, Mason talks about Jordan shouting.', 'SW visiting 06/12.'],
    ['meeting.conference', '2023/24', '21/12/2023', '10:00', 'Meeting', '-', 'Safegaurding', 'Multi-agency', 'DSL - C Hartley', 'DSL attended the initial child protection conference; school report submitted. Outcome: child in need, not a CP plan.', 'Attend the CIN meetings.'],
    ['meeting.planning', '2023/24', '10/01/2024', '15:30', 'Meeting', '-', 'Safegaurding', 'Mother, SW, midwife', 'DSL - C Hartley', 'Child in need meeting held in the school library.', 'Next CIN meeting 07/02.'],
    ['contact.message', '2023/24', '26/02/2024', '', 'Letter', 'Out', 'Attendance', 'Mother', 'Attendance Officer - S Nunn', 'Attendance letter 1: Mason\'s attendance 84% this term. Invitation to an attendance meeting.', 'Meeting 06/03.'],
    ['contact.no-access', '2023/24', '18/03/2024', '11:30', 'Home Visit', 'Out', 'Attendance', 'Mother', 'Attendance Officer - S Nunn', 'Mason absent 3 days, phone not answered. Home visit: no answer, curtains closed. Card through the door.', 'Ring again tomorrow; tell the SW.'],
    ['concern', '2023/24', '06/06/2024', '09:05', 'Conversation', '-', 'Welfare', 'Mason', 'Class teacher - M Price', 'Mason came in hungry, in the same uniform all week. Said the baby "cries all night and Jordan shouts at her".', 'Blue form to the DSL.'],
    ['referral.sent', '2023/24', '07/06/2024', '14:20', 'Email', 'Out', 'Safegaurding', 'Eastmere MASH', 'DSL - C Hartley', 'DSL emailed a request for support to the MASH: signs of neglect, PIKE back in the home, baby crying at night. Suggested early help.', 'Await the MASH outcome. No reply; chased 21/06.'],
  ],
};
