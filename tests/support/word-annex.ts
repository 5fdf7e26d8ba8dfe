// Reads a Word annex back as a reviewer's Word would show it, for the tests: its table through
// the upload's own Word reader (server/ingest/office), its page set-up, header and footer from
// the package's parts.
import { strFromU8, unzipSync } from 'fflate';
import { readWordTables, type WordRow } from '../../server/ingest/office/docx-tables';
import { openOfficeZip } from '../../server/ingest/office/office-zip';

export interface WordAnnex {
  /** The document's one table, row by row, each cell's paragraphs joined with "\n". */
  rows: WordRow[];
  /** How many tables the document holds. */
  tables: number;
  parts: Record<string, string>;
}

export async function readWordAnnex(bytes: Uint8Array): Promise<WordAnnex> {
  const { tables } = await readWordTables(openOfficeZip(bytes, 'document'));
  const parts = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
  return { rows: tables[0]?.rows ?? [], tables: tables.length, parts };
}
