import typeWords from './data/type-words.json';
import { readTypeText } from './type-words';

// A worry passed to another agency (referralSaid, type-context.ts): the words are `passedOn`
// in type-words.json.
const PASSING_WORDS: ReadonlySet<string> = new Set(typeWords.passedOn.sending);
const NOT_PASSED_AFTER: ReadonlySet<string> = new Set(typeWords.passedOn.notAfter);
const PASSED_TO: ReadonlySet<string> = new Set(typeWords.passedOn.agencies);

/**
 * The words of a description's first sentence saying the worry went to another agency: in one
 * clause, a word of sending, then within five words "to", then within three words another
 * agency ("Safeguarding concern sent to Wexcombe ASC", "Crew raised concern about self-neglect
 * to adult social care"); not what is still to come ("to be sent") or denied ("not reported").
 * DOMAIN.md: a concern passed to another agency is a referral sent.
 */
export function passedOn(text: string): string[] | null {
  const { surface, sentence, clause } = readTypeText(text);
  const words = surface.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length && sentence[i] === 0; i++) {
    if (!PASSING_WORDS.has(words[i] ?? '') || NOT_PASSED_AFTER.has(words[i - 1] ?? '')) continue;
    for (let t = i + 1; t <= i + 6 && t < words.length && clause[t] === clause[i]; t++) {
      if (words[t] !== 'to') continue;
      for (let a = t + 1; a <= t + 3 && a < words.length && clause[a] === clause[i]; a++) {
        if (PASSED_TO.has(words[a] ?? '')) return [surface[i] ?? '', surface[a] ?? ''];
      }
      break;
    }
  }
  return null;
}
