import { randomBytes } from 'node:crypto';
import type { Db } from '../db/handle';
import type { MemberRole } from '../db/schema';
import { ensureDemoAccount, upsertMembership } from '../auth/accounts.service';
import { hashPassword } from '../auth/password';
import { headerKey } from '../shared/phrases';
import { DEMO_AGENCIES } from './demo-review';

export interface DemoAccount {
  email: string;
  displayName: string;
  password: string;
  isAdmin: boolean;
  role: MemberRole | null;
  agency: string | null;
}

const ACCOUNTS: Array<Omit<DemoAccount, 'password'>> = [
  {
    email: 'admin@demo.tapestry',
    displayName: 'Demo Admin',
    isAdmin: true,
    role: null,
    agency: null,
  },
  {
    email: 'reviewer@demo.tapestry',
    displayName: 'Demo Reviewer',
    isAdmin: false,
    role: 'reviewer',
    agency: null,
  },
  {
    email: 'panel@demo.tapestry',
    displayName: 'Demo Panel Member',
    isAdmin: false,
    role: 'panel',
    agency: null,
  },
  {
    email: 'police@demo.tapestry',
    displayName: 'Demo Police Submitter',
    isAdmin: false,
    role: 'submitter',
    agency: DEMO_AGENCIES[0]!.agency,
  },
];

/**
 * One account per role on the demo review. Each run sets new passwords (printed by `npm run
 * demo`), so a demo database copied elsewhere does not carry a well-known password; set
 * DEMO_PASSWORD for a fixed one (the browser tests do).
 */
export async function ensureDemoAccounts(
  db: Db,
  reviewId: string,
  passwordCostLog2: number,
  fixedPassword?: string,
): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  for (const account of ACCOUNTS) {
    const password = fixedPassword || randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(password, passwordCostLog2);
    const userId = await ensureDemoAccount(db, account, passwordHash);
    if (account.role) {
      await upsertMembership(db, {
        reviewId,
        userId,
        role: account.role,
        agencyName: account.agency,
        agencyKey: account.agency ? headerKey(account.agency) : null,
      });
    }
    out.push({ ...account, password });
  }
  return out;
}
