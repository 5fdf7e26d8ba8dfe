import ExcelJS from 'exceljs';
import { PEOPLE, TYPES } from './bench-ingest-rows';

// The XLSX row of bench:ingest (issue #10 item 7): the same chronology as the CSV row, written
// as Excel writes it (a title block, real date cells, shared strings), and the floor: exceljs's
// own streaming reader reading every row of the same file.

/** Writes a `rows`-row chronology workbook to `filename` with exceljs's streaming writer. */
export async function writeChronologyXlsx(filename: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Chronology');
  ws.addRow(['Care & Support team: chronology for the benchmark review']).commit();
  ws.addRow(['Period: 1 January 2015 to 31 December 2025']).commit();
  ws.addRow([]).commit();
  ws.addRow([
    'Date',
    'Time',
    'Team',
    'Worker',
    'Contact Type',
    'Who was seen',
    'Child Seen',
    'Summary of contact',
    'Outcome',
    'Ref',
  ]).commit();
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < rows; i++) {
    const row = ws.addRow([
      new Date(start + Math.floor(i / 20) * 86_400_000),
      `${pad(8 + (i % 10))}:${pad((i * 7) % 60)}`,
      'Care & Support',
      `SW${i % 9}`,
      TYPES[i % TYPES.length],
      PEOPLE[i % PEOPLE.length],
      i % 3 === 0 ? 'Y' : 'N',
      `Visit ${i}: mother said things were fine, home conditions adequate, infant seen in cot and appeared well.`,
      'Next visit booked in 10 working days',
      `MOS-${i}`,
    ]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  await ws.commit();
  await wb.commit();
}

/** The floor: exceljs's streaming WorkbookReader reads every cell of the file. Returns ms. */
export async function readWithExcelJs(filename: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filename, {
    sharedStrings: 'cache',
    // Styles too, so date cells read as dates: the same work our reader does.
    styles: 'cache',
    worksheets: 'emit',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (Array.isArray(row.values) && row.values.length > 0) rows += 1;
    }
  }
  return { ms: performance.now() - started, rows };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
