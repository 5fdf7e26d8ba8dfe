import { Type, type Static } from 'typebox';
import { Id, Nullable } from './common';

// Accounts, sessions, memberships and the audit log (issue #5). The client imports these types.

export const ROLES = ['reviewer', 'panel', 'submitter'] as const;
export const RoleSchema = Type.Enum(ROLES);

export const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' });
const Password = Type.String({ minLength: 1, maxLength: 256 });
const DisplayName = Type.String({ minLength: 1, maxLength: 120 });

export const SignInBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Password },
  { additionalProperties: false },
);

export const SetupBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    email: Email,
    displayName: DisplayName,
    password: Password,
  },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);

export const UserSchema = Type.Object({
  id: Id,
  email: Type.String(),
  displayName: Type.String(),
  isAdmin: Type.Boolean(),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});
export type UserDto = Static<typeof UserSchema>;

export const SessionMembership = Type.Object({
  reviewId: Id,
  role: RoleSchema,
  agencyName: Nullable(Type.String()),
});

export const SessionResponse = Type.Object({
  user: Type.Object({
    id: Id,
    email: Type.String(),
    displayName: Type.String(),
    isAdmin: Type.Boolean(),
  }),
  /** Send back as the x-csrf-token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: Type.String(),
  memberships: Type.Array(SessionMembership),
});
export type SessionDto = Static<typeof SessionResponse>;

export const SetupStatus = Type.Object({ needed: Type.Boolean() });

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: DisplayName,
    password: Password,
    isAdmin: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateUserInput = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    isAdmin: Type.Optional(Type.Boolean()),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type UpdateUserInput = Static<typeof UpdateUserBody>;

export const UserParams = Type.Object({ userId: Id });
export const MemberParams = Type.Object({ reviewId: Id, userId: Id });

export const PutMemberBody = Type.Object(
  {
    role: RoleSchema,
    /** Required for a submitter: the agency's name as its uploads will give it. */
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type PutMemberInput = Static<typeof PutMemberBody>;

export const MemberSchema = Type.Object({
  userId: Id,
  email: Type.String(),
  displayName: Type.String(),
  disabled: Type.Boolean(),
  role: RoleSchema,
  agencyName: Nullable(Type.String()),
  since: Type.String(),
});
export type MemberDto = Static<typeof MemberSchema>;

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  userId: Nullable(Type.String()),
  userEmail: Nullable(Type.String()),
  action: Type.String(),
  reviewId: Nullable(Type.String()),
  target: Nullable(Type.String()),
  detail: Nullable(Type.Record(Type.String(), Type.Unknown())),
  ip: Nullable(Type.String()),
});
export type AuditEntryDto = Static<typeof AuditEntrySchema>;

export const AuditQuery = Type.Object({
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});
export const AuditResponse = Type.Object({ entries: Type.Array(AuditEntrySchema) });
