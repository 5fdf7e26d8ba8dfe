import { stemmer } from 'stemmer';
import typeWords from './data/type-words.json';
import { phraseKey } from '../shared/phrases';

/**
 * The words of a type text as the matcher compares them: abbreviations written out, stopwords
 * dropped, each word Porter-stemmed ("Strat discs" → strategi discuss). Each word keeps the
 * index of the word it came from in the text as written, so a match can quote the agency's own
 * words and "earliest" means earliest in their text.
 */
export interface TypeWord {
  stem: string;
  /** Index into `TypeText.surface`. */
  at: number;
  /** How many written words it came from ("S.47" is two: "S", "47"). */
  span: number;
  /** Read as a near spelling of a vocabulary word ("stratergy"), not as written. */
  fuzzy?: boolean;
}

export interface TypeText {
  /** The text's words as written (case kept), split as phraseKey splits them. */
  readonly surface: readonly string[];
  /** Per written word: only spaces separate it from the word before ("CIN assessment"). */
  readonly joined: readonly boolean[];
  /** Per written word: which sentence it is in (a full stop, ; ! or ? then a space, or a line break). */
  readonly sentence: readonly number[];
  /** Per written word: which clause it is in (a sentence cut at its commas). */
  readonly clause: readonly number[];
  readonly words: readonly TypeWord[];
}

const STOPWORDS: ReadonlySet<string> = new Set(typeWords.stopwords);
/** Words that turn a phrase round: "no access", "not brought", "did not attend". */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'non', 'never', 'nobody']);
/**
 * Stems that, just before a phrase, say it was denied ("Mother denies any domestic abuse",
 * "denied hitting him"): what someone said did not happen is not the event. Unlike a negation
 * they make no phrase of their own: "Denied entry" is still no access.
 */
export const DENIALS: ReadonlySet<string> = new Set(['deni']);

const ABBREVIATIONS = new Map<string, string[]>(
  Object.entries(typeWords.abbreviations).map(([short, long]) => [short, long.split(' ')]),
);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS.keys()].map((k) => k.split(' ').length));
/** The first word of every abbreviation: most words start none, and are not looked up. */
const ABBREVIATION_STARTS: ReadonlySet<string> = new Set(
  [...ABBREVIATIONS.keys()].map((k) => k.split(' ')[0] ?? ''),
);
// Words Porter joins to another that means something else here: a "referrer" is not a "referral".
const UNSTEMMED: ReadonlySet<string> = new Set(typeWords.unstemmed);

/**
 * A word kept apart from another its stem would join ("officer" from "office"): nor is it a
 * near spelling or another ending of that word.
 */
export function isUnstemmed(word: string): boolean {
  return UNSTEMMED.has(word);
}
const SAY_LITTLE: ReadonlySet<string> = new Set(typeWords.sayLittle.map(phraseKey));
const CASE_PEOPLE: ReadonlySet<string> = new Set(typeWords.caseCategories.people);
const CASE_WORRIES: ReadonlySet<string> = new Set(typeWords.caseCategories.worries);
const ENTRY_WORDS: ReadonlySet<string> = new Set(typeWords.entriesOnRecord.entries);
const RECORD_WORDS: ReadonlySet<string> = new Set(typeWords.entriesOnRecord.records);

/**
 * Words of a cell that classifies the case or the person ("CYP - DA", "ADULT - DA", "Child –
 * Neglect"): only a group of people and kinds of harm, at least one of each.
 */
function classifiesCase(tokens: readonly string[]): boolean {
  return (
    tokens.some((t) => CASE_PEOPLE.has(t)) &&
    tokens.some((t) => CASE_WORRIES.has(t)) &&
    tokens.every((t) => CASE_PEOPLE.has(t) || CASE_WORRIES.has(t))
  );
}

/**
 * An entry added to a record, named by the record ("Occurrence update", "Crime update"):
 * which record it was filed on, not what happened. Not a worry's note ("Safeguarding note"):
 * that is the worry recorded, and what it led to is read as under the worry alone.
 */
function entryOnRecord(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1] ?? '';
  return (
    tokens.length >= 2 &&
    ENTRY_WORDS.has(last) &&
    tokens.slice(0, -1).every((t) => RECORD_WORDS.has(t))
  );
}

// Porter stemming is the costly step and agencies reuse a small vocabulary: keep each word's stem.
const stems = new Map<string, string>();
export function stemOf(word: string): string {
  // A number or code ("123", "ref4") is its own stem: not kept, or a file's row numbers would
  // fill the memo and clear the words with it.
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  if (!/^[a-z]+$/.test(word)) return word;
  stem = UNSTEMMED.has(word) ? word : stemmer(word);
  if (stems.size > 50_000) stems.clear();
  stems.set(word, stem);
  return stem;
}

const NOT_ASCII = /[^\t\n\r\x20-\x7e]/;

/** An ASCII letter or digit. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Clinicians write a span of weeks or months as a fraction of a year: "6/52 check" is six weeks,
 * "3/12 review" three months. Only after a number of one or two digits, not starting with 0,
 * written right before the slash and not followed by another slash or stop and digit:
 * "03/12/2019" is a date.
 */
const FRACTION_UNITS: ReadonlyMap<string, string> = new Map([
  ['52', 'week'],
  ['12', 'month'],
]);

/** The text's words as written, split where phraseKey would split them. */
function surfaceWords(
  text: string,
): Omit<TypeText, 'words'> & { units: Map<number, string> | null } {
  // Plain ASCII (most text) has no accents to take off.
  const ascii = !NOT_ASCII.test(text);
  const plain = (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(
    /['\u2018\u2019]/g,
    '',
  );
  const surface: string[] = [];
  const joined: boolean[] = [];
  const sentence: number[] = [];
  const clause: number[] = [];
  // Most texts hold no fraction of a year: the map is made for the first.
  let units: Map<number, string> | null = null;
  let end = 0;
  let current = 0;
  let part = 0;
  // Each run of ASCII letters and digits is a word (as /[A-Za-z0-9]+/g finds them).
  for (let i = 0; i < plain.length;) {
    if (!isWordCode(plain.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < plain.length && isWordCode(plain.charCodeAt(i))) i++;
    if (surface.length > 0) {
      // Most words are one space apart.
      const space = start - end === 1 && plain.charCodeAt(end) === 32;
      const gap = space ? ' ' : plain.slice(end, start);
      joined.push(space || /^\s+$/.test(gap));
      // "S.47" and "12.04.19" do not end a sentence: the stop must be followed by a space.
      if (!space) {
        const ends = /[.;!?]\s|\n/.test(gap);
        if (ends) current++;
        if (ends || gap.includes(',')) part++;
      }
    } else joined.push(false);
    sentence.push(current);
    clause.push(part);
    const word = plain.slice(start, i);
    const unit = FRACTION_UNITS.get(word);
    if (
      unit &&
      start - end === 1 &&
      plain.charCodeAt(end) === 47 &&
      /^[1-9]\d?$/.test(surface[surface.length - 1] ?? '') &&
      !/^[/.]\d/.test(plain.slice(i, i + 2))
    )
      (units ??= new Map()).set(surface.length, unit);
    surface.push(word);
    end = i;
  }
  return { surface, joined, sentence, clause, units };
}

/** Splits, writes out abbreviations (longest run first) and stems; stopwords are dropped. */
export function readTypeText(text: string): TypeText {
  const held = recentReads.find((r) => r.text === text);
  if (held) return held.read;
  const read = readAfresh(text);
  recentReads.unshift({ text, read });
  if (recentReads.length > RECENT_READS) recentReads.pop();
  return read;
}

/**
 * The text's words with the abbreviations in `notExpanded` (one written word, lower case) left
 * as the bare word, not written out: for an agency to which they mean something else ("CPR" to
 * an ambulance service). The text's own list when it holds none of them.
 */
export function wordsLeaving(
  read: TypeText,
  notExpanded: ReadonlySet<string>,
): readonly TypeWord[] {
  if (notExpanded.size === 0) return read.words;
  let out: TypeWord[] | null = null;
  const words = read.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const own = (read.surface[w.at] ?? '').toLowerCase();
    if (!notExpanded.has(own)) {
      out?.push(w);
      continue;
    }
    out ??= words.slice(0, i);
    if (out[out.length - 1]?.at !== w.at) out.push({ stem: own, at: w.at, span: 1 });
  }
  return out ?? words;
}

/**
 * The last few texts read: one row's type cell and description are each read by several rules
 * in turn, and the type matcher remembers its answers by the object read (so the same text
 * must give the same object). Callers treat a TypeText as read-only.
 */
const RECENT_READS = 8;
const recentReads: Array<{ text: string; read: TypeText }> = [];

/**
 * Each word of letters that starts no abbreviation, lower case → its stem, or null for a
 * stopword: most of a description's words, read with one look-up.
 */
const plainStems = new Map<string, string | null>();

function readAfresh(text: string): TypeText {
  const { surface, joined, sentence, clause, units } = surfaceWords(text);
  const keys = surface.map((w) => w.toLowerCase());
  const words: TypeWord[] = [];
  for (let i = 0; i < keys.length;) {
    const unit = units?.get(i);
    if (unit) {
      words.push({ stem: stemOf(unit), at: i, span: 1 });
      i++;
      continue;
    }
    const plain = plainStems.get(keys[i]!);
    if (plain !== undefined) {
      if (plain !== null) words.push({ stem: plain, at: i, span: 1 });
      i++;
      continue;
    }
    let taken = 1;
    let expanded: readonly string[] = [keys[i] ?? ''];
    const longest = ABBREVIATION_STARTS.has(keys[i] ?? '') ? LONGEST_ABBREVIATION : 0;
    for (let n = Math.min(longest, keys.length - i); n >= 1; n--) {
      const long = ABBREVIATIONS.get(keys.slice(i, i + n).join(' '));
      if (long) {
        taken = n;
        expanded = long;
        break;
      }
    }
    // The words an abbreviation stands for all point at its first word as written.
    for (const word of expanded) {
      if (!STOPWORDS.has(word)) words.push({ stem: stemOf(word), at: i, span: taken });
    }
    // A word of letters that starts no abbreviation reads the same every time.
    if (longest === 0 && /^[a-z]+$/.test(expanded[0]!)) {
      if (plainStems.size > 50_000) plainStems.clear();
      plainStems.set(expanded[0]!, STOPWORDS.has(expanded[0]!) ? null : stemOf(expanded[0]!));
    }
    i += taken;
  }
  return { surface, joined, sentence, clause, words };
}

const RECENT_KEYS = 8;
const recentKeys: Array<{ text: string; key: string; words: readonly string[] }> = [];

/**
 * `phraseKey(text)` and its words, remembered for the last few texts: one row's type cell and
 * description are each read by several rules in turn (a message to a professional, the family
 * told, a worry reported, who an incident was between). Callers treat the words as read-only.
 */
export function keyedText(text: string): { key: string; words: readonly string[] } {
  const held = recentKeys.find((r) => r.text === text);
  if (held) return held;
  const key = phraseKey(text);
  const keyed = { text, key, words: key.split(' ') };
  recentKeys.unshift(keyed);
  if (recentKeys.length > RECENT_KEYS) recentKeys.pop();
  return keyed;
}

/**
 * A type cell that does not say what happened: a system's generic category ("Case note",
 * "Contact", "Other"), a category of the case or person ("CYP - DA", `caseCategories`) or a
 * code such as "CN01" or "ACT-3". Empty counts too.
 */
export function saysLittle(typeText: string | null): boolean {
  const { key, words: tokens } = keyedText(typeText ?? '');
  if (!key || SAY_LITTLE.has(key) || classifiesCase(tokens) || entryOnRecord(tokens)) return true;
  // A system code: one or two short tokens with a digit ("CN01", "ACT-3", "07"). "S47" (an
  // abbreviation) and "9 month check" are words, not codes.
  if (tokens.length > 2 || ABBREVIATIONS.has(key)) return false;
  return tokens.some((t) => /\d/.test(t)) && tokens.every((t) => /^(\d+|[a-z]{1,4}\d*)$/.test(t));
}
