const NOT_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Text keys for matching agencies' words against our synonym lists: lower case, every run of
 * punctuation or space folded to one space ("Strat. disc." → "strat disc", "A&E" → "a e").
 */
export function phraseKey(text: string): string {
  // ASCII text (nearly every cell) has no accents to take off: the same key without them.
  return (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text)
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PLAIN_ASCII = /^[\x20-\x7e\t\r\n]*$/;

/**
 * The words of a text as phraseKey splits them. Plain ASCII, which nearly every row is, takes a
 * shortcut that gives the same words without the Unicode normalisation.
 */
export function phraseWords(text: string): string[] {
  if (!PLAIN_ASCII.test(text)) return phraseKey(text).split(' ');
  return text
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/);
}

/** Header keys drop spaces too: "Date of Contact" → "dateofcontact". */
export function headerKey(text: string): string {
  return phraseKey(text).replace(/ /g, '');
}

export interface PhraseMatch<T> {
  value: T;
  start: number;
  length: number;
}

/**
 * Finds the synonym that occurs earliest in `text` as whole words, preferring the longest
 * at the same start ("MARF received" is a receipt, not a MARF sent). Returns null when no
 * phrase occurs.
 */
export function findEarliestPhrase<T>(
  text: string,
  phrases: ReadonlyArray<{ key: string; value: T }>,
): PhraseMatch<T> | null {
  const padded = ` ${phraseKey(text)} `;
  let best: PhraseMatch<T> | null = null;
  for (const { key, value } of phrases) {
    if (!key) continue;
    const start = padded.indexOf(` ${key} `);
    if (start < 0) continue;
    if (!best || start < best.start || (start === best.start && key.length > best.length)) {
      best = { value, start, length: key.length };
    }
  }
  return best;
}
