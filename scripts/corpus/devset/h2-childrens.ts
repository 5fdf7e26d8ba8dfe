import type { CorpusFile } from '../spec';

// Development-set children's services and education files (held out 04/12/2026): WCCIS, the Welsh
// national care system built on Microsoft Dynamics, as its OData API returns activities; a
// council early help service on Servelec Synergy; and a school's welfare tracker from Bromcom.

export const wccisActivities: CorpusFile = {
  name: 'cs-wccis-odata-activities.json',
  agency: "Cyngor Bro Morlais / Morlais Valley Council Children's Services",
  kind: 'children-services',
  system: 'WCCIS (Welsh Community Care Information System), Dynamics OData activity export',
  quirks:
    'rows under "value" beside an "@odata.context", Dynamics column names with a publisher prefix (`cd_activitytypename`, `scheduledstart`, `actualend`), ISO date-times with a Z, "Yes"/"No" seen flags, Welsh procedure words (MARF, Child Protection Register, Care and Support)',
  json: {
    wrapper: {
      '@odata.context':
        'https://wccis.example.wales/api/data/v9.1/$metadata#cd_activities(cd_activityid,scheduledstart,actualend,cd_activitytypename,description)',
      '@odata.count': 10,
    },
    key: 'value',
  },
  headers: [
    'cd_activityid',
    'scheduledstart',
    'actualend',
    'cd_activitytypename',
    'owningteam_name',
    'ownerid_name',
    'regardingobjectid_name',
    'cd_childseen',
    'cd_childseenalone',
    'description',
    'cd_outcome',
  ],
  fields: {
    sourceRef: 'cd_activityid',
    date: 'scheduledstart',
    endDate: 'actualend',
    type: 'cd_activitytypename',
    team: 'owningteam_name',
    practitioner: 'ownerid_name',
    subjects: 'regardingobjectid_name',
    childSeen: 'cd_childseen',
    seenAlone: 'cd_childseenalone',
    description: 'description',
    outcome: 'cd_outcome',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'ACT-0190411', '2020-01-07T09:20:00Z', '2020-01-07T09:45:00Z', 'MARF Received', 'IAA (Information, Advice and Assistance)', 'Duty SW', 'Lili HUGHES (2)', '', '', 'MARF from South Wales Police: domestic incident 05/01, mother assaulted by partner, Lili present and crying.', 'For decision.'],
    ['decision', 'ACT-0190423', '2020-01-08T15:00:00Z', '', 'Contact Decision', 'IAA (Information, Advice and Assistance)', 'Team Manager IAA', 'Lili HUGHES (2)', '', '', 'Threshold for Care and Support assessment met. Police and health visitor to be told.', 'Proceed to assessment.'],
    ['strategy', 'ACT-0190519', '2020-01-14T11:00:00Z', '2020-01-14T11:40:00Z', 'Strategy Discussion', 'Child Protection Team', 'R. Pritchard SW', 'Lili HUGHES (2)', '', '', 'Strategy discussion (phone) with police DS and HV. Second incident 12/01 reported.', 'Section 47 enquiries agreed.'],
    ['s47', 'ACT-0190520', '2020-01-14T12:00:00Z', '2020-01-31T17:00:00Z', 'Section 47 Enquiry', 'Child Protection Team', 'R. Pritchard SW', 'Lili HUGHES (2)', '', '', 'Joint s.47 enquiries with police.', 'Initial child protection conference.'],
    ['contact.home-visit', 'ACT-0190602', '2020-01-16T14:30:00Z', '2020-01-16T15:30:00Z', 'Visit – Unannounced', 'Child Protection Team', 'R. Pritchard SW', 'Lili HUGHES (2)', 'Yes', 'No', 'Seen at home with mother. Home adequate. Mother says partner has moved out.', ''],
    ['meeting.conference', 'ACT-0190844', '2020-02-04T10:00:00Z', '2020-02-04T12:00:00Z', 'Initial Child Protection Conference', 'Safeguarding Unit', 'Chair – IRO', 'Lili HUGHES (2)', '', '', 'ICPC held. Police, HV, GP report, nursery present.', 'Registered – physical and emotional abuse.'],
    ['register.add', 'ACT-0190845', '2020-02-04T12:05:00Z', '', 'Placed on Child Protection Register', 'Safeguarding Unit', 'Chair – IRO', 'Lili HUGHES (2)', '', '', 'Lili\'s name placed on the CPR under physical and emotional abuse.', 'Outline plan to be circulated.'],
    ['family.informed', 'ACT-0190861', '2020-02-06T09:00:00Z', '', 'Letter – Conference Outcome to Parents', 'Safeguarding Unit', 'Business Support', 'Lili HUGHES (2)', '', '', 'Letter to mother and father with the outcome of the conference and the outline plan.', ''],
    ['meeting.core-group', 'ACT-0191020', '2020-02-18T13:00:00Z', '2020-02-18T14:15:00Z', 'Core Group Meeting', 'Child Protection Team', 'R. Pritchard SW', 'Lili HUGHES (2)', '', '', 'First core group. HV, nursery and mother attended. Father not invited.', 'Plan updated.'],
    ['contact.no-access', 'ACT-0191233', '2020-03-03T10:00:00Z', '', 'Statutory Visit – No Access', 'Child Protection Team', 'R. Pritchard SW', 'Lili HUGHES (2)', 'No', 'No', 'Visit planned. No answer, neighbour says mother is "at her boyfriend\'s".', 'Revisit within 2 days.'],
  ],
};

export const synergyEarlyHelp: CorpusFile = {
  name: 'eh-synergy-family-interventions.json',
  agency: 'Brayford City Council Early Help and Family Support',
  kind: 'children-services',
  system: 'Servelec Synergy Early Help module, family intervention report (JSON)',
  quirks:
    'a bare array with title-case keys holding spaces, the intervention date as an ISO date with no time beside a "Recorded" `dd/mm/yyyy hh:mm:ss`, intervention names with abbreviations (EHA, TAF, YP, DNA), who was present in one cell, the lead professional on every row',
  headers: [
    'Family ID',
    'Intervention Date',
    'Recorded',
    'Intervention',
    'Worker',
    'Present',
    'Intervention Notes',
    'Next Steps',
  ],
  fields: {
    sourceRef: 'Family ID',
    date: 'Intervention Date',
    type: 'Intervention',
    practitioner: 'Worker',
    subjects: 'Present',
    description: 'Intervention Notes',
    outcome: 'Next Steps',
  },
  // prettier-ignore
  rows: [
    ['referral.received', 'FAM-30219', '2021-09-06', '06/09/2021 11:02:44', 'Request for Support rec\'d', 'EH Hub', '', 'Request for support from St Anne\'s Primary: Tyler (8) poor attendance, tired, mum struggling since dad left.', 'Allocate family support worker.'],
    ['assessment.start', 'FAM-30219', '2021-09-14', '14/09/2021 16:22:05', 'EHA started', 'K. Mensah FSW', 'Mum (Shannon), Tyler', 'Early Help Assessment started at home with consent.', 'Complete within 4 weeks.'],
    ['contact.home-visit', 'FAM-30219', '2021-09-21', '22/09/2021 09:10:31', 'Family home visit', 'K. Mensah FSW', 'Mum, Tyler, Ruby (3)', 'Home visit. Home cluttered, little food. Mum says new partner "helps out". Partner not seen.', 'Foodbank voucher.'],
    ['meeting.planning', 'FAM-30219', '2021-10-05', '05/10/2021 15:40:12', 'TAF meeting', 'K. Mensah FSW', 'Mum, school, HV, FSW', 'Team Around the Family meeting at school. Family plan agreed: routines, attendance, parenting group.', 'Review TAF 6 weeks.'],
    ['contact.office', 'FAM-30219', '2021-10-12', '12/10/2021 14:05:50', '1:1 session (YP)', 'K. Mensah FSW', 'Tyler', '1:1 with Tyler at school. Said mum\'s boyfriend "shouts a lot" and he stays in his room.', 'Discuss with mum.'],
    ['assessment.complete', 'FAM-30219', '2021-10-13', '13/10/2021 10:00:00', 'EHA signed off', 'Team Leader EH', '', 'EHA completed and signed off by team leader. Needs: routines, finances, possible DA.', ''],
    ['contact.not-brought', 'FAM-30219', '2021-10-28', '28/10/2021 12:31:09', 'Triple P group – DNA', 'Parenting team', '', 'Mum did not attend week 1 of Triple P group. No call.', 'FSW to follow up.'],
    ['referral.sent', 'FAM-30219', '2021-11-16', '16/11/2021 17:48:27', 'Step up to CSC (MASH)', 'K. Mensah FSW', '', 'Ruby seen with bruise to cheek at nursery, mum says partner "grabbed her". Referral to MASH, consent not sought (risk).', 'Await MASH decision.'],
    ['case.transfer', 'FAM-30219', '2021-11-19', '19/11/2021 09:15:00', 'Closed to EH – stepped up', 'Team Leader EH', '', 'MASH decision: s.47. Case stepped up to Children\'s Social Care, closed to Early Help.', 'Handover to allocated SW.'],
  ],
};

export const bromcomWelfare: CorpusFile = {
  name: 'school-bromcom-welfare-tracker.xlsx',
  agency: 'Ashdown Academy',
  kind: 'education',
  system: 'Bromcom MIS, behaviour and welfare records exported to Excel',
  quirks:
    'a title block, the year group written once and merged down, the incident date as text in several forms (`13-Mar-23`, `20.03.23`, `?24/03/2023`) beside a "Logged At" date-time cell, welfare categories with a dash, `DSL Informed (Y/N)`, a second sheet of attendance figures',
  xlsx: {
    title: [
      'Ashdown Academy – Welfare & Safeguarding Records',
      'Student: Jayden ROSS (Y5)   Exported from Bromcom 02/10/2023',
    ],
    sheet: 'Welfare Records',
    sheetsAfter: [
      {
        name: 'Attendance',
        lines: [
          ['Term', 'Sessions possible', 'Attended', '%'],
          ['Autumn 2022', '142', '121', '85.2'],
          ['Spring 2023', '118', '96', '81.4'],
        ],
      },
    ],
    dateCells: [{ header: 'Logged At', as: 'datetime' }],
    mergeDown: ['Yr'],
  },
  headers: [
    'Yr',
    'Incident Date',
    'Logged At',
    'Welfare Category',
    'Staff Member',
    'What was seen / heard',
    'Action Taken',
    'DSL Informed (Y/N)',
  ],
  fields: {
    date: 'Incident Date',
    type: 'Welfare Category',
    practitioner: 'Staff Member',
    description: 'What was seen / heard',
    outcome: 'Action Taken',
  },
  // prettier-ignore
  rows: [
    ['concern', 'Y5', '06-Mar-23', '06/03/2023 15:42', 'Welfare – Appearance', 'Mrs T. Lowe (class teacher)', 'Jayden in same uniform all week, smells, hungry at break. Said there was "no food till Friday".', 'Breakfast club offered. Logged for DSL.', 'Y'],
    ['incident.injury', 'Y5', '13-Mar-23', '13/03/2023 09:20', 'Welfare – Injury noted', 'Mr P. Grant (TA)', 'Bruise to L forearm, about 3cm, yellowing. Says he fell off his bike.', 'Body map completed.', 'Y'],
    ['contact.phone', 'Y5', '13-Mar-23', '13/03/2023 12:05', 'Parent – Phone call', 'Ms R. Adeyemi (DSL)', 'Called mum about the bruise. Explanation matched Jayden\'s.', 'No further action.', 'Y'],
    ['concern', 'Y5', '20.03.23', '20/03/2023 14:10', 'Safeguarding – Disclosure', 'Mrs T. Lowe (class teacher)', 'Jayden told me mum\'s boyfriend "hit mum and hit me with a belt" at the weekend.', 'Passed to DSL straight away.', 'Y'],
    ['referral.sent', 'Y5', '20.03.23', '20/03/2023 15:05', 'Safeguarding – MASH referral', 'Ms R. Adeyemi (DSL)', 'Phoned MASH and police 101; online MASH referral submitted.', 'Await strategy outcome.', 'Y'],
    ['info.shared', 'Y5', '?24/03/2023', '27/03/2023 08:35', 'Op Encompass', 'Ms R. Adeyemi (DSL)', 'Operation Encompass notification from police: domestic incident at home overnight, Jayden present.', 'Key adult check-in at start of day.', 'Y'],
    ['contact.office', 'Y5', '28/03/23', '28/03/2023 16:30', 'Parent – Meeting in school', 'Ms R. Adeyemi (DSL)', 'Met mum and allocated SW in school. Mum says boyfriend has left.', 'Support plan in school.', 'Y'],
    ['meeting.planning', 'Y5', '18/04/23', '18/04/2023 11:00', 'Multi-agency – CIN mtg', 'Ms R. Adeyemi (DSL)', 'Attended CIN meeting. Attendance concerns shared (81%).', 'School to report attendance weekly to SW.', 'Y'],
    ['contact.no-access', 'Y5', '03/05/23', '03/05/2023 13:50', 'Attendance – Home visit', 'Mr D. Fry (attendance officer)', 'Jayden absent 3 days, no call. Home visit: no answer, curtains closed.', 'SW informed.', 'Y'],
  ],
};
