import fs from 'node:fs';
import path from 'node:path';
import agencyKinds from './data/agency-kinds.json';
import eventTypes from '../contract/event-types.json';
import headerSynonyms from './data/header-synonyms.json';
import headerWords from './data/header-words.json';
import typeWords from './data/type-words.json';
import { PROJECT_ROOT } from '../shared/project-root';

/** Every string held in a data file, `$comment`s aside. */
function stringsIn(value: unknown, key = ''): string[] {
  if (key === '$comment') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsIn(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v, k)]);
  return [];
}

/**
 * The words the project's vocabulary holds, in any of its data files (event types, type words and
 * abbreviations, header words, agency kinds), with the common English words listed as not typos
 * ("test", "change"): a word written as one of these is never read as a misspelling of another.
 * Built from the vocabulary, never from a corpus's expected answers.
 */
export const KNOWN_WORDS: ReadonlySet<string> = new Set(
  [eventTypes, typeWords, headerSynonyms, headerWords, agencyKinds]
    .flatMap((data) => stringsIn(data))
    .flatMap((text) => text.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word.length > 0),
);

// Found from the project's folder, so the compiled server (dist/server/) reads the same file.
const ENGLISH_WORDS = path.join(PROJECT_ROOT, 'server', 'ingest', 'data', 'english-words.json');
let english: ReadonlySet<string> | null = null;
/**
 * The English word list (104,000 words), read on first use rather than with the module: every
 * thread that imports the vocabulary (for its labels and codes) would otherwise hold it, about
 * 30 MB each, and only the upload thread reads type and header words (docs/benchmarks.md).
 */
/** Whether this thread has read the word list yet (tests/unit/memory-at-start.test.ts). */
export function englishWordsLoaded(): boolean {
  return english !== null;
}

function englishWords(): ReadonlySet<string> {
  // Parsed, not required: require would keep the parsed list in its cache beside the set.
  english ??= new Set(
    (JSON.parse(fs.readFileSync(ENGLISH_WORDS, 'utf8')) as { words: string[] }).words,
  );
  return english;
}
/**
 * A word that is no misspelling: the vocabulary's own, or an English word form. Such a word is never read as another ("test" is not "text",
 * "breathing" not "breach", "cheek" not "check").
 */
export function isKnownWord(word: string): boolean {
  if (KNOWN_WORDS.has(word) || englishWords().has(word)) return true;
  // A possessive written without its apostrophe ("Donnas" for "Donna's").
  return word.endsWith('s') && englishWords().has(word.slice(0, -1));
}

/** An English word (not an acronym such as "dnas"): may be a near spelling's target. */
export function isEnglish(word: string): boolean {
  return englishWords().has(word);
}

/** How many edits a misspelling of a word this long may hold: one for 4–5 letters, two after. */
export function spellingBudget(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * Damerau–Levenshtein distance, optimal string alignment: insertions, deletions, substitutions
 * and two neighbouring letters swapped ("brith", "recieved") each count as one edit.
 */
export function osaDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

// Three rows of the distance table, kept between calls: a near spelling is looked for among
// many vocabulary words, and the table is small (words are short).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * `osaDistance(a, b)` when it is at most `budget`; otherwise some number over `budget`, found
 * without finishing the table once two rows in turn are over it (no later cell can come back
 * under: each is one of those plus 0 or 1, or a column-0 cell, which is its row's number).
 */
export function osaDistanceWithin(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > budget && previousMin > budget) return budget + 1;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}
