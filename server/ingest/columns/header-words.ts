import synonyms from '../data/header-synonyms.json';
import data from '../data/header-words.json';
import { CANONICAL_FIELDS, type CanonicalField } from '../../contract/fields';
import { headerKey, phraseKey } from '../../shared/phrases';
import { isEnglish } from '../spelling';

export interface HeaderSignal {
  score: number;
  /** Plain text: which words said so. */
  why: string;
}

/** What a column's header says, before its cells are looked at. */
export interface HeaderReading {
  words: string[];
  fields: Partial<Record<CanonicalField, HeaderSignal>>;
  /** The word saying this is the date the record was typed ("Entered", "createdOn"), if any. */
  recordedWord: string | null;
  /** The word saying this date is not an event's (date of birth, next review due). */
  notEventWord: string | null;
  /** The word saying these codes are not record ids (phone extension, NHS number). */
  notReferenceWord: string | null;
  /**
   * Set when that word is the header's head ("Keyworker extension", "NHS Number"): a contact
   * detail or a person's identifier, which no field holds, whatever its cells look like.
   */
  notAField: boolean;
  /** The word saying its few repeated values are not event types ("Risk rating", "Status"). */
  notTypeWord: string | null;
  /** The word saying its times are lengths ("Duration", "Travel mins"), not times of day. */
  notTimeWord: string | null;
  /** The head word says a role or grade ("Staff Role", "Grade"): a person's, not the person. */
  roleOnly: boolean;
  /** The word saying the column names another agency ("Referrer Agency"), not the uploader. */
  counterpartWord: string | null;
  /** "Case Type", "File Category": the type of the whole case, not of each event. */
  caseType: boolean;
  /** "Case No", "Client ID": the case's reference, which each of its events repeats. */
  caseRef: boolean;
}

const WORDS = data.fields as Record<CanonicalField, Record<string, number>>;
const SYNONYMS = synonyms.fields as Record<CanonicalField, string[]>;
const RECORDED = new Set(data.recordedDate);
const END = new Set(data.endWords);
const NOT_EVENT = new Set(data.notEventDate);
const NOT_REFERENCE = new Set(data.notReference);
const NOT_HEAD = new Set(data.notHead);
const NOT_TYPE = new Set(data.notType);
const NOT_TIME = new Set(data.notTime);
const STOP = new Set(data.stop);
const COUNTERPART = new Set(data.counterpart);
const ROLE_ONLY = new Set(data.roleOnly);
const CASE_WORDS = new Set(['case', 'file', 'client', 'tenancy', 'account']);
// A Y/N question about the child with a verb of seeing: "Child Visited?", "YP spoken to".
const CHILD_WORDS = new Set(['child', 'children', 'cyp', 'yp', 'baby', 'infant', 'pupil', 'young']);
const SEEING_WORDS = new Set(['seen', 'visited', 'observed', 'spoken', 'met', 'sighted']);
// Below STRONG_HEADER (column-scores.ts): cells that plainly hold something else overrule it.
const CHILD_PRESENT_SCORE = 0.8;
// Words of more than one word, matched before single words: "action taken", "child seen".
const PHRASES = [
  ...new Set(Object.values(WORDS).flatMap((w) => Object.keys(w).filter((k) => k.includes(' ')))),
].sort((a, b) => b.length - a.length);
const DATE_WORDS = new Set(['date', 'dated', 'datetime', 'dt', 'day', 'when', 'timestamp']);
// A modifier word counts for less than the head word: "Note Category" is a type, "Case Note" a note.
const MODIFIER_FACTOR = 0.6;
// Whole-header synonyms (the list the project started with) stay one signal among the others.
const SYNONYM_SCORE = 0.95;

// Every word a header table knows: the parts a run-together word may be cut into.
const HEADER_VOCABULARY: ReadonlySet<string> = new Set([
  ...Object.values(WORDS).flatMap((w) => Object.keys(w).flatMap((k) => k.split(' '))),
  ...Object.entries(data)
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
    .flatMap(([, list]) => list),
  ...CHILD_WORDS,
  ...SEEING_WORDS,
  ...CASE_WORDS,
]);
const RUN_TOGETHER_MIN = 6;

/**
 * A word written run together, as database columns are ("owningteam", "childseen",
 * "regardingobjectid"), cut into two or three parts that are each a word a header table knows
 * or an English word of three letters or more, the last one a word a table knows. Of several
 * cuts, the one with the fewest parts, then the most parts a table knows. A word that is itself
 * known ("username", "keyworker", "outcome") is kept whole.
 */
function cutRunTogether(word: string): string[] {
  if (word.length < RUN_TOGETHER_MIN || !/^[a-z]+$/.test(word)) return [word];
  if (HEADER_VOCABULARY.has(word) || isEnglish(word)) return [word];
  const part = (w: string) => HEADER_VOCABULARY.has(w) || (w.length >= 3 && isEnglish(w));
  const cuts: string[][] = [];
  const walk = (rest: string, parts: string[]) => {
    if (parts.length > 0 && part(rest)) cuts.push([...parts, rest]);
    if (parts.length === 2) return;
    for (let i = 2; i <= rest.length - 2; i++) {
      const head = rest.slice(0, i);
      if (part(head)) walk(rest.slice(i), [...parts, head]);
    }
  };
  walk(word, []);
  const known = (c: string[]) => c.filter((w) => HEADER_VOCABULARY.has(w)).length;
  const best = cuts
    .filter((c) => HEADER_VOCABULARY.has(c.at(-1)!))
    .sort((a, b) => a.length - b.length || known(b) - known(a))[0];
  return best ?? [word];
}

/** "Contact Date/Time" → contact date time; "createdOn" → created on; "note_category" too. */
export function headerWords(header: string): string[] {
  const spaced = header
    // "Incident #", "Case #": the sign is the word "number".
    .replace(/#/g, ' number ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const words = phraseKey(spaced)
    .split(' ')
    .filter(Boolean)
    .flatMap(cutRunTogether)
    // "ownerid_name", "Client ID Name": the name the id stands for, not the id.
    .filter((w, i, all) => !(w === 'id' && all[i + 1] === 'name'));
  // Join known phrases into one token so "Action Taken" is read as the outcome, not an action.
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES.find((p) => {
      const parts = p.split(' ');
      return parts.every((part, k) => words[i + k] === part);
    });
    if (phrase) {
      joined.push(phrase);
      i += phrase.split(' ').length - 1;
    } else joined.push(words[i]!);
  }
  return joined;
}

function weightOf(word: string, field: CanonicalField): number {
  const table = WORDS[field];
  if (table[word] !== undefined) return table[word];
  // Plurals: "Categories" → category, "Actions" → action.
  if (word.length > 4 && word.endsWith('ies')) return table[`${word.slice(0, -3)}y`] ?? 0;
  return word.length > 3 && word.endsWith('s') ? (table[word.slice(0, -1)] ?? 0) : 0;
}

/**
 * The header's head words. Words in brackets only qualify ("Officer (Rank/No.)" is an officer);
 * alternatives joined by "/" or "or" each have a head ("Plan / Action", "stepOrNote").
 */
function headWords(header: string): Set<string> {
  const outer = header.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ');
  const spaced = (outer.trim() ? outer : header).replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  const heads = new Set<string>();
  for (const part of spaced.split(/\/|\bor\b/i)) {
    const words = headerWords(part);
    const i = headIndex(words);
    if (i !== null) heads.add(words[i]!);
  }
  return heads;
}

// How plainly a word before a final "by" must say who was present to be the head.
const PRESENT_WEIGHT = 0.8;

/**
 * The position of the head word: the noun before "of"/"for", else the last noun; null if none.
 * Words after a "by" that is not the last word name who did it, so the head stands before it
 * ("Learning identified by agency" is the learning; "Date seen by HV" a date), past the verb.
 */
function headIndex(words: readonly string[]): number | null {
  const by = words.findIndex((w, i) => i > 0 && w === 'by' && i < words.length - 1);
  for (let i = by - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!STOP.has(w) && !NOT_HEAD.has(w) && !w.endsWith('ed')) return i;
  }
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const scope = cut > 0 ? words.slice(0, cut) : words;
  // "Completed By", "Done By": a person who did something; "by" is the head of such a header.
  // Not after a word for who was there ("Accompanied by"): those are the people involved.
  if (scope.length > 1 && scope.at(-1) === 'by') {
    const before = scope.length - 2;
    return weightOf(scope[before]!, 'subjects') >= PRESENT_WEIGHT ? before : scope.length - 1;
  }
  // A past participle after a noun qualifies it, as "that was …" would ("Learning identified",
  // "Date Opened", "Follow-up Required"): the head is the noun before. Only at the end, and
  // only with a word before it ("Conveyed" alone stays its own head).
  let end = scope.length - 1;
  while (end > 0 && isParticiple(scope[end]!)) end--;
  for (let i = end; i >= 0; i--) {
    const w = scope[i]!;
    if (!STOP.has(w) && !NOT_HEAD.has(w)) return i;
  }
  return null;
}

/** "identified", "opened": five letters or more ending in -ed ("need", "bed" are nouns). */
function isParticiple(word: string): boolean {
  return word.length >= 5 && word.endsWith('ed');
}

// Words that label what comes before them: "outcome description" is the outcome's text.
const LABELS = new Set(['description', 'desc', 'text', 'label']);
// How plainly the first word must name its field for the label to be that field's.
const PLAIN_NAME = 0.85;

/**
 * "outcomeDescription", "Type Description": a field named plainly, then a word that only labels
 * it. The column is that field (the outcome's text, the type's label), not the description.
 */
function labelOfField(words: readonly string[], fields: HeaderReading['fields']): void {
  if (words.length !== 2 || !LABELS.has(words[1]!)) return;
  const named = CANONICAL_FIELDS.filter((f) => f !== 'description')
    .map((field) => ({ field, weight: weightOf(words[0]!, field) }))
    .sort((a, b) => b.weight - a.weight)[0];
  if (!named || named.weight < PLAIN_NAME) return;
  fields[named.field] = {
    score: named.weight,
    why: `header words “${words[0]}” and “${words[1]}”: the ${words[0]}’s own text`,
  };
  delete fields.description;
}

// Kinds of record whose name is what the record was ("FormName": "DASH Risk Assessment").
const NAMED_RECORDS = new Set(data.namedRecords);
const NAME_WORDS = new Set(['name', 'title']);
// As sure as "Category": the cells still have to look like types.
const RECORD_NAME_SCORE = 0.85;

/**
 * "FormName", "Activity Name", "Event Title": the name of a kind of record is its type, not a
 * person's name (which "name" alone, "Client Name", says).
 */
function recordName(words: readonly string[]): string | null {
  return words.length === 2 && NAMED_RECORDS.has(words[0]!) && NAME_WORDS.has(words[1]!)
    ? words[0]!
    : null;
}

export function readHeader(header: string): HeaderReading {
  const words = headerWords(header);
  const head = headIndex(words);
  const heads = headWords(header);
  const fields: HeaderReading['fields'] = {};
  const set = (field: CanonicalField, score: number, why: string) => {
    if (score > (fields[field]?.score ?? 0)) fields[field] = { score, why };
  };

  const key = headerKey(header);
  for (const field of CANONICAL_FIELDS) {
    const rank = key ? SYNONYMS[field].indexOf(key) : -1;
    // Earlier synonyms win when two columns match one field, as they always have.
    if (rank >= 0) set(field, SYNONYM_SCORE - rank * 0.001, `the header is a usual name for it`);
    words.forEach((word) => {
      if (STOP.has(word)) return;
      const weight = weightOf(word, field);
      if (weight === 0) return;
      // `heads` leaves brackets out: "Worker (Team)" is a worker, its team a qualifier, though
      // "team" is the last noun of all its words.
      const isHead = head === null || heads.has(word);
      set(field, weight * (isHead ? 1 : MODIFIER_FACTOR), `header word “${word}”`);
    });
  }

  labelOfField(words, fields);
  const named = recordName(words);
  if (named) {
    fields.type = {
      score: RECORD_NAME_SCORE,
      why: `header words “${named}” and “${words[1]}”: the ${named}’s name`,
    };
  }
  const find = (set: ReadonlySet<string>) => words.find((w) => set.has(w)) ?? null;
  const hasDateWord = words.some((w) => DATE_WORDS.has(w));
  const hasTimeWord = words.includes('time');
  const endWord = find(END);
  if (endWord && (hasDateWord || hasTimeWord)) {
    // "End date", "Date to", "Finish time": a span's end, not the event's start.
    if (fields.date) set('endDate', fields.date.score, `header words “${endWord}” and a date`);
    if (fields.time) set('endTime', fields.time.score, `header words “${endWord}” and “time”`);
    if (fields.date) fields.date.score *= 0.3;
    if (fields.time) fields.time.score *= 0.3;
  } else if (endWord && fields.endDate && !hasDateWord && !hasTimeWord) {
    // A bare "End" or "Departure": its cells say whether it ends on a day or at a time.
    set('endTime', fields.endDate.score, `header word “${endWord}”`);
  } else if (hasDateWord && hasTimeWord && fields.date && fields.time) {
    // "Contact Date/Time": one cell holds both; the date is read from it, and its time too.
    fields.date = {
      score: Math.max(fields.date.score, fields.time.score),
      why: 'header words “date” and “time”',
    };
    fields.time.score *= 0.5;
  }
  const childWord = find(CHILD_WORDS);
  const seeingWord = find(SEEING_WORDS);
  if (childWord && seeingWord && !words.includes('alone')) {
    set('childSeen', 0.9, `header words “${childWord}” and “${seeingWord}”`);
  } else if (childWord && words.includes('present') && !words.includes('alone')) {
    // "Child Present" (Y/N) at a health visitor's contact: the child was there, so seen. Less
    // sure than a verb of seeing, so cells that are not yes/no (names: "Jack, Lily") overrule
    // it, and the word "present" still reads a column of names as who was there.
    set('childSeen', CHILD_PRESENT_SCORE, `header words “${childWord}” and “present”`);
  }
  // "Referrer Agency", "Partner organisation": another agency, not the one uploading.
  // Only an agency so qualified is elsewhere: "Referrer (ward/dept)" in a hospital's own log
  // is still one of its teams.
  const counterpartWord = fields.agency ? find(COUNTERPART) : null;
  if (counterpartWord) {
    delete fields.agency;
    delete fields.team;
  }
  const notEventWord = find(NOT_EVENT);
  if (notEventWord) {
    delete fields.date;
    delete fields.endDate;
  }
  const notReferenceWord = find(NOT_REFERENCE);
  if (notReferenceWord) delete fields.sourceRef;
  const headWord = head === null ? null : words[head];
  const notAField = headWord !== null && headWord !== undefined && NOT_REFERENCE.has(headWord);
  return {
    words,
    fields: notAField ? {} : fields,
    recordedWord: find(RECORDED),
    notEventWord,
    notReferenceWord,
    notAField,
    notTypeWord: named ? null : find(NOT_TYPE),
    notTimeWord: find(NOT_TIME),
    counterpartWord,
    caseType: words.length === 2 && CASE_WORDS.has(words[0]!) && (fields.type?.score ?? 0) > 0,
    caseRef: words.length === 2 && CASE_WORDS.has(words[0]!) && (fields.sourceRef?.score ?? 0) > 0,
    roleOnly: headWord !== null && headWord !== undefined && ROLE_ONLY.has(headWord),
  };
}
