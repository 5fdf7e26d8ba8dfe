import type { CorpusFile } from '../spec';

// Development-set housing, domestic abuse service and adult social care files (held out
// 05/12/2026): a Jigsaw homelessness case action log, an IDVA service's contact records kept for
// SafeLives Insights, a Paris adult safeguarding episode report, and a housing association's
// chronology for a Safeguarding Adults Review from its Orchard tenancy records.

export const jigsawCaseActions: CorpusFile = {
  name: 'housing-jigsaw-homeless-case-actions.csv',
  agency: 'Pennington District Council Housing Options',
  kind: 'housing',
  system: 'Jigsaw (Homelessness Reduction Act case management), case actions export (CSV)',
  quirks:
    'the case reference on every row, date-times with seconds (`07/05/2024 14:32:10`), Jigsaw action names with HRA duty stages beside them (`Relief`, `Main Duty`), a household description, a next review date, a BOM',
  csv: { bom: true },
  headers: [
    'Case Ref',
    'Action Date',
    'Action',
    'Action Notes',
    'Officer',
    'Duty Stage',
    'Household',
    'Next Review',
  ],
  fields: {
    sourceRef: 'Case Ref',
    date: 'Action Date',
    type: 'Action',
    description: 'Action Notes',
    practitioner: 'Officer',
  },
  // prettier-ignore
  rows: [
    ['housing', 'HOM/24/01187', '07/05/2024 14:32:10', 'Approach', 'Sophie GRANT approached as homeless, fleeing DA from partner at 4 Hythe Row. Two children (3, 7). Staying with a friend tonight.', 'A Chowdhury', 'Prevention', 'Single female + 2 children', '08/05/2024'],
    ['risk.assessment', 'HOM/24/01187', '07/05/2024 15:05:44', 'DA Risk Assessment', 'DASH completed with client in interview room: 15 ticks, high. Partner has found her at friend\'s before.', 'A Chowdhury', 'Prevention', 'Single female + 2 children', ''],
    ['housing', 'HOM/24/01187', '07/05/2024 16:20:02', 'Relief Duty Accepted', 'Homeless on the day: relief duty accepted, s189B. Interim duty s188 also owed.', 'A Chowdhury', 'Relief', 'Single female + 2 children', '21/05/2024'],
    ['housing', 'HOM/24/01187', '07/05/2024 17:45:30', 'TA Placement – B&B', 'Placed in Station Hotel B&B, one room, shared kitchen. Out of area request declined by client (school).', 'Out of Hours', 'Relief', 'Single female + 2 children', ''],
    ['marac.referral', 'HOM/24/01187', '08/05/2024 09:15:00', 'Referral – MARAC', 'MARAC referral sent on DASH 15 and professional judgement. Client consented to IDVA.', 'A Chowdhury', 'Relief', 'Single female + 2 children', ''],
    ['contact.phone', 'HOM/24/01187', '13/05/2024 11:02:51', 'Contact', 'Tel call with client about B&B rules (visitors). Client says partner has been seen outside the hotel.', 'A Chowdhury', 'Relief', 'Single female + 2 children', ''],
    ['contact.office', 'HOM/24/01187', '21/05/2024 10:00:00', 'Appointment', 'Client attended office for PHP review. Bidding number issued, band A.', 'A Chowdhury', 'Relief', 'Single female + 2 children', '04/06/2024'],
    ['referral.sent', 'HOM/24/01187', '18/06/2024 12:30:19', 'Referral – Children\'s Services', 'Family in B&B for over 6 weeks with children. Referral to children\'s services for support (consent given).', 'A Chowdhury', 'Relief', 'Single female + 2 children', ''],
    ['contact.no-access', 'HOM/24/01187', '25/06/2024 15:40:07', 'TA Inspection', 'Room inspection: no answer, hotel staff say family not seen for two days.', 'M Fenton', 'Relief', 'Single female + 2 children', ''],
    ['housing', 'HOM/24/01187', '02/07/2024 09:50:33', 'Main Duty Decision', 's184 decision: main housing duty accepted, s193(2). Letter to client.', 'A Chowdhury', 'Main Duty', 'Single female + 2 children', ''],
    ['housing', 'HOM/24/01187', '29/07/2024 14:12:58', 'Offer of Accommodation', 'Final offer: 2-bed flat, Calder Court, via Choice Based Lettings. Accepted.', 'A Chowdhury', 'Main Duty', 'Single female + 2 children', ''],
  ],
};

export const insightsIdvaContacts: CorpusFile = {
  name: 'idva-insights-contact-records.json',
  agency: 'Kestrel Domestic Abuse Service',
  kind: 'voluntary',
  system: 'IDVA case records kept for the SafeLives Insights dataset, contacts export (JSON)',
  quirks:
    'records under `contacts` in a service object, camelCase keys, the contact mode as the type (`F2F`, `Text`, `Court`), a dotted time (`10.20`), the client reference on every row beside a contact number, a risk level at each contact',
  json: {
    wrapper: {
      service: 'Kestrel Domestic Abuse Service – IDVA team',
      dataset: 'Insights IDVA contact record',
      exported: '2026-10-30',
      cases: 1,
    },
    key: 'contacts',
  },
  headers: [
    'clientRef',
    'contactNo',
    'contactDate',
    'contactTime',
    'contactMode',
    'contactWith',
    'idva',
    'notes',
    'riskLevel',
    'actionsAgreed',
  ],
  fields: {
    sourceRef: 'contactNo',
    date: 'contactDate',
    time: 'contactTime',
    type: 'contactMode',
    subjects: 'contactWith',
    practitioner: 'idva',
    description: 'notes',
    outcome: 'actionsAgreed',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'KDA-0412', 'KDA-0412-01', '12/02/2024', '09.05', 'Referral', 'Police DA Hub', 'R Sutton', 'Referral received from police DA Hub: Priya NAIR, DASH 17 after assault by husband Vikram. Two children. Safe number given.', 'High', 'Contact within 1 working day.'],
    ['contact.message', 'KDA-0412', 'KDA-0412-02', '12/02/2024', '11.40', 'Text', 'Client', 'R Sutton', 'Safe text sent to client\'s work number introducing the service and asking her to call.', 'High', ''],
    ['idva.contact', 'KDA-0412', 'KDA-0412-03', '13/02/2024', '10.20', 'Phone', 'Client', 'R Sutton', 'First contact with Priya. Explained IDVA role. Safety planning: escape bag, 999 silent solution. Vikram still at home.', 'High', 'Meet face to face 15/02 at children\'s centre.'],
    ['risk.assessment', 'KDA-0412', 'KDA-0412-04', '15/02/2024', '13.00', 'F2F', 'Client', 'R Sutton', 'Met at Ashby children\'s centre. DASH repeated with IDVA: 18. Priya disclosed financial control and rape within the marriage.', 'High', 'Refer to MARAC. Sexual violence ISVA referral.'],
    ['marac.meeting', 'KDA-0412', 'KDA-0412-05', '29/02/2024', '10.00', 'MARAC', 'MARAC partners', 'R Sutton', 'Case heard at Pennington MARAC. IDVA presented client\'s views. Actions: police flag, housing sanctuary, CSC informed.', 'High', 'IDVA to support non-mol application.'],
    ['justice.order', 'KDA-0412', 'KDA-0412-06', '07/03/2024', '14.30', 'Court', 'Client', 'R Sutton', 'Supported Priya at family court. Non-molestation order granted without notice, return date 21/03.', 'High', 'Copy of order to police.'],
    ['info.shared', 'KDA-0412', 'KDA-0412-07', '08/03/2024', '09.30', 'Email', 'Social worker', 'R Sutton', 'Emailed SW the safety plan, MARAC actions and a copy of the non-mol order.', 'High', ''],
    ['idva.contact', 'KDA-0412', 'KDA-0412-08', '19/03/2024', '08.15', 'Phone', 'Client', 'R Sutton', 'Priya called: Vikram outside the house at 2am, banging on door. She did not call police. Advised 999 and reported the breach to OIC with consent.', 'High', 'OIC to arrest for breach.'],
    ['idva.contact', 'KDA-0412', 'KDA-0412-09', '10/04/2024', '11.00', 'F2F', 'Client', 'R Sutton', 'Review at children\'s centre. No contact from Vikram since his arrest. Risk reviewed down to medium.', 'Medium', 'Step down to outreach.'],
    ['case.close', 'KDA-0412', 'KDA-0412-10', '24/04/2024', '16.00', 'Closure', 'Client', 'R Sutton', 'Case closed to IDVA: risk reduced, client engaging with community outreach and the Freedom Programme.', 'Medium', 'Closure letter to client (safe address).'],
  ],
};

export const parisSafeguardingEpisodes: CorpusFile = {
  name: 'adults-paris-safeguarding-episodes.xlsx',
  agency: 'Wendover Vale Council Adult Social Care',
  kind: 'adult-services',
  system: 'Civica Paris (adult social care), safeguarding adults episode report to Excel',
  quirks:
    "a title block, start and end dates as real date cells (an enquiry as a span), Paris episode types (`S42 Enquiry`, `Safeguarding Concern`) beside a stage code, the adult's views under Making Safeguarding Personal, a hidden row left by someone tidying the report",
  xlsx: {
    title: [
      'PARIS – Safeguarding Adults Episode Report',
      'Client: Edith CRANE (Paris ID 77120), DOB 02/02/1940',
      'Report run 19/10/2026 14:02',
    ],
    sheet: 'Episodes',
    dateCells: [
      { header: 'Start Date', as: 'date' },
      { header: 'End Date', as: 'date' },
    ],
    hiddenRecords: [8],
  },
  headers: [
    'Episode No',
    'Start Date',
    'End Date',
    'Episode Type',
    'Stage',
    'Worker',
    'Team',
    'Notes',
    'Outcome',
    'Adult’s Views (MSP)',
  ],
  fields: {
    sourceRef: 'Episode No',
    date: 'Start Date',
    endDate: 'End Date',
    type: 'Episode Type',
    practitioner: 'Worker',
    team: 'Team',
    description: 'Notes',
    outcome: 'Outcome',
  },
  // prettier-ignore
  rows: [
    ['adult.concern', 'EP-330981', '14/03/2023', '14/03/2023', 'Safeguarding Concern', 'SC1', 'A Ngata (duty)', 'Adult Front Door', 'Concern from Brightcare home care: bruise to Edith\'s L forearm and £200 missing from her purse. Grandson Lee staying with her.', 'Screen within 2 working days.', 'Not yet asked.'],
    ['decision', 'EP-330981', '15/03/2023', '15/03/2023', 'Concern Screening', 'SC2', 'K Marsh (Practice Lead)', 'Adult Front Door', 'Screening: s42(1) criteria met (care and support needs, experiencing financial and possibly physical abuse, unable to protect herself).', 'Proceed to s42 enquiry.', ''],
    ['adult.enquiry', 'EP-331044', '16/03/2023', '27/04/2023', 'S42 Enquiry', 'EN1', 'G Ibbotson', 'Safeguarding Adults Team', 'Section 42 enquiry: financial abuse by grandson, bruising unexplained.', 'Concluded: financial abuse substantiated.', 'Wants Lee to stop taking money but not to get him in trouble.'],
    ['contact.home-visit', 'EP-331044', '20/03/2023', '20/03/2023', 'Visit', 'EN1', 'G Ibbotson', 'Safeguarding Adults Team', 'Visited Edith at home, seen alone in the kitchen. Says Lee "borrows" her bank card. Fridge almost empty.', 'Bank to be contacted with Edith\'s consent.', 'Does not want Lee to leave.'],
    ['referral.sent', 'EP-331044', '22/03/2023', '22/03/2023', 'Information Sharing', 'EN1', 'G Ibbotson', 'Safeguarding Adults Team', 'Suspected theft and fraud reported to police Economic Crime team, with Edith\'s consent.', 'Police ref 23/40981.', ''],
    ['meeting.planning', 'EP-331044', '05/04/2023', '05/04/2023', 'Safeguarding Planning Meeting', 'EN2', 'G Ibbotson', 'Safeguarding Adults Team', 'Planning meeting: SW, police, Brightcare, GP, Edith\'s daughter. Protection plan: appointee for benefits, bank card cancelled.', 'Protection plan agreed.', 'Edith attended part of the meeting.'],
    ['contact.phone', 'EP-331044', '12/04/2023', '12/04/2023', 'Contact – Telephone', 'EN2', 'G Ibbotson', 'Safeguarding Adults Team', 'Call with daughter Maureen: Lee has moved out, new bank card arrived.', '', ''],
    ['assessment.complete', 'EP-331210', '24/04/2023', '24/04/2023', 'Care Act Assessment', 'CA3', 'R Penn', 'Locality Team South', 'Needs assessment completed: eligible needs in nutrition and managing money. Care increased to 3 calls a day.', 'Care and support plan.', 'Would like to stay at home.'],
    ['case.transfer', 'EP-331044', '27/04/2023', '27/04/2023', 'Transfer', 'EN3', 'G Ibbotson', 'Safeguarding Adults Team', 'S42 closed. Case transferred to Locality Team South for review in 6 weeks.', 'Transferred.', 'Outcomes partly achieved.'],
    ['adult.concern', 'EP-333871', '09/08/2023', '09/08/2023', 'Safeguarding Concern', 'SC1', 'A Ngata (duty)', 'Adult Front Door', 'Concern from GP: Edith found on floor by carer, long lie, pressure damage to sacrum. Lee seen leaving the flat.', 'Screen within 2 working days.', ''],
  ],
};

export const orchardSarChronology: CorpusFile = {
  name: 'housing-orchard-sar-chronology.docx',
  agency: 'Castlegate Homes',
  kind: 'housing',
  system:
    "Safeguarding Adults Review combined chronology (Board Word template), a housing association's entries from Orchard Housing",
  quirks:
    'title paragraphs and a review details table, dates as a period (`Jan 2022`, `early March 2022`, `?22/06/2022`, `Summer 2022`), the Orchard action as the type, the Orchard reference in its own column, a reflection column, the table cut every 6 rows with the header repeated',
  docx: {
    title: [
      'Safeguarding Adults Review: "Mr D"',
      'Combined chronology – agency submission',
      'Agency: Castlegate Homes (housing association)',
    ],
    preface: [
      ['Review', 'SAR "Mr D", Wexcombe Safeguarding Adults Board'],
      ['Period', 'January 2022 to March 2023'],
      ['Completed by', 'Tenancy Sustainment Manager'],
      ['Date', '09/10/2026'],
    ],
    splitEvery: 6,
    footer: ['Entries are taken from Orchard Housing tenancy records and officer notes.'],
  },
  headers: [
    'Date / period',
    'Orchard ref',
    'Event / contact',
    'Detail',
    'Action agreed',
    'Reflection',
  ],
  fields: {
    date: 'Date / period',
    sourceRef: 'Orchard ref',
    type: 'Event / contact',
    description: 'Detail',
    outcome: 'Action agreed',
    analysis: 'Reflection',
  },
  // prettier-ignore
  rows: [
    ['housing', 'Jan 2022', 'ARR-22-0087', 'Arrears – Stage 1 letter', 'Rent arrears of £612. Stage 1 letter sent automatically to Mr Dennis KNOWLES (67).', 'Income officer to call.', 'Arrears were new after 20 years of clear rent: a sign something had changed.'],
    ['contact.no-access', '14/02/2022', 'GAS-22-1190', 'Gas safety check – no access', 'Contractor could not get in for the annual gas check. No reply, curtains drawn.', 'Second appointment letter.', ''],
    ['contact.home-visit', 'early March 2022', 'TEN-22-0311', 'Tenancy visit', 'Officer got in with Mr K. Home severely cluttered (clutter rating 7), no heating, bucket used as toilet. Mr K thin, says he is "fine".', 'Raise safeguarding concern. Hoarding support.', 'Good that the officer persisted. Capacity was not considered.'],
    ['referral.sent', '08/03/2022', 'SG-22-0042', 'Safeguarding concern raised', 'Safeguarding concern sent to Wexcombe ASC: self-neglect, hoarding, no heating.', 'Await ASC outcome.', 'ASC outcome was not chased for 3 months.'],
    ['housing', '?22/06/2022', 'ARR-22-0087', 'NOSP served', 'Notice of seeking possession served for arrears of £1,480.', 'Court action if no payment plan.', 'Possession action went ahead alongside the safeguarding concern without linking the two.'],
    ['contact.message', '30/06/2022', 'ARR-22-0087', 'Letter to tenant', 'Letter to Mr K explaining the NOSP and offering a money advice referral.', '', 'Letter format likely unsuitable: post was unopened at the property.'],
    ['meeting.planning', 'Summer 2022', 'SG-22-0042', 'MDT – self neglect', 'Multi-agency self-neglect meeting under the Board\'s protocol: ASC, GP, fire service, housing. Plan: fire safety visit, deep clean offer.', 'Fire service HFSV booked.', 'Mr K was not invited and his views were not recorded.'],
    ['housing', '17/11/2022', 'ARR-22-0087', 'Possession hearing', 'County court possession hearing: suspended order on terms of £5 a week.', 'Monitor payments.', ''],
    ['contact.phone', '09/01/2023', 'TEN-23-0004', 'Phone call', 'Call from Mr K\'s brother: worried, Mr K not answering the door or phone over Christmas.', 'Welfare visit tomorrow.', 'Police welfare check should have been asked for the same day.'],
    ['critical', '10/01/2023', 'TEN-23-0005', 'Death of tenant', 'Officer and police forced entry on welfare visit. Mr K found deceased in the living room.', 'Notify Board. Serious incident review.', ''],
  ],
};
