import { Type, type Static } from 'typebox';
import { Email } from './auth';
import { AgencyKindSchema, Id, IsoDate, Nullable } from './common';

// The agencies a review expects a chronology from, and the one-time links inviting each
// agency's contact (issue #16). Agency names and contacts are the review's metadata, read by
// its reviewer and administrators, never by the panel: no text here is case content.

export const ExpectedAgencyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: AgencyKindSchema,
    dueDate: Nullable(IsoDate),
    contactName: Nullable(Type.String({ maxLength: 120 })),
    /** Needed before a link can be issued: the account the link makes has this email. */
    contactEmail: Nullable(Email),
  },
  { additionalProperties: false },
);
export type ExpectedAgencyInput = Static<typeof ExpectedAgencyBody>;

export const ExpectedAgencyParams = Type.Object({ reviewId: Id, expectedAgencyId: Id });
export const InvitationParams = Type.Object({
  reviewId: Id,
  expectedAgencyId: Id,
  invitationId: Id,
});

/**
 * Where an expected agency stands, in the order the overview reads it: its chronology is in
 * (submitted); its last upload was refused and nothing is in yet (refused); its contact has an
 * open link or has joined (invited); or nobody has been invited, or the last link was revoked
 * or ran out (not-invited).
 */
export const EXPECTED_STATUSES = ['submitted', 'refused', 'invited', 'not-invited'] as const;
export type ExpectedStatus = (typeof EXPECTED_STATUSES)[number];

export const InvitationStateSchema = Type.Union([
  Type.Literal('open'),
  Type.Literal('accepted'),
  Type.Literal('revoked'),
  Type.Literal('expired'),
]);
export type InvitationState = Static<typeof InvitationStateSchema>;

export const InvitationSchema = Type.Object({
  id: Id,
  email: Type.String(),
  state: InvitationStateSchema,
  createdAt: Type.String(),
  expiresAt: Type.String(),
  acceptedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});
export type InvitationDto = Static<typeof InvitationSchema>;

export const ExpectedAgencySchema = Type.Object({
  id: Id,
  name: Type.String(),
  kind: AgencyKindSchema,
  dueDate: Nullable(IsoDate),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  status: Type.Enum(EXPECTED_STATUSES),
  /**
   * Its chronology, when one is in: the current version and when it came, and when the first
   * came (on time or late is judged by that, not by a later correction).
   */
  submitted: Nullable(
    Type.Object({ version: Type.Integer(), at: Type.String(), firstAt: Type.String() }),
  ),
  /** Its submitters in the review now (enabled accounts): who can upload for it. */
  submitters: Type.Integer(),
  /** When an upload for it was last refused (the file could not be stored). */
  uploadRefusedAt: Nullable(Type.String()),
  /** Its latest link, whatever became of it; earlier ones were revoked when it was issued. */
  invitation: Nullable(InvitationSchema),
});
export type ExpectedAgencyDto = Static<typeof ExpectedAgencySchema>;

export const ExpectedAgencyListResponse = Type.Object({
  agencies: Type.Array(ExpectedAgencySchema),
});

/**
 * A new link, answered once: the token is not stored (only its hash), so it cannot be shown
 * again. `path` is the app's page for it; the token rides in the fragment, which browsers never
 * send to a server or in a Referer.
 */
export const InvitationIssuedSchema = Type.Object({
  invitation: InvitationSchema,
  token: Type.String(),
  path: Type.String(),
});
export type InvitationIssuedDto = Static<typeof InvitationIssuedSchema>;

export const InvitationTokenBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/** What the person holding a link is told before they accept it. */
export const InvitationLookupSchema = Type.Object({
  reviewReference: Type.String(),
  agencyName: Type.String(),
  email: Type.String(),
  expiresAt: Type.String(),
  /** When the agency's chronology is due, if the review says. */
  dueDate: Nullable(IsoDate),
  /** An account with the invitation's email exists: sign in as it and accept, no new password. */
  hasAccount: Type.Boolean(),
});
export type InvitationLookupDto = Static<typeof InvitationLookupSchema>;

export const AcceptInvitationBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    /** A new account's name and password; not given when the signed-in account accepts. */
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    password: Type.Optional(Type.String({ maxLength: 256 })),
  },
  { additionalProperties: false },
);
export type AcceptInvitationInput = Static<typeof AcceptInvitationBody>;
