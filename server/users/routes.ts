import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Selectable } from 'kysely';
import { access } from '../auth/access';
import {
  deleteSessionsOf,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
} from '../auth/accounts.repository';
import { acceptNewPassword } from '../auth/new-password';
import {
  CreateUserBody,
  UpdateUserBody,
  UserParams,
  UserSchema,
  type UserDto,
} from '../contract/auth';
import { ErrorResponse } from '../contract/common';
import type { UserTable } from '../db/schema';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
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
      const rows = await app.db.selectFrom('users').selectAll().orderBy('display_name').execute();
      return { users: rows.map(toUserDto) };
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
      if (await findUserByEmail(app.db, request.body.email)) {
        throw new AppError('CONFLICT', 'An account with that email exists.');
      }
      const id = await insertUser(app.db, {
        email: request.body.email,
        displayName: cleanName(
          request.body.displayName,
          'body/displayName',
          NAME_LIMITS.displayName,
        ),
        passwordHash,
        isAdmin: request.body.isAdmin ?? false,
      });
      await app.audit(request, {
        action: 'user.created',
        target: id,
        detail: { isAdmin: request.body.isAdmin ?? false },
      });
      return reply.code(201).send(toUserDto((await findUserById(app.db, id))!));
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
      const losesAdmin = user.is_admin === 1 && (body.isAdmin === false || body.disabled === true);
      const passwordHash =
        body.password !== undefined
          ? await acceptNewPassword(body.password, cost, 'password')
          : undefined;
      const changed = await app.db.transaction().execute(async (trx) => {
        // The last-admin rule is checked by the write itself, not before it (see updateUser).
        const updated = await updateUser(
          trx,
          userId,
          {
            ...body,
            ...(body.displayName !== undefined
              ? {
                  displayName: cleanName(
                    body.displayName,
                    'body/displayName',
                    NAME_LIMITS.displayName,
                  ),
                }
              : {}),
            passwordHash,
          },
          { keepAnAdmin: losesAdmin },
        );
        // A disabled account or a reset password ends every session of that user at once.
        if (updated && (body.disabled === true || passwordHash)) {
          await deleteSessionsOf(trx, userId);
        }
        return updated;
      });
      if (!changed) {
        throw new AppError('CONFLICT', 'This is the last administrator: make another one first.');
      }
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
      return toUserDto((await findUserById(app.db, userId))!);
    },
  );
};

function toUserDto(row: Selectable<UserTable>): UserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    isAdmin: row.is_admin === 1,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}
