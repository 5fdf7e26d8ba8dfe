import type { CorpusFile } from '../spec';

/**
 * The held-out corpus (fixtures/holdout). The one written on 04/12/2026 became development
 * files on 05/12/2026 (scripts/corpus/devset/h2-*.ts); a fresh set replaces it.
 */
export const HOLDOUT_FILES: CorpusFile[] = [];
