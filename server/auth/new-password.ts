import { AppError } from '../errors';
import { hashNewPassword } from './password';

/** The hash of a password a request sets, or a 400 naming the field and the problem. */
export async function acceptNewPassword(password: string, log2N: number, field: string) {
  const result = await hashNewPassword(password, log2N, field);
  if ('error' in result) throw new AppError('BAD_REQUEST', result.error);
  return result.hash;
}
