import { afterEach, describe, expect, it, vi } from 'vitest';
import { ABILITY_OF, abilities, type Abilities } from '../../client/shared/lib/roles';
import { access, CAN, mayDo, reviewRuleAllows, type AccessRule } from '../../server/access/access';
import {
  ABILITIES,
  ACCESS,
  type Ability,
  type AccessRow,
  type ReviewRole,
} from '../../server/contract/access';
import { ROLES } from '../../server/contract/auth';
import { createTestApp, type TestApp } from '../support/app';

// The access table (server/contract/access.ts) is the one place that says who may do what in a
// review. These check that the server's route rules and the web app's offers are both read
// from it, and agree, for every role, a non-member, and each with and without the admin flag.

const WHO: (ReviewRole | null)[] = [...ROLES, null];
const people = WHO.flatMap((role) => [false, true].map((isAdmin) => ({ role, isAdmin })));
const named = (p: { role: ReviewRole | null; isAdmin: boolean }) =>
  `${p.role ?? 'non-member'}${p.isAdmin ? ' (admin)' : ''}`;

/** What server/auth/plugin.ts decides for a rule: the admin flag, or the review rule's check. */
function serverLets(rule: AccessRule, role: ReviewRole | null, isAdmin: boolean): boolean {
  if (rule.kind === 'admin') return isAdmin;
  if (rule.kind !== 'review') throw new Error(`${rule.kind}: not a rule of the table`);
  return reviewRuleAllows(rule, role === null ? null : { role }, isAdmin);
}

const offersOf = (ability: Ability) =>
  (Object.keys(ABILITY_OF) as (keyof Abilities)[]).filter((key) => ABILITY_OF[key] === ability);

describe('the web app offers what the server allows', () => {
  it.each(ABILITIES)('%s: the route rule and the later checks agree with the table', (ability) => {
    const rule = access.to(ability);
    for (const p of people) {
      expect(serverLets(rule, p.role, p.isAdmin), named(p)).toBe(
        mayDo(ability, p.role === null ? null : { role: p.role }, p.isAdmin),
      );
    }
  });

  it.each(ABILITIES)('%s: the web app offers it to whom the server lets in', (ability) => {
    const row: AccessRow = ACCESS[ability];
    const rule = access.to(ability);
    for (const key of offersOf(ability)) {
      for (const p of people) {
        const offered = abilities({ myRole: p.role }, p.isAdmin)[key];
        const server = serverLets(rule, p.role, p.isAdmin);
        // Where the table says the web app differs, it differs only for admins who are members.
        if (row.webApp && p.isAdmin && p.role !== null) continue;
        expect(offered, `${key} for ${named(p)}`).toBe(server);
      }
    }
  });

  it('differs only where the table says so, and says why', () => {
    const differing = ABILITIES.filter((ability) =>
      people.some((p) =>
        offersOf(ability).some(
          (key) =>
            abilities({ myRole: p.role }, p.isAdmin)[key] !==
            serverLets(access.to(ability), p.role, p.isAdmin),
        ),
      ),
    );
    const marked = ABILITIES.filter((ability) => (ACCESS[ability] as AccessRow).webApp);
    expect(differing).toEqual(marked);
    expect(marked).toEqual(['audit']);
    // The audit tab: every admin is offered it; the server lets an admin in as a non-member.
    expect(abilities({ myRole: 'panel' }, true).audit).toBe(true);
    expect(mayDo('audit', { role: 'panel' }, true)).toBe(false);
    expect(mayDo('audit', null, true)).toBe(true);
  });
  it('maps each screen question to the row of its own name, but for three it groups', () => {
    const renamed = (Object.keys(ABILITY_OF) as (keyof Abilities)[]).filter(
      (key) => ABILITY_OF[key] !== key,
    );
    expect(renamed.map((key) => `${key} → ${ABILITY_OF[key]}`)).toEqual([
      'seeGaps → readMerged',
      'seeSubmissions → submit',
      'upload → submit',
    ]);
  });
});

describe('mayDo: one decision', () => {
  it('lets an admin outside the review at its metadata only', () => {
    const asAdmin = ABILITIES.filter((ability) => mayDo(ability, null, true));
    expect(asAdmin).toEqual(['readReview', 'audit', 'seeMembers', 'manageMembers']);
    expect(ABILITIES.filter((ability) => mayDo(ability, null, false))).toEqual([]);
  });

  it('gives an admin who is a member their role, plus what every admin has', () => {
    const panelAdmin = ABILITIES.filter((ability) => mayDo(ability, { role: 'panel' }, true));
    const panel = ABILITIES.filter((ability) => mayDo(ability, { role: 'panel' }, false));
    expect(panelAdmin).toEqual([...panel, 'manageMembers']);
  });

  it('keeps the merged timeline, its gaps, notes and meetings from a submitter', () => {
    const submitter = ABILITIES.filter((ability) => mayDo(ability, { role: 'submitter' }, false));
    expect(submitter).toEqual(['readReview', 'readEvents', 'submit']);
  });

  it('keeps the route groups (CAN) equal to their rows', () => {
    expect(CAN.readMerged).toEqual(ACCESS.readMerged.roles);
    expect(CAN.manage).toEqual(ACCESS.manage.roles);
    expect(CAN.submit).toEqual(ACCESS.submit.roles);
    expect(CAN.member).toEqual(ACCESS.readEvents.roles);
    // The duplicates' and the annex's routes still read CAN.manage: their rows must say the same.
    expect(ACCESS.duplicates).toEqual(ACCESS.manage);
    expect(ACCESS.exportAnnex).toEqual(ACCESS.manage);
  });

  it('builds a route rule from a row: a review rule, or the admin flag alone', () => {
    expect(access.to('audit')).toEqual({
      kind: 'review',
      roles: ['reviewer'],
      admin: true,
      ability: 'audit',
    });
    expect(access.to('present')).toEqual({
      kind: 'review',
      roles: ['reviewer', 'panel'],
      admin: false,
      ability: 'present',
    });
    expect(access.to('manageMembers')).toEqual({ kind: 'admin', ability: 'manageMembers' });
  });
});

describe('the routes read the table', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await t?.close();
  });

  it('every row is read by a route, by CAN, or by a later check', async () => {
    const to = vi.spyOn(access, 'to');
    t = await createTestApp();
    const byRoutes = new Set(to.mock.calls.map(([ability]) => ability));
    // Read elsewhere: CAN.member (events) and CAN.manage (duplicates, the annex); namedView by
    // the view a request gets (server/anonymise/glossary.service.ts).
    const elsewhere: Ability[] = ['readEvents', 'manage', 'duplicates', 'exportAnnex', 'namedView'];
    expect(ABILITIES.filter((a) => !byRoutes.has(a) && !elsewhere.includes(a))).toEqual([]);
    expect(elsewhere.filter((a) => byRoutes.has(a))).toEqual([]);
  });
});
