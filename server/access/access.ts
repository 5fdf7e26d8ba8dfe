import type { MemberRole } from '../db/schema';

/**
 * Who may call a route. Every /api route declares one in its `config.access`; the app refuses
 * to start with a route that has none (see plugin.ts), so a forgotten rule fails loudly
 * instead of leaving a route open.
 *
 * - public: no session needed (sign-in, first-run setup).
 * - signedIn: any signed-in user.
 * - admin: users with the admin flag.
 * - review: members of the review named by the `:reviewId` parameter, with one of `roles`.
 *   Not a member → 404, as if the review did not exist; a member whose role is not listed →
 *   403. `admin: true` also lets an admin who is not a member in, for the review's metadata
 *   (membership, audit, deletion): never for case data.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signedIn' }
  | { readonly kind: 'admin' }
  | { readonly kind: 'review'; readonly roles: readonly MemberRole[]; readonly admin: boolean };

export const access = {
  public: { kind: 'public' },
  signedIn: { kind: 'signedIn' },
  admin: { kind: 'admin' },
  review: (roles: readonly MemberRole[], options: { admin?: boolean } = {}): AccessRule => ({
    kind: 'review',
    roles,
    admin: options.admin ?? false,
  }),
} as const satisfies Record<string, AccessRule | ((...args: never[]) => AccessRule)>;

/** Roles by what they may do with case data, for routes to share one definition. */
export const CAN = {
  /** The merged timeline and its gaps: everyone in the review except a submitter. */
  readMerged: ['reviewer', 'panel'],
  /** Everything inside the review. */
  manage: ['reviewer'],
  /** Own agency's submissions and events (a submitter) or all of them (a reviewer). */
  submit: ['reviewer', 'submitter'],
  /** The review's own record: every member. */
  member: ['reviewer', 'panel', 'submitter'],
} as const satisfies Record<string, readonly MemberRole[]>;

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
