import typeWords from './data/type-words.json';
import type { TypeDecision, TypeSources } from './type-codes';
import { stemOf } from './type-words';

const words = typeWords.injurySeen;
const stems = (list: string[]): ReadonlySet<string> => new Set(list.map(stemOf));
const INJURIES = stems(words.injuries);
const SEEING = stems(words.seeing);
const PRESENTING: ReadonlySet<string> = new Set(words.presenting);
const NEGATIONS: ReadonlySet<string> = new Set(words.negations);
// Words after an injury word that make it the name of a place of care: "fracture clinic".
const PLACES: ReadonlySet<string> = new Set(words.places);
const CAUSES: ReadonlySet<string> = new Set(typeWords.causes);
const DESCRIBING: ReadonlySet<string> = new Set(words.findings.describing);
const TALKED_OF: ReadonlySet<string> = new Set(words.findings.talkedOf);
// A size ("1.5cm", "2 x 3 cm" leaves "2", "x", "3", "cm") or a count in a finding.
const MEASURE = /^(\d+(\.\d+)?(cm|mm)?|x|cm|mm)$/;
// How far before the injury word a presenting or seeing word ("with a small bruise", "noted a
// burn") or a negation ("no obvious marks") still speaks of it.
const NEAR = 3;

/**
 * The words of a description that say an injury was seen, or null. A face-to-face contact's
 * record of an injury is what the practitioner saw when an injury word stands in one clause
 * (a sentence cut at commas and colons, asides in brackets left out) with a seeing word after
 * it ("Bruising to forearms seen", "Marks to neck noted"), or a seeing or presenting word just
 * before it ("noted a burn", "brought with bruise to cheek", "Mum had bruising on wrist").
 *
 * One injury word is not enough in a long description: it may be talked about ("referral re
 * bruising"), denied ("No marks"), earlier ("Follow-up visit after bruise seen 28/06", a
 * causal word first), or be someone's else's sentence ("Kai seen, bruise to forehead" sees
 * the child: the comma ends the clause), or name a place of care ("Seen in fracture clinic",
 * "burns dressing clinic": `places`). `seeingOnly` takes a seeing word, not a presenting one:
 * where nobody is said to have been face to face, "attended with a burn" may be another
 * agency's report.
 */
export function injurySeenIn(
  description: string,
  { seeingOnly = false, findings = false }: { seeingOnly?: boolean; findings?: boolean } = {},
): string[] | null {
  const text = description.replace(/\([^)]*\)/g, ' ');
  for (const sentence of text.split(/[.;!?](?:\s|$)|\n/)) {
    for (const clause of sentence.split(/[,:]/)) {
      const found =
        seenInClause(clause.match(/[A-Za-z]+/g) ?? [], seeingOnly) ??
        (findings ? foundInClause(clause.match(/[A-Za-z0-9.]+/g) ?? []) : null);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A clinician's finding: a clause that opens with the injury, after words that only describe it
 * ("Fading bruising L forearm", "1.5cm purple bruise L pinna", "Bruise to L ear"), as
 * examination notes are written. Only where the practitioner was with the person (the caller's
 * choice): there a finding needs no "seen". Not an injury talked of in the same clause
 * ("Bruising discussed", "bruise reported by nursery", "history of burns").
 */
function foundInClause(tokens: string[]): string[] | null {
  const lower = tokens.map((t) => t.toLowerCase().replace(/\.$/, ''));
  const at = lower.findIndex((w) => !DESCRIBING.has(w) && !MEASURE.test(w));
  const word = lower[at];
  // "Marked improvement" is an adjective, not a mark.
  if (at < 0 || !word || word === 'marked' || !INJURIES.has(stemOf(word))) return null;
  if (PLACES.has(lower[at + 1] ?? '')) return null;
  if (lower.some((w) => TALKED_OF.has(w) || NEGATIONS.has(w) || CAUSES.has(w))) return null;
  return tokens.slice(0, at + 1);
}

function seenInClause(tokens: string[], seeingOnly: boolean): string[] | null {
  const lower = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i] ?? '';
    // "Marked improvement" is an adjective, not a mark.
    if (word === 'marked' || !INJURIES.has(stemOf(word))) continue;
    if (PLACES.has(lower[i + 1] ?? '')) continue;
    const before = lower.slice(Math.max(0, i - NEAR), i);
    if (before.some((w) => NEGATIONS.has(w))) continue;
    if (lower.slice(0, i).some((w) => CAUSES.has(w))) continue;
    const lead = before.findIndex(
      (w) => (!seeingOnly && PRESENTING.has(w)) || SEEING.has(stemOf(w)),
    );
    if (lead >= 0) return tokens.slice(i - before.length + lead, i + 1);
    const after = lower.findIndex((w, j) => j > i && SEEING.has(stemOf(w)));
    if (after > i) return tokens.slice(i, after + 1);
  }
  return null;
}

/**
 * A cell naming a worry or a category of harm ("Physical abuse", "Safeguarding concern",
 * "Self Harm") whose description says an injury was seen ("PE teacher saw finger-mark
 * bruising", "Mark on neck seen by TA; body map completed"): the injury seen is what happened
 * (DOMAIN.md: `incident.injury` is an injury seen; the corpus keeps it for one a practitioner
 * sees), the category only what the record is filed under. It takes a seeing word: the cell does
 * not say the agency was face to face with the person, and "attended with a burn" or "found with
 * injuries" may be what another agency reported, the worry passed on. Not an adult's concern,
 * which at adult services is the concern raised with them.
 */
export function injurySeenUnderWorry(
  cell: TypeDecision,
  sources: TypeSources,
): TypeDecision | null {
  if (cell.basis.from !== 'type cell' || cell.code !== 'concern') return null;
  const words = injurySeenIn(sources.description ?? '', { seeingOnly: true });
  return words ? { code: 'incident.injury', basis: { from: 'description', words } } : null;
}
