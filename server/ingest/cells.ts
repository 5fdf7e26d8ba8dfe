/** Checks on every cell of an upload, whatever its column: damage that must be fixed at source. */

// Excel's own limit for one cell: a longer cell cannot have come from a spreadsheet and is not a
// chronology entry but a pasted document (or a file built to exhaust the server). Checked
// first, on the length alone, so a 5 MB cell costs nothing more.
export const MAX_CELL_LENGTH = 32_767;
// C0 controls other than tab, line feed and carriage return; they come from corrupt exports.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Only strings that contain one of these can fail a check, so most cells skip the regexes.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFD]/;

/** What is wrong with a cell (or, with `what` = "The column name", a header), or null. */
export function cellProblem(
  value: string,
  what = 'The cell',
): { code: string; message: string } | null {
  if (value.length > MAX_CELL_LENGTH) {
    return {
      code: 'cell.too-long',
      message: `${what} holds ${value.length.toLocaleString('en-GB')} characters; the limit is ${MAX_CELL_LENGTH.toLocaleString('en-GB')} (the most Excel allows in one cell). Summarise it, or split it over several events.`,
    };
  }
  if (!SUSPECT.test(value)) return null;
  if (value.includes('\uFFFD')) {
    return {
      code: 'cell.replacement-character',
      message: `${what} contains "\uFFFD", a character that was lost in an earlier conversion; retype it from the source record.`,
    };
  }
  if (CONTROL_CHARACTER.test(value)) {
    return {
      code: 'cell.control-character',
      message: `${what} contains an invisible control character (such as NUL); remove it.`,
    };
  }
  if (LONE_SURROGATE.test(value)) {
    return {
      code: 'cell.broken-character',
      message: `${what} contains half of an emoji or other character (a lone surrogate); retype that character.`,
    };
  }
  return null;
}

/**
 * Names that mean something to JavaScript itself. `{"__proto__": …}` is kept by JSON.parse as an
 * ordinary key, but any program that later copies an event's fields into an object by
 * assignment (Object.assign, a merge, a client-side reducer) would replace that object's
 * prototype instead of setting a field: the classic prototype-pollution attack. No chronology
 * has such a column, so rather than rely on every later reader being careful, a file that uses
 * one as a column or field name is refused, naming where.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** A column name as shown in responses: one too long to be a name is cut (it is refused anyway). */
export function shownName(name: string): string {
  return name.length > MAX_CELL_LENGTH ? `${name.slice(0, 40)}…` : name;
}
