import type { CorpusFile } from '../spec';
import { carefirstObservations, eclipseCaseSummary } from './childrens';
import { careDirectorSafeguarding, civicaActionDiary, sarChronologyDocx } from './community';
import { arborWelfareLog, myConcernExport } from './education';
import { carenotesContacts, firstNetAttendances, lorenzoActivity } from './health';
import { deliusContactsApi, idvaDhrDocx, probationImrDocx } from './justice';
import { connectCrimeEnquiry, vulnerabilityScreening } from './police';

/**
 * The development set (fixtures/devset). Written on 03/12/2026 as the held-out corpus, by a
 * different author from the main corpus, from other systems and other header wordings. It had
 * judged many changes by 04/12/2026, so it became a development set: engineers may read these
 * specs, the files and the eval's per-file detail (docs/corpus.md, "The development set").
 */
export const DEVSET_FILES: CorpusFile[] = [
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
