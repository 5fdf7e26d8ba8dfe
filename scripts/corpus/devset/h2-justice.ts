import type { CorpusFile } from '../spec';

// Development-set probation file (held out 04/12/2026): the chronology probation gives to a MAPPA
// Serious Case Review, on the MAPPA Strategic Management Board's own Word template, with
// nDelius contact types and OASys risk language.

export const mappaScrChronology: CorpusFile = {
  name: 'probation-mappa-scr-chronology.docx',
  agency: 'Probation Service – Wessex Region',
  kind: 'probation',
  system: 'MAPPA Serious Case Review agency chronology, Strategic Management Board template (Word)',
  quirks:
    'nDelius contact types written as the type, with outcomes in brackets (`Office Appt (Attended – Complied)`, `Failed to Attend (Unacceptable)`), dates as `03/06/2021` and month-only, the contact venue and who was there in one column, a reviewer observation column with several paragraphs, title paragraphs and a details table, the table split every five rows with its header repeated',
  docx: {
    title: [
      'MAPPA Serious Case Review – "Jason"',
      'Agency Chronology: Probation Service',
      'Prepared for the Wessex MAPPA Strategic Management Board, SCR panel',
    ],
    preface: [
      ['Subject', 'Jason KERR (licence, s.18 GBH), MAPPA Category 2, Level 2'],
      ['Review period', '01/03/2021 – 19/11/2021'],
      ['Author', 'Senior Probation Officer (not involved in case management)'],
    ],
    splitEvery: 5,
    footer: [
      'Chronology compiled from nDelius, OASys and MAPPA minutes. Signed off by Head of PDU.',
    ],
  },
  headers: [
    'Seq',
    'Date of contact',
    'Contact type (nDelius)',
    'Venue / present',
    'Detail of contact',
    'Risk assessment / action',
    'Reviewer observation',
  ],
  fields: {
    date: 'Date of contact',
    type: 'Contact type (nDelius)',
    subjects: 'Venue / present',
    description: 'Detail of contact',
    outcome: 'Risk assessment / action',
    analysis: 'Reviewer observation',
  },
  // prettier-ignore
  rows: [
    ['case.open', '1', '01/03/2021', 'Case Allocation', 'n/a', 'Released on licence from HMP Brayford. Case allocated to PO Carter (PDU North).', 'Licence conditions include no contact with previous victim.', ''],
    ['contact.office', '2', '02/03/2021', 'Office Appt (Attended – Complied)', 'Brayford office; Jason', 'Induction. Licence conditions explained and signed. Living at approved premises.', 'Reporting weekly.', ''],
    ['risk.assessment', '3', '29/03/2021', 'OASys Review', 'n/a', 'OASys release review completed. RoSH high to known adult (future partners), medium to children.', 'Risk management plan: disclose new relationships, home visits.', 'The plan did not say how new relationships would be identified.'],
    ['meeting.planning', '4', '15/04/2021', 'MAPPA Level 2 Meeting', 'Police, AP manager, CSC, PO', 'MAPPA L2 meeting. Move-on from AP agreed to a flat in Westbury.', 'Review in 12 weeks.', 'Children\'s services attended; housing did not.'],
    ['contact.home-visit', '5', 'June 2021', 'Home Visit (Completed)', 'Jason\'s flat; Jason, a woman', 'Home visit to new address. A woman (later known as Amy) and a child\'s toys seen. Jason said she was "a friend\'s sister".', 'None recorded.', 'Exact date not on nDelius (entry typed 21/06/2021 as "last week").\nThe toys were not followed up.'],
    ['info.shared', '6', '23/06/2021', 'Police Liaison', 'email to MAPPA coordinator', 'PO emailed police MAPPA officer about a possible new relationship.', 'Police to check the address.', 'No reply chased.\nCSC were not told.'],
    ['contact.not-brought', '7', '06/07/2021', 'Failed to Attend (Unacceptable)', 'Brayford office', 'Did not report. Phone off.', 'Enforcement: warning letter.', ''],
    ['contact.message', '8', '07/07/2021', 'Warning Letter Issued', 'post', 'First warning letter sent to Jason\'s address.', '', ''],
    ['justice.breach', '9', '16/08/2021', 'Recall Requested', 'n/a', 'Police report Jason arrested after an argument with his partner Amy; she has a 3-year-old. Licence recall requested.', 'Standard recall. RoSH raised to very high.', 'Recall was the right decision and was quick.'],
    ['critical', '10', '19/11/2021', 'SFO Notification', 'n/a', 'Serious further offence: Jason, released after his recall, charged with the attempted murder of Amy.', 'SFO review opened. MAPPA SCR commissioned.', ''],
  ],
};
