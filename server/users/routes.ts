import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import {
  changeUser,
  createUser,
  findUserById,
  listUsers,
  type UserRow,
} from '../auth/accounts.service';
import { acceptNewPassword } from '../auth/new-password';
import {
  CreateUserBody,
  UpdateUserBody,
  UserParams,
  UserSchema,
  type UserDto,
} from '../contract/auth';
import { ErrorResponse } from '../contract/common';
import { AppError } from '../errors';
import { Type } from 'typebox';

/** User accounts: an admin's business. Roles inside a review are memberships (members.routes). */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const cost = app.config.passwordCostLog2;

  app.get(
    '/api/users',
    {
      config: { access: access.admin },
      schema: {
        tags: ['accounts'],
        summary: 'Every account (admin)',
        response: { 200: Type.Object({ users: Type.Array(UserSchema) }) },
      },
    },
    async () => {
      return { users: (await listUsers(app.db)).map(toUserDto) };
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: access.admin },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (admin)',
        body: CreateUserBody,
        response: { 201: UserSchema, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const passwordHash = await acceptNewPassword(request.body.password, cost, 'password');
      const user = await createUser(app.db, {
        email: request.body.email,
        displayName: request.body.displayName,
        passwordHash,
        isAdmin: request.body.isAdmin ?? false,
      });
      await app.audit(request, {
        action: 'user.created',
        target: user.id,
        detail: { isAdmin: request.body.isAdmin ?? false },
      });
      return reply.code(201).send(toUserDto(user));
    },
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: access.admin },
      schema: {
        tags: ['accounts'],
        summary: 'Rename, make admin, disable or reset the password of an account (admin)',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: UserSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const { userId } = request.params;
      const body = request.body;
      const user = await findUserById(app.db, userId);
      if (!user) throw new AppError('NOT_FOUND', 'No account with that id.');
      const passwordHash =
        body.password !== undefined
          ? await acceptNewPassword(body.password, cost, 'password')
          : undefined;
      const changed = await changeUser(app.db, user, {
        displayName: body.displayName,
        isAdmin: body.isAdmin,
        disabled: body.disabled,
        passwordHash,
      });
      await app.audit(request, {
        action: 'user.changed',
        target: userId,
        detail: {
          ...(body.displayName !== undefined ? { displayName: true } : {}),
          ...(body.isAdmin !== undefined ? { isAdmin: body.isAdmin } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
          ...(body.password !== undefined ? { password: true } : {}),
        },
      });
      return toUserDto(changed);
    },
  );
};

function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    isAdmin: row.is_admin === 1,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}
