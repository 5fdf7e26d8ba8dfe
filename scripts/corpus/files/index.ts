import type { CorpusFile } from '../spec';
import { adultsMosaicDocx, ambulanceEpcr, lasSafeguarding } from './adults';
import {
  csprChronologyDocx,
  eclipseChronology,
  ehmEarlyHelp,
  lcsChronology,
  mashLog,
  mosaicNotes,
} from './childrens';
import { capitaOne, cpoms, dslChronology } from './education';
import { emisConsultations, gpImr, systmOneGp } from './gp';
import { badgerNet, edAttendances, hvSystmOne, rioNotes, trustSafeguardingLog } from './health';
import { homelessnessCasework, tenancyActions } from './housing';
import { idvaCasework, ndeliusContacts, ndeliusWorkbook, refugeLog } from './justice';
import { camhsAppointments, hvImrDocx, lcsCaseNotesJson } from './more';
import { athenaLog, nicheOccurrences, ppnLog, stormIncidents } from './police';

export const CORPUS_FILES: CorpusFile[] = [
  nicheOccurrences,
  athenaLog,
  ppnLog,
  stormIncidents,
  hvSystmOne,
  badgerNet,
  edAttendances,
  rioNotes,
  trustSafeguardingLog,
  emisConsultations,
  systmOneGp,
  gpImr,
  mosaicNotes,
  lcsChronology,
  eclipseChronology,
  ehmEarlyHelp,
  mashLog,
  csprChronologyDocx,
  cpoms,
  capitaOne,
  dslChronology,
  tenancyActions,
  homelessnessCasework,
  ndeliusContacts,
  ndeliusWorkbook,
  idvaCasework,
  refugeLog,
  lasSafeguarding,
  adultsMosaicDocx,
  ambulanceEpcr,
  lcsCaseNotesJson,
  camhsAppointments,
  hvImrDocx,
];
