import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Db } from '../db/handle';
import { recordAudit } from '../core/audit-log';
import { countUsers, findUserByEmail, insertUser } from './accounts.repository';
import { hashNewPassword } from './password';
import { cleanName, NAME_LIMITS } from '../names/clean-name';

export type FirstRun =
  | { kind: 'ready' }
  | { kind: 'admin-created'; email: string }
  | { kind: 'setup-link'; token: string };

/**
 * What a server starting on an empty database does: with ADMIN_EMAIL and ADMIN_PASSWORD set it
 * creates that administrator; otherwise it makes a one-time token for a setup link, printed on
 * the console, so the first account is made by whoever can read the server's output.
 */
export async function prepareFirstRun(
  db: Db,
  config: AppConfig,
  env: NodeJS.ProcessEnv,
): Promise<FirstRun> {
  if ((await countUsers(db)) > 0) return { kind: 'ready' };
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (email && password) {
    const result = await hashNewPassword(password, config.passwordCostLog2, 'ADMIN_PASSWORD');
    if ('error' in result) throw new Error(result.error);
    if (!(await findUserByEmail(db, email))) {
      const id = await insertUser(db, {
        email,
        displayName: env.ADMIN_NAME?.trim()
          ? cleanName(env.ADMIN_NAME, 'ADMIN_NAME', NAME_LIMITS.displayName)
          : 'Administrator',
        passwordHash: result.hash,
        isAdmin: true,
      });
      await recordAudit(db, {
        action: 'user.created',
        target: id,
        detail: { isAdmin: true, from: 'ADMIN_EMAIL' },
      });
    }
    return { kind: 'admin-created', email };
  }
  return { kind: 'setup-link', token: randomBytes(24).toString('base64url') };
}
