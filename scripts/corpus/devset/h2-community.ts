import type { CorpusFile } from '../spec';

// Development-set housing, domestic abuse service and adult social care files (held out 04/12/2026): a
// Capita Open Housing contact log (an Oracle system, so `DD-MON-YY` dates), a DA charity's
// Lamplight casework export, and an adult safeguarding activity report from Northgate SWIFT.

export const openHousingContacts: CorpusFile = {
  name: 'housing-openhousing-contact-log.csv',
  agency: 'Brayford City Council Housing Services',
  kind: 'housing',
  system: 'Capita Open Housing, tenancy contact log (CSV)',
  quirks:
    'Oracle `DD-MON-YY` dates in capitals (`03-JUN-22`), the contact method as the type in capitals beside a contact reason, a property reference and a tenancy reference, a `Further Action Reqd (Y/N)` flag and a target date, two blank trailing columns',
  csv: { trailingBlankColumns: 2 },
  headers: [
    'Prop Ref',
    'Tenancy Ref',
    'Contact Dt',
    'Contact Method',
    'Contact Reason',
    'Officer Name',
    'Contact Summary',
    'Further Action Reqd (Y/N)',
    'Target Dt',
  ],
  fields: {
    sourceRef: 'Tenancy Ref',
    date: 'Contact Dt',
    type: 'Contact Method',
    practitioner: 'Officer Name',
    description: 'Contact Summary',
  },
  // prettier-ignore
  rows: [
    ['contact.home-visit', 'BR0041227', 'T/118830', '03-JUN-22', 'HOME VISIT', 'TENANCY AUDIT', 'S.KHAN', 'Tenancy audit. Ms Jade CORRIE and 2 children. Damp in back bedroom. Tenant says ex-partner not living there; men\'s work boots in hall.', 'Y', '17-JUN-22'],
    ['housing', 'BR0041227', 'T/118830', '15-JUN-22', 'SYSTEM', 'ARREARS', 'AUTO', 'Arrears letter 1 issued. Balance £480.16.', 'N', ''],
    ['contact.phone', 'BR0041227', 'T/118830', '04-JUL-22', 'PHONE IN', 'REPAIRS', 'CONTACT CENTRE', 'Tenant reported front door frame split, "it got kicked in". Said she locked herself out.', 'Y', '05-JUL-22'],
    ['concern', 'BR0041227', 'T/118830', '06-JUL-22', 'INTERNAL', 'SAFEGUARDING', 'S.KHAN', 'Repairs operative told officer: hole in bedroom door, tenant had bruise on cheek, man shouting from upstairs while he worked.', 'Y', '07-JUL-22'],
    ['referral.sent', 'BR0041227', 'T/118830', '07-JUL-22', 'EMAIL', 'SAFEGUARDING', 'S.KHAN', 'Safeguarding referral emailed to Children\'s Front Door re possible DA, 2 children in property.', 'N', ''],
    ['contact.no-access', 'BR0041227', 'T/118830', '02-AUG-22', 'HOME VISIT', 'ASB', 'S.KHAN', 'Visit re neighbour\'s noise complaint. No reply, card left.', 'Y', '16-AUG-22'],
    ['housing', 'BR0041227', 'T/118830', '30-AUG-22', 'HAND DELIVERED', 'ARREARS', 'M.OWUSU', 'NOSP served by hand. Arrears £1,136.40. DA flag not checked before service.', 'Y', '27-SEP-22'],
    ['info.shared', 'BR0041227', 'T/118830', '12-SEP-22', 'EMAIL', 'MARAC', 'S.KHAN', 'MARAC research form returned to coordinator: tenancy history, repairs (door), ASB complaints.', 'N', ''],
    ['housing', 'BR0041227', 'T/118830', '29-SEP-22', 'OFFICE', 'TRANSFER', 'S.KHAN', 'Tenant attended office asking for an emergency move due to DA. Management transfer application registered, Band A.', 'Y', '13-OCT-22'],
  ],
};

export const lamplightCasework: CorpusFile = {
  name: 'idva-lamplight-work-records.csv',
  agency: "Brayford Women's Aid (IDVA service)",
  kind: 'voluntary',
  system: 'Lamplight case management, work records export (CSV)',
  quirks:
    'a BOM, "Work Record Date" as `3 Jun 2023` with a separate duration in minutes, Lamplight work types as the type (`Referral In`, `Telephone Support`, `Court Support`), the DASH score written inside the risk cell, client ID on every row',
  csv: { bom: true },
  headers: [
    'Lamplight ID',
    'Work Record Date',
    'Duration (mins)',
    'Work Type',
    'Worker',
    'Record Summary',
    'Risk Level',
    'Outcome Recorded',
  ],
  fields: {
    sourceRef: 'Lamplight ID',
    date: 'Work Record Date',
    type: 'Work Type',
    practitioner: 'Worker',
    description: 'Record Summary',
    outcome: 'Outcome Recorded',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'LL-22871', '14 Mar 2023', '10', 'Referral In', 'Intake', 'Referral from Met police DA unit after assault 11/03. DASH 16, high. Victim agreed to IDVA contact, safe number given.', 'High (DASH 16)', 'Allocated to IDVA'],
    ['idva.contact', 'LL-22871', '15 Mar 2023', '35', 'Telephone Support', 'IDVA H. Barnes', 'First contact with client. Safety planning, safe times to call agreed. Client says partner is back visiting children.', 'High (DASH 16)', 'Safety plan'],
    ['contact.no-access', 'LL-22871', '21 Mar 2023', '5', 'Attempted Contact', 'IDVA H. Barnes', 'Call not answered. No voicemail left (not safe). Text to safe number.', 'High', ''],
    ['risk.assessment', 'LL-22871', '24 Mar 2023', '40', 'Risk Assessment', 'IDVA H. Barnes', 'DASH reviewed with client: now 19. New: threats to kill, partner has keys.', 'High (DASH 19)', 'Share at MARAC'],
    ['marac.meeting', 'LL-22871', '30 Mar 2023', '30', 'MARAC', 'IDVA H. Barnes', 'Attended MARAC, gave client\'s views. Actions: locks changed, police marker, CSC strategy.', 'High', 'Actions noted'],
    ['justice.order', 'LL-22871', '12 Apr 2023', '180', 'Court Support', 'IDVA H. Barnes', 'Supported client at Family Court. Non-molestation order granted without notice, 12 months, power of arrest.', 'High', 'NMO granted'],
    ['info.shared', 'LL-22871', '18 Apr 2023', '20', 'Advocacy – Housing', 'IDVA H. Barnes', 'Support letter sent to housing for management transfer, with client\'s consent.', 'High', ''],
    ['idva.contact', 'LL-22871', '9 May 2023', '50', 'Face to Face', 'IDVA H. Barnes', 'Met client at children\'s centre. Partner still texting via children\'s phone. Safety plan updated, breach to be reported.', 'High', 'Report breaches to police'],
    ['case.close', 'LL-22871', '27 Jun 2023', '15', 'Case Closure', 'IDVA H. Barnes', 'Case closed. Risk reduced to medium, client moved, consented to closure, can self-refer back.', 'Medium', 'Closed – risk reduced'],
  ],
};

export const swiftSafeguarding: CorpusFile = {
  name: 'adults-swift-safeguarding-activity.xlsx',
  agency: 'Morlais Valley Council Adult Services',
  kind: 'adult-services',
  system: 'Northgate SWIFT (AIS), adult safeguarding activity report to Excel',
  quirks:
    'a cover sheet, a title block, the activity date as an Excel serial number, the enquiry reference and the team merged down, a short activity code beside its description, the adult at risk on every row, outcome codes (`NFA`, `ONG`, `RR`)',
  xlsx: {
    title: [
      'SWIFT – Safeguarding Activity by Referral',
      'Adult at risk: Mrs Doreen PLATT (DOB 02/11/1939)',
      'Printed 15/01/2024',
    ],
    sheet: 'Activity',
    sheetsBefore: [
      {
        name: 'Cover',
        lines: [
          ['Report', 'SG_ACT_BY_REF'],
          ['Note', 'Dates held as numbers: format the column as a date to read them.'],
        ],
      },
    ],
    dateCells: [{ header: 'Activity Dt', as: 'serial' }],
    mergeDown: ['Enquiry Ref', 'Team'],
  },
  headers: [
    'Enquiry Ref',
    'Activity Dt',
    'Act Code',
    'Activity Description',
    'Team',
    'Worker',
    'Person at Risk',
    'Narrative',
    'Outcome Cd',
  ],
  fields: {
    sourceRef: 'Enquiry Ref',
    date: 'Activity Dt',
    type: 'Activity Description',
    team: 'Team',
    practitioner: 'Worker',
    subjects: 'Person at Risk',
    description: 'Narrative',
    outcome: 'Outcome Cd',
  },
  // prettier-ignore
  rows: [
    ['adult.concern', 'SG/23/0772', '04/09/2023', 'SGC', 'Safeguarding concern received', 'Adult Safeguarding Hub', 'Duty worker', 'Doreen PLATT', 'District nurse reports Mrs Platt (83) has unexplained pressure sore, little food in the house, son controls her bank card.', 'ONG'],
    ['decision', 'SG/23/0772', '05/09/2023', 'S42D', 'S42 decision', 'Adult Safeguarding Hub', 'Senior practitioner', 'Doreen PLATT', 'Section 42 duty met: care and support needs, at risk of neglect and financial abuse, unable to protect herself.', 'ONG'],
    ['strategy', 'SG/23/0772', '07/09/2023', 'STRAT', 'Strategy discussion (adults)', 'Adult Safeguarding Hub', 'Senior practitioner', 'Doreen PLATT', 'Strategy discussion with DN team lead and police PPU. Police to consider fraud.', 'ONG'],
    ['adult.enquiry', 'SG/23/0772', '08/09/2023', 'S42E', 'S42 enquiry started', 'Adult Safeguarding Hub', 'L. Morgan SW', 'Doreen PLATT', 'Enquiry opened. Making Safeguarding Personal: Mrs Platt wants to stay at home and "not get my son in trouble".', 'ONG'],
    ['contact.no-access', 'SG/23/0772', '12/09/2023', 'NAV', 'Home visit – no access', 'Adult Safeguarding Hub', 'L. Morgan SW', 'Doreen PLATT', 'Visit with DN. Son would not open the door, said his mother was asleep.', 'ONG'],
    ['contact.home-visit', 'SG/23/0772', '14/09/2023', 'HVS', 'Home visit – adult seen', 'Adult Safeguarding Hub', 'L. Morgan SW', 'Doreen PLATT', 'Seen alone in the lounge. Thin, asked for a sandwich. Capacity to manage finances questionable.', 'ONG'],
    ['meeting.planning', 'SG/23/0772', '28/09/2023', 'SGCC', 'Safeguarding case conference', 'Adult Safeguarding Hub', 'Chair – Team Manager', 'Doreen PLATT', 'Case conference: protection plan, daily care calls, capacity assessment, DWP appointee change.', 'ONG'],
    ['info.shared', 'SG/23/0772', '02/10/2023', 'INFO', 'Information shared – police', 'Adult Safeguarding Hub', 'L. Morgan SW', 'Doreen PLATT', 'Bank statements and conference minutes sent to police PPU for fraud investigation.', 'ONG'],
    ['case.close', 'SG/23/0772', '11/12/2023', 'CLS', 'Enquiry closed – risk reduced', 'Adult Safeguarding Hub', 'L. Morgan SW', 'Doreen PLATT', 'Enquiry closed. Daily care calls in place, appointee changed, son moved out.', 'RR'],
  ],
};
