import { AppError } from '../../errors';
import { isOn, parseXmlPart } from './office-xml';
import type { OfficeZip } from './office-zip';

/** A top-level Word table as text: each row's cells by grid column. */
export interface WordTable {
  /** 1-based, counting the document's top-level tables in order. */
  number: number;
  rows: WordRow[];
}

export interface WordRow {
  cells: string[];
  /** Marked "Repeat as header row at the top of each page" (w:tblHeader). */
  repeatsAsHeader: boolean;
  /**
   * Every text of the row is merged across several columns: labels over groups of columns
   * ("Contact" over Date, Type and Worker), which name none of them apart.
   */
  grouped: boolean;
}

interface OpenCell {
  lines: string[];
  span: number;
  merge: 'restart' | 'continue' | null;
}

interface OpenRow {
  cells: Array<{ text: string; span: number; merge: OpenCell['merge'] }>;
  repeatsAsHeader: boolean;
  deleted: boolean;
  skip: number;
}

/**
 * Reads the document's top-level tables. A cell's paragraphs become lines ("\n"); a table
 * nested in a cell becomes more lines of that cell. Tracked changes read as accepted:
 * inserted text is kept, deleted text (w:delText, and anything inside w:del or w:moveFrom) and
 * deleted rows are left out. A vertically merged cell (w:vMerge) takes the text of the cell it
 * continues, as a reader of the printed table would.
 */
export async function readWordTables(
  zip: OfficeZip,
): Promise<{ tables: WordTable[]; tracked: boolean }> {
  const tables: WordTable[] = [];
  let depth = 0;
  let table: WordTable | null = null;
  let row: OpenRow | null = null;
  let cell: OpenCell | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let deleted = 0;
  let tracked = false;
  let inRowProperties = false;
  let inRun = false;

  await parseXmlPart(zip, 'word/document.xml', {
    open(tag) {
      switch (tag.name) {
        case 'w:tbl':
          depth += 1;
          if (depth === 1) table = { number: tables.length + 1, rows: [] };
          break;
        case 'w:tr':
          if (depth === 1) row = { cells: [], repeatsAsHeader: false, deleted: false, skip: 0 };
          break;
        case 'w:trPr':
          inRowProperties = depth === 1;
          break;
        case 'w:tblHeader':
          if (row && inRowProperties) row.repeatsAsHeader = isOn(tag);
          break;
        case 'w:gridBefore':
          if (row && depth === 1) row.skip = gridCount(tag.attributes['w:val'], 0);
          break;
        case 'w:tc':
          if (depth === 1) cell = { lines: [], span: 1, merge: null };
          break;
        case 'w:gridSpan':
          if (cell && depth === 1) cell.span = gridCount(tag.attributes['w:val'], 1);
          break;
        case 'w:vMerge':
          if (cell && depth === 1)
            cell.merge = tag.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
          break;
        case 'w:p':
          paragraph = '';
          break;
        case 'w:t':
          inText = deleted === 0;
          break;
        case 'w:r':
          inRun = true;
          break;
        // Only inside a run: w:tab also defines tab stops in a paragraph's properties.
        case 'w:tab':
          if (inRun && paragraph !== null && deleted === 0) paragraph += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (inRun && paragraph !== null && deleted === 0) paragraph += '\n';
          break;
        case 'w:del':
        case 'w:moveFrom':
          tracked = true;
          if (inRowProperties && row) row.deleted = true;
          else if (!tag.isSelfClosing) deleted += 1;
          break;
        case 'w:ins':
        case 'w:moveTo':
          tracked = true;
          break;
      }
    },
    text(text) {
      if (inText && paragraph !== null) paragraph += text;
    },
    close(name, selfClosing) {
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          inRun = false;
          break;
        case 'w:del':
        case 'w:moveFrom':
          if (!inRowProperties && !selfClosing && deleted > 0) deleted -= 1;
          break;
        case 'w:trPr':
          inRowProperties = false;
          break;
        case 'w:p':
          if (cell && paragraph !== null) cell.lines.push(paragraph);
          paragraph = null;
          break;
        case 'w:tc':
          if (depth === 1 && row && cell) {
            const text = cell.lines.join('\n').replace(/^\s+|\s+$/g, '');
            row.cells.push({ text, span: cell.span, merge: cell.merge });
            cell = null;
          }
          break;
        case 'w:tr':
          if (depth === 1 && table && row) {
            if (!row.deleted) table.rows.push(layOut(row, table.rows));
            row = null;
          }
          break;
        case 'w:tbl':
          if (depth === 1 && table) tables.push(table);
          depth -= 1;
          break;
      }
    },
  });
  return { tables, tracked };
}

/** A row's cells by grid column: a merged-across cell fills its first column only. */
function layOut(row: OpenRow, above: readonly WordRow[]): WordRow {
  const cells: string[] = new Array<string>(row.skip).fill('');
  let texts = 0;
  let spanning = 0;
  for (const { text, span, merge } of row.cells) {
    const column = cells.length;
    cells.push(merge === 'continue' ? (above[above.length - 1]?.cells[column] ?? '') : text);
    for (let i = 1; i < span; i++) cells.push('');
    if (text.trim() === '') continue;
    texts += 1;
    if (span > 1) spanning += 1;
  }
  return {
    cells,
    repeatsAsHeader: row.repeatsAsHeader,
    grouped: texts > 0 && spanning === texts,
  };
}

/** Word's tables have at most 63 columns; a count past that was not written by Word. */
const WORD_COLUMNS = 63;

/** A row's skipped columns or a cell's span, refused past Word's own limit. */
function gridCount(value: string | undefined, fallback: number): number {
  const count = Math.max(fallback, Number(value) || fallback);
  if (count > WORD_COLUMNS) {
    throw new AppError(
      'FILE_UNREADABLE',
      `A table row spans ${count.toLocaleString('en-GB')} columns; Word's tables have at most ${WORD_COLUMNS}. The document was not saved by Word, or it is damaged: open it in Word and save it again as .docx.`,
    );
  }
  return count;
}
