import type { CorpusFile } from '../spec';
import { carefirstObservations, eclipseCaseSummary } from './childrens';
import { careDirectorSafeguarding, civicaActionDiary, sarChronologyDocx } from './community';
import { arborWelfareLog, myConcernExport } from './education';
import { carenotesContacts, firstNetAttendances, lorenzoActivity } from './health';
import { deliusContactsApi, idvaDhrDocx, probationImrDocx } from './justice';
import { connectCrimeEnquiry, vulnerabilityScreening } from './police';

/**
 * The held-out corpus (fixtures/holdout). Written by a different author from the main corpus,
 * from other systems and other header wordings; engineers improving column and type
 * recognition do not read these specs or the files they write (docs/corpus.md).
 */
export const HOLDOUT_FILES: CorpusFile[] = [
  connectCrimeEnquiry,
  vulnerabilityScreening,
  carefirstObservations,
  eclipseCaseSummary,
  myConcernExport,
  arborWelfareLog,
  firstNetAttendances,
  lorenzoActivity,
  carenotesContacts,
  deliusContactsApi,
  probationImrDocx,
  idvaDhrDocx,
  civicaActionDiary,
  careDirectorSafeguarding,
  sarChronologyDocx,
];
