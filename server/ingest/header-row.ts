// Where a table starts under a report's title block: used for Excel sheets (office/xlsx.ts) and
// CSV files (csv.ts) alike. Pure: no I/O.

/** Where a sheet's table is: its header row and the columns it spans. */
export interface Layout {
  headerRow: number;
  /** First and last column index (0-based) of the table. */
  first: number;
  last: number;
  /** Rows under the header with anything in them. */
  dataRows: number;
}

// A number, a date or a time: a header cell is a name, never one of these.
const VALUE = /^[\d\s.,:/-]+$/;
// The title block is a few rows; the header is found within the first rows of the sheet.
const HEADER_SEARCH_ROWS = 50;
// Enough rows under a candidate to see which columns the table fills.
const COVERAGE_ROWS = 30;
// A candidate this near the best coverage, and above it, is the header.
const NEAR_BEST = 0.75;

/**
 * Finds the header row under a title block. Agencies put a report title, the agency's name, the
 * review period and blank rows above the table; those rows hold one text, or a label and its
 * value ("Agency:", "Dyfed-Powys Police"), and a title merged across the sheet is one text in
 * its first cell. A header row holds two or more different texts, none a number or a date, and
 * names the columns the rows under it fill: of the rows that could be the header, the first
 * whose named columns hold nearly as many of the next rows' cells as the best one's is it.
 */
export function findHeader(rows: ReadonlyMap<number, string[]>): Layout | null {
  const order = [...rows.keys()].sort((a, b) => a - b);
  if (order.length === 0) return null;
  const candidates = order.slice(0, HEADER_SEARCH_ROWS).filter((r) => couldBeHeader(rows.get(r)));
  const covers = candidates.map((r) => coverage(rows, order, r));
  const best = Math.max(0, ...covers);
  // The first that names nearly as much as the best: a header with one blank cell names three
  // columns of four, and the first event under it, its date written in words, all four.
  const at = covers.findIndex((cover) => cover > 0 && cover >= NEAR_BEST * best);
  const header = { r: at >= 0 ? candidates[at]! : order[0]! };
  const headerCells = rows.get(header.r) ?? [];
  let first = headerCells.findIndex((c) => c?.trim());
  let last = lastFilled(headerCells);
  let dataRows = 0;
  for (const r of order) {
    if (r <= header.r) continue;
    const cells = rows.get(r) ?? [];
    const start = cells.findIndex((c) => c?.trim());
    if (start < 0) continue;
    dataRows += 1;
    first = Math.min(first, start);
    last = Math.max(last, lastFilled(cells));
  }
  return { headerRow: header.r, first, last, dataRows };
}

function couldBeHeader(cells: readonly (string | undefined)[] | undefined): boolean {
  const texts = new Set<string>();
  for (const cell of cells ?? []) {
    const text = cell?.trim();
    if (!text) continue;
    if (VALUE.test(text)) return false;
    texts.add(text);
  }
  return texts.size >= 2;
}

/**
 * The share of the filled cells in the rows after `r` that sit under a cell of `r` naming its
 * column. A text repeated in the next cell along is a label over several columns (a group,
 * "Contact" written over Date, Type and Worker): it names none of them apart, so the row of
 * names under it is the header. Merged, such a label is in its first cell only, and names
 * few of the cells under it.
 */
function coverage(
  rows: ReadonlyMap<number, string[]>,
  order: readonly number[],
  r: number,
): number {
  const cells = rows.get(r) ?? [];
  const named = cells.map((cell, i) => {
    const text = cell?.trim();
    return text && text !== cells[i - 1]?.trim() && text !== cells[i + 1]?.trim() ? text : '';
  });
  let filled = 0;
  let covered = 0;
  const after = order.indexOf(r) + 1;
  for (const next of order.slice(after, after + COVERAGE_ROWS)) {
    (rows.get(next) ?? []).forEach((cell, i) => {
      if (!cell?.trim()) return;
      filled += 1;
      if (named[i]?.trim()) covered += 1;
    });
  }
  return filled === 0 ? 0 : covered / filled;
}

function lastFilled(cells: readonly (string | undefined)[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]?.trim()) return i;
  return -1;
}
