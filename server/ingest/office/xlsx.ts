import { AppError, type RowIssue } from '../../errors';
import type { SourceTable } from '../records';
import { tableFromGrid, type GridRow, type OfficeTable } from './grid-table';
import { openOfficeZip, refuseMacroContentType } from './office-zip';
import {
  columnLetter,
  readDateStyles,
  readSharedStrings,
  readWorkbookInfo,
  type SheetEntry,
} from './xlsx-parts';
import { readSheet, type SheetCells } from './xlsx-sheet';
import { findHeader, type Layout } from '../header-row';

/**
 * Reads an .xlsx workbook's chronology sheet: the one the uploader named, else the visible
 * sheet whose name says it is the chronology, else the one with the most rows under a header.
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: { sheet?: string } = {},
): Promise<OfficeTable> {
  const zip = openOfficeZip(bytes, 'workbook');
  await refuseMacroContentType(zip);
  if (!zip.has('xl/workbook.xml')) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      zip.has('xl/workbook.bin')
        ? 'This is an Excel binary workbook (.xlsb). In Excel choose File › Save As › "Excel Workbook (*.xlsx)" and upload that.'
        : 'The file is a zip archive but not an Excel workbook. Upload the chronology as .xlsx, .docx, .csv or .json.',
    );
  }
  const info = await readWorkbookInfo(zip);
  const context = {
    sharedStrings: await readSharedStrings(zip),
    dateStyles: await readDateStyles(zip),
    date1904: info.date1904,
  };
  const wanted = options.sheet === undefined ? null : namedSheet(info.sheets, options.sheet);
  const read = new Map<SheetEntry, { cells: SheetCells; layout: Layout | null }>();
  // Every sheet, even when one is named: the report gives each one's rows for the chooser.
  for (const sheet of info.sheets) {
    const cells = await readSheet(zip, sheet.path, context);
    read.set(sheet, { cells, layout: findHeader(cells.rows) });
  }
  await zip.checkTheRest();

  const withData = [...read].filter(([, r]) => r.layout && r.layout.dataRows > 0);
  const [chosen, why] = wanted
    ? [wanted, 'the sheet you chose']
    : chooseSheet(withData.map(([s, r]) => [s, r.layout!.dataRows]));
  const sheetRead = chosen ? read.get(chosen) : undefined;
  if (!chosen || !sheetRead?.layout) {
    throw new AppError(
      'FILE_UNREADABLE',
      wanted
        ? `Sheet '${wanted.name}' holds no table: no rows with data under a header row.`
        : `The workbook has no sheet with a table of data (sheets: ${info.sheets.map((s) => `'${s.name}'`).join(', ') || 'none'}). Put the chronology on a sheet, one event per row under a header row.`,
    );
  }
  const { cells, layout } = sheetRead;
  const sheets = info.sheets.map((s) => ({
    name: s.name,
    rows: read.get(s)?.layout?.dataRows ?? 0,
    hidden: s.hidden,
  }));
  const others = sheets.filter((s) => s.name !== chosen.name).map((s) => `'${s.name}'`);
  const note = `Read sheet '${chosen.name}' (${why}), with its header on row ${layout.headerRow}.${others.length ? ` Other sheets: ${others.join(', ')}; choose one to read it instead.` : ''}`;
  // Before the table: laying it out lets the sheet's rows go.
  const warnings = hiddenWarnings(chosen, cells, layout);
  return {
    table: sheetTable(chosen.name, cells, layout),
    origin: { kind: 'sheet', name: chosen.name, headerRow: layout.headerRow, sheets, note },
    warnings,
  };
}

function sheetTable(name: string, cells: SheetCells, layout: Layout): SourceTable {
  const { first, last, headerRow } = layout;
  const width = last - first + 1;
  const labels = Array.from({ length: width }, (_, i) => columnLetter(first + i));
  const at = (row: number): GridRow => ({
    row,
    place: `Sheet '${name}', row ${row}`,
    cells: (cells.rows.get(row) ?? []).slice(first, last + 1),
  });
  const numbers = [...cells.rows.keys()].filter((r) => r > headerRow).sort((a, b) => a - b);
  // Each sheet row is let go once laid out: a 100,000-row sheet is never held twice.
  function* rows() {
    for (const r of numbers) {
      const row = at(r);
      cells.rows.delete(r);
      yield row;
    }
  }
  const table = tableFromGrid({ header: at(headerRow), rows: rows(), width, columnLabels: labels });
  return { ...table, headerRow };
}

function namedSheet(sheets: SheetEntry[], name: string): SheetEntry {
  const key = name.trim().toLowerCase();
  const found =
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === key);
  if (!found) {
    throw new AppError(
      'BAD_REQUEST',
      `The workbook has no sheet '${name}'. Its sheets: ${sheets.map((s) => `'${s.name}'`).join(', ')}.`,
    );
  }
  return found;
}

// Names agencies give the sheet that holds the chronology.
const CHRONOLOGY_NAME = /chron|timeline|events?\b|contacts?\b|case ?notes?/i;

/** Visible before hidden; a chronology's name before any other; then the most rows. */
function chooseSheet(candidates: Array<[SheetEntry, number]>): [SheetEntry | null, string] {
  if (candidates.length === 0) return [null, ''];
  if (candidates.length === 1) return [candidates[0]![0], 'the only sheet with a table'];
  const rank = ([s, rows]: [SheetEntry, number]) =>
    (s.hidden ? 0 : 4) + (CHRONOLOGY_NAME.test(s.name) ? 2 : 0) + rows / 1e9;
  const best = [...candidates].sort((a, b) => rank(b) - rank(a))[0]!;
  const [sheet, rows] = best;
  const why = CHRONOLOGY_NAME.test(sheet.name)
    ? 'its name says it holds the chronology'
    : `the sheet with the most rows under a header, ${rows.toLocaleString('en-GB')}`;
  return [sheet, sheet.hidden ? `${why}; it is hidden in Excel` : why];
}

function hiddenWarnings(sheet: SheetEntry, cells: SheetCells, layout: Layout): RowIssue[] {
  const warnings: RowIssue[] = [];
  const rows = [...cells.hiddenRows]
    .filter((r) => r > layout.headerRow && cells.rows.has(r))
    .sort((a, b) => a - b);
  if (rows.length > 0) {
    const shown =
      rows.slice(0, 10).join(', ') + (rows.length > 10 ? ` and ${rows.length - 10} more` : '');
    warnings.push({
      row: rows[0]!,
      column: null,
      code: 'xlsx.hidden-rows',
      message: `Sheet '${sheet.name}': ${rows.length === 1 ? 'row' : 'rows'} ${shown} ${rows.length === 1 ? 'is' : 'are'} hidden in Excel; read like every other row.`,
    });
  }
  const header = cells.rows.get(layout.headerRow) ?? [];
  for (const c of [...cells.hiddenColumns].sort((a, b) => a - b)) {
    if (c < layout.first || c > layout.last) continue;
    const name = header[c]?.trim() || `Column ${columnLetter(c)}`;
    warnings.push({
      row: layout.headerRow,
      column: name,
      code: 'xlsx.hidden-column',
      message: `Sheet '${sheet.name}', column ${columnLetter(c)} ("${name}") is hidden in Excel; read like every other column.`,
    });
  }
  return warnings;
}
