import type { CorpusFile } from '../spec';

// Held-out files of a Domestic Homicide Review (written 07/12/2026): "Leanne", 34, killed by
// her former partner in the fictional town of Harbridge, with her son of 14 in the household. A
// force's Hexagon command-and-control incident search, the acute trust's Nervecentre ED
// activity for her and for him, the NHS Talking Therapies service's iaptus appointments, the
// Probation Service's activity log from Manage a Supervision, the domestic abuse service's
// Charitylog activity report, and the housing association's DHR chronology from Aareon QL.

export const hexagonIncidents: CorpusFile = {
  name: 'police-hexagon-cad-incident-search.json',
  agency: 'Harbridge and Westmoor Police',
  kind: 'police',
  system: 'Hexagon HxGN OnCall Dispatch (command and control), incident search export (JSON)',
  quirks:
    'rows under `incidentResults` beside the search criteria, camelCase keys, ISO date-times without a zone (`2024-02-11T22:47:13`), an opening and a closing category (the closing one is what it was), grades `G1`–`G3`, an attended date-time, closure codes, call handler numbers',
  json: {
    wrapper: {
      system: 'HxGN OnCall Dispatch',
      searchType: 'Location and person',
      searchCriteria: 'Flat 3, 41 Tennyson Road, Harbridge; CARVER Leanne; HOLT Darren',
      dateRange: '01/01/2024 - 31/07/2025',
      resultCount: 10,
    },
    key: 'incidentResults',
  },
  headers: [
    'incidentNo',
    'callReceived',
    'openingCategory',
    'closingCategory',
    'grade',
    'firstAttended',
    'locationText',
    'incidentNarrative',
    'closureCode',
    'callHandler',
  ],
  fields: {
    sourceRef: 'incidentNo',
    date: 'callReceived',
    type: 'closingCategory',
    description: 'incidentNarrative',
    outcome: 'closureCode',
    practitioner: 'callHandler',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'HWP-20240211-0887', '2024-02-11T22:47:13', 'ARGUMENT / DISTURBANCE', 'DOMESTIC - VERBAL', 'G2', '2024-02-11T23:29:40', 'Flat 3, 41 Tennyson Road', 'Neighbour at Flat 4 reports a man and woman shouting and something smashing. Officers attended: CARVER Leanne and HOLT Darren arguing over money. No injuries, no offences disclosed. DASH standard. Son Kai (14) in his room.', 'DA NON-CRIME, PPN SUBMITTED', 'CH 2203'],
    ['incident.domestic', 'HWP-20240420-0143', '2024-04-20T00:38:52', '999 - ASSAULT IN PROGRESS', 'DOMESTIC - ASSAULT', 'G1', '2024-04-20T00:46:05', 'Flat 3, 41 Tennyson Road', 'Female caller screaming, line left open. Officers forced entry. CARVER with facial injuries and marks to the neck, says HOLT strangled her. HOLT arrested at the scene. Kai (14) present. Ambulance called.', 'DA CRIME RECORDED, ARREST', 'CH 1970'],
    ['justice.breach', 'HWP-20240602-1552', '2024-06-02T19:05:31', 'SUSPICIOUS PERSON', 'BREACH OF BAIL CONDITIONS', 'G2', '2024-06-02T19:40:12', 'Tennyson Road, Harbridge', 'CARVER reports HOLT sitting in a car outside her flat, contrary to his bail. HOLT found nearby and arrested for the breach.', 'ARREST - BREACH', 'CH 3012'],
    ['incident.police', 'HWP-20240815-2311', '2024-08-15T23:11:09', '999 - ABANDONED CALL', 'ABANDONED CALL - CONCERN', 'G2', '2024-08-16T00:20:44', 'Flat 3, 41 Tennyson Road', 'Silent 999 call, callback not answered. Officers attended at 0020: CARVER said she had misdialled. A male voice was heard inside; officers did not go in.', 'NFA - NO OFFENCES', 'CH 2203'],
    ['incident.domestic', 'HWP-20241030-1987', '2024-10-30T21:02:44', 'CONCERN FOR WELFARE', 'DOMESTIC - VERBAL', 'G2', '2024-10-30T22:15:00', 'Flat 3, 41 Tennyson Road', 'Call from son Kai (15): mum crying, Darren drunk and "smashing stuff". HOLT had left before police arrived. CARVER declined a DASH.', 'DA NON-CRIME, PPN SUBMITTED', 'CH 4410'],
    ['incident.police', 'HWP-20241118-0702', '2024-11-18T07:02:30', 'MISSING PERSON', 'MISSING - CHILD (LOW RISK)', 'G3', '2024-11-18T09:45:00', 'Flat 3, 41 Tennyson Road', 'CARVER reports Kai (15) not home overnight after a row with HOLT. Kai found safe at a friend\'s address at 0930.', 'FOUND - RETURN INTERVIEW REQUESTED', 'CH 1970'],
    ['incident.domestic', 'HWP-20250104-0412', '2025-01-04T11:26:18', 'HARASSMENT', 'DOMESTIC - HARASSMENT', 'G3', '2025-01-05T14:00:00', 'Harbridge (telephone report)', 'CARVER reports HOLT sending 40 or more messages a day since she ended the relationship at Christmas, and waiting outside her work. Scheduled appointment made.', 'DA CRIME RECORDED', 'CH 1970'],
    ['justice.breach', 'HWP-20250322-2240', '2025-03-22T22:40:37', '999 - BREACH OF ORDER', 'BREACH NON-MOLESTATION ORDER', 'G1', '2025-03-22T22:51:20', 'Flat 3, 41 Tennyson Road', 'CARVER reports HOLT banging on the door and shouting through the letterbox, in breach of the non-molestation order served on 19/03. HOLT gone on arrival; circulated as wanted.', 'DA CRIME RECORDED, SUSPECT OUTSTANDING', 'CH 3012'],
    ['incident.police', 'HWP-20250509-1736', '2025-05-09T17:36:55', 'CONCERN FOR SAFETY', 'MENTAL HEALTH - THREATS OF SUICIDE', 'G1', '2025-05-09T17:52:09', '8 Mill Lane, Harbridge', 'HOLT\'s brother reports HOLT threatening to hang himself because his "ex" will not see him. Officers attended; HOLT detained under s136 and taken to Harbridge General ED as the place of safety.', 'S136 - HOSPITAL', 'CH 4410'],
    ['critical', 'HWP-20250714-0031', '2025-07-14T00:31:02', '999 - SCREAMING HEARD', 'HOMICIDE', 'G1', '2025-07-14T00:39:47', 'Flat 3, 41 Tennyson Road', 'Neighbour reports screaming, then silence. Officers forced entry: CARVER unresponsive with stab wounds, CPR started, ambulance on scene 0044. HOLT detained at the scene.', 'MAJOR INCIDENT - HOMICIDE', 'CH 2203'],
  ],
};

export const nervecentreActivity: CorpusFile = {
  name: 'ed-nervecentre-activity-list.csv',
  agency: 'Harbridge University Hospitals NHS Foundation Trust',
  kind: 'health',
  system: 'Nervecentre (ED module), activity list for two patients (CSV)',
  quirks:
    'two patients in one list, arrival and departure date-times (`20/04/2024 01:12`) with the departure blank on forms, ED attendances mixed with referral forms, liaison reviews and letters, a presenting complaint beside the activity, multi-line notes, a routine-enquiry column, LF line ends',
  csv: { crlf: false },
  headers: [
    'Patient',
    'MRN',
    'Activity Ref',
    'Arrived',
    'Departed',
    'Activity',
    'Presenting Complaint',
    'Arrival Mode',
    'Clinician',
    'Notes',
    'Disposal',
    'DA Routine Enquiry',
  ],
  fields: {
    subjects: 'Patient',
    sourceRef: 'Activity Ref',
    date: 'Arrived',
    endDate: 'Departed',
    type: 'Activity',
    practitioner: 'Clinician',
    description: 'Notes',
    outcome: 'Disposal',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'CARVER, Leanne', 'H4471203', 'NC-ED-240420-0061', '20/04/2024 01:12', '20/04/2024 06:40', 'ED Attendance', 'Assault - facial injury', 'Ambulance', 'Dr P Nair (ST4)', 'Alleges assault by partner (police present).\nPeriorbital haematoma L, abrasions and petechiae to the neck: strangulation. CT head normal.', 'Home with police. Safeguarding screen done.', 'Yes - disclosed'],
    ['referral.sent', 'CARVER, Leanne', 'H4471203', 'NC-REF-240420-0007', '20/04/2024 05:55', '', 'Hospital IDVA Referral', '', '', 'S Doyle (RN)', 'Referral to the hospital IDVA with consent: non-fatal strangulation, DASH 19 (HIGH).', 'Referred. Police aware.', ''],
    ['health.emergency', 'CARVER, Leanne', 'H4471203', 'NC-ED-240903-0112', '03/09/2024 22:48', '04/09/2024 09:15', 'ED Attendance', 'Overdose - intentional', 'Self (friend)', 'Dr R Lamb (CT2)', 'Took 16 paracetamol after an argument with her partner. Level below the treatment line. Medically fit at 09:00.', 'Psychiatric liaison, then home.', 'Not asked'],
    ['assessment.complete', 'CARVER, Leanne', 'H4471203', 'NC-PL-240904-0031', '04/09/2024 08:30', '04/09/2024 09:05', 'Psych Liaison Review', '', '', 'A Mensah (MH liaison nurse)', 'Mental health assessment: impulsive overdose in the context of relationship difficulties, no ongoing intent. Declined the crisis team.', 'Discharged. GP follow-up. Talking Therapies details given.', ''],
    ['health.emergency', 'CARVER, Leanne', 'H4471203', 'NC-ED-241226-0203', '26/12/2024 14:05', '26/12/2024 17:50', 'ED Attendance', 'Hand injury', 'Self', 'ENP G Hart', 'Fracture of the base of the 5th metacarpal, left hand. Says she caught it in a car door.', 'Fracture clinic 02/01.', 'Not asked'],
    ['health.emergency', 'CARVER, Leanne', 'H4471203', 'NC-ED-250301-0054', '01/03/2025 02:30', '01/03/2025 03:15', 'ED Attendance - DNW', 'Head injury', 'Taxi', 'S Doyle (RN), triage', 'Triaged: scalp laceration, says she fell on the stairs.\nLeft before being seen by a doctor.', 'Did not wait.', 'Not asked'],
    ['info.shared', 'CARVER, Leanne', 'H4471203', 'NC-LTR-250301-0009', '01/03/2025 09:00', '', 'Discharge Letter', '', '', 'System', 'ED discharge summary sent to the GP (Brookside Surgery): head injury, did not wait.', 'Sent electronically.', ''],
    ['health.emergency', 'HOLT, Darren', 'H5520981', 'NC-ED-250509-0188', '09/05/2025 18:20', '10/05/2025 02:10', 'ED Attendance', 'Mental health - s136', 'Police', 'Dr K Obi (ED registrar)', 'Brought by police under s136 after threats to hang himself. No physical injury. Says "my ex is killing me by keeping me away".', 'Psychiatric liaison. Place of safety.', 'N/A'],
    ['assessment.complete', 'HOLT, Darren', 'H5520981', 'NC-PL-250510-0004', '10/05/2025 00:40', '10/05/2025 01:55', 'Psych Liaison Review', '', '', 'Dr F Iqbal and AMHP', 'Mental Health Act assessment: not detainable. Jealous, controlling beliefs about his ex-partner noted. s136 ended. Risk to others not explored.', 'Discharged home. Advised to see his GP.', ''],
    ['critical', 'CARVER, Leanne', 'H4471203', 'NC-ED-250714-0009', '14/07/2025 01:02', '14/07/2025 01:48', 'ED Attendance', 'Cardiac arrest - trauma', 'Ambulance (pre-alert)', 'Dr M Stone (ED consultant)', 'Multiple stab wounds. Resuscitation continued in resus. Life pronounced extinct at 01:46. Police present.', 'Deceased. Coroner.', 'N/A'],
  ],
};

export const iaptusAppointments: CorpusFile = {
  name: 'mh-iaptus-talking-therapies-contacts.json',
  agency: 'Harbridge NHS Talking Therapies',
  kind: 'health',
  system: 'iaptus (Mayden), contact history export for one patient (JSON)',
  quirks:
    'rows under `contacts` in an object with the service and export details, snake_case keys, ISO dates with the start time apart, the contact purpose as the type (`Treatment`, `Admin`, `Assessment`) while attendance and medium are columns of their own, PHQ-9 and GAD-7 scores, nulls where a contact has no score',
  json: {
    wrapper: {
      service: 'Harbridge NHS Talking Therapies',
      export_type: 'Contact history',
      patient_ref: 'HTT-20498',
      exported_at: '2026-10-09T15:22:41',
    },
    key: 'contacts',
  },
  headers: [
    'contact_id',
    'contact_date',
    'start_time',
    'contact_purpose',
    'attendance',
    'medium',
    'clinician',
    'note_text',
    'phq9',
    'gad7',
    'next_step',
  ],
  fields: {
    sourceRef: 'contact_id',
    date: 'contact_date',
    time: 'start_time',
    type: 'contact_purpose',
    practitioner: 'clinician',
    description: 'note_text',
    outcome: 'next_step',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'TT-20240514-01', '2024-05-14', '10:12', 'Referral', 'N/A', 'Online', 'Admin - B Cole', 'Self-referral through the website: low mood and anxiety for 6 months, poor sleep, "stress at home".', '', '', 'Book a triage call.'],
    ['assessment.complete', 'TT-20240528-01', '2024-05-28', '11:00', 'Assessment', 'Attended', 'Telephone', 'PWP - N Osei', 'Step 2 assessment by phone. Low mood, worry about money and her partner\'s temper. Not asked directly about domestic abuse. No thoughts of self-harm.', '16', '14', 'Step 2 guided self-help, 6 sessions.'],
    ['contact.phone', 'TT-20240611-01', '2024-06-11', '11:00', 'Treatment', 'Attended', 'Telephone', 'PWP - N Osei', 'Guided self-help session 1 (behavioural activation). Partner could be heard in the background; client ended the call early.', '15', '14', 'Session 2 on 25/06.'],
    ['contact.not-brought', 'TT-20240625-01', '2024-06-25', '11:00', 'Treatment', 'DNA', 'Telephone', 'PWP - N Osei', 'Two calls, no answer.', '', '', 'Opt-in letter.'],
    ['contact.message', 'TT-20240626-01', '2024-06-26', '09:30', 'Admin', 'N/A', 'Letter', 'PWP - N Osei', 'Opt-in letter: please contact the service within 14 days or you will be discharged.', '', '', 'Discharge if no reply by 10/07.'],
    ['case.close', 'TT-20240711-01', '2024-07-11', '16:00', 'Discharge', 'N/A', 'Letter', 'PWP - N Osei', 'Discharged: did not opt in. Letters to the client and her GP.', '', '', 'Discharged - not engaged.'],
    ['referral.received', 'TT-20250210-01', '2025-02-10', '13:45', 'Referral', 'N/A', 'GP letter', 'Admin - B Cole', 'GP referral (Brookside Surgery): anxiety and panic attacks since separating from her partner; overdose in 09/2024.', '', '', 'Step 3 assessment.'],
    ['assessment.complete', 'TT-20250224-01', '2025-02-24', '14:00', 'Assessment', 'Attended', 'Face to face', 'HI therapist - R Vance', 'Step 3 assessment. Client disclosed that her ex-partner strangled her last year and harasses her daily. Scared he will "do something".', '19', '17', 'CBT for PTSD. DA disclosure actioned.'],
    ['referral.sent', 'TT-20250224-02', '2025-02-24', '15:30', 'Admin', 'N/A', 'Email', 'HI therapist - R Vance', 'Referral to the Harbridge domestic abuse service (IDVA) with the client\'s consent. Safeguarding lead told. DASH not completed by the service.', '', '', 'Await IDVA contact.'],
    ['contact.office', 'TT-20250407-01', '2025-04-07', '14:00', 'Treatment', 'Attended', 'Face to face', 'HI therapist - R Vance', 'CBT session 1: psychoeducation about trauma. Client says a non-molestation order is in place and he has breached it.', '18', '16', 'Weekly sessions.'],
    ['contact.not-brought', 'TT-20250616-01', '2025-06-16', '14:00', 'Treatment', 'DNA', 'Face to face', 'HI therapist - R Vance', 'Did not attend session 8 although a text reminder was sent. No contact since 02/06.', '', '', 'Call the client; opt-in letter if no reply.'],
  ],
};

export const manageSupervisionLog: CorpusFile = {
  name: 'probation-manage-supervision-activity-log.xlsx',
  agency: 'The Probation Service, Harbridge and Westmoor PDU',
  kind: 'probation',
  system:
    'HMPPS Manage a Supervision, activity log copied into an Excel workbook for the DHR, with OASys entries added',
  quirks:
    'a title block, real date cells and times apart, the activity as Manage a Supervision names it (`Office appointment`, `Warning letter`, `Breach action`), a compliance column as the outcome, the practitioner merged down, a sentence sheet after the log',
  xlsx: {
    title: [
      'Probation Service - DHR information return',
      'Person on probation: HOLT, Darren   CRN X482117',
      'Compiled 06/10/2026 from Manage a Supervision, nDelius and OASys',
    ],
    sheet: 'Activity log',
    dateCells: [{ header: 'Date', as: 'date' }],
    mergeDown: ['Probation Practitioner'],
    sheetsAfter: [
      {
        name: 'Sentence',
        lines: [
          ['Sentence', 'Community order, 18 months'],
          ['Requirements', 'RAR 20 days; Building Better Relationships'],
          ['Start', '15/01/2024'],
          ['Tier', 'B3'],
        ],
      },
    ],
  },
  headers: [
    'Contact ID',
    'Date',
    'Time',
    'Activity',
    'Location',
    'Compliance',
    'Notes (summary)',
    'Probation Practitioner',
    'Flagged sensitive',
  ],
  fields: {
    sourceRef: 'Contact ID',
    date: 'Date',
    time: 'Time',
    type: 'Activity',
    outcome: 'Compliance',
    description: 'Notes (summary)',
    practitioner: 'Probation Practitioner',
  },
  // prettier-ignore
  rows: [
    ['justice', '1022391447', '15/01/2024', '14:30', 'Sentenced at court', 'Harbridge Crown Court', 'N/A', '18-month community order for ABH on a former partner (2023): RAR 20 days and the BBR programme. The pre-sentence report assessed the risk of domestic abuse as high.', 'J Okoro (PQiP)', 'N'],
    ['contact.office', '1022391690', '18/01/2024', '10:00', 'Initial appointment', 'Harbridge probation office', 'Complied', 'Induction: the order and what is expected explained. Says he is single and lives alone at 8 Mill Lane.', 'J Okoro (PQiP)', 'N'],
    ['risk.assessment', '1022392004', '07/02/2024', '09:00', 'OASys assessment', 'Office', 'N/A', 'OASys layer 3 completed: RoSH medium to known adults (future partners). Risk management plan: tell probation of new relationships; home visits.', 'J Okoro (PQiP)', 'N'],
    ['contact.home-visit', '1022392287', '20/02/2024', '15:00', 'Home visit', '8 Mill Lane', 'Complied', 'Home visit. A woman\'s coat and a teenager\'s trainers in the hall; HOLT said they were his brother\'s family\'s.', 'J Okoro (PQiP)', 'N'],
    ['info.shared', '1022393310', '22/04/2024', '08:45', 'Police notification', '', 'N/A', 'Email from the police DA unit: HOLT arrested on 20/04 for strangling his partner Leanne CARVER, now on bail. First time probation knew of the relationship.', 'J Okoro (PQiP)', 'Y'],
    ['contact.not-brought', '1022393501', '29/04/2024', '11:00', 'Office appointment', 'Harbridge probation office', 'Failed to comply - unacceptable absence', 'Did not attend. Calls not answered.', 'J Okoro (PQiP)', 'N'],
    ['contact.message', '1022393522', '30/04/2024', '09:10', 'Warning letter', '', 'N/A', 'First warning letter for the absence on 29/04.', 'J Okoro (PQiP)', 'N'],
    ['contact.office', '1022394870', '10/06/2024', '13:00', 'BBR group session', 'Harbridge probation office', 'Complied', 'BBR session 1 of 24 (group). HOLT minimised: "we just argue like any couple".', 'T Ellis (Programmes)', 'N'],
    ['justice.breach', '1022395633', '15/07/2024', '16:00', 'Breach action', '', 'N/A', 'Second unacceptable absence (BBR session 4). Breach report sent to court.', 'J Okoro (PQiP)', 'N'],
    ['justice', '1022396702', '02/09/2024', '10:00', 'Court - breach hearing', 'Harbridge Magistrates\' Court', 'N/A', 'Breach proved. Order to continue with 5 more RAR days; fined £100. Police had taken no further action on the assault on CARVER (30/06).', 'J Okoro (PQiP)', 'N'],
    ['risk.assessment', '1022398115', '18/11/2024', '10:30', 'OASys review', 'Office', 'N/A', 'Review after the breach and the arrest in April: RoSH raised to high for a known adult (CARVER). Plan: check the relationship with police monthly.', 'J Okoro (PQiP)', 'Y'],
  ],
};

export const charitylogActivity: CorpusFile = {
  name: 'idva-charitylog-client-activity.csv',
  agency: 'Harbridge Domestic Abuse Service (IDVA)',
  kind: 'voluntary',
  system: 'Charitylog (Dizions), client activity report exported to CSV',
  quirks:
    "the client number on every row and no activity id, the service's own activity types (`Referral In`, `Advocacy`, `Court support`) beside the contact method, a misspelt type, a risk level at each activity, a UTF-8 BOM",
  csv: { bom: true },
  headers: [
    'Client No',
    'Date of Activity',
    'Activity Type',
    'Contact Method',
    'Staff Member',
    'Activity Description',
    'Next Steps',
    'Risk Level at Contact',
  ],
  fields: {
    sourceRef: 'Client No',
    date: 'Date of Activity',
    type: 'Activity Type',
    practitioner: 'Staff Member',
    description: 'Activity Description',
    outcome: 'Next Steps',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'HDAS-3318', '21/04/2024', 'Referral In', 'Email', 'Referral hub - L Price', 'Police referral: DASH 19 (high) after non-fatal strangulation on 20/04. Police have also referred to MARAC. Perpetrator Darren HOLT on police bail.', 'Allocate an IDVA today.', 'High'],
    ['contact.message', 'HDAS-3318', '21/04/2024', 'Contact attempt', 'Text', 'IDVA - S Fairley', 'Safe text sent to the number police gave, introducing the service and asking her to call.', 'Try again tomorrow.', 'High'],
    ['idva.contact', 'HDAS-3318', '22/04/2024', 'Initial contact', 'Phone', 'IDVA - S Fairley', 'First contact with Leanne. Explained the IDVA role and MARAC. Safety plan: 999 silent solution, spare key, Kai\'s school aware. HOLT bailed not to contact her.', 'Meet face to face 25/04.', 'High'],
    ['risk.assessment', 'HDAS-3318', '25/04/2024', 'Risk assesment', 'Face to face', 'IDVA - S Fairley', 'DASH with the IDVA at Harbridge police station: 19 (HIGH). Disclosed sexual violence and control of money.', 'Share at MARAC 09/05.', 'High'],
    ['marac.meeting', 'HDAS-3318', '09/05/2024', 'MARAC', 'Meeting', 'IDVA - S Fairley', 'Case heard at Harbridge MARAC. Actions: police marker on the address; probation to be told (HOLT on a community order); housing to consider sanctuary.', 'IDVA to update the client.', 'High'],
    ['idva.contact', 'HDAS-3318', '14/05/2024', 'Advocacy', 'Phone', 'IDVA - S Fairley', 'Leanne says HOLT "has changed" and she wants him back; asks for the case to close. Safety plan reviewed with her.', 'Close with consent if nothing changes.', 'High'],
    ['case.close', 'HDAS-3318', '28/05/2024', 'Case closure', 'Letter', 'IDVA - S Fairley', 'Closed: client disengaged. Closure letter to a safe address. Police and the MARAC coordinator told.', 'Re-refer if there is a further incident.', 'High'],
    ['referral.received', 'HDAS-3318', '26/02/2025', 'Referral In', 'Email', 'Referral hub - L Price', 'Re-referral from Harbridge Talking Therapies: client disclosed continuing harassment by her ex-partner.', 'Allocate to the previous IDVA.', 'Not yet assessed'],
    ['risk.assessment', 'HDAS-3318', '03/03/2025', 'Risk assesment', 'Face to face', 'IDVA - S Fairley', 'DASH at Brookside Surgery: 14 ticks; high on professional judgement (strangulation history, separation, harassment, his threats of suicide).', 'MARAC referral; non-mol application.', 'High'],
    ['marac.referral', 'HDAS-3318', '04/03/2025', 'MARAC', 'Email', 'IDVA - S Fairley', 'Repeat MARAC referral sent to the coordinator (last heard 09/05/2024).', 'Listed for 27/03/2025.', 'High'],
    ['justice.order', 'HDAS-3318', '18/03/2025', 'Court support', 'Face to face', 'IDVA - S Fairley', 'Supported Leanne at Harbridge Family Court: non-molestation order granted without notice for 12 months; police to serve it on HOLT.', 'Copy to police and housing.', 'High'],
    ['marac.meeting', 'HDAS-3318', '27/03/2025', 'MARAC', 'Meeting', 'IDVA - S Fairley', 'Repeat MARAC. Actions: police to pursue the breach of 22/03; housing to speed up the transfer. Probation sent apologies.', 'Review in 4 weeks.', 'High'],
  ],
};

export const qlDhrChronology: CorpusFile = {
  name: 'housing-ql-dhr-agency-chronology.docx',
  agency: 'Harbridge Homes',
  kind: 'housing',
  system:
    "Domestic Homicide Review agency chronology (the community safety partnership's Word template), a housing association's entries from Aareon QL",
  quirks:
    'title paragraphs, a details table and a signed declaration, dates as `March 2024`, `w/c 28/10/2024`, `Dec 2024` and in full, the QL module and reference in one column, the type of contact as QL names it, the people involved, a hindsight comment column, the table cut every 4 rows with the header repeated',
  docx: {
    title: [
      'Harbridge Community Safety Partnership',
      'Domestic Homicide Review: "Leanne"',
      'Agency chronology - Harbridge Homes',
    ],
    preface: [
      ['Agency', 'Harbridge Homes (housing association)'],
      ['Author', 'Head of Tenancy Services'],
      ['Records searched', 'Aareon QL (tenancy, ASB, rent and repairs modules); officer emails'],
      ['Period', '01/01/2024 to 14/07/2025'],
    ],
    splitEvery: 4,
    footer: [
      "I confirm this chronology is a true record of the agency's involvement.",
      'Signed: Head of Tenancy Services    Date: 02/10/2026',
    ],
  },
  headers: [
    'Date of contact',
    'QL module / reference',
    'Type of contact',
    'Summary of contact',
    'People involved',
    'Outcome / action',
    'Comment with hindsight',
  ],
  fields: {
    date: 'Date of contact',
    sourceRef: 'QL module / reference',
    type: 'Type of contact',
    description: 'Summary of contact',
    subjects: 'People involved',
    outcome: 'Outcome / action',
    analysis: 'Comment with hindsight',
  },
  // prettier-ignore
  rows: [
    ['housing', 'March 2024', 'TEN / T-41TR-03', 'New tenancy', 'Leanne CARVER signed up for a 2-bed flat at 41 Tennyson Road as sole tenant, moving from private rented. Household: Leanne and Kai (14).', 'Leanne, Kai', 'Starter tenancy, 12 months.', 'Nobody asked about domestic abuse at sign-up, though the previous landlord\'s reference mentioned police visits.'],
    ['housing', '22/04/2024', 'REP / 884102', 'Repair - emergency', 'Front door frame split and lock broken "by police forcing entry". Made safe the same day.', 'Leanne', 'Recharge waived.', 'The repair note recorded police forcing entry; nobody asked why.'],
    ['housing', 'w/c 28/10/2024', 'ASB / ASB-24-0611', 'ASB report', 'Neighbour at Flat 4 reported repeated shouting and banging from Flat 3, and "a man smashing things".', 'Neighbour (complainant); Leanne (alleged perpetrator)', 'ASB case opened against the tenant.', 'The report described domestic abuse and was treated as noise.'],
    ['contact.home-visit', '05/11/2024', 'ASB / ASB-24-0611', 'Home visit', 'Housing officer visited Leanne about the complaint. She said it was her ex-partner who "kicks off" and that he no longer lives there.\nLeaflet for the domestic abuse service left.', 'Leanne', 'Acceptable behaviour agreement discussed.', 'No risk assessment and no referral to the IDVA service or MARAC.'],
    ['contact.message', '12/11/2024', 'ASB / ASB-24-0611', 'Letter', 'Warning letter to Leanne: further noise could breach her starter tenancy.', 'Leanne', 'ASB case closed 10/12/2024.', 'A victim of domestic abuse was warned about her tenancy.'],
    ['housing', 'Dec 2024', 'RENT / T-41TR-03', 'Arrears stage 1', 'Rent arrears of £640 after a change in Universal Credit. Automated stage 1 letter.', 'Leanne', 'Income officer to call.', ''],
    ['housing', '22/01/2025', 'TEN / T-41TR-03', 'Transfer application', 'Leanne asked for a management transfer: her ex-partner knows where she lives and harasses her.', 'Leanne, Kai', 'Application registered; band B pending evidence.', 'Evidence was asked of the victim; police were not contacted.'],
    ['info.shared', '31/03/2025', 'ASB / MARAC-25-0142', 'MARAC action', 'MARAC action received by email: consider sanctuary measures and speed up the transfer.', 'MARAC coordinator', 'Sanctuary referral raised.', 'The first time the association knew of MARAC involvement.'],
    ['housing', '16/04/2025', 'REP / 901337', 'Sanctuary works', 'Sanctuary measures fitted: door viewer, reinforced door, window locks.', 'Leanne', 'Completed.', ''],
    ['contact.no-access', '20/05/2025', 'REP / 905560', 'Gas safety - no access', 'Gas engineer could not get in for the annual service. Second appointment letter sent.', 'Leanne', 'Rebook.', ''],
    ['housing', '10/06/2025', 'TEN / T-41TR-03', 'Transfer - band awarded', 'Management transfer approved, band A (urgent). Waiting for a suitable property.', 'Leanne, Kai', 'Bidding enabled.', 'Five months after the application.'],
  ],
};
