import typeWords from './data/type-words.json';
import type { LearnedTypeReader } from './type-learned';
import { OTHER_TYPE, type TypeDecision, type TypeSources } from './type-codes';
import { describedAs } from './vocabulary';

// A description that overrules a matched type cell (docs/uploading.md, "The description over a
// matched cell"). A synonym matched the type cell and no rule of the row changed its reading,
// but the cell may name only how the record was made or what it was about (`HAND DELIVERED`,
// `Strat – police attended`, `DV enquiry to police`) while the description says a different
// thing happened ("NOSP served by hand", "Strategy discussion with CSC and health"). Two
// readers must say the same different thing: the rules reading the description alone, and the
// learned reader (type-learned.ts) confident in it. Chosen by cross-validation
// (docs/corpus.md, "07/12/2026: the description overruling a matched cell").

/** The share of the likelihood the learned code must hold to overrule a matched cell. */
export const OVERRULE_SHARE = 0.9;

/**
 * Records whose description is by nature what a source told the agency, never what the agency
 * did: an intelligence report's text is the intelligence ("Patrol noted several vehicles
 * visiting the home address…" is not a home visit). Its cell always stands. Only
 * `intelligence`: a concern or an incident cell may still give way to a death, and the
 * reported codes as a whole, tried here, lost four development-set rows and eight phrases
 * (docs/corpus.md, "07/12/2026: the description overruling a matched cell").
 */
const TOLD_BY_NATURE: ReadonlySet<string> = new Set(['intelligence']);

const REPORTED: ReadonlySet<string> = new Set(typeWords.reportedCodes);
const SPECIALISED = Object.entries(typeWords.specialisedBy).filter(
  ([key]) => !key.startsWith('$'),
) as Array<[string, string[]]>;

/**
 * A code's families: the part before its dot, and that of every broader code it refines
 * (`specialisedBy`): `marac.referral` is of `marac` and of `referral`, as a MARAC referral is a
 * referral sent.
 */
export function familiesOf(code: string): ReadonlySet<string> {
  let out = FAMILIES.get(code);
  if (out) return out;
  out = new Set([code.split('.')[0]!]);
  for (const [broad, narrower] of SPECIALISED)
    if (narrower.includes(code)) out.add(broad.split('.')[0]!);
  FAMILIES.set(code, out);
  return out;
}

const FAMILIES = new Map<string, Set<string>>();

function sameFamily(a: string, b: string): boolean {
  const fa = familiesOf(a);
  return [...familiesOf(b)].some((f) => fa.has(f));
}

/**
 * The description's reading where it overrules a matched type cell, or null where the cell
 * stands. It overrules only when all of these hold:
 * - the cell's own synonym match decided (`cell`), unchanged by the rest of the row, and it is
 *   not a record of what a source told the agency (`TOLD_BY_NATURE`);
 * - the learned reader's code holds at least OVERRULE_SHARE, from two known words each seen
 *   with it in two or more training rows;
 * - that code is of another family than the cell's (a narrower code of the same kind is for
 *   the rules: `Referral received` with "MARAC referral" stays the referral received);
 * - it is not a code a description reports (an incident, a concern, a breach: `reportedCodes`),
 *   which is what somebody told the agency, not what the agency did;
 * - the rules, reading the description alone, name the same code.
 * Most rows fail the third or fourth, so the learned reader stops as soon as its likeliest
 * code is one that could not overrule, and the rules read the description last: the check
 * costs a matched cell's row about a tenth of what reading its type cost (docs/corpus.md,
 * "Why the branch first waited: its cost").
 */
export function overruledCell(
  decided: TypeDecision,
  cell: TypeDecision | null,
  sources: TypeSources,
  reader: LearnedTypeReader,
  minKnown: number,
  minSupport: number,
): TypeDecision | null {
  if (decided.basis.from !== 'type cell' || cell?.code !== decided.code) return null;
  if (!sources.description?.trim()) return null;
  if (TOLD_BY_NATURE.has(decided.code)) return null;
  const learned = reader.weigh(sources, {
    minShare: OVERRULE_SHARE,
    accepts: (code) =>
      code !== OTHER_TYPE && !REPORTED.has(code) && !sameFamily(code, decided.code),
  });
  if (!learned || learned.known < minKnown || learned.support < minSupport) return null;
  // The rules reading the description alone, last: the dearest of the checks.
  return describedAs(learned.code, sources);
}
