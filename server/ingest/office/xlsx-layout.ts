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

/**
 * Finds the header row under a title block. Agencies put a report title, the agency's name, the
 * review period and blank rows above the table; each of those rows holds one or two texts (a
 * title merged across the sheet repeats one text in every cell). The header is the first row
 * holding at least half as many distinct texts as the widest row near the top, none of them a
 * number or date.
 */
export function findHeader(rows: ReadonlyMap<number, string[]>): Layout | null {
  const order = [...rows.keys()].sort((a, b) => a - b);
  const distinct = (r: number) => {
    const texts = new Set<string>();
    let value = false;
    for (const cell of rows.get(r) ?? []) {
      const text = cell?.trim();
      if (!text) continue;
      texts.add(text);
      if (VALUE.test(text)) value = true;
    }
    return { count: texts.size, value };
  };
  const top = order.slice(0, HEADER_SEARCH_ROWS).map((r) => ({ r, ...distinct(r) }));
  if (top.length === 0) return null;
  const widest = Math.max(...order.slice(0, 200).map((r) => distinct(r).count));
  const needed = Math.max(2, Math.ceil(widest / 2));
  const header =
    top.find((t) => t.count >= needed && !t.value) ??
    top.find((t) => t.count >= 2) ??
    top.find((t) => t.count >= 1)!;
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

function lastFilled(cells: readonly (string | undefined)[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]?.trim()) return i;
  return -1;
}
