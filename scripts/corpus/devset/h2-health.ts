import type { CorpusFile } from '../spec';

// Development-set health files (held out 04/12/2026): a Vision GP journal with Read codes, an EMIS
// Symphony emergency department extract, an Epic (Clarity) mental health encounter report, a
// Euroking E3 maternity workbook, and a health economy's return for a Child Safeguarding
// Practice Review rapid review in Word.

export const visionJournal: CorpusFile = {
  name: 'gp-vision-consultation-journal.csv',
  agency: 'Millbrook Surgery',
  kind: 'health',
  system: 'Vision (Cegedim) GP consultation journal, CSV print',
  quirks:
    'Vision consultation types ("Surgery", "Third Party", "Clinical Letter"), a Read code and its term beside the type, dates as `3 Jun 2021`, clinician initials, the patient named on each row (mother and baby on one family print), a "Priority" column of flags',
  headers: [
    'Consultation Date',
    'Patient',
    'Cons. Type',
    'Read Code',
    'Read Term',
    'Clinician',
    'Free Text',
    'Priority',
  ],
  fields: {
    date: 'Consultation Date',
    subjects: 'Patient',
    type: 'Cons. Type',
    practitioner: 'Clinician',
    description: 'Free Text',
  },
  // prettier-ignore
  rows: [
    ['contact.office', '3 Jun 2021', 'Chloe BRIGHT', 'Surgery', '1BT..00', 'Depressed mood', 'DrAK', 'Low mood, poor sleep. Says partner "stressed about money". PHQ-9 14. Sertraline discussed, declined. No routine enquiry re DA documented.', ''],
    ['contact.phone', '21 Jul 2021', 'Chloe BRIGHT', 'Telephone', '621..00', 'Patient currently pregnant', 'NP', 'Positive pregnancy test. LMP ?early June. Advised to self-refer to midwife via website.', ''],
    ['info.shared', '9 Aug 2021', 'Chloe BRIGHT', 'Clinical Letter', '8H1..00', 'Seen in A&E', 'ADMIN', 'ED letter (Westbury General) 07/08: fall down stairs, bruised L forearm, x-ray NAD. Discharged.', 'Flag'],
    ['incident.injury', '16 Aug 2021', 'Chloe BRIGHT', 'Surgery', 'SK1..00', 'Bruise', 'DrAK', 'F/U forearm. Fading bruising L forearm and upper arm (fingertip pattern?). Pt says fall. Asked about home: "fine". Partner in waiting room.', 'Flag'],
    ['referral.sent', '17 Aug 2021', 'Chloe BRIGHT', 'Administration', '8HHB.00', 'Referral to social services', 'DrAK', 'Discussed with practice safeguarding lead. MASH referral form completed and emailed (pregnant, unexplained bruising, possible DA).', 'Urgent'],
    ['meeting.conference', '14 Dec 2021', 'Chloe BRIGHT', 'Third Party', '9F2..00', 'Child protection conference', 'DrSP', 'Attended ICPC (unborn) by Teams. Plan agreed – neglect & emotional harm. GP report sent beforehand.', ''],
    ['health.postnatal', '22 Feb 2022', 'Chloe BRIGHT', 'Surgery', '62S..00', 'Postnatal examination', 'DrSP', 'Mum\'s 6/52 check. Well. EPDS 11. Contraception discussed. Partner not present; asked re safety – "better now".', ''],
    ['health.development', '22 Feb 2022', 'Baby BRIGHT', 'Surgery', '8CA..00', 'Baby 8 week check', 'DrSP', '8/52 baby check NAD. Weight 50th centile.', ''],
    ['contact.not-brought', '29 Mar 2022', 'Baby BRIGHT', 'DNA', '9N4..00', 'Did not attend', 'PN', 'WNB for 12/52 imms. Second missed. Letter to mum & HV informed.', 'Flag'],
    ['contact.home-visit', '11 Apr 2022', 'Chloe BRIGHT', 'Home Visit', '9b1..00', 'Home visit', 'DrAK', 'Requested HV – mum unwell, D&V. Flat cold, little food in kitchen, baby in cot, clean. Partner present throughout.', ''],
  ],
};

export const symphonyExtract: CorpusFile = {
  name: 'ed-symphony-attendance-extract.json',
  agency: 'Westbury General Hospital NHS Trust',
  kind: 'health',
  system: 'EMIS Symphony emergency department, attendance and forms extract (JSON)',
  quirks:
    'records under "attendances" in an extract object, Pascal_Snake keys, arrival and discharge as `2022-11-05 23:41` with no seconds, an episode type that mixes attendances with referral forms, triage as a number, null where a form has no discharge',
  json: {
    wrapper: {
      extract: 'SYM_SG_REVIEW',
      site: 'Westbury General ED',
      generated: '2023-02-01 09:12',
      count: 9,
    },
    key: 'attendances',
  },
  headers: [
    'Attendance_No',
    'Arrival_Date_Time',
    'Discharge_Date_Time',
    'Episode_Type',
    'Presenting_Complaint',
    'Triage_Cat',
    'Patient_Name',
    'Seen_By',
    'Clinical_Summary',
    'Disposal',
  ],
  fields: {
    sourceRef: 'Attendance_No',
    date: 'Arrival_Date_Time',
    endDate: 'Discharge_Date_Time',
    type: 'Episode_Type',
    subjects: 'Patient_Name',
    practitioner: 'Seen_By',
    description: 'Clinical_Summary',
    outcome: 'Disposal',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'ED22-118204', '2022-08-07 23:41', '2022-08-08 03:10', 'ED Attendance', 'Assault - punched to face', '3', 'Tasha WILDE', 'Dr M Okafor (ST4)', 'Swelling R cheek, small lac to lip. Says punched by "someone she knows". Declined police. Routine enquiry: disclosed partner.', 'Discharged – GP f/u'],
    ['referral.sent', 'ED22-118204-F1', '2022-08-08 02:30', '', 'Hospital IDVA referral', 'Domestic abuse disclosure', '', 'Tasha WILDE', 'RN J Pike', 'Consent obtained. Referral to hospital IDVA service, safe number recorded.', 'Sent'],
    ['health.emergency', 'ED22-121877', '2022-08-19 17:05', '2022-08-19 21:48', 'ED Attendance', 'Head injury (child)', '2', 'Kai WILDE', 'Dr L Hart (Paeds ED)', 'Kai (22 months) fell from sofa per mum. Boggy swelling occipital. Mum tearful, partner waiting outside.', 'Discharged home'],
    ['referral.sent', 'ED22-121877-F1', '2022-08-19 21:30', '', 'Safeguarding Referral (Child)', 'Head injury + DA known', '', 'Kai WILDE', 'Dr L Hart (Paeds ED)', 'Referral to Children\'s Services: head injury in toddler, mother attended 12 days ago after assault by partner.', 'Emailed to MASH'],
    ['info.shared', 'ED22-121877-F2', '2022-08-20 09:15', '', 'Paed Liaison Notification', 'Attendance notification', '', 'Kai WILDE', 'Paediatric liaison HV', 'Notification of attendance sent to HV team and GP.', 'Sent'],
    ['health.emergency', 'ED22-122010', '2022-08-21 10:20', '2022-08-21 13:55', 'Re-attendance <72h', 'Vomiting post head injury', '2', 'Kai WILDE', 'Dr P Nair', 'Re-attended with vomiting x3. CT head – no acute injury. Observed 3hrs.', 'Discharged – safety netting'],
    ['health.emergency', 'ED22-130447', '2022-09-30 01:12', '2022-09-30 01:58', 'ED Attendance', 'Wrist injury', '4', 'Tasha WILDE', 'Triage only', 'Swollen L wrist. Did not wait to be seen.', 'DNW'],
    ['info.shared', 'ED22-130447-L', '2022-09-30 08:00', '', 'Discharge letter to GP', 'DNW notification', '', 'Tasha WILDE', 'ED admin', 'Letter to GP: left before treatment. Previous DA disclosure noted.', 'Sent'],
    ['health.emergency', 'ED22-141930', '2022-11-05 23:41', '2022-11-06 06:30', 'ED Attendance', 'Overdose (intentional)', '2', 'Tasha WILDE', 'Dr M Okafor (ST4)', 'Paracetamol OD 16 tabs after argument with partner. NAC started. Psych liaison requested.', 'Admitted AMU'],
  ],
};

export const epicEncounters: CorpusFile = {
  name: 'mh-epic-clarity-encounters.json',
  agency: 'Wessex Vale Partnership NHS Foundation Trust (mental health)',
  kind: 'health',
  system: 'Epic, Clarity report of community mental health encounters (JSON)',
  quirks:
    "a bare array of records with upper-case Clarity column names, contact dates as SQL date-times at midnight (`2022-05-03 00:00:00.000`), Epic encounter type names as the type, a separate note type, the author's service as the team, an `ENC_CLOSED_YN` flag",
  headers: [
    'PAT_ENC_CSN_ID',
    'CONTACT_DATE',
    'ENC_TYPE_NAME',
    'NOTE_TYPE',
    'AUTHOR_NAME',
    'AUTHOR_SERVICE',
    'NOTE_TEXT',
    'ENC_CLOSED_YN',
  ],
  fields: {
    sourceRef: 'PAT_ENC_CSN_ID',
    date: 'CONTACT_DATE',
    type: 'ENC_TYPE_NAME',
    practitioner: 'AUTHOR_NAME',
    team: 'AUTHOR_SERVICE',
    description: 'NOTE_TEXT',
  },
  // prettier-ignore
  rows: [
    ['referral.received', '880112734', '2022-05-03 00:00:00.000', 'Referral', 'Referral Triage', 'SPA Clinician', 'Single Point of Access', 'GP referral received for Craig FAULKNER (34): low mood, anger outbursts, alcohol 40u/wk. Lives with partner and her 2 children.', 'Y'],
    ['assessment.complete', '880119502', '2022-05-17 00:00:00.000', 'Office Visit', 'Assessment', 'R. Dunmore, CPN', 'CMHT North', 'Initial assessment completed at Brook House. Depression with irritability. Admits shouting at partner, "never hit her". Plan: care coordination, AUDIT.', 'Y'],
    ['contact.not-brought', '880124411', '2022-06-01 00:00:00.000', 'No Show', 'Progress Notes', 'R. Dunmore, CPN', 'CMHT North', 'Did not attend. No contact. Text sent to rebook.', 'Y'],
    ['contact.phone', '880125010', '2022-06-03 00:00:00.000', 'Telephone', 'Telephone Encounter', 'R. Dunmore, CPN', 'CMHT North', 'Craig called back. Says he forgot. Drinking more since losing job. Rebooked.', 'Y'],
    ['risk.assessment', '880127789', '2022-06-14 00:00:00.000', 'Office Visit', 'Risk Assessment', 'R. Dunmore, CPN', 'CMHT North', 'FACE risk profile: risk to others – partner (verbal aggression, damage to property). Risk to children not assessed.', 'Y'],
    ['contact.home-visit', '880131204', '2022-07-05 00:00:00.000', 'Home Visit', 'Progress Notes', 'R. Dunmore, CPN', 'CMHT North', 'Seen at home. Partner Gemma present, quiet. Hole in kitchen door. Craig said he punched it.', 'Y'],
    ['concern', '880131377', '2022-07-06 00:00:00.000', 'Care Coordination', 'MDT Discussion', 'Dr E Sayer, Consultant', 'CMHT North', 'Discussed at MDT: possible DA towards partner, children in home. Agreed to speak to Gemma alone at next visit and consult safeguarding team.', 'Y'],
    ['marac.referral', '880140066', '2022-08-02 00:00:00.000', 'Safeguarding', 'Safeguarding Note', 'Trust Safeguarding Team', 'Safeguarding Adults & Children', 'Gemma disclosed to CPN that Craig strangled her last month. DASH 15 + strangulation = high. MARAC referral sent, MASH informed re children.', 'Y'],
    ['case.close', '880152231', '2022-09-20 00:00:00.000', 'Discharge', 'Discharge Summary', 'R. Dunmore, CPN', 'CMHT North', 'Discharged to GP after 3 DNAs and no response to letters. Risk summary sent to GP.', 'Y'],
  ],
};

export const e3Maternity: CorpusFile = {
  name: 'midwifery-e3-antenatal-record.xlsx',
  agency: 'Westbury General Hospital NHS Trust (maternity)',
  kind: 'health',
  system: 'Euroking E3 maternity, contacts report to Excel',
  quirks:
    'a patient summary sheet before the contacts, a title block, contact dates as real date cells, times as `0930hrs` in their own column, gestation as `28+3`, who came with the woman in an "Accompanied by" column, E3 contact categories with a misspelling ("Safegaurding")',
  xlsx: {
    title: [
      'E3 Maternity – Contacts Report',
      'Woman: Aimee PORTER   Hosp No: WG4418220',
      'Run: 02/02/2024 by Named Midwife Safeguarding',
    ],
    sheet: 'Contacts',
    sheetsBefore: [
      {
        name: 'Patient Summary',
        lines: [
          ['Name', 'Aimee PORTER'],
          ['EDD', '14/11/2023'],
          ['Parity', 'G2 P1'],
          ['Social risk factors', 'DA (previous relationship), CSC involvement with older child'],
        ],
      },
    ],
    dateCells: [{ header: 'Contact Date', as: 'date' }],
  },
  headers: [
    'Contact Date',
    'Time',
    'Gestation',
    'Contact Category',
    'Location',
    'Midwife',
    'Accompanied by',
    'Findings / Plan',
  ],
  fields: {
    date: 'Contact Date',
    time: 'Time',
    type: 'Contact Category',
    practitioner: 'Midwife',
    subjects: 'Accompanied by',
    description: 'Findings / Plan',
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', '02/05/2023', '0930hrs', '10+2', 'Booking', 'Riverside Children\'s Centre', 'MW C. Osei', 'Partner (Jordan)', 'Booking bloods taken. Social hx: older child (4) known to CSC. Routine DA enquiry not asked – partner present.'],
    ['contact.not-brought', '30/05/2023', '1100hrs', '14+2', 'DNA – ANC', 'Riverside Children\'s Centre', 'MW C. Osei', '', 'DNA. Letter sent with new appt.'],
    ['health.antenatal', '13/06/2023', '1415hrs', '16+2', 'Routine ANC', 'Riverside Children\'s Centre', 'MW C. Osei', 'Alone', 'BP normal, FH heard. Asked about DA (alone): disclosed Jordan "controls the money", no violence. Safety info given.'],
    ['concern', '13/06/2023', '1530hrs', '16+2', 'Safegaurding discussion', 'Office', 'MW C. Osei', '', 'Discussed with named midwife: financial control, previous DA, older child on CIN plan. Agreed refer pre-birth.'],
    ['referral.sent', '14/06/2023', '0900hrs', '16+3', 'Referral – Children\'s Services', 'Office', 'MW C. Osei', '', 'Pre-birth referral to MASH. Aimee aware and agreed.'],
    ['health.antenatal', '15/08/2023', '1000hrs', '25+3', 'Community ANC', 'Home', 'MW C. Osei', 'Partner (Jordan)', 'Home appt. All well clinically. Jordan answered questions for Aimee. Unable to see her alone.'],
    ['meeting.planning', '05/10/2023', '1330hrs', '32+5', 'Pre-birth planning mtg', 'Children\'s Services (Teams)', 'Named MW Safeguarding', '', 'Pre-birth planning meeting: baby to go home, CIN plan, HV and MW joint visits after birth.'],
    ['health.birth', '09/11/2023', '0412hrs', '39+2', 'Delivery', 'Delivery Suite', 'MW T. Bright', 'Partner (Jordan)', 'SVD, live girl 3.2kg. Apgars 9/10. Skin to skin. Safeguarding alert on record checked.'],
    ['health.postnatal', '14/11/2023', '1200hrs', 'PN day 5', 'Postnatal visit', 'Home', 'MW C. Osei', 'Partner (Jordan), maternal grandmother', 'Day 5 bloodspot done. Feeding well. Mum quiet, flat. EPDS not done (partner present).'],
  ],
};

export const rapidReviewReturn: CorpusFile = {
  name: 'health-cspr-rapid-review-return.docx',
  agency: 'Wessex Vale Integrated Care Board (health providers combined)',
  kind: 'health',
  system: 'Child Safeguarding Practice Review rapid review, health economy agency return (Word)',
  quirks:
    'one table for several health providers (midwifery, health visiting, GP, ED, paediatrics) with provider and service columns, dates in several forms (`03.06.19`, `3 Jun 2019`, `14/06/2019 1430hrs`, `?20/07/2019`), a terse contact column with health visiting abbreviations (`NBV`, `WNB`), a "Child seen? Y/N" column, several paragraphs in the learning cells, the table split every four rows with the header repeated',
  docx: {
    title: [
      'Wessex Vale Safeguarding Children Partnership – Rapid Review',
      'Agency information return: Health (compiled by the Designated Nurse)',
      'Child: Baby R (DOB 24/05/2019). Notification to the Panel: 09/09/2019.',
    ],
    preface: [
      ['Return completed by', 'Designated Nurse Safeguarding Children, Wessex Vale ICB'],
      [
        'Providers included',
        'Westbury General (maternity, ED, paediatrics); Community HV; Millbrook Surgery',
      ],
      ['Date completed', '13/09/2019'],
    ],
    splitEvery: 4,
    footer: ['Return to the Partnership business unit within 5 working days of the notification.'],
  },
  headers: [
    'Item',
    'Date',
    'Provider',
    'Service',
    'Contact',
    'Summary of involvement',
    'Child seen? Y/N',
    'Learning identified',
  ],
  fields: {
    date: 'Date',
    agency: 'Provider',
    team: 'Service',
    type: 'Contact',
    description: 'Summary of involvement',
    childSeen: 'Child seen? Y/N',
    analysis: 'Learning identified',
  },
  // prettier-ignore
  rows: [
    ['health.birth', '1', '24.05.19', 'Westbury General', 'Maternity', 'Birth', 'Baby R born at 36+2 by emergency LSCS. Father present. Mother known to have a history of depression; social worker allocated to older sibling.', 'Y', 'Discharge planning did not include a call to the allocated SW.'],
    ['health.postnatal', '2', '3 Jun 2019', 'Community HV', 'Health Visiting', 'NBV', 'New birth visit at home. Baby feeding well. Mother anxious. Routine enquiry not possible: father present throughout.', 'Y', 'Father\'s presence at every contact prevented enquiry.\nNo plan was made to see mother alone.'],
    ['health.development', '3', '14/06/2019 1430hrs', 'Community HV', 'Health Visiting', '6-8 wk review', 'Reviewed at clinic. Weight 9th centile (born 25th). Feeding advice. Mother said father works nights.', 'Y', 'Drop in weight centile recorded; not escalated.'],
    ['contact.not-brought', '4', '19/07/2019', 'Millbrook Surgery', 'General Practice', 'WNB', 'Was not brought to 8 week immunisations.', 'N', 'No follow-up of the missed appointment by the practice.'],
    ['health.emergency', '5', '?20/07/2019', 'Westbury General', 'Emergency Department', 'ED attendance', 'Attended with "a bump on the head from the cot side". Small swelling L parietal. Discharged after observation.', 'Y', 'Date uncertain: ED record shows arrival after midnight.\nA non-mobile baby with a head injury was not discussed with the paediatric registrar, contrary to the NMB protocol.'],
    ['info.shared', '6', '22/07/2019', 'Community HV', 'Health Visiting', 'ED liaison recd', 'Paediatric liaison notification of the ED attendance received by HV team.', 'N', 'Notification filed without a follow-up contact.'],
    ['contact.no-access', '7', '06.08.19', 'Community HV', 'Health Visiting', 'HV – no reply', 'Planned visit. No reply at the door, card left. Phoned mother, no answer.', 'N', ''],
    ['incident.injury', '8', '03/09/2019', 'Millbrook Surgery', 'General Practice', 'GP consult', 'Mother brought Baby R with a cold. GP noted bruising to the R ear and cheek; mother said older sibling "pushed the bouncer".', 'Y', 'Good practice: the GP recognised bruising in a non-mobile baby as significant.'],
    ['referral.sent', '9', '03/09/2019', 'Millbrook Surgery', 'General Practice', 'Referral to CSC', 'GP phoned MASH and sent a written referral the same afternoon.', 'N', 'Referral made the same day, in line with the NMB protocol.'],
    ['strategy', '10', '04/09/2019', 'Westbury General', 'Safeguarding Children Team', 'Strat disc', 'Named nurse took part in strategy discussion with police and CSC. Agreed CP medical and s47.', 'N', ''],
    ['incident.injury', '11', '04/09/2019', 'Westbury General', 'Paediatrics', 'CP medical', 'Child protection medical: bruising to ear and cheek, healing fracture of the R 7th rib on skeletal survey. Opinion: inflicted injury likely.', 'Y', 'Skeletal survey completed within 24 hours, as the protocol requires.'],
  ],
};
