import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../shared/project-root';
import { LearnedTypeReader, type TypeModelData } from './type-learned';

// Found from the project's folder, so the compiled server (dist/server/) reads the same file.
export const TYPE_MODEL_FILE = path.join(
  PROJECT_ROOT,
  'server',
  'ingest',
  'data',
  'type-model.json',
);

let reader: LearnedTypeReader | null = null;

/**
 * The learned type reader of data/type-model.json, read on first use: only the upload thread
 * reads type words, and a thread that needs only the codes and labels never holds the counts
 * (as spelling.ts reads its word list).
 */
export function learnedTypeReader(): LearnedTypeReader {
  reader ??= new LearnedTypeReader(
    JSON.parse(fs.readFileSync(TYPE_MODEL_FILE, 'utf8')) as TypeModelData,
  );
  return reader;
}
