import { triggerOf, type CaseDefinition } from '../case-spec';
import type { CorpusFile } from '../spec';

// An English Domestic Homicide Review (fictional): Donna, 44, killed by her partner Craig, 47,
// on 18/11/2023. Craig had abused a former partner (Julie) in 2022 and was under probation
// supervision when he met Donna. Six agencies. The gaps are those a DHR would criticise, held
// against SafeLives MARAC/IDVA guidance, HMPPS risk practice, NICE PH50 routine enquiry and
// the DAHA housing standards; written from practice, not from any rules file in the code.

const police: CorpusFile = {
  name: 'police-athena.xlsx',
  agency: 'Marlshire Police',
  kind: 'police',
  system: 'Athena occurrence summary exported to Excel for the DHR',
  quirks:
    'Title block, merged title, date-time cells, "Entry Date" beside the event, a hidden "Linked Occurrence" column',
  headers: [
    'Occurrence',
    'Date/Time',
    'Type',
    'Victim / Subject',
    'Summary',
    'Result',
    'OIC',
    'Linked Occurrence',
    'Entry Date',
  ],
  fields: {
    sourceRef: 'Occurrence',
    date: 'Date/Time',
    type: 'Type',
    subjects: 'Victim / Subject',
    description: 'Summary',
    outcome: 'Result',
    practitioner: 'OIC',
  },
  xlsx: {
    title: [
      'Marlshire Police – DHR Chronology (Athena extract)',
      'DHR: Donna (2023)',
      'OFFICIAL-SENSITIVE',
    ],
    sheet: 'Chronology',
    dateCells: [
      { header: 'Date/Time', as: 'datetime' },
      { header: 'Entry Date', as: 'date' },
    ],
    hiddenColumns: ['Linked Occurrence'],
  },
  // prettier-ignore
  rows: [
    ['incident.domestic', 'MP-22-01771', '12/02/2022 23:40', 'Domestic Abuse - Assault', 'Julie (ex-partner); Craig', 'Craig punched Julie and held her by the throat. Craig arrested.', 'Arrest. DASH.', 'PC 1402', '', '13/02/2022'],
    ['risk.assessment', 'MP-22-01771-D', '13/02/2022 01:30', 'DASH', 'Julie', 'DASH 17 ticks, non-fatal strangulation: HIGH.', 'MARAC referral required.', 'PC 1402', 'MP-22-01771', '13/02/2022'],
    ['justice', 'MP-22-01771-C', '13/02/2022 18:00', 'Charge', 'Craig', 'Charged with assault by beating and intentional strangulation.', 'Bail with conditions.', 'DS 0881', 'MP-22-01771', '13/02/2022'],
    ['marac.referral', 'MP-22-01771-M', '17/02/2022 11:00', 'MARAC Referral', 'Julie', 'MARAC referral submitted by the DA unit.', 'MARAC 03/03/2022.', 'DS 0881', 'MP-22-01771', '17/02/2022'],
    ['marac.meeting', 'MP-22-MARAC-0303', '03/03/2022 10:00', 'MARAC', 'Julie', 'Case heard at MARAC.', 'Actions: flag address, IDVA support.', 'DS 0881', '', '03/03/2022'],
    ['justice', 'MP-22-01771-R', '10/05/2022 14:00', 'Court Result', 'Craig', 'Guilty plea to assault by beating: community order, 24 months, with probation supervision and a DA programme. Strangulation charge dropped.', 'Restraining order (Julie) 2 years.', 'DS 0881', 'MP-22-01771', '11/05/2022'],
    ['incident.domestic', 'MP-23-00602', '20/01/2023 22:05', 'Domestic Abuse - Verbal', 'Donna; Craig', 'Neighbour call: shouting at Donna’s flat. Donna said argument only. Craig arrested after being abusive to officers.', 'Arrest (public order). DASH medium (11).', 'PC 2277', '', '21/01/2023'],
    ['incident.police', 'MP-23-00602-A', '20/01/2023 22:40', 'Arrest', 'Craig', 'Craig arrested: public order. Released without charge next day.', 'NFA.', 'PC 2277', 'MP-23-00602', '21/01/2023'],
    ['disclosure', 'MP-23-04410', '11/07/2023 15:00', 'DVDS - Right to Ask', 'Donna', 'Donna’s sister applied under Right to Ask.', 'Panel to consider.', 'DC 0309', '', '11/07/2023'],
    ['incident.domestic', 'MP-23-05532', '29/08/2023 01:15', 'Domestic Abuse - Assault', 'Donna; Craig', 'Donna found with facial injuries in street. Craig left. DASH HIGH (15).', 'MARAC referral same day. Craig wanted.', 'PC 1402', '', '29/08/2023'],
    ['marac.referral', 'MP-23-05532-M', '29/08/2023 10:30', 'MARAC Referral', 'Donna', 'MARAC referral submitted.', 'MARAC 14/09/2023.', 'DS 0881', 'MP-23-05532', '29/08/2023'],
    ['critical', 'MP-23-07788', '18/11/2023 02:20', 'Homicide', 'Donna; Craig', 'Donna found dead at her flat. Craig arrested for murder.', 'Homicide investigation.', 'DCI 0010', '', '18/11/2023'],
  ],
};

const probation: CorpusFile = {
  name: 'probation-ndelius.csv',
  agency: 'Probation Service – Marlshire PDU',
  kind: 'probation',
  system: 'nDelius contact log export',
  quirks: 'nDelius contact types, start/end times, outcome and enforcement columns, contact ids',
  headers: [
    'Contact ID',
    'Contact Date',
    'Start',
    'End',
    'Contact Type',
    'Outcome',
    'Officer',
    'Notes',
  ],
  fields: {
    sourceRef: 'Contact ID',
    date: 'Contact Date',
    time: 'Start',
    endTime: 'End',
    type: 'Contact Type',
    outcome: 'Outcome',
    practitioner: 'Officer',
    description: 'Notes',
  },
  // prettier-ignore
  rows: [
    ['contact.office', '3300101', '16/05/2022', '10:00', '10:45', 'Initial Appointment', 'Attended - Complied', 'PP R Lowe', 'Induction. Restraining order explained.'],
    ['risk.assessment', '3300140', '30/05/2022', '', '', 'OASys Assessment - Initial', 'Completed', 'PP R Lowe', 'RoSH high to known adult (Julie). Risk management plan.'],
    ['contact.office', '3300322', '27/06/2022', '14:00', '14:40', 'Planned Office Visit', 'Attended - Complied', 'PP R Lowe', 'Started DA programme pre-work.'],
    ['contact.office', '3301877', '14/09/2022', '11:00', '11:30', 'Planned Office Visit', 'Attended - Complied', 'PP R Lowe', 'Craig says he has "met someone", Donna, and is staying at her flat some nights. PP noted it.'],
    ['contact.not-brought', '3302060', '12/10/2022', '11:00', '', 'Failed to Attend', 'Acceptable absence', 'PP R Lowe', 'Said he was ill.'],
    ['contact.office', '3302455', '09/11/2022', '10:00', '10:30', 'Planned Office Visit', 'Attended - Complied', 'PP R Lowe', 'Relationship with Donna "going well". No home visit to her address.'],
    ['info.shared', '3303101', '23/01/2023', '', '', 'Police Information Received', 'Information received', 'PP R Lowe', 'Police notification: arrested 20/01 at Donna’s flat after DA call.'],
    ['contact.office', '3303140', '25/01/2023', '14:00', '14:20', 'Planned Office Visit', 'Attended - Complied', 'PP R Lowe', 'Discussed arrest; Craig says police "overreacted".'],
    ['risk.assessment', '3304500', '15/05/2023', '', '', 'OASys Review', 'Completed', 'PP R Lowe', 'Annual review: RoSH medium. New relationship noted.'],
    ['justice', '3306611', '09/11/2023', '', '', 'Order Terminated', 'Completed', 'PP R Lowe', 'Community order ended.'],
  ],
};

const gp: CorpusFile = {
  name: 'gp-imr.docx',
  agency: 'Castle Street Surgery',
  kind: 'health',
  system: 'GP IMR chronology in the community safety partnership’s Word DHR template',
  quirks:
    'DHR template with a cover table, header row repeated across pages, several paragraphs per cell, IMR comment column',
  headers: [
    'Date',
    'Source ref',
    'Contact type',
    'Practitioner',
    'Details',
    'Action / outcome',
    'IMR author comment',
  ],
  fields: {
    date: 'Date',
    sourceRef: 'Source ref',
    type: 'Contact type',
    practitioner: 'Practitioner',
    description: 'Details',
    outcome: 'Action / outcome',
    analysis: 'IMR author comment',
  },
  docx: {
    title: [
      'Marlshire Community Safety Partnership – Domestic Homicide Review',
      'IMR chronology: Castle Street Surgery (GP for Donna)',
    ],
    preface: [
      ['Period', '01/01/2022 – 18/11/2023'],
      ['Author', 'Named GP, Marlshire ICB'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['contact.office', '14/03/2022', 'CS-1001', 'Face to face', 'Dr N Shah', 'Donna: menopause symptoms.', 'HRT.', ''],
    ['contact.phone', '02/11/2022', 'CS-1002', 'Telephone', 'Dr N Shah', 'Poor sleep, "new relationship, bit intense".', 'Sleep hygiene.', 'A cue that could have prompted enquiry.'],
    ['info.shared', '08/03/2023', 'CS-1003', 'ED letter', 'Admin', 'ED discharge letter: facial injury 05/03, "walked into door".', 'Filed.', 'Not read by a GP.'],
    ['incident.injury', '10/03/2023', 'CS-1004', 'Face to face', 'Dr L Grant', 'Anxiety, tearful. Bruising to forearms seen.\nDonna said Craig "has a temper when he drinks".', 'Sertraline. Review 4 weeks.', 'A disclosure of domestic abuse: no DASH, no referral to MARAC or IDVA, no record of a decision.'],
    ['contact.not-brought', '07/04/2023', 'CS-1005', 'DNA', 'Dr L Grant', 'Did not attend mood review.', 'No follow-up.', ''],
    ['info.shared', '05/07/2023', 'CS-1006', 'ED letter', 'Admin', 'ED letter: rib fractures after fall 02/07.', 'Filed.', 'Second injury not linked to the first.'],
    ['info.shared', '15/09/2023', 'CS-1007', 'MARAC notification', 'Admin', 'MARAC: Donna discussed 14/09. GP to flag records.', 'Flag added.', ''],
    ['contact.phone', '16/10/2023', 'CS-1008', 'Telephone', 'Dr L Grant', 'Repeat sertraline. Donna said things "better now".', 'Issued.', 'No enquiry despite MARAC flag.'],
  ],
};

const hospital: CorpusFile = {
  name: 'hospital-ed.json',
  agency: 'Marlshire University Hospital (Emergency Department)',
  kind: 'health',
  system: 'ED attendance extract (snake_case JSON)',
  quirks:
    'snake_case keys, arrival and departure date-times, a routine enquiry Y/N key, attendance ids',
  headers: [
    'attendance_id',
    'arrival',
    'departure',
    'attendance_type',
    'complaint',
    'clinician',
    'notes',
    'outcome',
    'routine_enquiry_done',
  ],
  fields: {
    sourceRef: 'attendance_id',
    date: 'arrival',
    endDate: 'departure',
    type: 'attendance_type',
    practitioner: 'clinician',
    description: 'notes',
    outcome: 'outcome',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'ED-23-011502', '2023-03-05 21:40', '2023-03-06 01:10', 'ED attendance', 'Facial injury', 'Dr P Webb', 'Donna: bruising and swelling to left cheek, "walked into a door". Partner waiting in reception.', 'Discharged. GP letter.', 'N'],
    ['health.emergency', 'ED-23-037711', '2023-07-02 14:15', '2023-07-02 19:30', 'ED attendance', 'Chest wall pain', 'Dr F Ali', 'Donna: two rib fractures after "fall on stairs". Old bruising to arms. Partner present.', 'Analgesia. Discharged.', 'N'],
    ['health.emergency', 'ED-23-048090', '2023-08-29 02:05', '2023-08-29 07:40', 'ED attendance', 'Assault', 'Dr P Webb', 'Brought by police after assault by partner. Facial fractures.', 'Maxillofacial referral.', 'Y'],
    ['risk.assessment', 'ED-23-048090-S', '2023-08-29 06:00', '', 'Safeguarding', 'DASH', 'ED SG nurse', 'DASH completed: high. Police already referring to MARAC.', 'IDVA referral with consent.', 'Y'],
    ['referral.sent', 'ED-23-048090-I', '2023-08-29 06:30', '', 'Safeguarding', 'Referral', 'ED SG nurse', 'Referral to hospital IDVA.', '', 'Y'],
    ['contact.not-brought', 'ED-23-049900', '2023-09-06 09:00', '', 'Clinic', 'Maxfax follow-up', 'Maxfax clinic', 'Did not attend.', 'Letter.', 'N'],
    ['health.emergency', 'ED-23-061170', '2023-10-21 23:30', '2023-10-22 03:00', 'Minors', 'Hand injury', 'ENP R Cole', 'Donna: cut hand "on a broken glass". MARAC flag on record not seen.', 'Glued. Discharged.', 'N'],
    ['critical', 'ED-23-070001', '2023-11-18 02:50', '', 'ED attendance', 'Cardiac arrest', 'Resus team', 'Brought by ambulance in cardiac arrest; life pronounced extinct 03:22.', 'Coroner and police.', 'N'],
  ],
};

const idva: CorpusFile = {
  name: 'idva-service-log.xlsx',
  agency: 'Marlshire Domestic Abuse Service',
  kind: 'voluntary',
  system: 'IDVA casework log exported to Excel',
  quirks:
    'Title block, client code on every row, "Contact Method" as the type, a risk column, real date cells',
  headers: [
    'Client',
    'Date',
    'Time',
    'Contact Method',
    'Risk',
    'IDVA',
    'Note',
    'Next Steps',
    'Log Ref',
  ],
  fields: {
    subjects: 'Client',
    date: 'Date',
    time: 'Time',
    type: 'Contact Method',
    practitioner: 'IDVA',
    description: 'Note',
    outcome: 'Next Steps',
    sourceRef: 'Log Ref',
  },
  xlsx: {
    title: ['MDAS – IDVA Casework Chronology', 'For DHR panel – OFFICIAL-SENSITIVE'],
    sheet: 'IDVA log',
    dateCells: [{ header: 'Date', as: 'date' }],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'Julie (J1)', '17/02/2022', '14:00', 'Referral received', 'High', 'IDVA Team', 'MARAC referral from police: DASH 17, strangulation.', 'Allocate.', 'ID-2201'],
    ['idva.contact', 'Julie (J1)', '25/02/2022', '10:30', 'Telephone', 'High', 'IDVA M Cole', 'First contact with Julie. Safety planning. Apologised for delay (caseload).', 'Attend MARAC for Julie.', 'ID-2202'],
    ['marac.meeting', 'Julie (J1)', '03/03/2022', '10:00', 'MARAC', 'High', 'IDVA M Cole', 'MARAC: restraining order to be sought at sentence.', '', 'ID-2203'],
    ['case.close', 'Julie (J1)', '30/06/2022', '', 'Case closure', 'Medium', 'IDVA M Cole', 'Restraining order in place; Julie moved area.', 'Closed.', 'ID-2204'],
    ['referral.received', 'Donna (D1)', '29/08/2023', '11:00', 'Referral received', 'High', 'IDVA Team', 'MARAC referral and hospital IDVA referral for Donna.', 'Allocate.', 'ID-2301'],
    ['idva.contact', 'Donna (D1)', '30/08/2023', '15:00', 'Face to face', 'High', 'Hospital IDVA S Park', 'Seen on ward. Donna frightened, says Craig will "find her". Safety plan.', 'Non-mol discussed.', 'ID-2302'],
    ['marac.meeting', 'Donna (D1)', '14/09/2023', '10:00', 'MARAC', 'High', 'IDVA M Cole', 'MARAC heard Donna’s case. Craig’s probation supervision noted.', 'Target hardening.', 'ID-2303'],
    ['contact.no-access', 'Donna (D1)', '03/10/2023', '12:00', 'Attempted contact', 'High', 'IDVA M Cole', 'Two calls unanswered.', 'Try again.', 'ID-2304'],
    ['case.close', 'Donna (D1)', '20/10/2023', '', 'Case closure', 'High', 'IDVA M Cole', 'Donna said by text she is "fine" and does not want support.', 'Closed; MARAC informed.', 'ID-2305'],
  ],
};

const housing: CorpusFile = {
  name: 'housing-asb-log.csv',
  agency: 'Marlshire Homes',
  kind: 'housing',
  system: 'Housing management ASB and tenancy log (CSV)',
  quirks: 'Case type and action columns, officer initials, a "Logged" date beside the action date',
  headers: ['Ref', 'Action Date', 'Case Type', 'Action', 'Officer', 'Details', 'Logged'],
  fields: {
    sourceRef: 'Ref',
    date: 'Action Date',
    type: 'Action',
    practitioner: 'Officer',
    description: 'Details',
  },
  // prettier-ignore
  rows: [
    ['housing', 'MH-ASB-2301', '15/06/2023', 'ASB', 'ASB complaint received', 'KT', 'Neighbour of Donna: man shouting most nights, woman crying, banging.', '15/06/2023'],
    ['contact.message', 'MH-ASB-2302', '16/06/2023', 'ASB', 'Warning letter to tenant', 'KT', 'ASB warning letter sent to Donna (tenant) about noise.', '16/06/2023'],
    ['housing', 'MH-ASB-2303', '03/07/2023', 'ASB', 'Further complaint', 'KT', 'Neighbour: ambulance attended, "same man shouting".', '03/07/2023'],
    ['contact.phone', 'MH-ASB-2304', '05/07/2023', 'ASB', 'Phone call to tenant', 'KT', 'Donna said partner has a temper but "it’s sorted".', '05/07/2023'],
    ['housing', 'MH-TEN-2305', '20/07/2023', 'Tenancy', 'Rent arrears', 'SB', 'Arrears £640; Donna says partner "handles the money".', '20/07/2023'],
    ['contact.home-visit', 'MH-TEN-2306', '08/08/2023', 'Tenancy', 'Tenancy visit', 'SB', 'Visit: Craig answered, said Donna at work. Hole in bedroom door.', '08/08/2023'],
    ['info.shared', 'MH-ASB-2307', '15/09/2023', 'MARAC', 'MARAC action', 'KT', 'MARAC action: flag property, target hardening.', '15/09/2023'],
    ['housing', 'MH-ASB-2308', '02/10/2023', 'MARAC', 'Target hardening completed', 'Contractor', 'Locks changed, door chain fitted.', '02/10/2023'],
  ],
};

export const dhrCase: CaseDefinition = {
  files: [police, probation, gp, hospital, idva, housing],
  spec: {
    name: 'dhr-donna',
    reference: 'Marlshire CSP DHR 01/2024',
    title: 'Domestic Homicide Review: Donna (fictional)',
    jurisdiction: 'england',
    kind: 'domestic-homicide',
    period: { start: '2022-01-01', end: '2023-11-18' },
    summary:
      'Donna, 44, was killed by her partner Craig, 47, on 18/11/2023. Craig had strangled a former partner in 2022 and was on a community order with probation supervision when he met Donna. Injuries seen twice in the emergency department, a disclosure to the GP, and housing complaints were not recognised as domestic abuse until August 2023. Fiction written for the corpus.',
    gaps: [
      {
        id: 'G1',
        finding:
          'The high-risk DASH for Julie (strangulation) reached MARAC four working days later.',
        triggers: [triggerOf(police, 'MP-22-01771-D')],
        expected: 'MARAC referral.',
        limit: '1 working day',
        source: 'SafeLives MARAC guidance; Marlshire MARAC operating protocol',
      },
      {
        id: 'G2',
        finding:
          'The IDVA service first spoke to Julie six working days after receiving the MARAC referral.',
        // The same three hours' referral seen from either end: the IDVA service's record of
        // receiving it, or the police's of sending it (the rule the packs hold starts from
        // the sender's, docs/rules.md, `dhr.marac-to-idva`). Either flag names this gap.
        triggers: [triggerOf(idva, 'ID-2201'), triggerOf(police, 'MP-22-01771-M')],
        expected: 'IDVA contact with the victim.',
        limit: '1–2 working days (local IDVA service standard)',
        source: 'SafeLives IDVA practice standards; local service specification',
      },
      {
        id: 'G3',
        finding:
          'Probation learned that Craig had a new partner and did not tell police, MARAC or children’s services; no DVDS was considered.',
        triggers: [triggerOf(probation, '3301877')],
        expected:
          'Information shared with police (and MARAC), DVDS considered, new partner’s safety assessed.',
        limit: '1 working day (local practice)',
        source: 'HMPPS Domestic Abuse Policy Framework; DVDS statutory guidance (2023)',
      },
      {
        id: 'G4',
        finding:
          'After Craig’s arrest at Donna’s flat, his risk assessment and plan were not reviewed for almost four months.',
        triggers: [triggerOf(probation, '3303101')],
        expected: 'OASys risk assessment and risk management plan reviewed.',
        limit: '10 working days (local practice)',
        source: 'HMPPS: review of risk after a significant event (OASys)',
      },
      {
        id: 'G5',
        finding:
          'Donna’s facial injury in the emergency department was accepted as "walked into a door", with no routine enquiry about domestic abuse.',
        triggers: [triggerOf(hospital, 'ED-23-011502')],
        expected: 'Routine enquiry about domestic abuse, asked alone; referral if disclosed.',
        limit: 'Same attendance',
        source: 'NICE PH50 (domestic violence and abuse), recommendations on asking',
      },
      {
        id: 'G6',
        finding:
          'Rib fractures from a "fall" four months later, partner present: again no enquiry, and the earlier injury was not linked.',
        triggers: [triggerOf(hospital, 'ED-23-037711')],
        expected: 'Routine enquiry about domestic abuse; referral if disclosed.',
        limit: 'Same attendance',
        source: 'NICE PH50',
      },
      {
        id: 'G7',
        finding:
          'Donna told her GP of Craig’s temper, with bruising seen: no DASH, no referral, no recorded decision.',
        triggers: [triggerOf(gp, 'CS-1004')],
        expected:
          'DASH risk assessment and a referral (MARAC / IDVA), or a recorded decision with reasons.',
        limit: '1 working day',
        source: 'IRIS / RCGP safeguarding guidance; DOMAIN.md "concern acted on"',
      },
      {
        id: 'G8',
        finding:
          'Housing treated reports of a man shouting and a woman crying as noise and sent Donna an ASB warning.',
        triggers: [triggerOf(housing, 'MH-ASB-2301')],
        expected: 'Domestic abuse considered: the tenant contacted safely, a referral or DASH.',
        limit: '1 working day (local practice)',
        source: 'DAHA accreditation standards (housing response to domestic abuse)',
      },
    ],
  },
};
