import { ACCESS, allows, rowAllows, type Ability, type AccessRow } from '../contract/access';
import type { MemberRole } from '../db/schema';

/**
 * Who may call a route. Every /api route declares one in its `config.access`; the app refuses
 * to start with a route that has none (see server/auth/plugin.ts), so a forgotten rule fails
 * loudly instead of leaving a route open. Who may do what inside a review is the table in
 * server/contract/access.ts; a route names its ability there with `access.to(ability)`.
 *
 * - public: no session needed (sign-in, first-run setup).
 * - signedIn: any signed-in user.
 * - admin: users with the admin flag.
 * - review: members of the review named by the `:reviewId` parameter, with one of `roles`.
 *   Not a member → 404, as if the review did not exist; a member whose role is not listed →
 *   403. `admin: true` also lets every admin in, member or not, for the review's metadata
 *   (membership, audit, deletion): never for case data.
 * `ability` names the table's row a rule was made from (`access.to`).
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signedIn' }
  | { readonly kind: 'admin'; readonly ability?: Ability }
  | {
      readonly kind: 'review';
      readonly roles: readonly MemberRole[];
      readonly admin: boolean;
      readonly ability?: Ability;
    };

export const access = {
  public: { kind: 'public' },
  signedIn: { kind: 'signedIn' },
  admin: { kind: 'admin' },
  /**
   * The rule for an ability of the table: the admin flag alone for a row open to every admin
   * and to no role (`admin: 'any'`), else its roles, with every admin let in where the row
   * says `'metadata'`.
   */
  to: (ability: Ability): AccessRule => {
    const row: AccessRow = ACCESS[ability];
    if (row.admin === 'any') {
      if (row.roles.length > 0)
        throw new Error(`${ability}: a route cannot check roles and every admin at once`);
      return { kind: 'admin', ability };
    }
    return { kind: 'review', roles: row.roles, admin: row.admin === 'metadata', ability };
  },
} as const satisfies Record<string, AccessRule | ((...args: never[]) => AccessRule)>;

/**
 * Whether a user may do something in a review now: `membership` is theirs in the review (null
 * or undefined when they are not a member). The same decision the routes' check makes
 * (`reviewRuleAllows`), for checks made later, such as a meeting stream's at every step.
 */
export function mayDo(
  ability: Ability,
  membership: { role: MemberRole } | null | undefined,
  isAdmin: boolean,
): boolean {
  return allows(ability, membership?.role ?? null, isAdmin);
}

/**
 * Whether a review route's rule lets a user in (server/auth/plugin.ts answers 404 for a
 * non-member refused, 403 for a member refused).
 */
export function reviewRuleAllows(
  rule: Extract<AccessRule, { kind: 'review' }>,
  membership: { role: MemberRole } | null | undefined,
  isAdmin: boolean,
): boolean {
  const row: AccessRow = { roles: rule.roles, admin: rule.admin ? 'metadata' : 'no' };
  return rowAllows(row, membership?.role ?? null, isAdmin);
}

export interface Membership {
  role: MemberRole;
  /** A submitter's agency (name_key form) and its name as the admin typed it. */
  agencyKey: string | null;
  agencyName: string | null;
}

/** The signed-in user behind a request, and their membership of the review it is about. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  sessionId: string;
  csrfToken: string;
  /** Set on review routes when the user is a member; null for an admin let in as admin. */
  membership: Membership | null;
}

/** The agency a member is confined to (a submitter's), or null for the whole review. */
export function agencyScopeOf(membership: Membership | null | undefined): string | null {
  return membership?.role === 'submitter' ? membership.agencyKey : null;
}

/** The agency a request's viewer is confined to, or null for the whole review. */
export function agencyScope(viewer: Viewer | null): string | null {
  return agencyScopeOf(viewer?.membership);
}
