/**
 * The anonymised view. A review's glossary maps each person's real names and aliases to a role
 * label ({label: 'Mother', names: ['Jane Smith', 'Jane', 'Ms Smith']}); the redactor replaces
 * every one of those names in a text with its label, as a whole word, in any case.
 *
 * Matching, in order of the questions a reviewer asks:
 * - Longest name first: "Jane Smith" becomes "Mother", not "Mother Smith".
 * - Whole words, where a word character is a letter (any script, with its accents), a combining
 *   mark or a digit: "Janet" and "Jane2" are not "Jane". Everything else is a boundary, so
 *   "Jane's" becomes "Mother's", and "Smith-Jones" becomes "Mother-Jones" when only "Smith" is a
 *   name (over-redacting a double-barrelled name is the safe way to be wrong). The underscore is a
 *   boundary too ("jane_smith" in a file name is still found).
 * - Any case: "JANE" and "jane" are both "Mother". The label is written as the glossary has it.
 * - Both sides are compared in Unicode NFC, so "Zoë" typed with a combining diaeresis is found.
 *   A text with no name in it comes back exactly as given; one with a name comes back in NFC.
 * - A space inside a name matches any run of white space, a line break included ("Jane\nSmith"),
 *   an apostrophe matches any apostrophe (' ’ ‘ ʼ: Word turns O'Brien into O’Brien) and a hyphen
 *   any hyphen or en dash.
 * - Every other character of a name is literal (regex metacharacters are escaped).
 *
 * The glossary is compiled once into one regular expression, so a redactor is cheap to call on
 * every cell of a review.
 *
 * What counts as a name (one decision, applied everywhere: the text, the panel's search and
 * filters, rule ids, gap ids): exactly what the glossary lists. A word of a listed name is not
 * a name on its own: with "Jane Smith" and "Ms Smith" listed, "Team Smith" stays as written.
 * Guessing at every word of every name would replace ordinary words ("Will", "Rose", "Brown")
 * and could not say whose surname a shared one is; so the reviewer lists a surname alone
 * ("Smith") when the records use it alone, and it is then replaced everywhere. The panel's
 * search runs on this redacted text, so it finds exactly what the panel can read.
 */

export interface GlossaryEntry {
  readonly label: string;
  readonly names: readonly string[];
}

export type Redactor = (text: string) => string;

/** The named view's redactor: changes nothing, and callers can skip work when given it. */
export const IDENTITY: Redactor = (text) => text;

const WORD_CHARS = String.raw`\p{L}\p{M}\p{N}`;
const WORD_CHAR = new RegExp(`^[${WORD_CHARS}]$`, 'u');
const NOT_AFTER_WORD = `(?<![${WORD_CHARS}])`;
const NOT_BEFORE_WORD = `(?![${WORD_CHARS}])`;

const APOSTROPHES = "'\u2018\u2019\u02BC"; // ' ‘ ’ ʼ
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2212'; // - ‐ ‑ ‒ – −
const APOSTROPHE_CLASS = `[${APOSTROPHES}]`;
const HYPHEN_CLASS = `[\\${HYPHENS}]`; // the leading "-" escaped
const ANY_APOSTROPHE = new RegExp(APOSTROPHE_CLASS, 'gu');
const ANY_HYPHEN = new RegExp(HYPHEN_CLASS, 'gu');
// Characters that must be escaped in a pattern with the u flag (escaping any other is an error).
const SYNTAX = /[\\^$.*+?()[\]{}|/]/;
const WHITESPACE = /\s/u;

/** A name as written in the glossary, tidied: NFC, trimmed, white space runs as one space. */
function tidy(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The form two spellings of one name share: what the regex treats as the same. */
function key(text: string): string {
  return tidy(text).replace(ANY_APOSTROPHE, "'").replace(ANY_HYPHEN, '-').toLowerCase();
}

/** A tidied name as a pattern, without the boundary before it. */
function namePattern(name: string): string {
  const chars = [...name];
  let body = '';
  for (const c of chars) body += charPattern(c, false);
  const last = chars[chars.length - 1] ?? '';
  return WORD_CHAR.test(last) ? body + NOT_BEFORE_WORD : body;
}

function charPattern(c: string, inClass: boolean): string {
  if (WHITESPACE.test(c)) return inClass ? String.raw`\s` : String.raw`\s+`;
  if (APOSTROPHES.includes(c)) return inClass ? APOSTROPHES : APOSTROPHE_CLASS;
  if (HYPHENS.includes(c)) return inClass ? `\\${HYPHENS}` : HYPHEN_CLASS;
  if (SYNTAX.test(c) || (inClass && c === '-')) return `\\${c}`;
  return c;
}

/** A prefix tree of names, one atom (a character's pattern) per edge. */
interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** A name ends here; its boundary: "not before a word character" when it ends in one. */
  end: string | null;
}

function trieOf(names: readonly string[]): TrieNode {
  const root: TrieNode = { children: new Map(), end: null };
  for (const name of names) {
    let node = root;
    const chars = [...name];
    for (const c of chars) {
      // The regex folds case, so "Sam" and "sam" share an edge.
      const atom = charPattern(c.toLowerCase(), false);
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = { children: new Map(), end: null }));
      node = next;
    }
    node.end = WORD_CHAR.test(chars[chars.length - 1] ?? '') ? NOT_BEFORE_WORD : '';
  }
  return root;
}

/**
 * The tree as a pattern. Continuations come before a name that ends here, so the longest
 * name wins ("Jane Smith" before "Jane"); if a longer one fails its boundary, the engine
 * backtracks to the shorter. Shared prefixes are tried once: a thousand names beginning "Sam"
 * cost one "Sam", not a thousand.
 */
function triePattern(node: TrieNode): string {
  const alternatives = [...node.children].map(([atom, child]) => atom + triePattern(child));
  if (node.end !== null) alternatives.push(node.end);
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

/**
 * One pattern for every name. Names that start with a word character share one "not after a
 * word character" check, and a look-ahead for the first characters of every name skips most
 * positions of a text at once.
 */
function glossaryPattern(names: readonly string[]): RegExp {
  const firsts = new Set<string>();
  const wordStart: string[] = [];
  const otherStart: string[] = [];
  for (const name of names) {
    const first = [...name][0] ?? '';
    firsts.add(charPattern(first, true));
    (WORD_CHAR.test(first) ? wordStart : otherStart).push(name);
  }
  const alternatives: string[] = [];
  if (wordStart.length > 0) alternatives.push(NOT_AFTER_WORD + triePattern(trieOf(wordStart)));
  if (otherStart.length > 0) alternatives.push(triePattern(trieOf(otherStart)));
  return new RegExp(`(?=[${[...firsts].join('')}])(?:${alternatives.join('|')})`, 'giu');
}

interface CompiledName {
  readonly name: string;
  readonly label: string;
}

/** Each distinct name once, with its label, and what is wrong with the glossary. */
function collect(entries: readonly GlossaryEntry[]): {
  names: CompiledName[];
  problems: string[];
} {
  const byKey = new Map<string, CompiledName>();
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const label = entry.label.trim();
    if (!label) {
      problems.push(`Glossary entry ${i + 1} has no label.`);
      return;
    }
    for (const raw of entry.names) {
      const name = tidy(raw);
      if (!name) continue;
      const k = key(name);
      const known = byKey.get(k);
      if (!known) byKey.set(k, { name, label });
      else if (known.label !== label) {
        problems.push(`"${name}" is listed under both "${known.label}" and "${label}".`);
      }
    }
  });
  return { names: [...byKey.values()], problems };
}

/**
 * What stops a glossary from being used: a blank label, or one name (in any case) under two
 * labels. Empty when it is fine. Check a glossary with this when it is saved; buildRedactor
 * throws on the same problems.
 */
export function glossaryProblems(entries: readonly GlossaryEntry[]): string[] {
  return collect(entries).problems;
}

/**
 * Compiles a glossary to a function that replaces every name in a text with its label. Blank
 * names are ignored; an empty glossary (or one of blank names only) gives the identity. Throws
 * when glossaryProblems finds anything: a name under two labels cannot be redacted correctly.
 */
export function buildRedactor(entries: readonly GlossaryEntry[]): Redactor {
  const { names, problems } = collect(entries);
  if (problems.length > 0) {
    throw new Error(`The glossary cannot be used: ${problems.join(' ')}`);
  }
  if (names.length === 0) return (text) => text;

  // Alternatives are tried in order at each position, so the longest comes first: "Jane Smith"
  // before "Jane". A tie is broken alphabetically so the pattern does not depend on input order.
  names.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  const all = glossaryPattern(names.map((n) => n.name));

  const labels = new Map(names.map((n) => [key(n.name), n.label]));
  // key() lower-cases where the regex case-folds; the two differ for a handful of characters
  // (the Greek final sigma, say). A match that key() does not find is resolved by testing each
  // name on its own, built only if ever needed.
  let anchored: { test: RegExp; label: string }[] | undefined;
  const labelOf = (match: string): string => {
    const label = labels.get(key(match));
    if (label !== undefined) return label;
    anchored ??= names.map((n) => ({
      test: new RegExp(`^(?:${namePattern(n.name)})$`, 'iu'),
      label: n.label,
    }));
    // One of them matches: the match came from one of these patterns.
    return anchored.find((a) => a.test.test(match))?.label ?? names[0]!.label;
  };

  const redactText = (text: string): string => {
    let found = false;
    const out = text.normalize('NFC').replace(all, (match) => {
      found = true;
      return labelOf(match);
    });
    return found ? out : text;
  };
  // Short fields repeat from record to record (a type as written, a team, "Mother; Infant"):
  // each distinct one is scanned once. Long ones (descriptions) are nearly all distinct.
  const short = new Map<string, string>();
  return (text) => {
    if (!text) return text;
    if (text.length > SHORT_TEXT) return redactText(text);
    let out = short.get(text);
    if (out === undefined) {
      if (short.size >= SHORT_CACHE_SIZE) short.clear();
      short.set(text, (out = redactText(text)));
    }
    return out;
  };
}

const SHORT_TEXT = 80;
const SHORT_CACHE_SIZE = 20_000;

type TextValue = string | null | undefined | readonly string[];

/** The keys of T whose values are text: a string (or null) or a list of strings. */
export type TextFieldOf<T> = {
  [K in keyof T]-?: T[K] extends TextValue ? K : never;
}[keyof T];

/**
 * A shallow copy of record with each of the named fields redacted: a string is redacted, a list
 * of strings (subjects) item by item; null and undefined are left as they are. Other fields are
 * copied unchanged.
 */
export function redactFields<T extends object>(
  record: T,
  fields: readonly TextFieldOf<T>[],
  redact: Redactor,
): T {
  const copy = { ...record };
  for (const field of fields) {
    const value = record[field] as TextValue;
    if (typeof value === 'string') {
      copy[field] = redact(value) as T[typeof field];
    } else if (Array.isArray(value)) {
      copy[field] = (value as readonly unknown[]).map((item) =>
        typeof item === 'string' ? redact(item) : item,
      ) as T[typeof field];
    }
  }
  return copy;
}
