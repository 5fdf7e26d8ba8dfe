import type { ROLES } from './auth';

/**
 * Who may do what in a review: the one table. The server's routes check it
 * (server/access/access.ts: `access.to(ability)`, and `mayDo` for a meeting stream's re-checks);
 * the web app reads it to offer only what the server would allow (client/shared/lib/roles.ts).
 *
 * A review has three roles, given by an administrator per review:
 * - reviewer: runs the review; everything inside it.
 * - panel: reads the merged timeline with people as role labels, and follows meetings.
 * - submitter: one agency's data officer; uploads that agency's chronology and sees only it.
 * Administrators hold a flag on their account, not a role: an admin who is a member of a
 * review has their role's abilities there; every admin, member or not, also has the rows
 * marked `admin: 'metadata'` or `'any'`, which are the review's metadata (its record, members,
 * audit log), never its case data. An admin who joins a review's panel keeps the metadata
 * rights they had before joining: a role adds to what the flag gives, never takes away.
 *
 * On the server a user who is not a member and not let in as an admin gets 404 (the review does
 * not exist as far as they can tell); a member whose role lacks the ability gets 403.
 *
 * Each row: the roles that have the ability, and the admin column:
 * - 'no': only the roles listed;
 * - 'metadata': also every admin, member or not (a review route that lets admins in);
 * - 'any': every admin and no role (the admin flag alone; routes `access.admin`).
 * The web app offers exactly what the server allows: it asks `allows`, as the server does.
 */
export type AdminRule = 'no' | 'metadata' | 'any';
export type ReviewRole = (typeof ROLES)[number];

export interface AccessRow {
  readonly roles: readonly ReviewRole[];
  readonly admin: AdminRule;
}

const REVIEWERS = ['reviewer'] as const;
/** Everyone who reads the merged timeline: every agency's records together. */
const MERGED_READERS = ['reviewer', 'panel'] as const;
const EVERY_ROLE = ['reviewer', 'panel', 'submitter'] as const;

export const ACCESS = {
  /** The review's record (title, reference, your role, counts): every member; an admin. */
  readReview: { roles: EVERY_ROLE, admin: 'metadata' },
  /**
   * Events, as a list or one by one: every member, but a submitter only their own agency's
   * (the server narrows the query by the membership's agency; the web app shows what comes).
   */
  readEvents: { roles: EVERY_ROLE, admin: 'no' },
  /**
   * The merged timeline's gap flags (and the "flagged only" filter). Not a submitter: the
   * merged timeline is other agencies' records, and a gap is read across them.
   */
  readMerged: { roles: MERGED_READERS, admin: 'no' },
  /** The review's gap rules, to read: what the panel's flags mean. */
  readRules: { roles: MERGED_READERS, admin: 'no' },
  /** The review's notes and key practice episodes, to read: they quote the merged records. */
  readNotes: { roles: MERGED_READERS, admin: 'no' },
  /** Presentation mode, and following a meeting (its stream is re-checked at every step). */
  present: { roles: MERGED_READERS, admin: 'no' },
  /** Upload a chronology, and list the uploads (a submitter: their own agency's only). */
  submit: { roles: ['reviewer', 'submitter'], admin: 'no' },
  /** Suggested duplicates and linking records: the reviewer. */
  duplicates: { roles: REVIEWERS, admin: 'no' },
  /** The annex, as a file or a print view: the reviewer. */
  exportAnnex: { roles: REVIEWERS, admin: 'no' },
  /** Add, change and remove the review's gap rules. */
  editRules: { roles: REVIEWERS, admin: 'no' },
  /** Mark records, write notes, make episodes. */
  annotate: { roles: REVIEWERS, admin: 'no' },
  /**
   * Questions to an agency about its records (issue #16), to read: every member, but a
   * submitter only their own agency's (as their events), and the panel only answered ones,
   * redacted as the records are: the panel reads answers, not the reviewer's open chasing.
   */
  readQuestions: { roles: EVERY_ROLE, admin: 'no' },
  /** Ask an agency a question on a record or its whole chronology, and withdraw it. */
  askQuestions: { roles: REVIEWERS, admin: 'no' },
  /**
   * Answer a question: the agency's submitter (their agency's only), in words or by a new
   * upload; and the reviewer, who may record an answer the agency gave another way.
   */
  answerQuestions: { roles: ['reviewer', 'submitter'], admin: 'no' },
  /**
   * The people glossary (names and aliases ⇄ role labels). Only the reviewer: it is the list
   * of the names the panel's view hides.
   */
  glossary: { roles: REVIEWERS, admin: 'no' },
  /**
   * Records with people's names (the named view; audited). A panel member never; a submitter
   * reads their own agency's records as written anyway (they wrote them), with no switch.
   */
  namedView: { roles: REVIEWERS, admin: 'no' },
  /** Start, step through and end a meeting others follow. */
  chair: { roles: REVIEWERS, admin: 'no' },
  /** The review's audit log: its reviewer, and every admin. */
  audit: { roles: REVIEWERS, admin: 'metadata' },
  /**
   * The agencies the review expects a chronology from, their contacts and due dates, and the
   * one-time links inviting each contact to join as its submitter: the reviewer, who chases
   * them, and every admin (it is the review's metadata, and a link makes a member).
   */
  manageAgencies: { roles: REVIEWERS, admin: 'metadata' },
  /** The member list: the reviewer (who is in the review), and every admin. */
  seeMembers: { roles: REVIEWERS, admin: 'metadata' },
  /**
   * Add, change and remove members; delete the review, or erase one version of an upload:
   * administrators only, member or not.
   */
  manageMembers: { roles: [], admin: 'any' },
} as const satisfies Record<string, AccessRow>;

export type Ability = keyof typeof ACCESS;

/** The abilities, in the table's order. */
export const ABILITIES = Object.keys(ACCESS) as Ability[];

/**
 * Whether a row lets a user in: `role` is their role in the review, or null when they are not a
 * member. The one decision, for the server and the web app alike.
 */
export function rowAllows(row: AccessRow, role: ReviewRole | null, isAdmin: boolean): boolean {
  if (isAdmin && row.admin !== 'no') return true;
  return role !== null && row.roles.includes(role);
}

/** Whether a user may do something in a review: the table's row for it, through rowAllows. */
export function allows(ability: Ability, role: ReviewRole | null, isAdmin: boolean): boolean {
  return rowAllows(ACCESS[ability], role, isAdmin);
}
