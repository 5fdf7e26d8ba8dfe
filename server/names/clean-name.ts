import { AppError } from '../errors';

// One rule for every name a person types and others read: agency, review (reference, title,
// marking), display name and an upload's file name. Such a name never needs an invisible
// character, and one that holds one was made to mislead: "evil\u202Efdp.exe" shows as
// "evilexe.pdf", a zero-width space makes "Police" and "Pol\u200Bice" two agencies that look
// the same, a BEL or a line break garbles a log or an export. So they are refused with a 400
// that says which character, rather than cleaned up silently. Pure: no framework.
//
// Zero-width joiners (used in emoji and some scripts' spelling) are refused too: no name in
// these reviews needs one, and they are a classic way to make two names look the same.

const INVISIBLE: ReadonlyArray<{ test: RegExp; what: string }> = [
  // eslint-disable-next-line no-control-regex
  { test: /[\u0000-\u001F\u007F-\u009F]/u, what: 'an invisible control character' },
  {
    test: /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u,
    what: 'an invisible character that changes the direction of the text, which can disguise what it says',
  },
  {
    test: /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/u,
    what: 'an invisible zero-width character',
  },
];

/** Longest names, in characters; the API's schemas hold the same numbers. */
export const NAME_LIMITS = {
  agency: 200,
  displayName: 120,
  reference: 100,
  title: 300,
  marking: 60,
  /** The longest file name common file systems allow (255 bytes); one longer was made up. */
  fileName: 255,
} as const;

/** What is wrong with a name, in words, or null when it is fine. */
export function nameProblem(name: string, maxLength: number): string | null {
  for (const { test, what } of INVISIBLE) {
    const found = test.exec(name);
    if (found) {
      const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `contains ${what} (U+${code})`;
    }
  }
  const length = [...name].length;
  if (length > maxLength) return `is ${length} characters long; at most ${maxLength} are allowed`;
  return null;
}

/**
 * A name as stored: NFC, trimmed, runs of spaces as one. Refused (400, naming the field) when
 * it holds an invisible character or is longer than `maxLength`.
 */
export function cleanName(raw: string, field: string, maxLength: number): string {
  const problem = nameProblem(raw, Number.POSITIVE_INFINITY);
  if (problem) throw new AppError('BAD_REQUEST', `${field} ${problem}.`);
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const tooLong = nameProblem(name, maxLength);
  if (tooLong) throw new AppError('BAD_REQUEST', `${field} ${tooLong}.`);
  return name;
}
