import { AppError, type RowIssue } from '../../errors';
import { readWordTables, type WordTable } from './docx-tables';
import { tableFromGrid, type GridRow, type OfficeTable } from './grid-table';
import { openOfficeZip, refuseMacroContentType } from './office-zip';

interface Candidate {
  table: WordTable;
  /** Index in table.rows of its header row. */
  headerIndex: number;
  key: string;
}

/**
 * Reads the chronology of a Word document: its table, or several tables with the same header
 * read as one (a table continued after a page or section break, or split by hand). Of the
 * groups of tables with the same header, the chronology is the one with the most cells of
 * data, among tables of three or more columns first: IMR templates open with a two-column
 * table of labels (agency, author, period), and a chronology has a date, what happened and
 * more.
 */
export async function readDocx(bytes: Uint8Array): Promise<OfficeTable> {
  const zip = openOfficeZip(bytes, 'document');
  await refuseMacroContentType(zip);
  if (!zip.has('word/document.xml')) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      'The file is a zip archive but not a Word document. Upload the chronology as .docx, .xlsx, .csv or .json.',
    );
  }
  const { tables, tracked } = await readWordTables(zip);
  await zip.checkTheRest();

  const candidates = tables.map(candidateOf).filter((c): c is Candidate => c !== null);
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  const best = [...groups.values()]
    .map((group) => ({ group, score: score(group) }))
    .filter((g) => g.score > 0)
    .sort((a, b) => b.score - a.score)[0]?.group;
  if (!best) {
    throw new AppError(
      'FILE_UNREADABLE',
      tables.length === 0
        ? 'The Word document holds no table. Tapestry reads a Word chronology from a table: one event per row, under a header row (Date, Description, …).'
        : `The Word document's ${tables.length === 1 ? 'table has' : `${tables.length} tables have`} no rows under a header row. Put the chronology in a table: one event per row, under a header row.`,
    );
  }

  const first = best[0]!;
  const rows: GridRow[] = [];
  let header: GridRow | null = null;
  let counted = 0;
  for (const { table, headerIndex } of best) {
    table.rows.forEach((r, i) => {
      const gridRow = {
        row: counted + i + 1,
        place: `Table ${table.number}, row ${i + 1}`,
        cells: r.cells,
      };
      if (table === first.table && i === headerIndex) header = gridRow;
      else if (i > headerIndex) rows.push(gridRow);
    });
    counted += table.rows.length;
  }
  const width = Math.max(...best.flatMap((c) => c.table.rows.map((r) => r.cells.length)));
  const table = tableFromGrid({ header: header!, rows, width });
  const numbers = best.map((c) => c.table.number);
  const name = numbers.length === 1 ? `Table ${numbers[0]}` : `Tables ${numbers.join(', ')}`;
  const others = tables.length - numbers.length;
  const note =
    `Read ${name} of the document, with its header on row ${first.headerIndex + 1}` +
    (numbers.length > 1 ? `: the tables share one header and were read as one chronology` : '') +
    (others > 0
      ? `. ${others} other table${others === 1 ? ' was' : 's were'} not read (another header, or no rows).`
      : '.');
  const warnings: RowIssue[] = tracked
    ? [
        {
          row: null,
          column: null,
          code: 'docx.tracked-changes',
          message:
            'The document holds tracked changes; it was read as if every change were accepted (inserted text kept, deleted text left out). If that is not the chronology, accept or reject the changes in Word and upload it again.',
        },
      ]
    : [];
  return {
    table: { ...table, headerRow: first.headerIndex + 1 },
    origin: { kind: 'table', name, headerRow: first.headerIndex + 1, sheets: [], note },
    warnings,
  };
}

/**
 * A table's header is its first row with two or more different texts, not all merged across
 * columns: a title row merged across the table ("Chronology of events"), or labels over
 * groups of columns ("Contact" | "Outcome"), sit above it in some templates.
 */
function candidateOf(table: WordTable): Candidate | null {
  // Rows marked to repeat at the top of each page are the header; with two (a title row, then
  // the column names), the last one names the columns.
  let repeated = -1;
  while (table.rows[repeated + 1]?.repeatsAsHeader) repeated += 1;
  const names = (i: number) => distinct(table.rows[i]!.cells) >= 2 && !labelsGroups(table, i);
  const headerIndex =
    repeated >= 0 && names(repeated)
      ? repeated
      : table.rows.slice(0, 5).findIndex((_, i) => names(i));
  if (headerIndex < 0) return null;
  const key = keyOf(table.rows[headerIndex]!.cells);
  return { table, headerIndex, key };
}

function score(group: Candidate[]): number {
  let cells = 0;
  for (const { table, headerIndex, key } of group) {
    for (const r of table.rows.slice(headerIndex + 1)) {
      if (keyOf(r.cells) === key) continue;
      cells += r.cells.filter((c) => c.trim() !== '').length;
    }
  }
  if (cells === 0) return 0;
  const wide = group.some((c) => c.key.split('|').filter(Boolean).length >= 3);
  return (wide ? 1e9 : 0) + cells;
}

/**
 * Labels over groups of columns: every text of the row spans several columns, and the row
 * under it fills more cells. Word also writes every cell of a plain header as spanning two
 * grid columns once a table has been edited; the rows under such a header fill no more.
 */
function labelsGroups(table: WordTable, i: number): boolean {
  const next = table.rows[i + 1];
  return (
    table.rows[i]!.grouped &&
    next !== undefined &&
    filled(next.cells) > filled(table.rows[i]!.cells)
  );
}

function filled(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== '').length;
}

function distinct(cells: readonly string[]): number {
  return new Set(cells.map((c) => c.trim()).filter(Boolean)).size;
}

// Two headers are the same whatever their case and spacing; trailing empty columns do not count.
function keyOf(cells: readonly string[]): string {
  return cells
    .map((c) => c.replace(/\s+/g, ' ').trim().toLowerCase())
    .join('|')
    .replace(/\|+$/, '');
}
