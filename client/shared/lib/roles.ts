import { allows, type Ability } from '../../../server/contract/access';
import type { ReviewDto } from '../../../server/contract/reviews';
import type { ReviewPage } from './routes';

// Pure: what a user's role in a review lets the web app offer, read from the server's access
// table (server/contract/access.ts), so the screens offer what the server allows. The server
// is still the judge of every request; this keeps the screens from showing what would be
// refused, and from asking for it.

export type Role = NonNullable<ReviewDto['myRole']>;

/** What the screens ask, each by the table's ability it is (see the table for who has it). */
const OFFERS = {
  /** The timeline's events (a submitter: their own agency's only; the server narrows them). */
  readEvents: 'readEvents',
  /** Gap flags and the "flagged only" filter. */
  seeGaps: 'readMerged',
  readRules: 'readRules',
  editRules: 'editRules',
  /** The list of uploads (a submitter: their own agency's). */
  seeSubmissions: 'submit',
  upload: 'submit',
  duplicates: 'duplicates',
  audit: 'audit',
  /** Add, change and remove members; delete the review. */
  manageMembers: 'manageMembers',
  /** The agencies expected to submit, and the links inviting their contacts. */
  manageAgencies: 'manageAgencies',
  /** The review's notes and key practice episodes, to read. */
  readNotes: 'readNotes',
  /** Mark records, make episodes. */
  annotate: 'annotate',
  /** The people glossary (names ⇄ role labels) and the named view. */
  glossary: 'glossary',
  namedView: 'namedView',
  /** Presentation mode and following a meeting. */
  present: 'present',
  /** Start and chair a meeting. */
  chair: 'chair',
  /** The annex, as a file or a print view. */
  exportAnnex: 'exportAnnex',
  /** Questions to the agencies (a submitter: their agency's; the panel: answered ones). */
  readQuestions: 'readQuestions',
  /** Ask an agency a question, and withdraw it. */
  askQuestions: 'askQuestions',
  /** Answer a question: the agency's submitter, or the reviewer for an answer given otherwise. */
  answerQuestions: 'answerQuestions',
} as const satisfies Record<string, Ability>;

export type Abilities = Record<keyof typeof OFFERS, boolean>;

/** The table's ability behind each of the screens' questions (for tests). */
export const ABILITY_OF: Readonly<Record<keyof Abilities, Ability>> = OFFERS;

export function abilities(review: Pick<ReviewDto, 'myRole'>, isAdmin: boolean): Abilities {
  const entries = Object.entries(OFFERS) as [keyof Abilities, Ability][];
  return Object.fromEntries(
    entries.map(([key, ability]) => [key, allows(ability, review.myRole, isAdmin)]),
  ) as Abilities;
}

const TABS: { page: ReviewPage; label: string; allowed: (can: Abilities) => boolean }[] = [
  { page: 'overview', label: 'Overview', allowed: () => true },
  { page: 'upload', label: 'Upload', allowed: (can) => can.upload },
  { page: 'timeline', label: 'Timeline', allowed: (can) => can.readEvents },
  { page: 'notes', label: 'Notes', allowed: (can) => can.readNotes },
  // The panel reads answers on the records' details; the tab is for who asks and who answers.
  { page: 'questions', label: 'Questions', allowed: (can) => can.answerQuestions },
  { page: 'duplicates', label: 'Duplicates', allowed: (can) => can.duplicates },
  { page: 'rules', label: 'Gap rules', allowed: (can) => can.readRules },
  { page: 'people', label: 'People', allowed: (can) => can.glossary },
  { page: 'audit', label: 'Audit', allowed: (can) => can.audit },
  { page: 'members', label: 'Members', allowed: (can) => can.manageMembers },
];

/** The review's tabs this user may open, in their usual order. */
export function reviewTabs(can: Abilities): { page: ReviewPage; label: string }[] {
  return TABS.filter((tab) => tab.allowed(can)).map(({ page, label }) => ({ page, label }));
}

/** Pages that are not tabs: presentation mode and the annex's print view. */
const OTHER_PAGES: Partial<Record<ReviewPage, (can: Abilities) => boolean>> = {
  present: (can) => can.present,
  'annex-print': (can) => can.exportAnnex,
};

/** Whether this user may open a page of the review (a tab, or presentation and print views). */
export function pageAllowed(page: ReviewPage, can: Abilities): boolean {
  const other = OTHER_PAGES[page];
  if (other) return other(can);
  return TABS.some((tab) => tab.page === page && tab.allowed(can));
}

/** Page titles for the browser tab, for pages that are not tabs. */
export const PAGE_TITLES: Partial<Record<ReviewPage, string>> = {
  present: 'Walk-through',
  'annex-print': 'Annex',
};

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Reviewer',
  panel: 'Panel member',
  submitter: 'Submitter',
};

export const ROLE_HINTS: Record<Role, string> = {
  reviewer:
    'everything in the review: uploads, timeline, gaps, notes, rules, duplicates, the people glossary, meetings, the annex, audit',
  panel:
    'reads the merged timeline with people as role labels, its gap flags, the review’s notes and the rules, and follows walk-through meetings',
  submitter:
    'uploads their agency’s chronology, sees only their agency’s events, and answers the reviewer’s questions to their agency',
};

/** "Reviewer", "Submitter for Dyfed-Powys Police", "Administrator (not a member)". */
export function roleLabel(
  review: Pick<ReviewDto, 'myRole' | 'myAgency'>,
  isAdmin: boolean,
): string {
  if (review.myRole === 'submitter' && review.myAgency)
    return `${ROLE_LABELS.submitter} for ${review.myAgency}`;
  if (review.myRole) return ROLE_LABELS[review.myRole];
  return isAdmin ? 'Administrator (not a member)' : 'Not a member';
}

/** Whole minutes, rounded up, for "try again in N minutes". */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** What the sign-in form says about a failed attempt. */
export function signInProblem(error: {
  status?: number;
  message?: string;
  retryAfterSeconds?: number | null;
}): string {
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds;
    if (seconds === null || seconds === undefined)
      return 'Too many failed sign-ins. Wait a few minutes, then try again.';
    const minutes = minutesToWait(seconds);
    return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
  }
  if (error.status === 401) return 'That email and password do not match an account.';
  if (error.status === 0 || error.status === undefined)
    return 'The server could not be reached. Check the connection and try again.';
  return error.message || 'Signing in failed.';
}

/** The server's rule (server/auth/password.ts): length, not character classes. */
export const PASSWORD_MIN_LENGTH = 12;

/** Checked before sending, so the common mistakes are named at once; the server checks again. */
export function newPasswordProblem(password: string, repeated?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `A password needs at least ${PASSWORD_MIN_LENGTH} characters; three random words work well.`;
  if (repeated !== undefined && password !== repeated) return 'The two passwords differ.';
  return null;
}

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random first password for an account an administrator makes (18 characters, no look-alike
 * letters, about 104 bits), to hand over by another channel and be changed under Account.
 */
export function suggestPassword(length = 18): string {
  const bytes = new Uint8Array(length * 2);
  crypto.getRandomValues(bytes);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  for (const byte of bytes) {
    if (byte >= limit) continue;
    out += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + suggestPassword(length - out.length);
}
