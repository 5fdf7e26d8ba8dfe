/**
 * Cells of an exported spreadsheet, made safe to open. Uploaded text is written by agencies and
 * reviewers, not by us: a description that begins "=HYPERLINK(…)" or "@SUM(…)" must be shown as
 * text, never evaluated (CSV or formula injection). OWASP's guidance
 * (owasp.org/www-community/attacks/CSV_Injection): a cell that begins with = + - @, a tab or a
 * carriage return gets a single quote in front, which every spreadsheet reads as "this is text".
 *
 * Decisions beyond the letter of that guidance:
 * - White space first does not make a cell safe. Some importers trim leading spaces (LibreOffice
 *   has an option for it) and then read what is left, so " =1+1" or "\n=1+1" is escaped too.
 *   Leading space, tab, line feed, carriage return, form feed, vertical tab and no-break space
 *   are looked through.
 * - The full-width forms ＝ ＋ － ＠ are escaped as well: input methods and some applications
 *   turn them into their ASCII twins, and a stray quote in front costs nothing.
 * - A number such as "-5" or a telephone number "+44 …" is escaped like any other cell: it is
 *   text in a chronology, and Excel would read "+44 1234" as a formula.
 * Every other value is returned unchanged, so escaping is not reversible by stripping quotes:
 * a cell that already began with "'" is left alone.
 */

// Optional white space, then a character that starts a formula (or a DDE payload).
const DANGEROUS_START = /^[ \t\n\r\f\v\u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The value with a "'" in front when a spreadsheet could read it as a formula. */
export function escapeSpreadsheetCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}
