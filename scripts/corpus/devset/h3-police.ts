import type { CorpusFile } from '../spec';

// Development-set police files (held out 05/12/2026): a Guardian public protection notice register
// (one row per PPN or risk form, with the occurrence date beside the date it was submitted), and
// the forms an officer submitted from Pronto, the mobile notebook, as a reporting extract.

export const guardianPpnRegister: CorpusFile = {
  name: 'police-guardian-ppn-register.csv',
  agency: 'Castlemere Police',
  kind: 'police',
  system: 'Guardian public protection notice (PPN) register, CSV export',
  quirks:
    'PPN category as the type with a sub-category beside it, `2310hrs` times apart from the occurrence date, a "Date Submitted" date-time that is not the event date, collar numbers with surnames in capitals, linked persons with roles in brackets, two blank trailing columns',
  csv: { trailingBlankColumns: 2 },
  headers: [
    'PPN No.',
    'Occ Date',
    'Occ Time',
    'PPN Category',
    'Sub-Category',
    'Officer (Coll. No.)',
    'Persons Linked',
    'Rationale / Circumstances',
    'Risk',
    'Referred To',
    'Date Submitted',
  ],
  fields: {
    sourceRef: 'PPN No.',
    date: 'Occ Date',
    time: 'Occ Time',
    type: 'PPN Category',
    practitioner: 'Officer (Coll. No.)',
    subjects: 'Persons Linked',
    description: 'Rationale / Circumstances',
    outcome: 'Referred To',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'PPN/24/004417', '06/01/2024', '2310hrs', 'Domestic Abuse', 'Verbal – no offences', 'PC 4471 HALE', 'Jade WINTERS (IP); Connor PRICE (SUSP); Lily WINTERS (4)', 'Call from IP\'s mother who heard shouting on the phone. On arrival IP tearful, PRICE had left. No injuries seen. Lily asleep upstairs, checked by officers.', 'STANDARD', 'MASH; DA Hub', '07/01/2024 09:12'],
    ['risk.assessment', 'PPN/24/004418', '07/01/2024', '0020hrs', 'DASH', 'DASH RIC', 'PC 4471 HALE', 'Jade WINTERS (IP)', 'DASH completed at scene, 9 yes answers. IP declined Qs 18-20. Raised to MEDIUM on professional judgement, jealous and controlling behaviour disclosed.', 'MEDIUM', 'DA Hub', '07/01/2024 09:15'],
    ['referral.sent', 'PPN/24/006102', '19/01/2024', '1545hrs', 'Child Concern', 'Neglect', 'PC 2290 OSEI', 'Lily WINTERS (4); Jade WINTERS (mother)', 'Attended on concern for welfare. Flat cold, no food in fridge, dog faeces on kitchen floor, Lily in a nappy only. Mother appeared under the influence. PPN to MASH for CSC review.', 'HIGH', 'MASH', '19/01/2024 18:02'],
    ['incident.police', 'PPN/24/007730', '27/01/2024', '0210hrs', 'Missing Person', 'MFH – medium risk', 'PS 1187 DARBY', 'Tyler WINTERS (15)', 'Reported missing by mother at 0130hrs. Located 0210hrs at Harrowby bus station with two older males. Returned home by officers.', 'MEDIUM', 'MASH; Missing Team (RHI)', '27/01/2024 07:40'],
    ['incident.domestic', 'PPN/24/009954', '10/02/2024', '2135hrs', 'Domestic Abuse', 'Physical – ABH', 'PC 3318 BRIGGS', 'Jade WINTERS (IP); Connor PRICE (SUSP); Lily (4); Tyler (15)', '999 call from Tyler. PRICE punched IP in the face and pulled her by the hair in front of both children. Cut lip and swelling seen. PRICE arrested at scene.', 'HIGH', 'MASH; DA Hub; MARAC', '11/02/2024 01:14'],
    ['marac.referral', 'PPN/24/009961', '11/02/2024', '0930hrs', 'MARAC', 'Referral – DASH 19', 'DC 0562 FENWICK', 'Jade WINTERS (IP)', 'DASH 19/24. MARAC referral form sent to Castlemere MARAC co-ordinator. IP consented to IDVA referral.', 'HIGH', 'MARAC; IDVA', '11/02/2024 09:44'],
    ['justice.order', 'PPN/24/009990', '12/02/2024', '1600hrs', 'Domestic Abuse', 'DVPN', 'Insp 0088 KERR', 'Connor PRICE (PERP); Jade WINTERS (IP)', 'IP not supporting a prosecution. DVPN authorised by Supt and served on PRICE on release: not to attend 22 Linnet Way for 48hrs. DVPO application to magistrates.', 'HIGH', 'DA Hub; MASH', '12/02/2024 16:30'],
    ['justice.breach', 'PPN/24/011204', '24/02/2024', '2250hrs', 'Domestic Abuse', 'Breach of DVPO', 'PC 4471 HALE', 'Connor PRICE (PERP); Jade WINTERS (IP); Lily (4)', 'PRICE found inside the address in breach of the DVPO granted 14/02. IP says she let him in to see Lily. Arrested for the breach.', 'HIGH', 'MASH; DA Hub', '25/02/2024 02:05'],
    ['referral.sent', 'PPN/24/012877', '06/03/2024', '1120hrs', 'Adult at Risk', 'Self neglect / exploitation', 'PC 2290 OSEI', 'Margaret WINTERS (71)', 'Grandmother\'s flat used by Tyler\'s associates, cuckooing suspected. Mrs WINTERS confused and unkempt, says "the boys look after me". Adult PPN to ASC front door.', 'MEDIUM', 'Adult Social Care', '06/03/2024 14:20'],
    ['disclosure', 'PPN/24/013540', '15/03/2024', '1400hrs', 'DVDS', 'Right to Know', 'DS 0771 MALIK', 'Jade WINTERS (IP); Connor PRICE (PERP)', 'Clare\'s Law disclosure made to IP at Castlemere station about PRICE\'s DA convictions against two former partners. IDVA present.', 'HIGH', 'IDVA', '15/03/2024 16:55'],
  ],
};

export const prontoSubmissions: CorpusFile = {
  name: 'police-pronto-submitted-forms.json',
  agency: 'Northfold Police',
  kind: 'police',
  system: 'Pronto mobile notebook, submitted forms by person (reporting extract, JSON)',
  quirks:
    'records under `items` in a report object, PascalCase keys, ISO date-times in one key with a later submitted date-time beside it, Pronto form names as the type (a terse `Notebook Entry` whose narrative says what happened), shoulder numbers only, a linked occurrence number',
  json: {
    wrapper: {
      Report: 'Pronto – Submitted Items by Person',
      Person: 'ROWE, Sian (DOB 11/09/1997)',
      Generated: '2026-10-28T08:14:00',
      RequestedBy: 'DHR panel, Lowbridge Community Safety Partnership',
      ItemCount: 10,
    },
    key: 'Items',
  },
  headers: [
    'ItemId',
    'FormName',
    'EventDateTime',
    'SubmittedDateTime',
    'ShoulderNo',
    'Location',
    'PersonsPresent',
    'Narrative',
    'ActionsTaken',
    'LinkedOccurrence',
  ],
  fields: {
    sourceRef: 'ItemId',
    type: 'FormName',
    date: 'EventDateTime',
    practitioner: 'ShoulderNo',
    subjects: 'PersonsPresent',
    description: 'Narrative',
    outcome: 'ActionsTaken',
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'PR-0881245', 'Domestic Abuse Stage 1', '2023-08-04T21:47:00', '2023-08-05T00:31:12', '2871', '9 Weir Cottages, Lowbridge', 'Sian ROWE (V), Darren KEYS (S), Mason ROWE (2)', 'Attended after 999 from V. V states KEYS threw a mug at her and kicked in the bedroom door. Redness to L forearm. Child in cot in the same room. KEYS gone on arrival.', 'Crime raised (common assault, crim damage). DASH. CCTN.', 'NF/23/118830'],
    ['risk.assessment', 'PR-0881251', 'DASH Risk Assessment', '2023-08-04T22:20:00', '2023-08-05T00:33:40', '2871', '9 Weir Cottages, Lowbridge', 'Sian ROWE (V)', 'DASH 12 ticks – MEDIUM. V 14 weeks pregnant. Threats to kill by text last week, screenshots seen.', 'Supervisor to review grading.', 'NF/23/118830'],
    ['referral.sent', 'PR-0881260', 'Child Coming to Notice', '2023-08-05T00:10:00', '2023-08-05T00:40:02', '2871', '9 Weir Cottages, Lowbridge', 'Mason ROWE (2)', 'Child present during DA incident, in cot in room where mug thrown. Form sent to Northfold MASH.', 'MASH to review.', 'NF/23/118830'],
    ['contact.phone', 'PR-0883007', 'Notebook Entry', '2023-08-06T10:15:00', '2023-08-06T10:32:51', '3304', 'Lowbridge Police Station (phone)', 'Sian ROWE (V)', 'V rang 101 asking for OIC. Told me she will not give a statement and that KEYS has moved back in "for the baby".', 'OIC updated. Evidence-led options to be considered.', 'NF/23/118830'],
    ['intelligence', 'PR-0890114', 'Intelligence Submission', '2023-08-19T13:00:00', '2023-08-19T15:26:09', '3304', 'Lowbridge', 'Darren KEYS', 'Source reports KEYS dealing cannabis from Weir Cottages and that V was seen at the Spar with a black eye last week. Graded 3/B/2 (old 5x5x5: B2).', 'Submitted to DA Hub and local team.', ''],
    ['incident.police', 'PR-0893388', 'Stop & Search Record', '2023-09-02T16:40:00', '2023-09-02T17:05:44', '1958', 'A38 layby, Lowbridge', 'Darren KEYS', 'KEYS stopped driving VW Golf. Searched s23 MDA, small qty of cannabis found. Community resolution.', 'CR issued.', 'NF/23/131402'],
    ['incident.domestic', 'PR-0899871', 'Notebook Entry', '2023-09-23T23:05:00', '2023-09-24T03:12:30', '2871', '9 Weir Cottages, Lowbridge', 'Sian ROWE (V), Darren KEYS (S), Mason ROWE (2)', 'Neighbour reported screaming. V said "just a row", refused DASH. KEYS calm and compliant. Mason awake and crying. Fresh scratch to V\'s neck.', 'Refused DASH, assessed HIGH on prof judgement. KEYS arrested.', 'NF/23/140077'],
    ['marac.referral', 'PR-0899902', 'MARAC Referral', '2023-09-24T09:00:00', '2023-09-24T09:41:18', '0412', 'Lowbridge Police Station', 'Sian ROWE (V)', 'Referred to Lowbridge MARAC on professional judgement: escalation, pregnancy, threats to kill.', 'Listed for MARAC 05/10.', 'NF/23/140077'],
    ['contact.home-visit', 'PR-0900458', 'Victim Needs Assessment', '2023-09-26T14:30:00', '2023-09-26T16:02:10', '0412', '9 Weir Cottages, Lowbridge', 'Sian ROWE (V), IDVA', 'Visited V at home with the IDVA. Safety plan, panic alarm fitted, target hardening referral done. V says she wants KEYS out.', 'VCOP needs recorded: enhanced.', 'NF/23/140077'],
    ['justice', 'PR-0901200', 'Charge Record', '2023-09-27T11:20:00', '2023-09-27T12:00:31', '0412', 'Lowbridge custody', 'Darren KEYS', 'KEYS charged with assault by beating and criminal damage (23/09). Remanded in custody to appear at Lowbridge Magistrates 28/09.', 'Victim informed of charge by phone.', 'NF/23/140077'],
  ],
};
