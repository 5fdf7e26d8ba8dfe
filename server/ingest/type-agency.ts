import typeWords from './data/type-words.json';
import { stemsOf } from './agency-kind';
import { phraseKey } from '../shared/phrases';
import type { SynonymSource } from './type-match';
import { readTypeText } from './type-words';

/**
 * What an agency's kind changes in reading its type words (data in `type-words.json`): the
 * same words mean different things to a MASH, a police force and a school. Pure: no I/O.
 */

type Overlay = Record<string, string[]>;
const OVERLAYS = typeWords.byAgencyKind as unknown as Record<string, Overlay | string>;
const OTHERWISE = typeWords.otherwiseByAgencyKind as unknown as Record<string, string>;
const RECEIVERS: ReadonlySet<string> = new Set(typeWords.referralsReceivedBy);
const ONE_CONTACT: ReadonlySet<string> = new Set(typeWords.oneContactAssessmentsBy);
const REPORTED: ReadonlySet<string> = new Set(typeWords.reportedCodes);
const HEARD_OF = Object.fromEntries(
  Object.entries(typeWords.heardOfByAgencyKind).filter(([key]) => !key.startsWith('$')),
) as Record<string, Record<string, string[]>>;

// Each service's own contact code, with the words of a name that say the agency is that service.
const OWN_CONTACTS = Object.entries(typeWords.ownContactByService)
  .filter(([key]) => !key.startsWith('$'))
  .flatMap(([code, names]) => (names as string[]).map((n) => ({ code, stems: stemsOf(n) })));
const ownContacts = new Map<string, string | null>();

/**
 * The contact code of the service an agency's name says it is ("Northshire Domestic Abuse
 * Service (IDVA)", "Brayford Women's Aid (IDVA service)": `idva.contact`), or null. The
 * agency's kind does not say it: an IDVA service is `voluntary` like a refuge, and may be
 * hosted by a hospital or a police force (`ownContactByService` in `type-words.json`).
 */
export function ownContactOf(agencyName: string | undefined): string | null {
  if (!agencyName) return null;
  let code = ownContacts.get(agencyName);
  if (code === undefined) {
    const words = stemsOf(agencyName);
    const found = OWN_CONTACTS.find((p) =>
      words.some((_, i) => p.stems.every((s, k) => words[i + k] === s)),
    );
    code = found?.code ?? null;
    if (ownContacts.size > 100) ownContacts.clear();
    ownContacts.set(agencyName, code);
  }
  return code;
}

/** An agency that receives referrals (a children's services front door, an IDVA service). */
export function receivesReferrals(kind: string | undefined): boolean {
  return kind !== undefined && RECEIVERS.has(kind);
}

/**
 * A code that says what a referral is about, not what the receiving agency did: an incident,
 * an injury, a concern, an arrest or a breach reported to it.
 */
export function isReportedCode(code: string): boolean {
  return REPORTED.has(code);
}

/**
 * A type column headed as a reason or complaint ("Contact Reason", "Reason for referral",
 * contactReason, "Chief Complaint") holds what each contact was about, not what happened.
 */
export function isReasonHeader(header: string | undefined): boolean {
  return header !== undefined && /reason|complaint/i.test(header);
}

const NOT_EXPANDED = Object.entries(typeWords.abbreviationsNotFor).filter(
  ([key]) => !key.startsWith('$'),
) as Array<[string, string[]]>;

/**
 * The abbreviations whose long meaning is not this kind of agency's (`abbreviationsNotFor` in
 * `type-words.json`): to an ambulance service or a hospital "CPR" is resuscitation.
 */
export function abbreviationsNotFor(kind: string): ReadonlySet<string> {
  return new Set(NOT_EXPANDED.filter(([, kinds]) => kinds.includes(kind)).map(([short]) => short));
}

/** The vocabulary as an agency of this kind uses it, or null when it uses the common one. */
export function vocabularyForKind(
  types: readonly SynonymSource[],
  kind: string,
): SynonymSource[] | null {
  const overlay = OVERLAYS[kind];
  if (!overlay || typeof overlay === 'string') return null;
  // Compared as the matcher reads them, so "concerns raised" moves with "concern raised".
  const moved = new Set(Object.values(overlay).flat().map(stemKey));
  return types.map((t) => ({
    code: t.code,
    overrides: t.overrides,
    synonyms: [...t.synonyms.filter((s) => !moved.has(stemKey(s))), ...(overlay[t.code] ?? [])],
  }));
}

/** The code of an agency's record whose words match nothing, when its kind says (ambulance). */
const COMPLAINT = typeWords.complaintByAgencyKind as unknown as Record<string, string>;

/**
 * What a row is at an agency of this kind when its type column holds the presenting or chief
 * complaint ("PresentingComplaint": "Assault", "Head injury"): the emergency attendance.
 */
export function complaintCodeFor(
  kind: string | undefined,
  header: string | undefined,
): string | null {
  if (kind === undefined || header === undefined || !/complaint/i.test(header)) return null;
  const code = COMPLAINT[kind];
  return typeof code === 'string' && !code.startsWith('$') ? code : null;
}

export function otherwiseForKind(kind: string | undefined): string | null {
  const code = kind === undefined ? undefined : OTHERWISE[kind];
  return typeof code === 'string' && !code.startsWith('$') ? code : null;
}

// The words that say a referral went out ("Referral to CAMHS", "MARF sent"), or that an
// assessment only began.
const SENT = /\b(to|sent|made|submitted|completed|onward|out)\b/;
const BEGUN = /\b(start|started|starts|commenced|begun|begins|opened|booked|requested)\b/;

/**
 * A decided code read as the agency's kind means it:
 * - a children's services front door, an IDVA or refuge service receives referrals: its
 *   "Referral" or "PPN" with no destination and no word of sending is a referral received;
 * - a school records harm that happened elsewhere (domestic abuse, a child missing) as its
 *   concern (`heardOfByAgencyKind`);
 * - a health assessment (mental health, crisis, paediatric) is done at one contact: it is
 *   complete when recorded, unless the words say it only began. A children's services
 *   assessment runs for weeks, so there "assessment" is its start.
 */
export function readForKind(code: string, text: string, kind: string | undefined): string {
  if (kind === undefined) return code;
  const heard = HEARD_OF[kind];
  if (heard) {
    const worry = Object.entries(heard).find(([, codes]) => codes.includes(code));
    if (worry) return worry[0];
  }
  // The text's words are looked at only for the two codes read differently.
  if (code === 'referral.sent' && RECEIVERS.has(kind) && !SENT.test(phraseKey(text)))
    return 'referral.received';
  if (code === 'assessment.start' && ONE_CONTACT.has(kind) && !BEGUN.test(phraseKey(text)))
    return 'assessment.complete';
  return code;
}

function stemKey(text: string): string {
  return readTypeText(text)
    .words.map((w) => w.stem)
    .sort()
    .join(' ');
}
