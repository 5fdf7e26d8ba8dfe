/** Checks on every cell of an upload, whatever its column: damage that must be fixed at source. */

// A description longer than this is not a chronology entry but a pasted document.
export const MAX_CELL_LENGTH = 100_000;
// C0 controls other than tab, line feed and carriage return; they come from corrupt exports.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Only strings that contain one of these can fail a check, so most cells skip the regexes.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFD]/;

export function cellProblem(value: string): { code: string; message: string } | null {
  if (value.length > MAX_CELL_LENGTH) {
    return {
      code: 'cell.too-long',
      message: `The cell holds ${value.length.toLocaleString('en-GB')} characters; the limit is ${MAX_CELL_LENGTH.toLocaleString('en-GB')}. Summarise it, or split it over several events.`,
    };
  }
  if (!SUSPECT.test(value)) return null;
  if (value.includes('\uFFFD')) {
    return {
      code: 'cell.replacement-character',
      message:
        'The cell contains "\uFFFD", a character that was lost in an earlier conversion; retype it from the source record.',
    };
  }
  if (CONTROL_CHARACTER.test(value)) {
    return {
      code: 'cell.control-character',
      message: 'The cell contains an invisible control character (such as NUL); remove it.',
    };
  }
  if (LONE_SURROGATE.test(value)) {
    return {
      code: 'cell.broken-character',
      message: 'The cell contains half of an emoji or other character (a lone surrogate).',
    };
  }
  return null;
}
