import Papa from 'papaparse';

/**
 * The canonical chronology template agencies are sent. Every header is one our synonyms
 * recognise, so a file built on it maps with no choices to make.
 */
export const TEMPLATE_COLUMNS: ReadonlyArray<{ header: string; example: string; help: string }> = [
  {
    header: 'Date',
    example: '22/05/2018',
    help: 'Day first. Approximate forms allowed: May 2018, early May 2018, ?22/05/2018',
  },
  { header: 'Time', example: '14:30', help: 'Optional: 14:30, 2.30pm, 1430hrs' },
  { header: 'End date', example: '', help: 'Optional, for spans such as an admission' },
  { header: 'End time', example: '', help: 'Optional' },
  { header: 'Team', example: 'Leaving Care Team', help: 'Team or service' },
  { header: 'Practitioner', example: 'PA', help: 'Role, not name: SW1, HV1, PA' },
  {
    header: 'Event type',
    example: 'Home visit',
    help: 'Your own words: Home visit, MARF, Strat disc',
  },
  { header: 'Who was involved', example: 'Mother; Father', help: 'People by role, separated by ;' },
  { header: 'Child seen', example: 'N/A', help: 'Y, N, or blank if not known' },
  { header: 'Seen alone', example: 'N/A', help: 'Y, N, or blank if not known' },
  {
    header: 'Description',
    example: 'PA visited the couple at home to review the pathway plan.',
    help: 'Facts only',
  },
  {
    header: 'Outcome',
    example: 'Next visit booked for 05/06/2018.',
    help: 'What was decided, who was told',
  },
  { header: 'Analysis', example: '', help: "Your agency's reflection, kept apart from the facts" },
  { header: 'Source reference', example: 'LC-000123', help: 'The record id in your system' },
];

/** UTF-8 with a BOM and CRLF line ends: what Excel needs to open it without mangling £ or ’. */
export function templateCsv(): string {
  const csv = Papa.unparse(
    {
      fields: TEMPLATE_COLUMNS.map((c) => c.header),
      data: [TEMPLATE_COLUMNS.map((c) => c.example)],
    },
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}
