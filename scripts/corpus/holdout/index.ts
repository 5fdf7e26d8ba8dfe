import type { CorpusFile } from '../spec';
import {
  docmanDocuments,
  frameworkiChronology,
  k2MaternityContacts,
  redSigmaOccurrences,
  simsCommLog,
} from './cspr';
import {
  charitylogActivity,
  hexagonIncidents,
  iaptusAppointments,
  manageSupervisionLog,
  nervecentreActivity,
  qlDhrChronology,
} from './dhr';
import {
  adastraCaseHistory,
  malinkoVisits,
  policeSarChronology,
  sharepointHubActions,
} from './sar';

/**
 * The held-out corpus (fixtures/holdout), written on 07/12/2026 to replace the one of
 * 05/12/2026, which became development files (scripts/corpus/devset/h3-*.ts). Written by an
 * author who did not read the recognition code, from other systems and other header wordings
 * than the main corpus and the development set, as three review cases: a child safeguarding
 * practice review, a domestic homicide review and a safeguarding adults review. Engineers
 * improving column and type recognition do not read these specs or the files they write
 * (docs/corpus.md, "The held-out corpus").
 */
export const HOLDOUT_FILES: CorpusFile[] = [
  // Child Safeguarding Practice Review, "Child T" (Eastmere)
  redSigmaOccurrences,
  docmanDocuments,
  k2MaternityContacts,
  frameworkiChronology,
  simsCommLog,
  // Domestic Homicide Review, "Leanne" (Harbridge)
  hexagonIncidents,
  nervecentreActivity,
  iaptusAppointments,
  manageSupervisionLog,
  charitylogActivity,
  qlDhrChronology,
  // Safeguarding Adults Review, "Alan" (Brackley)
  sharepointHubActions,
  adastraCaseHistory,
  malinkoVisits,
  policeSarChronology,
];
