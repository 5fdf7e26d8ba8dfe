// Text normalisation for the duplicate scoring: the meaningful words of an event's text, and
// the key of a person it names. Meaningful words are phraseKey words, lightly stemmed
// (assaulted → assault, screaming → scream), without English stop-words, bare numbers and the
// words every case record uses (mother, father, visit, home…). Pure. (Words too common in one
// review's collection are dropped later, by corpus.ts.)

import { phraseKey } from '../shared/phrases';

// prettier-ignore
const ENGLISH_STOP_WORDS = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any',
  'are', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'even',
  'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her',
  'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it',
  'its', 'itself', 'just', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my', 'no',
  'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'ours',
  'out', 'over', 'own', 'same', 'shall', 'she', 'should', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'though', 'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'via',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will',
  'with', 'within', 'would', 'yet', 'you', 'your', 'yours',
];
// Words nearly every row of a safeguarding chronology uses, whatever happened. IDF would weigh
// them down anyway; leaving them out keeps them from the reasons shown to the reviewer.
// prettier-ignore
const CASE_RECORD_WORDS = [
  'mother', 'father', 'mum', 'dad', 'parent', 'parents', 'visit', 'visited', 'home', 'contact',
  'seen', 'see', 'worker', 'plan', 'next', 'advised', 'discussed', 'informed', 'agreed', 'said',
  'say', 'says', 'told', 'today', 'yesterday', 'week', 'weeks', 'day', 'days', 'tel', 'call',
  'phone', 'phoned', 'telephone', 'approx', 're', 'per', 'given', 'made', 'noted', 'record',
  'recorded', 'case', 'family',
];
const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS, ...CASE_RECORD_WORDS]);

/**
 * Light suffix stripping so that one agency's 'assaulted' meets another's 'assault'. Not a
 * full stemmer: it only has to send the forms of one word to the same key, consistently.
 */
function stemWord(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let stripped = false;
  if (w.endsWith('ing') && w.length - 3 >= 4) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length - 2 >= 4) {
    w = w.slice(0, -2);
    stripped = true;
  }
  // referred → referr → refer, stopped → stopp → stop; but not assess, call, buzz.
  if (stripped && /([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The key two events share when they use one word (a phraseWords word), or null for no evidence. */
export function wordKey(word: string): string | null {
  if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word)) return null;
  const stem = stemWord(word);
  return STOP_WORDS.has(stem) ? null : stem;
}

const PERSON_ALIASES: Readonly<Record<string, string>> = {
  mum: 'mother',
  mam: 'mother',
  mom: 'mother',
  mummy: 'mother',
  dad: 'father',
  daddy: 'father',
  baby: 'infant',
};

/** The key of a person as an event names them: Mum = Mother, Dad = Father, baby = Infant. */
export function personKey(name: string): string {
  const key = phraseKey(name);
  return PERSON_ALIASES[key] ?? key;
}
