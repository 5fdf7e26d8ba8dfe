import { afterEach, describe, expect, it, vi } from 'vitest';
import { ABILITY_OF, abilities, type Abilities } from '../../client/shared/lib/roles';
import { access, mayDo, reviewRuleAllows, type AccessRule } from '../../server/access/access';
import { ABILITIES, type Ability, type ReviewRole } from '../../server/contract/access';
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
    const rule = access.to(ability);
    for (const key of offersOf(ability)) {
      for (const p of people) {
        const offered = abilities({ myRole: p.role }, p.isAdmin)[key];
        const server = serverLets(rule, p.role, p.isAdmin);
        expect(offered, `${key} for ${named(p)}`).toBe(server);
      }
    }
  });

  it('keeps an admin’s metadata rights when they join a review in a lesser role', () => {
    // The audit tab and the member list: an admin who is also a panel member or a submitter is
    // still an admin there, on the server and in the web app alike.
    for (const role of ['panel', 'submitter'] as const) {
      expect(mayDo('audit', { role }, true), role).toBe(true);
      expect(mayDo('seeMembers', { role }, true), role).toBe(true);
      expect(abilities({ myRole: role }, true).audit, role).toBe(true);
      expect(mayDo('audit', { role }, false), role).toBe(false);
    }
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
    expect(asAdmin).toEqual([
      'readReview',
      'audit',
      'manageAgencies',
      'seeMembers',
      'manageMembers',
    ]);
    expect(ABILITIES.filter((ability) => mayDo(ability, null, false))).toEqual([]);
  });

  it('gives an admin who is a member their role, plus what every admin has', () => {
    const panelAdmin = ABILITIES.filter((ability) => mayDo(ability, { role: 'panel' }, true));
    const panel = ABILITIES.filter((ability) => mayDo(ability, { role: 'panel' }, false));
    const admin = ABILITIES.filter((ability) => mayDo(ability, null, true));
    expect(panelAdmin).toEqual(ABILITIES.filter((a) => panel.includes(a) || admin.includes(a)));
    expect(panelAdmin).toEqual([
      ...panel,
      'audit',
      'manageAgencies',
      'seeMembers',
      'manageMembers',
    ]);
  });

  it('keeps the merged timeline, its gaps, notes and meetings from a submitter; questions to their agency are theirs', () => {
    const submitter = ABILITIES.filter((ability) => mayDo(ability, { role: 'submitter' }, false));
    expect(submitter).toEqual([
      'readReview',
      'readEvents',
      'submit',
      'readQuestions',
      'answerQuestions',
    ]);
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

  it('every row is read by a route or by a later check', async () => {
    const to = vi.spyOn(access, 'to');
    t = await createTestApp();
    const byRoutes = new Set(to.mock.calls.map(([ability]) => ability));
    // Read elsewhere: namedView by the view a request gets (server/anonymise/glossary.service.ts).
    const elsewhere: Ability[] = ['namedView'];
    expect(ABILITIES.filter((a) => !byRoutes.has(a) && !elsewhere.includes(a))).toEqual([]);
    expect(elsewhere.filter((a) => byRoutes.has(a))).toEqual([]);
  });
});
