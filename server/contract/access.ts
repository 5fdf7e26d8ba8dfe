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
 * review has their role's abilities there (plus `admin: 'any'` rows); an admin who is not a
 * member has only the rows marked `admin: 'notMember'` or `'any'`, which are the review's
 * metadata (its record, members, audit log), never its case data.
 *
 * On the server a user who is not a member and not let in as an admin gets 404 (the review does
 * not exist as far as they can tell); a member whose role lacks the ability gets 403.
 *
 * Each row: the roles that have the ability, and the admin column:
 * - 'no': only the roles listed;
 * - 'notMember': also an admin who is not a member of the review (metadata routes);
 * - 'any': every admin, member or not (the admin flag alone; routes `access.admin`).
 * `webApp` marks where the web app offers an ability differently from the server's rule, and
 * says why; everywhere else the web app offers exactly what the server allows.
 */
export type AdminRule = 'no' | 'notMember' | 'any';
export type ReviewRole = (typeof ROLES)[number];

export interface AccessRow {
  readonly roles: readonly ReviewRole[];
  readonly admin: AdminRule;
  /** The web app's own admin column for this ability, where it differs from the server's. */
  readonly webApp?: { readonly admin: AdminRule; readonly why: string };
}

const REVIEWERS = ['reviewer'] as const;
/** Everyone who reads the merged timeline: every agency's records together. */
const MERGED_READERS = ['reviewer', 'panel'] as const;
const EVERY_ROLE = ['reviewer', 'panel', 'submitter'] as const;

export const ACCESS = {
  /** The review's record (title, reference, your role, counts): every member; an admin. */
  readReview: { roles: EVERY_ROLE, admin: 'notMember' },
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
  /**
   * The reviewer's work on the case data that has no row of its own: suggested duplicates and
   * the links between records, and the annex export (the routes that still read `CAN.manage`).
   */
  manage: { roles: REVIEWERS, admin: 'no' },
  /** Suggested duplicates and linking records: the reviewer (routes read `manage` today). */
  duplicates: { roles: REVIEWERS, admin: 'no' },
  /** The annex, as a file or a print view: the reviewer (its route reads `manage` today). */
  exportAnnex: { roles: REVIEWERS, admin: 'no' },
  /** Add, change and remove the review's gap rules. */
  editRules: { roles: REVIEWERS, admin: 'no' },
  /** Mark records, write notes, make episodes. */
  annotate: { roles: REVIEWERS, admin: 'no' },
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
  /**
   * The review's audit log: its reviewer, and an admin who is not a member. The web app offers
   * it to every admin (`webApp`): an admin who is also a panel member or submitter sees the
   * tab, and the server answers 403 there (they read the log under Administration instead).
   */
  audit: {
    roles: REVIEWERS,
    admin: 'notMember',
    webApp: { admin: 'any', why: 'the tab is shown to every admin; the server is stricter' },
  },
  /** The member list: the reviewer (who is in the review), and an admin who is not a member. */
  seeMembers: { roles: REVIEWERS, admin: 'notMember' },
  /** Add, change and remove members; delete the review: administrators only, member or not. */
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
  if (isAdmin && row.admin === 'any') return true;
  if (role === null) return isAdmin && row.admin === 'notMember';
  return row.roles.includes(role);
}

/** What the web app offers: the server's rule, or the row's `webApp` column where it has one. */
export function webAppOffers(ability: Ability, role: ReviewRole | null, isAdmin: boolean): boolean {
  const row: AccessRow = ACCESS[ability];
  return rowAllows(row.webApp ? { ...row, admin: row.webApp.admin } : row, role, isAdmin);
}
