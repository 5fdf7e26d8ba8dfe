import type { CorpusFile } from '../spec';

// Development-set health files (held out 05/12/2026): a Microtest Evolution GP consultation
// history, a Careflow EPR encounter extract from an acute trust, an EMIS Community activity report
// from a 0-19 service, and an ambulance trust's chronology for a Domestic Abuse Related Death
// Review from its Cleric CAD and ePCR records.

export const evolutionConsultations: CorpusFile = {
  name: 'gp-evolution-consultation-history.csv',
  agency: 'Saltings Lane Surgery',
  kind: 'health',
  system: 'Microtest Evolution GP system, consultation history report (CSV)',
  quirks:
    'mother and baby on one report, the day of the week before the date (`Tue 14/03/2023`), the consultation split into History / Examination / Plan columns, Evolution consultation types (`Surgery`, `Letter Recd`, `Admin`), a problem code column, a Y/blank safeguarding flag, LF line ends',
  csv: { crlf: false },
  headers: [
    'Patient',
    'NHS No',
    'Cons Date',
    'Cons Time',
    'Cons Type',
    'Clinician',
    'Problem',
    'History',
    'Examination',
    'Plan',
    'S/G Flag',
  ],
  fields: {
    subjects: 'Patient',
    date: 'Cons Date',
    time: 'Cons Time',
    type: 'Cons Type',
    practitioner: 'Clinician',
    description: 'History',
    outcome: 'Plan',
  },
  // prettier-ignore
  rows: [
    ['health.postnatal', 'Amira HASSAN', '485 221 9034', 'Tue 14/03/2023', '09:40', 'Surgery', 'Dr P Lindqvist', 'Postnatal examination', '6 week postnatal check. Tearful, not sleeping, partner working away. EPDS 15.', 'BP 118/76. Abdo NAD. Perineum healed.', 'Sertraline 50mg. Review 2/52. HV informed of low mood.', ''],
    ['health.development', 'Noah HASSAN', '485 221 9042', 'Tue 14/03/2023', '09:55', 'Surgery', 'Dr P Lindqvist', 'Infant examination', 'Baby 6-8 week check. Feeding well on formula. Mum has no concerns.', 'Hips stable. Red reflex present. Wt 4.9kg (25th centile).', 'Imms at 8 weeks with practice nurse.', ''],
    ['contact.phone', 'Amira HASSAN', '485 221 9034', 'Mon 27/03/2023', '16:20', 'Telephone', 'ANP R Coker', 'Infant crying', 'Mum rang about baby crying for hours in the evening. Says she "can\'t cope with it". Partner back home now.', '', 'ICON advice given. Offered appt, declined. HV to follow up.', ''],
    ['incident.injury', 'Noah HASSAN', '485 221 9042', 'Thu 06/04/2023', '11:10', 'Surgery', 'Dr S Meadows', 'Bruise', '10 wk old brought by mum with bruise to L ear, noticed this morning. Mum says caught on cot bars. Not rolling yet.', '1.5cm purple bruise L pinna, petechiae behind ear. Otherwise well.', 'Non-mobile baby with bruise: discussed with practice S/G lead, sent to paeds same day per bruising protocol. MASH referral.', 'Y'],
    ['referral.sent', 'Noah HASSAN', '485 221 9042', 'Thu 06/04/2023', '12:35', 'Admin', 'Dr S Meadows', 'Child protection', 'MASH referral form completed and emailed to Tamarside MASH re bruise to ear in non-mobile infant.', '', 'Copy scanned to notes. Mum told of referral.', 'Y'],
    ['info.shared', 'Noah HASSAN', '485 221 9042', 'Wed 12/04/2023', '08:30', 'Letter Recd', 'Admin – Docman', 'Child protection', 'Discharge letter from Tamarside Children\'s Ward: CP medical, skeletal survey NAD, bruise unexplained. Strategy discussion held, s47 ongoing.', '', 'Filed. Coded CP concern. Dr Meadows to read.', 'Y'],
    ['contact.not-brought', 'Noah HASSAN', '485 221 9042', 'Tue 02/05/2023', '10:20', 'DNA', 'PN J Aldous', 'Immunisation', 'Not brought for 12 week immunisations.', '', 'Recall letter. HV and SW informed (child on CP plan).', 'Y'],
    ['info.shared', 'Noah HASSAN', '485 221 9042', 'Fri 05/05/2023', '14:00', 'Admin', 'Dr S Meadows', 'Child protection', 'Request for GP report for review conference received. Report completed and sent to conference chair.', '', 'Unable to attend RCPC, report sent.', 'Y'],
    ['contact.home-visit', 'Amira HASSAN', '485 221 9034', 'Wed 17/05/2023', '13:45', 'Home Visit', 'Dr P Lindqvist', 'Depression', 'Visited at home as mum not leaving the house. Low mood persists, no thoughts of self harm. Baby in bouncer, well kempt.', 'Flat tidy. Mum flat affect.', 'Increase sertraline 100mg. Perinatal MH referral.', ''],
    ['incident.injury', 'Amira HASSAN', '485 221 9034', 'Mon 12/06/2023', '09:10', 'Surgery', 'Dr R Whitlock', 'Wrist pain', 'Attends with painful L wrist, says fell on stairs. Asked routinely about safety at home: denies DA.', 'Tender L wrist. Old yellowing bruises both upper arms, not explained.', 'X-ray. Safety-netted, DA helpline card given. Discuss at practice S/G meeting.', 'Y'],
  ],
};

export const careflowEncounters: CorpusFile = {
  name: 'health-careflow-paeds-encounters.json',
  agency: 'North Tamar Hospitals NHS Trust',
  kind: 'health',
  system: 'Careflow EPR (System C), encounter history extract for one patient (JSON)',
  quirks:
    'records under `encounters` in an extract object, camelCase keys, start and end date-times in one cell each (`27/11/2023 19:42`), the encounter class as the type beside a presenting complaint, specialty and clinician, empty end date-times on notes, a Y/N safeguarding-form flag',
  json: {
    wrapper: {
      extract: 'Careflow EPR – encounter history',
      trust: 'North Tamar Hospitals NHS Trust',
      patient: { name: 'Oscar BELL', mrn: 'NTH2290118', dob: '04/10/2022' },
      extractedBy: 'Named Nurse, Safeguarding Children',
      extractDate: '2026-10-27',
    },
    key: 'encounters',
  },
  headers: [
    'encounterNo',
    'encounterClass',
    'startDateTime',
    'endDateTime',
    'specialty',
    'seenBy',
    'presentingComplaint',
    'clinicalSummary',
    'dischargeOutcome',
    'safeguardingFormCompleted',
  ],
  fields: {
    sourceRef: 'encounterNo',
    type: 'encounterClass',
    date: 'startDateTime',
    endDate: 'endDateTime',
    team: 'specialty',
    practitioner: 'seenBy',
    description: 'clinicalSummary',
    outcome: 'dischargeOutcome',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'ENC-7730021', 'ED Attendance', '27/11/2023 19:42', '27/11/2023 23:10', 'Emergency Medicine', 'Dr F Adeyemi (ST4)', 'Head injury', '13 month old, fell from sofa onto laminate per mum. Small haematoma to forehead. GCS 15, playing on floor.', 'Discharged home, head injury advice.', 'N'],
    ['health.emergency', 'ENC-7741880', 'ED Attendance', '18/12/2023 08:05', '18/12/2023 11:40', 'Emergency Medicine', 'ENP K Morrow', 'Burn', 'Superficial partial thickness burn to palm of R hand, ~1%. Mum says touched the radiator last night. Delay in presenting 10 hours.', 'Referred to paediatrics for review.', 'Y'],
    ['incident.injury', 'ENC-7741902', 'Paediatric Assessment Unit', '18/12/2023 11:45', '18/12/2023 16:30', 'Paediatrics', 'Dr L Okonjo (Reg)', 'Burn', 'Burn reviewed on PAU: clear edges, palm only, not in keeping with brief contact with radiator. Second ED attendance in 3 weeks.', 'Admitted for safeguarding. CP medical and skeletal survey to be arranged.', 'Y'],
    ['referral.sent', 'ENC-7741902', 'Safeguarding Note', '18/12/2023 15:10', '', 'Paediatrics', 'Dr L Okonjo (Reg)', '', 'MASH referral made by telephone and followed by written referral. Police informed by MASH.', 'Await strategy discussion.', 'Y'],
    ['strategy', 'ENC-7741902', 'Safeguarding Note', '19/12/2023 10:00', '', 'Safeguarding Children Team', 'S Ferris (Named Nurse)', '', 'Strategy discussion by Teams with CSC, police and paediatrician. Joint s47 agreed. Oscar to stay on ward until discharge planning meeting.', 'Parental visits supervised by nursing staff.', 'Y'],
    ['s47', 'ENC-7741902', 'Child Protection Medical', '19/12/2023 14:00', '19/12/2023 15:15', 'Paediatrics', 'Dr H Greaves (Consultant)', '', 'CP medical with SW present. Burn likely from contact with hot flat object held to hand. Skeletal survey: healing fracture R 8th rib.', 'Report to CSC and police. Oscar not to be discharged to parents.', 'Y'],
    ['meeting.planning', 'ENC-7741902', 'Safeguarding Note', '21/12/2023 11:00', '', 'Safeguarding Children Team', 'S Ferris (Named Nurse)', '', 'Discharge planning meeting on ward: SW, ward sister, paed, HV. Oscar to be discharged to maternal aunt under s20.', 'Discharge 22/12 to aunt.', 'Y'],
    ['info.shared', 'ENC-7741902', 'Discharge Summary', '22/12/2023 12:30', '', 'Paediatrics', 'Dr L Okonjo (Reg)', '', 'Discharge summary sent to GP, HV and allocated SW: rib fracture and burn, both unexplained. Burns clinic follow-up booked.', 'Sent electronically.', 'Y'],
    ['contact.not-brought', 'ENC-7760344', 'Outpatient – DNA', '03/01/2024 09:30', '', 'Burns & Plastics', 'Burns clinic', 'Burn follow-up', 'Not brought to burns dressing clinic.', 'Aunt phoned: had wrong date. Rebooked. SW informed.', 'N'],
    ['contact.office', 'ENC-7761019', 'Outpatient', '05/01/2024 10:15', '05/01/2024 10:50', 'Burns & Plastics', 'CNS A Pryce', 'Burn follow-up', 'Attended with maternal aunt. Burn healing well, dressing changed. Oscar happy and playing.', 'Discharged from burns clinic.', 'N'],
  ],
};

export const emisCommunityActivity: CorpusFile = {
  name: 'hv-emis-community-activity.xlsx',
  agency: 'Ravensmoor Community Health NHS Trust (0-19 Service)',
  kind: 'health',
  system: 'EMIS Community, patient activity report saved to Excel',
  quirks:
    'a report-information sheet first, a title line with the child and NHS number, the appointment as a date-time cell, activity names as the type beside a contact mode and an appointment outcome (Attended / No access / Not brought), `Child Present` Y/N, a hidden activity ID column',
  xlsx: {
    title: ['Patient Activity – Aria PEARCE (NHS 943 118 2207), DOB 19/01/2024'],
    sheet: 'Activity',
    sheetsBefore: [
      {
        name: 'Report Info',
        lines: [
          ['Report', 'Patient Activity (all services)'],
          ['Clinical system', 'EMIS Community'],
          ['Run date', '26/10/2026'],
          ['Run by', 'Safeguarding Children Nurse Specialist'],
        ],
      },
    ],
    dateCells: [{ header: 'Appointment Date/Time', as: 'datetime' }],
    hiddenColumns: ['Activity ID'],
  },
  headers: [
    'Activity ID',
    'Appointment Date/Time',
    'Activity',
    'Contact Mode',
    'Location',
    'HCP',
    'Clinical Notes',
    'Appt Outcome',
    'Child Present',
    'Plan',
  ],
  fields: {
    sourceRef: 'Activity ID',
    date: 'Appointment Date/Time',
    type: 'Activity',
    practitioner: 'HCP',
    description: 'Clinical Notes',
    childSeen: 'Child Present',
    outcome: 'Plan',
  },
  // prettier-ignore
  rows: [
    ['health.antenatal', 'A-558201', '06/11/2023 10:00', 'Antenatal Contact', 'Face to face', 'Home', 'HV T Ashworth', 'Antenatal contact at 29/40. Kerry 19, care leaver, PA involved. Partner Jordan present, answered most questions. Flat sparse, no cot yet.', 'Attended', 'N', 'Universal Plus. Liaise with midwife and PA re cot.'],
    ['health.postnatal', 'A-561377', '31/01/2024 11:30', 'New Birth Visit', 'Face to face', 'Home', 'HV T Ashworth', 'NBV day 12. Breast feeding, good latch. Wt 3.1kg. Kerry tired, Jordan not present. Safe sleep discussed, baby sleeping in Moses basket.', 'Attended', 'Y', 'Review 2/52.'],
    ['contact.no-access', 'A-562040', '14/02/2024 14:00', 'Targeted HV Contact', 'Face to face', 'Home', 'HV T Ashworth', 'No reply. Music heard inside. Card left.', 'No access', 'N', 'Rebook. Text sent.'],
    ['health.development', 'A-563118', '04/03/2024 10:30', '6-8 Week Review', 'Face to face', 'Clinic – Moor Lane', 'HV T Ashworth', '6-8 wk review. Wt 4.0kg, dropped from 50th to 25th centile. Mood screen: GAD-2 3, Whooley positive.', 'Attended', 'Y', 'Weigh in 2/52. GP re maternal mood.'],
    ['concern', 'A-564590', '20/03/2024 15:00', 'Universal Plus Contact', 'Face to face', 'Home', 'HV T Ashworth', 'Kerry disclosed Jordan "shouts all the time" and pushed her into the door frame last week. Flat cold, heating off (no credit). Aria clean, settled.', 'Attended', 'Y', 'Discuss with S/G team today. DA info and safety plan given.'],
    ['referral.sent', 'A-564611', '20/03/2024 17:10', 'Safeguarding Referral', 'N/A', 'Office', 'HV T Ashworth', 'MASH referral made with Kerry\'s consent: DA disclosure, infant 9 wks, weight faltering, fuel poverty.', 'Completed', 'N', 'Await MASH outcome.'],
    ['contact.phone', 'A-565102', '26/03/2024 09:20', 'Telephone Contact', 'Telephone', 'Office', 'HV T Ashworth', 'Call to Kerry to rebook weight check. Jordan answered and said she was asleep. Call ended.', 'Attended', 'N', 'Try again 28/3.'],
    ['contact.not-brought', 'A-565560', '02/04/2024 13:30', 'Baby Clinic – Weight', 'Face to face', 'Clinic – Moor Lane', 'CN B Quayle', 'Aria not brought for weight check.', 'Not brought', 'N', 'Inform HV. WNB letter.'],
    ['decision', 'A-565901', '04/04/2024 11:00', 'Safeguarding Supervision', 'N/A', 'Office', 'SCNS M Kaur', 'Supervision re Aria: no MASH outcome after 15 days, two missed contacts, weight faltering. Decision to escalate under escalation policy to CSC team manager today.', 'Completed', 'N', 'Escalation sent 04/04.'],
    ['meeting.planning', 'A-567455', '25/04/2024 10:00', 'Multi-agency Meeting', 'Video', 'Teams', 'HV T Ashworth', 'CIN meeting. SW, HV, PA, Kerry. Jordan not attending. Plan: weekly HV weights, PA to sort fuel.', 'Attended', 'N', 'Next CIN 23/05.'],
  ],
};

export const ambulanceDardrChronology: CorpusFile = {
  name: 'ambulance-dardr-agency-chronology.docx',
  agency: 'Southmoor Ambulance Service NHS Foundation Trust',
  kind: 'ambulance',
  system:
    'Domestic Abuse Related Death Review agency chronology (partnership Word template), from Cleric CAD and ePCR records',
  quirks:
    'title paragraphs and an agency details table, the call category and nature as the type (`Cat 2 – Assault`), CAD and ePCR numbers together in one cell, a separate 24-hour time, an agency comment column, several paragraphs in a cell, the table cut every 4 rows with the header repeated',
  docx: {
    title: [
      'Domestic Abuse Related Death Review (DARDR) – "Anna"',
      'Agency Chronology',
      'Southmoor Community Safety Partnership',
    ],
    preface: [
      ['Agency', 'Southmoor Ambulance Service NHS Foundation Trust'],
      [
        'Records used',
        'Computer aided dispatch (Cleric CAD) and electronic patient records (Cleric ePCR)',
      ],
      ['Completed by', 'Safeguarding Practitioner, 15/10/2026'],
    ],
    splitEvery: 4,
    footer: ['Chronology checked against source records. Please do not amend this table.'],
  },
  headers: [
    'Date',
    'Time (24hr)',
    'CAD / ePCR ref',
    'Call category & nature',
    'Summary of contact',
    'Action taken (conveyed / referred)',
    'Agency comment',
  ],
  fields: {
    date: 'Date',
    time: 'Time (24hr)',
    sourceRef: 'CAD / ePCR ref',
    type: 'Call category & nature',
    description: 'Summary of contact',
    outcome: 'Action taken (conveyed / referred)',
    analysis: 'Agency comment',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', '03/02/2022', '01:12', 'CAD 0203-0047\nePCR 22-118402', 'Cat 3 – Fall', 'Anna (34) fell down stairs per partner Mark, who made the call. Bruising to face and L ribs. Pt quiet, partner answered for her.', 'Conveyed to Southmoor General ED.', 'Crew did not ask about DA with partner present. Injuries and history not questioned.'],
    ['referral.sent', '03/02/2022', '02:40', 'ePCR 22-118402', 'Safeguarding referral (adult)', 'Crew submitted an adult safeguarding referral on concern the injuries were not from a fall and partner was controlling.', 'Referral sent to Southmoor ASC via the referral hub.', 'Good practice. No reply to crew or trust recorded.'],
    ['incident.domestic', '19/05/2022', '23:48', 'CAD 1905-0391\nePCR 22-305117', 'Cat 2 – Assault', 'Police on scene. Anna assaulted by partner, punched to the head.\nTreated at scene for cut to eyebrow, steri-strips.', 'Refused conveyance, capacity assessed. Police aware.', 'No safeguarding referral: crew assumed police would refer.'],
    ['health.emergency', '11/08/2022', '18:20', 'CAD 1108-0266\nePCR 22-470031', 'Cat 4 – Overdose', 'Anna took approx 20 paracetamol, tearful, said "I can\'t take it any more". Partner not at home.', 'Conveyed to ED. Crew asked about safety at home: Anna disclosed partner hits her.', 'Routine enquiry made with partner absent: good practice.'],
    ['referral.sent', '11/08/2022', '19:35', 'ePCR 22-470031', 'Safeguarding referral (adult)', 'Safeguarding referral for domestic abuse with Anna\'s consent, and request for IDVA contact.', 'Referral to ASC and to the IDVA service.', ''],
    ['contact.phone', '02/10/2022', '02:05', 'CAD 0210-0019', 'Hear & Treat – Panic attack', 'Call from Mark saying Anna "having a panic attack". Clinician spoke to Anna by phone; she said she was fine and did not need anyone.', 'Self-care advice. No ambulance sent.', 'Anna could not speak freely with the caller present. Clinician did not consider DA.'],
    ['incident.domestic', '21/12/2022', '00:30', 'CAD 2112-0008\nePCR 22-781552', 'Cat 2 – Breathing problems', 'Anna short of breath. Petechiae to eyes and red marks to neck. Said Mark "held her by the neck". Police called by crew.', 'Conveyed to ED. Police attended ED.', 'Non-fatal strangulation recognised and acted on.'],
    ['info.shared', '04/01/2023', '10:00', 'SG-2023-0012', 'Information request', 'MARAC co-ordinator asked for our contacts with Anna. Safeguarding team shared the CAD and ePCR summaries from the last 12 months.', 'Shared by secure email.', ''],
    ['critical', '17/03/2023', '06:51', 'CAD 1703-0102\nePCR 23-201889', 'Cat 1 – Cardiac arrest', 'Anna found unresponsive at home by Mark. Injuries to head and neck. Resuscitation not attempted (injuries incompatible with life). Police on scene.', 'Police informed. Scene preserved.', 'Death reported as a serious incident.'],
  ],
};
