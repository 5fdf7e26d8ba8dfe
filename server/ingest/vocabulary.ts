import { alternativeSaid, formAtFamily, meetingSaid, refined } from './type-cell-narrowed';
import {
  betweenPartners,
  complaintOf,
  criticalIn,
  domainCell,
  familyTold,
  referralReceived,
  referralSaid,
  sharedWithProfessional,
  worryReported,
} from './type-context';
import {
  attendedOnly,
  bestInNarrative,
  narrativeDecision,
  ownContact,
  whatHappened,
} from './type-narrative';
import { injurySeenUnderWorry } from './injury-seen';
import { phraseKey } from '../shared/phrases';
import { otherwiseForKind } from './type-agency';
import {
  decideFromTypeCell,
  OTHER_TYPE,
  scoreTypeCell,
  type TypeDecision,
  type TypeMap,
  type TypeSources,
} from './type-codes';
import { saysLittle } from './type-words';

// The public face of event-type reading: the codes and matchers (type-codes.ts), and one
// decision per row from the type cell (type-codes.ts), what its description says happened
// (type-narrative.ts) and what the rest of the row says (type-context.ts).
export {
  decideFromTypeCell,
  EVENT_TYPES,
  type EventType,
  isEventTypeCode,
  likelyCodes,
  matchEventType,
  OTHER_TYPE,
  type TypeBasis,
  type TypeDecision,
  type TypeMap,
  typeMapFrom,
  type TypeSources,
} from './type-codes';

const NONE: TypeDecision = { code: OTHER_TYPE, basis: { from: 'none', words: [] } };

/**
 * An event's type code and what decided it. An informative type cell wins. When it says little
 * ("Contact", "Case note", a system code) or matches nothing, the description and then the
 * outcome are read with the same matcher (a narrative needs a stronger match). A type map entry
 * for a say-little word ("Contact" → phone) is the fallback when neither text tells: a reviewer
 * who maps "Contact" means the contacts nothing else explains, not the home visits the
 * description names.
 */
export function decideEventType(
  sources: TypeSources,
  typeMap: TypeMap,
  cell?: TypeDecision | null,
): TypeDecision {
  const typeText = sources.typeText ?? '';
  const kind = sources.agencyKind;
  const read =
    (cell === undefined ? decideFromTypeCell(typeText, typeMap, kind) : cell) ??
    domainCell(typeText);
  const attended = attendedOnly(read, kind);
  const fromCell = attended ?? read;
  // A word that says little for most agencies but means something to this one ("Contact" at a
  // children's services front door) still lets a description that says more decide.
  const vague =
    attended !== null ||
    (sources.perCase === true && fromCell?.basis.from === 'type cell') ||
    (fromCell !== null && fromCell.basis.from === 'type cell' && saysLittle(typeText));
  const received = referralReceived(fromCell, vague, sources);
  if (received) return received;
  const critical = criticalIn(sources, fromCell, vague);
  if (critical) return critical;
  const complaint = complaintOf(fromCell, sources);
  if (complaint) return complaint;
  const shared = sharedWithProfessional(fromCell, vague, sources);
  if (shared) return shared;
  const told = familyTold(fromCell, vague, sources);
  if (told) return told;
  const worry = worryReported(fromCell, vague, sources);
  if (worry) return worry;
  if (fromCell && !vague)
    return betweenPartners(
      whatHappened(fromCell, sources) ??
        formAtFamily(fromCell, sources) ??
        alternativeSaid(fromCell, sources) ??
        meetingSaid(fromCell, sources) ??
        ownContact(fromCell, sources) ??
        referralSaid(fromCell, sources) ??
        injurySeenUnderWorry(fromCell, sources) ??
        refined(fromCell, sources) ??
        fromCell,
      sources,
    );
  for (const from of ['description', 'outcome'] as const) {
    const narrative = narrativeOf(sources, from);
    if (narrative) return narrative;
  }
  // The reviewer's map for a vague word comes before what the agency's kind makes of it.
  const mapped = typeMap.get(phraseKey(typeText));
  if (mapped) return { code: mapped, basis: { from: 'type map', words: [typeText] } };
  if (fromCell) return fromCell;
  const otherwise = otherwiseForKind(kind);
  if (otherwise) return { code: otherwise, basis: { from: 'none', words: [] } };
  // Nothing matched anywhere: the type cell's words weighed against every code, or `other`.
  return scoreTypeCell(typeText, kind) ?? NONE;
}

/** What a description or outcome says happened, read as a narrative (type-narrative.ts). */
function narrativeOf(sources: TypeSources, from: 'description' | 'outcome'): TypeDecision | null {
  const text = sources[from] ?? '';
  // An outcome mostly says what comes next ("SW to visit next week"): only a strong match
  // there says what this event was.
  const best = bestInNarrative(text, from === 'outcome', sources.agencyKind);
  return best && betweenPartners(narrativeDecision(best, from, text, sources.agencyKind), sources);
}

/**
 * The codes that the rules reading the rest of the row (referralReceived to worryReported in
 * decideEventType) can give a description read alone, with no type cell: a death or serious
 * injury named, information shared, the family told, a worry reported. Any other code a
 * description alone is read as comes from its narrative (tests/unit/type-overrule.test.ts
 * holds this to every labelled description).
 */
const SAID_OF_THE_ROW: ReadonlySet<string> = new Set([
  'critical',
  'info.shared',
  'family.informed',
  'concern',
  'adult.concern',
]);

const NO_MAP: TypeMap = new Map();

/**
 * decideEventType's reading of a description alone (no type cell, outcome or type map) where
 * it reads the description as `code`, else null. For any code but those the rest of the row's
 * rules give, the description's narrative is read first, and the whole reading only when the
 * narrative names `code`: the same answer for a fraction of the cost, where it is not `code`.
 */
export function describedAs(
  code: string,
  sources: Pick<TypeSources, 'description' | 'agencyKind' | 'agencyName'>,
): TypeDecision | null {
  const alone: TypeSources = {
    typeText: null,
    description: sources.description,
    agencyKind: sources.agencyKind,
    agencyName: sources.agencyName,
  };
  if (!SAID_OF_THE_ROW.has(code) && narrativeOf(alone, 'description')?.code !== code) return null;
  const described = decideEventType(alone, NO_MAP, null);
  return described.basis.from === 'description' && described.code === code ? described : null;
}
