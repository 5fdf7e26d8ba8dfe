import type { TypeText } from './type-words';

// What a contact was made to do or was about, said just before a code in its description: that
// code was talked about, and the contact is what happened (whatHappened, type-narrative.ts).

/** Words before a name or place that are not a verb: "to the client", "in the house". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'her',
  'his',
  'their',
  'our',
]);

const ABOUT: ReadonlySet<string> = new Set(['re', 'about', 'regarding']);
// "Rang to say the child did not attend": what was said to the caller happened.
const TELLING: ReadonlySet<string> = new Set([
  'say',
  'report',
  'tell',
  'inform',
  'advise',
  'confirm',
]);
const PURPOSE_REACH = 3;
// What a face-to-face contact was made to do is mostly done there ("seen in clinic to complete
// the DASH"): only talking about something leaves it talked about ("came to office to discuss
// contact").
const TALKING: ReadonlySet<string> = new Set(['discuss', 'talk', 'speak', 'chat']);

/**
 * The words before a match, in its clause, say what a contact was made to do or was about: "re",
 * "about" or "regarding", or "to" and a verb in lower case ("to rebook the weight check", "re
 * missed immunisations", "to discuss missed appointments"), within three words before it. Not
 * "to" alone ("agreed to IDVA support"), a name or a determiner after it ("Call to Kerry", "to
 * the client"), nor "to say" or "to report": what the caller was told happened. With
 * `talkOnly` (a face-to-face contact), "to" counts only before a word of talking (`TALKING`).
 */
export function purposeBefore(read: TypeText, start: number, talkOnly: boolean): boolean {
  for (let k = start - 1; k >= 0 && k >= start - PURPOSE_REACH; k--) {
    if (read.clause[k] !== read.clause[start] || !read.joined[k + 1]) return false;
    const word = (read.surface[k] ?? '').toLowerCase();
    if (ABOUT.has(word)) return true;
    const next = read.surface[k + 1] ?? '';
    if (word === 'to' && k + 1 < start)
      return talkOnly
        ? TALKING.has(next)
        : /^[a-z]+$/.test(next) && !DETERMINERS.has(next) && !TELLING.has(next);
  }
  return false;
}
