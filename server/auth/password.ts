import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// Pure: node:crypto only. scrypt is memory-hard, in Node's standard library, and needs no
// native add-on; the cost is stored with each hash so it can be raised without a migration.

const KEY_LENGTH = 64;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number) {
  const N = 2 ** log2N;
  return new Promise<Buffer>((resolve, reject) => {
    // maxmem must exceed 128·N·r, or scrypt refuses the cost we asked for.
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N, r, p, maxmem: 256 * N * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string, log2N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, log2N, BLOCK_SIZE, PARALLELISM);
  return [
    'scrypt',
    log2N,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !log2N || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(log2N),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Why a new password is not acceptable, or null. Length over rules: NCSC's advice. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `A password needs at least ${PASSWORD_MIN_LENGTH} characters; three random words work well.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `A password may have at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  return null;
}

/**
 * The hash of a password being set, or an Error naming `field` and what is wrong with it.
 * Callers turn the error into their own kind (a 400, a start-up failure).
 */
export async function hashNewPassword(
  password: string,
  log2N: number,
  field: string,
): Promise<{ hash: string } | { error: string }> {
  const problem = passwordProblem(password);
  return problem
    ? { error: `${field}: ${problem}` }
    : { hash: await hashPassword(password, log2N) };
}
