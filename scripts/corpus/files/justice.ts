import type { CorpusFile } from '../spec';

// Probation (nDelius contact log CSV and an nDelius Excel export with several sheets) and
// domestic abuse services (an IDVA casework log in Excel, a refuge's JSON export).

export const ndeliusContacts: CorpusFile = {
  name: 'probation-ndelius-contacts.csv',
  agency: 'Probation Service – Northshire PDU',
  kind: 'probation',
  system: 'nDelius contact log export',
  quirks:
    'Contact start and end times, nDelius contact type names ("Planned Office Visit (NS)", "Failed to Attend"), an enforcement column, a "Sensitive" Y/N column, contact ids',
  headers: [
    'Contact ID',
    'Contact Date',
    'Start Time',
    'End Time',
    'Contact Type',
    'Outcome',
    'Enforcement',
    'Officer',
    'Team',
    'Notes',
    'Sensitive',
  ],
  fields: {
    sourceRef: 'Contact ID',
    date: 'Contact Date',
    time: 'Start Time',
    endTime: 'End Time',
    type: 'Contact Type',
    outcome: 'Outcome',
    practitioner: 'Officer',
    team: 'Team',
    description: 'Notes',
  },
  // prettier-ignore
  rows: [
    ['justice', '2518830', '14/06/2021', '10:00', '', 'Court Appearance', 'Community Order 18m', '', 'PSO T Banks', 'Court Team', 'Sentenced for ABH (domestic): CO 18m, Building Better Relationships, RAR 20 days.', 'N'],
    ['risk.assessment', '2519011', '21/06/2021', '', '', 'OASys Assessment - Initial', 'Completed', '', 'PP H Adeyemi', 'Northshire North', 'OASys: RoSH medium to known adult. DA and child safeguarding checks requested.', 'N'],
    ['contact.office', '2519077', '22/06/2021', '14:00', '14:50', 'Planned Office Visit (NS)', 'Attended - Complied', '', 'PP H Adeyemi', 'Northshire North', 'Induction. States relationship with victim over.', 'N'],
    ['info.shared', '2519120', '24/06/2021', '', '', 'Police DV Callout Check', 'Information received', '', 'PP H Adeyemi', 'Northshire North', 'Police return: 6 callouts to victim address, last breach of bail 22/05.', 'Y'],
    ['contact.not-brought', '2519540', '06/07/2021', '14:00', '', 'Failed to Attend', 'Unacceptable absence', 'Warning letter', 'PP H Adeyemi', 'Northshire North', 'FTA, no contact.', 'N'],
    ['justice.breach', '2519801', '20/07/2021', '', '', 'Breach Action Initiated', 'Breach', 'Breach to court', 'PP H Adeyemi', 'Northshire North', 'Second unacceptable absence, breach laid.', 'N'],
    ['contact.home-visit', '2520133', '03/08/2021', '17:00', '17:20', 'Home Visit', 'Attended - Complied', '', 'PP H Adeyemi', 'Northshire North', 'HV to new address. Female present, introduced as "a friend". Children’s toys in lounge.', 'Y'],
    ['info.shared', '2520140', '04/08/2021', '', '', 'Safeguarding Enquiry', 'Enquiry sent', '', 'PP H Adeyemi', 'Northshire North', 'Children’s services check requested re new partner and children.', 'Y'],
    ['risk.assessment', '2520566', '19/08/2021', '', '', 'OASys Review', 'Completed', '', 'PP H Adeyemi', 'Northshire North', 'OASys reviewed: new relationship, RoSH raised to high (partner and children).', 'N'],
  ],
};

export const ndeliusWorkbook: CorpusFile = {
  name: 'probation-ndelius-export.xlsx',
  agency: 'Probation Service – Westvale PDU',
  kind: 'probation',
  system: 'nDelius case extract to Excel (Summary, Contacts, Key dates sheets)',
  quirks:
    'The chronology is the second of three sheets, a summary sheet first; date-time cells at midnight; an "Entered" date column; a hidden staff code column and a hidden row',
  headers: [
    'CRN',
    'Date',
    'Type of Contact',
    'Description',
    'Outcome',
    'Staff',
    'Staff Code',
    'Entered',
  ],
  fields: {
    sourceRef: 'CRN',
    date: 'Date',
    type: 'Type of Contact',
    description: 'Description',
    outcome: 'Outcome',
    practitioner: 'Staff',
  },
  xlsx: {
    sheet: 'Contacts',
    sheetsBefore: [
      {
        name: 'Summary',
        lines: [
          ['CRN', 'X441207'],
          ['Name', 'Carl DENNING'],
          ['Tier', 'B3'],
          ['RoSH', 'High'],
        ],
      },
    ],
    sheetsAfter: [
      {
        name: 'Key dates',
        lines: [
          ['Licence start', '01/02/2022'],
          ['SED', '31/01/2023'],
        ],
      },
    ],
    dateCells: [
      { header: 'Date', as: 'datetime' },
      { header: 'Entered', as: 'date' },
    ],
    hiddenColumns: ['Staff Code'],
    hiddenRecords: [2],
  },
  // prettier-ignore
  rows: [
    ['justice', 'X441207/1', '01/02/2022 00:00', 'Release from custody on licence', 'Released to approved premises.', 'Licence conditions: no contact with ex-partner LB.', 'PP G Moss', 'N07A31', '01/02/2022'],
    ['contact.office', 'X441207/2', '01/02/2022 00:00', 'Initial appointment', 'Licence explained.', 'Attended', 'PP G Moss', 'N07A31', '01/02/2022'],
    ['risk.assessment', 'X441207/3', '15/02/2022 00:00', 'OASys - Review', 'RoSH high to known adult (ex-partner).', 'Completed', 'PP G Moss', 'N07A31', '16/02/2022'],
    ['meeting.planning', 'X441207/4', '22/02/2022 00:00', 'MAPPA Level 2 meeting', 'MAPPA meeting: risk management plan agreed.', 'Plan agreed', 'SPO R Khan', 'N07A02', '23/02/2022'],
    ['contact.office', 'X441207/5', '01/03/2022 00:00', 'Office Visit', 'Says he has met someone new, "Leanne".', 'Attended', 'PP G Moss', 'N07A31', '01/03/2022'],
    ['info.shared', 'X441207/6', '02/03/2022 00:00', 'Information Sharing - Police', 'Informed police of new relationship; DVDS consideration requested.', 'Shared', 'PP G Moss', 'N07A31', '02/03/2022'],
    ['justice', 'X441207/7', '20/04/2022 00:00', 'Recall', 'Licence recalled after arrest for assault on partner.', 'Recalled to custody', 'SPO R Khan', 'N07A02', '20/04/2022'],
    ['marac.meeting', 'X441207/8', '28/04/2022 00:00', 'MARAC', 'Probation attended MARAC for victim LB.', 'Actions noted', 'PP G Moss', 'N07A31', '28/04/2022'],
  ],
};

export const idvaCasework: CorpusFile = {
  name: 'idva-casework-log.xlsx',
  agency: 'Northshire Domestic Abuse Service (IDVA)',
  kind: 'voluntary',
  system: 'IDVA casework log (case management system export to Excel)',
  quirks:
    'Title block, "Date of Contact" and "Contact Method" with the event told in the case note, a risk level column, the client id on every row, blank trailing columns',
  headers: [
    'Client ID',
    'Date of Contact',
    'Time',
    'Contact Method',
    'Worker',
    'Risk Level',
    'Case Note',
    'Actions Agreed',
    '',
    '',
  ],
  fields: {
    sourceRef: 'Client ID',
    date: 'Date of Contact',
    time: 'Time',
    type: 'Contact Method',
    practitioner: 'Worker',
    description: 'Case Note',
    outcome: 'Actions Agreed',
  },
  xlsx: {
    title: ['NDAS – IDVA Service', 'Case chronology for DHR panel', 'Client: Ms K W'],
    sheet: 'Case log',
    dateCells: [{ header: 'Date of Contact', as: 'date' }],
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'NDAS-3310', '30/04/2021', '12:00', 'Referral received', 'IDVA Team', 'High', 'Police referral following high risk DASH (16).', 'Allocate today.', '', ''],
    ['idva.contact', 'NDAS-3310', '30/04/2021', '15:20', 'Telephone', 'IDVA S Kaur', 'High', 'First contact with client. Safe to talk. Explained IDVA role and MARAC.', 'Safety plan; call back Monday.', '', ''],
    ['idva.contact', 'NDAS-3310', '04/05/2021', '10:00', 'Face to face', 'IDVA S Kaur', 'High', 'Met at children’s centre. Safety planning, target hardening, non-mol discussed.', 'Sanctuary referral. Solicitor details.', '', ''],
    ['marac.meeting', 'NDAS-3310', '13/05/2021', '09:30', 'MARAC', 'IDVA S Kaur', 'High', 'Case heard at MARAC. IDVA represented client’s views.', 'MARAC actions circulated.', '', ''],
    ['idva.contact', 'NDAS-3310', '23/05/2021', '11:15', 'Telephone', 'IDVA S Kaur', 'High', 'Client reports perpetrator came to house yesterday (bail breach). Police attended.', 'Update police OIC.', '', ''],
    ['justice.order', 'NDAS-3310', '04/06/2021', '', 'Court', 'IDVA S Kaur', 'High', 'Supported client at family court: non-molestation order granted ex parte.', 'Copy to police.', '', ''],
    ['contact.no-access', 'NDAS-3310', '18/06/2021', '14:00', 'Attempted contact', 'IDVA S Kaur', 'Medium', 'Three calls, no answer. Text sent.', 'Try again.', '', ''],
    ['case.close', 'NDAS-3310', '16/07/2021', '', 'Case closure', 'IDVA S Kaur', 'Medium', 'No contact for 4 weeks after repeated attempts. Closed with letter.', 'Re-referral route explained.', '', ''],
  ],
};

export const refugeLog: CorpusFile = {
  name: 'refuge-support-log.json',
  agency: 'Westvale Women’s Aid',
  kind: 'voluntary',
  system: 'Refuge / outreach support log (JSON, camelCase)',
  quirks:
    'camelCase keys with a "sessionType" type, "supportWorker", a "dateRecorded" beside the session date, notes with several lines',
  headers: [
    'logId',
    'sessionDate',
    'sessionType',
    'supportWorker',
    'notes',
    'followUp',
    'dateRecorded',
  ],
  fields: {
    sourceRef: 'logId',
    date: 'sessionDate',
    type: 'sessionType',
    practitioner: 'supportWorker',
    description: 'notes',
    outcome: 'followUp',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'WWA-771', '12/05/2022', 'Referral in', 'Intake', 'Self-referral after leaflet from GP. Partner on licence.', 'Outreach allocation.', '12/05/2022'],
    ['risk.assessment', 'WWA-772', '16/05/2022', 'DASH completed', 'Outreach K Lewis', 'DASH 17 - high. Already MARAC open (April).', 'Inform MARAC coordinator.', '16/05/2022'],
    ['idva.contact', 'WWA-773', '16/05/2022', 'Outreach session', 'Outreach K Lewis', 'Safety plan reviewed.\nClient worried DVPO ending and ex coming back.', 'Housing options referral.', '17/05/2022'],
    ['info.shared', 'WWA-774', '17/05/2022', 'Liaison - MARAC coordinator', 'Outreach K Lewis', 'Updated MARAC coordinator re DASH and fears.', '', '17/05/2022'],
    ['contact.phone', 'WWA-775', '26/05/2022', 'Phone support', 'Outreach K Lewis', 'Client says ex has been texting from new number.', 'Report to police - client declined.', '26/05/2022'],
    ['housing', 'WWA-776', '10/06/2022', 'Refuge admission', 'Refuge Team', 'Client and son admitted to refuge, out of area.', 'Refuge key worker allocated.', '10/06/2022'],
    ['contact.office', 'WWA-777', '14/06/2022', 'Key work session', 'Refuge KW M Price', 'Key work session in refuge office: benefits, school place for son.', 'School admissions form.', '14/06/2022'],
    ['case.close', 'WWA-778', '02/09/2022', 'Departure', 'Refuge Team', 'Client left refuge, returned to home area. Said ex "has changed".', 'Outreach offered, declined.', '02/09/2022'],
  ],
};
