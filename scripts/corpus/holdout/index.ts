import type { CorpusFile } from '../spec';

/**
 * The held-out corpus (fixtures/holdout). The set of 05/12/2026 became development files on
 * 07/12/2026 (scripts/corpus/devset/h3-*.ts); a fresh set is written next.
 */
export const HOLDOUT_FILES: CorpusFile[] = [];
