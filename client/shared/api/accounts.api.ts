import type {
  AuditEntryDto,
  CreateUserInput,
  SessionDto,
  UpdateUserInput,
  UserDto,
} from '../../../server/contract/auth';
import { auditQuery, json, request, userBase } from './http';

/** Accounts and the session. */
export const accountsApi = {
  setupStatus: () => request<{ needed: boolean }>('/api/setup', { public: true }),
  setup: (input: { token: string; email: string; displayName: string; password: string }) =>
    request<SessionDto>('/api/setup', { method: 'POST', public: true, ...json(input) }),
  signIn: (email: string, password: string) =>
    request<SessionDto>('/api/session', {
      method: 'POST',
      public: true,
      ...json({ email, password }),
    }),
  signOut: () => request<null>('/api/session', { method: 'DELETE' }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<SessionDto>('/api/session/password', {
      method: 'PUT',
      ...json({ currentPassword, newPassword }),
    }),
  listUsers: () => request<{ users: UserDto[] }>('/api/users').then((r) => r.users),
  createUser: (input: CreateUserInput) =>
    request<UserDto>('/api/users', { method: 'POST', ...json(input) }),
  updateUser: (userId: string, input: UpdateUserInput) =>
    request<UserDto>(userBase(userId), { method: 'PATCH', ...json(input) }),
  listAudit: (before?: number) =>
    request<{ entries: AuditEntryDto[] }>(`/api/audit?${auditQuery(before)}`).then(
      (r) => r.entries,
    ),
};
