import type { CorpusFile } from '../spec';

// Adult social care (LiquidLogic LAS steps, Mosaic adults Word chronology) and an ambulance
// trust's patient report extract.

export const lasSafeguarding: CorpusFile = {
  name: 'adults-las-safeguarding-steps.csv',
  agency: 'Harbour County Council Adult Social Care',
  kind: 'adult-services',
  system: 'LiquidLogic LAS step history (CSV)',
  quirks:
    'Step start and end dates, step names as LAS workflow steps ("Safeguarding Concern", "S42 Enquiry"), "Created Date", person id on every row',
  headers: [
    'Person ID',
    'Step',
    'Step Start Date',
    'Step End Date',
    'Worker',
    'Team',
    'Step Outcome',
    'Notes',
    'Created Date',
  ],
  fields: {
    sourceRef: 'Person ID',
    type: 'Step',
    date: 'Step Start Date',
    endDate: 'Step End Date',
    practitioner: 'Worker',
    team: 'Team',
    outcome: 'Step Outcome',
    description: 'Notes',
  },
  // prettier-ignore
  rows: [
    ['adult.concern', 'LAS-660182', 'Safeguarding Concern', '02/10/2021', '04/10/2021', 'Duty SW', 'Adult Safeguarding Hub', 'Proceed to S42', 'GP/district nurse: pressure sore grade 3, weight loss, son carer hostile.', '02/10/2021'],
    ['decision', 'LAS-660182', 'Safeguarding Decision', '04/10/2021', '04/10/2021', 'Hub Manager', 'Adult Safeguarding Hub', 'S42 duty met', 'Decision: s42(2) enquiry, neglect by carer.', '04/10/2021'],
    ['adult.enquiry', 'LAS-660182', 'S42 Enquiry', '05/10/2021', '03/11/2021', 'SW P Nolan', 'Locality South', 'Substantiated in part', 'Enquiry: visits, GP, DN, son interviewed.', '05/10/2021'],
    ['contact.home-visit', 'LAS-660182', 'Visit', '20/10/2021', '20/10/2021', 'SW P Nolan', 'Locality South', 'Completed', 'Joint visit with GP. Adult A says she does not want to leave home.', '21/10/2021'],
    ['assessment.start', 'LAS-660182', 'Carers Assessment', '25/10/2021', '', 'SW P Nolan', 'Locality South', 'In progress', 'Carer’s assessment for son started; not completed.', '25/10/2021'],
    ['meeting.planning', 'LAS-660182', 'Safeguarding Plan Meeting', '03/11/2021', '03/11/2021', 'SW P Nolan', 'Locality South', 'Protection plan', 'Plan: daily calls by agency, DN twice weekly.', '03/11/2021'],
    ['adult.concern', 'LAS-660182', 'Safeguarding Concern', '14/12/2021', '15/12/2021', 'Duty SW', 'Adult Safeguarding Hub', 'NFA - open case', 'Care agency: son cancelled calls, says "we don’t need them".', '14/12/2021'],
    ['case.close', 'LAS-660182', 'Closure', '20/12/2021', '', 'TM A Reid', 'Locality South', 'Closed', 'Case closed: son declined services.', '20/12/2021'],
  ],
};

export const adultsMosaicDocx: CorpusFile = {
  name: 'adults-mosaic-apr-chronology.docx',
  agency: 'Glanmor County Council Adult Services',
  kind: 'adult-services',
  system: 'Mosaic (adults) chronology pasted into the Welsh APR Word template',
  quirks:
    'Welsh Adult Practice Review template, "Adult at Risk report" wording for Wales, several paragraphs per cell, cover table, table continued over pages with header repeated',
  headers: ['Date', 'Source', 'Contact / event type', 'Detail', 'Outcome', 'Analysis'],
  fields: {
    date: 'Date',
    team: 'Source',
    type: 'Contact / event type',
    description: 'Detail',
    outcome: 'Outcome',
    analysis: 'Analysis',
  },
  docx: {
    title: [
      'Adult Practice Review – Agency Chronology',
      'Glanmor County Council Adult Services',
      'Adult: Mr J (58)',
    ],
    preface: [
      ['Review period', '01/01/2022 – 31/12/2022'],
      ['Completed by', 'Principal SW, Adult Safeguarding'],
    ],
    splitEvery: 4,
  },
  // prettier-ignore
  rows: [
    ['adult.concern', '11/02/2022', 'IAA Team', 'Adult at Risk report', 'Police report: Mr J found with injuries, lodger suspected of taking his money.\nMr J has learning disability.', 'Duty to make enquiries (s126).', 'Received and considered within 1 day.'],
    ['adult.enquiry', '14/02/2022', 'Adult Safeguarding Team', 'Section 126 enquiry', 'Enquiry started: police, bank, housing.', 'Strategy meeting.', ''],
    ['strategy', '16/02/2022', 'Adult Safeguarding Team', 'Strategy meeting', 'Strategy meeting with police and housing.', 'Protection plan.', 'Advocate not involved.'],
    ['contact.home-visit', '21/02/2022', 'Community Team LD', 'Visit', 'Mr J seen at home. Lodger present, Mr J quiet.', 'Seek to see Mr J alone.', 'Seen with the alleged perpetrator present.'],
    ['contact.office', '03/03/2022', 'Community Team LD', 'Seen at day centre', 'Seen alone at day centre: says lodger "borrows" his card.', 'Bank protection.', 'Good use of a safe place.'],
    ['meeting.planning', '24/03/2022', 'Adult Safeguarding Team', 'Case conference (adult)', 'Adult protection plan agreed.', 'Review 3 months.', ''],
    ['contact.no-access', '14/06/2022', 'Community Team LD', 'Visit - no answer', 'No answer at home.', 'Retry.', 'Review of plan overdue.'],
    ['critical', '02/08/2022', 'Emergency Duty Team', 'Notification', 'Police: Mr J found seriously injured at home; lodger arrested.', 'Strategy meeting.', ''],
  ],
};

export const ambulanceEpcr: CorpusFile = {
  name: 'ambulance-epcr-incidents.csv',
  agency: 'Northshire Ambulance Service NHS Trust',
  kind: 'ambulance',
  system: 'Ambulance incident / ePCR summary export',
  quirks:
    'Call time and on-scene time, AMPDS chief complaint as the type, a "Conveyed" Y/N column, "Safeguarding referral made" Y/N, incident numbers',
  headers: [
    'Incident Number',
    'Incident Date',
    'Call Time',
    'Time at Scene',
    'Chief Complaint',
    'Crew',
    'Patient',
    'Clinical Narrative',
    'Conveyed',
    'Safeguarding referral made',
  ],
  fields: {
    sourceRef: 'Incident Number',
    date: 'Incident Date',
    time: 'Call Time',
    type: 'Chief Complaint',
    practitioner: 'Crew',
    subjects: 'Patient',
    description: 'Clinical Narrative',
  },
  // prettier-ignore
  rows: [
    ['health.emergency', 'NAS-21-0611872', '02/06/2021', '00:31', '00:49', 'Assault / Sexual Assault', 'P 4410 / T 9921', 'Female 34', 'Facial swelling L eye. Says walked into cupboard. Partner present, answered for her.', 'Y', 'N'],
    ['health.emergency', 'NAS-21-0919004', '11/09/2021', '02:40', '02:58', 'Overdose / Poisoning', 'P 3002 / ECA 771', 'Female 34', 'Paracetamol OD after argument. Partner left before crew arrived.', 'Y', 'Y'],
    ['health.emergency', 'NAS-21-1124110', '24/11/2021', '00:05', '00:19', 'Falls', 'P 4410 / T 1180', 'Female 34', 'Head injury, states fell. Police on scene arresting partner.', 'Y', 'Y'],
    ['referral.sent', 'NAS-21-1124110-S', '24/11/2021', '02:30', '', 'Safeguarding Referral', 'P 4410', 'Female 34', 'Adult safeguarding referral (DA) sent to council.', 'N', 'Y'],
    ['health.emergency', 'NAS-22-0110230', '10/01/2022', '19:44', '20:10', 'Breathing problems', 'P 2112 / T 9921', 'Child 2', 'Child wheezy. Home cold, damp, mould in bedroom. Mother alone.', 'N', 'N'],
    ['health.emergency', 'NAS-22-0302955', '02/03/2022', '23:12', '23:40', 'Psychiatric / Suicide attempt', 'P 3002 / T 1180', 'Female 34', 'Threatening to jump from bridge, says partner back and "it will never stop".', 'Y', 'Y'],
    ['referral.sent', 'NAS-22-0302955-S', '03/03/2022', '01:10', '', 'Safeguarding Referral', 'P 3002', 'Female 34', 'Safeguarding referral to council: DA, mental health, child in home.', 'N', 'Y'],
    ['critical', 'NAS-22-0419001', '19/04/2022', '04:02', '04:11', 'Cardiac / Respiratory arrest', 'P 4410 / P 2112', 'Female 34', 'ROLE. Police present. Crime scene.', 'N', 'N'],
  ],
};
