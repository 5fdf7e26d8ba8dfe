import type { CorpusFile } from '../spec';

// Development set (fixtures/devset; the held-out set until 04/12/2026).
// Probation and IDVA files: nDelius contacts as the Community API pages them (JSON,
// camelCase, under "content"), an OASys-era probation IMR in Word, and an IDVA service's DHR
// chronology in Word.

export const deliusContactsApi: CorpusFile = {
  name: 'probation-delius-contacts-api.json',
  agency: 'Probation Service – South West Region',
  kind: 'probation',
  system: 'nDelius contacts from the Community API (a Spring page: rows under "content")',
  quirks:
    'Rows under "content" beside "pageable" and "totalElements"; "contactStart" as ISO date-time and "createdDateTime" beside it; the contact type as a description with the nDelius code in its own column ("COAI", "C084"); "enforcementAction"; "sensitive" Y/N',
  headers: [
    'contactId',
    'contactStart',
    'contactEnd',
    'typeCode',
    'typeDescription',
    'staffName',
    'notes',
    'outcomeDescription',
    'enforcementAction',
    'sensitive',
    'createdDateTime',
  ],
  fields: {
    sourceRef: 'contactId',
    date: 'contactStart',
    endDate: 'contactEnd',
    type: 'typeDescription',
    practitioner: 'staffName',
    description: 'notes',
    outcome: 'outcomeDescription',
  },
  json: {
    wrapper: {
      crn: 'X492210',
      pageable: { pageNumber: 0, pageSize: 50 },
      totalElements: 10,
      last: true,
    },
    key: 'content',
  },
  // prettier-ignore
  rows: [
    ['case.open', '2500917731', '2022-04-25T09:00:00', '', 'EASU', 'Sentence / Order Start', 'Morwenna Hext (PO)', 'Suspended sentence order 18m with RAR 20 days and Building Better Relationships. Victim: ex-partner Leanne PASCOE.', 'Allocated', '', 'N', '2022-04-25T15:20:00'],
    ['contact.office', '2500918802', '2022-04-28T10:00:00', '2022-04-28T11:00:00', 'COAI', 'Initial Appointment - In office (NS)', 'Morwenna Hext (PO)', 'Induction. Conditions explained, including no contact with LP.', 'Attended - Complied', '', 'N', '2022-04-28T11:40:00'],
    ['risk.assessment', '2500920115', '2022-05-09T00:00:00', '', 'OASC', 'OASys Assessment Completed', 'Morwenna Hext (PO)', 'Layer 3 OASys completed. RoSH HIGH to known adult (ex-partner) and MEDIUM to children.', 'RMP in place', '', 'Y', '2022-05-10T08:55:00'],
    ['info.shared', '2500920390', '2022-05-10T14:00:00', '', 'CSCR', 'Children Services Check - Response', 'Morwenna Hext (PO)', 'Response from Harbourshire CSC: both children subject to CP plans. PO not previously aware.', '', '', 'Y', '2022-05-10T14:30:00'],
    ['contact.not-brought', '2500922004', '2022-05-23T10:00:00', '', 'COAP', 'Planned Office Visit (NS)', 'Morwenna Hext (PO)', 'FTA. Text says car broke down.', 'Failed to Attend - Acceptable', '', 'N', '2022-05-23T12:00:00'],
    ['info.shared', '2500925510', '2022-06-10T00:00:00', '', 'ENF1', 'Police Notification - Arrest', 'Morwenna Hext (PO)', 'Police notify: arrested for contacting LP by phone contrary to restraining order. Released under investigation.', '', 'Risk review required', 'Y', '2022-06-13T09:15:00'],
    ['contact.phone', '2500925588', '2022-06-13T11:00:00', '2022-06-13T11:15:00', 'CTOO', 'Telephone Contact - Offender', 'Morwenna Hext (PO)', 'T/C with PoP re arrest. Minimises, says she called him first.', 'Completed', '', 'N', '2022-06-13T11:30:00'],
    ['risk.assessment', '2500926001', '2022-06-28T00:00:00', '', 'OARV', 'OASys Review', 'Morwenna Hext (PO)', 'OASys review after arrest (18 days). RoSH unchanged HIGH.', 'RMP reviewed', '', 'Y', '2022-06-28T16:45:00'],
    ['justice', '2500928740', '2022-07-19T13:30:00', '2022-07-19T15:30:00', 'C084', 'Accredited Programme Session (BBR)', 'R. Pengelly (Facilitator)', 'Attended BBR session 1. Limited participation.', 'Attended - Complied', '', 'N', '2022-07-20T09:00:00'],
    ['info.shared', '2500931118', '2022-08-24T09:30:00', '', 'CMAR', 'MARAC Information', 'Morwenna Hext (PO)', 'MARAC coordinator email: new ED attendance by LP with facial injury 20/08. PoP denies contact.', 'Home visit to PoP arranged', 'Risk review required', 'Y', '2022-08-24T10:05:00'],
  ],
};

export const probationImrDocx: CorpusFile = {
  name: 'probation-dhr-imr-chronology.docx',
  agency: 'Probation Service – South West Region',
  kind: 'probation',
  system: 'HMPPS IMR chronology for a Domestic Homicide Review (Word template)',
  quirks:
    'Title paragraphs and a details table before the chronology, the table cut into two with the header row repeated, "Date (approx where shown)" with month-only and `c.` dates, multi-paragraph cells, an "IMR author’s reflection" column',
  headers: [
    'Date (approx where shown)',
    'What happened (source: nDelius/OASys)',
    'Who',
    'Actions / decisions',
    'IMR author’s reflection',
  ],
  fields: {
    date: 'Date (approx where shown)',
    description: 'What happened (source: nDelius/OASys)',
    subjects: 'Who',
    outcome: 'Actions / decisions',
    analysis: 'IMR author’s reflection',
  },
  docx: {
    title: [
      'Individual Management Review – Chronology',
      'Domestic Homicide Review: Harbourshire DHR 2023/01 (“Leanne”)',
      'Agency: Probation Service. IMR author: Senior Probation Officer (not involved in the case).',
    ],
    preface: [
      ['Period covered', 'March 2019 – October 2022'],
      ['Records consulted', 'nDelius, OASys, Approved Premises records'],
    ],
    splitEvery: 5,
    footer: ['Signed: IMR author. Countersigned: Head of PDU.'],
  },
  // prettier-ignore
  rows: [
    ['case.open', 'March 2019', 'Previous supervision (community order) for assault on a former partner began.\nVictim then was not Leanne.', 'Craig B.', 'Allocated to PSO as medium RoSH.', 'Allocation below the level the history justified.'],
    ['case.close', 'c. Sept 2020', 'Community order completed and case terminated.', 'Craig B.', 'Termination summary on nDelius.', ''],
    ['case.open', '25/04/2022', 'Suspended sentence order made for ABH and harassment of Leanne.', 'Craig B.', 'Allocated to PO. Restraining order made by court for 2 years.', 'Court papers recorded two children at the address. No CSC check requested at this point.'],
    ['risk.assessment', '09/05/2022', 'OASys layer 3 completed.\nRoSH HIGH to Leanne, MEDIUM to the children.', 'Craig B.', 'Risk management plan written.', 'Good: thorough analysis of previous DA.\nBut plan relied on restraining order alone.'],
    ['info.shared', '10/05/2022', 'CSC check response received: children on CP plans.', 'Craig B.; children', 'PO noted it. No contact made with allocated social worker.', 'Missed opportunity to join the core group.'],
    ['info.shared', '10/06/2022', 'Police told probation of arrest for breaching the restraining order (phone contact).', 'Craig B.', 'Risk review required – flagged.', 'Review was completed 18 days later; local standard 10 working days.'],
    ['risk.assessment', '28/06/2022', 'OASys review after the arrest. RoSH left as HIGH.', 'Craig B.', 'No change to plan. No contact with Leanne’s IDVA.', 'Review did not speak to police or the IDVA.'],
    ['info.shared', 'late August 2022', 'Email from MARAC coordinator about Leanne’s ED attendance with a facial injury.', 'Leanne; Craig B.', 'Home visit to Craig arranged for 05/09.', 'News of the injury was not treated as a possible breach.'],
    ['contact.home-visit', '05/09/2022', 'Home visit to Craig at his mother’s address.\nNew partner present; he said she was “just a friend”.', 'Craig B.; new partner', 'Recorded as friend. No DVDS consideration.', 'A new relationship should have been shared with police and MARAC.'],
  ],
};

export const idvaDhrDocx: CorpusFile = {
  name: 'idva-dhr-agency-chronology.docx',
  agency: 'Harbourshire Domestic Abuse Service (IDVA)',
  kind: 'voluntary',
  system: 'Voluntary-sector DHR agency chronology (Word), from the service’s Modus case records',
  quirks:
    'A DHR template table with "Date/time of contact" mixing `dd.mm.yy` and `dd/mm/yyyy hh:mm`, the contact method in "Mode" ("Tel – outbound", "F2F – court"), risk level column, a case worker column, the table repeated on a new page, text-message cells of several paragraphs',
  headers: [
    'Date/time of contact',
    'Mode',
    'Case worker',
    'Summary (facts only)',
    'Risk level',
    'Action arising',
    'Modus ref',
  ],
  fields: {
    date: 'Date/time of contact',
    type: 'Mode',
    practitioner: 'Case worker',
    description: 'Summary (facts only)',
    outcome: 'Action arising',
    sourceRef: 'Modus ref',
  },
  docx: {
    title: [
      'DHR 2023/01 – Agency chronology',
      'Harbourshire Domestic Abuse Service',
      'Please list every contact with the victim, the perpetrator or other agencies.',
    ],
    splitEvery: 6,
  },
  // prettier-ignore
  rows: [
    ['referral.received', '16.03.22', 'Email – inbound', 'Intake', 'Referral rec’d from police PPD after DA triage.', 'Medium', 'Allocate to IDVA within 1 working day.', 'HDA-4471-01'],
    ['idva.contact', '16/03/2022 14:20', 'Tel – outbound', 'Sian Trewin (IDVA)', 'First call to Leanne. Safe to talk. Discussed harassment, DVDS application.\nShe agreed to IDVA support.', 'Medium', 'Safety plan. Attend DVDS disclosure with her.', 'HDA-4471-02'],
    ['disclosure', '22.03.22', 'F2F – police station', 'Sian Trewin (IDVA)', 'Present at DVDS disclosure. Leanne distressed to learn of previous partner’s injuries.', 'High', 'Re-did DASH: 15 ticks. Raised to high.', 'HDA-4471-03'],
    ['risk.assessment', '22/03/2022 13:00', 'F2F – police station', 'Sian Trewin (IDVA)', 'DASH RIC repeated with client after disclosure. 15 yes answers.', 'High', 'Agree MARAC referral with police (DS Nancarrow).', 'HDA-4471-04'],
    ['marac.meeting', '07.04.22', 'Meeting – MARAC', 'Sian Trewin (IDVA)', 'MARAC: IDVA represented client views. Actions agreed for police, CSC, housing.', 'High', 'Sanctuary scheme referral to housing.', 'HDA-4471-05'],
    ['justice.order', '25/04/2022 10:00', 'F2F – court', 'Sian Trewin (IDVA)', 'Supported client at sentencing. Restraining order made, 2 years.', 'High', 'Copy of order to client.', 'HDA-4471-06'],
    ['contact.no-access', '14.06.22', 'Tel – outbound', 'Sian Trewin (IDVA)', 'Three calls, no answer (client had been in hospital after OD – not known to IDVA).', 'High', 'Text sent.', 'HDA-4471-07'],
    ['contact.message', '14/06/2022 16:05', 'Text', 'Sian Trewin (IDVA)', 'Text: “Hi it’s Sian, just checking in, call me when safe.”\nNo reply.', 'High', '', 'HDA-4471-08'],
    ['case.close', '30.06.22', 'Case closure', 'Sian Trewin (IDVA)', 'Closed after 3 weeks without contact, per service policy.', 'High', 'Closure letter to client and MARAC coordinator.', 'HDA-4471-09'],
    ['referral.received', '24.08.22', 'Email – inbound', 'Intake', 'Re-referral from MARAC coordinator after ED attendance 20/08 (facial injury).', 'High', 'Allocate.', 'HDA-4471-10'],
  ],
};
