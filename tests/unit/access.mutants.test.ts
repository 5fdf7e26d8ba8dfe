import { describe, it, expect } from 'vitest';
import {
  access,
  agencyScope,
  agencyScopeOf,
  type Membership,
  type Viewer,
} from '../../server/access/access';
import type { MemberRole } from '../../server/db/schema';
import { ACCESS } from '../../server/contract/access';

// The access rules as data: who may do what with a review's case data (DOMAIN.md: an agency may
// only see what it originated; the panel reads the merged timeline). The API tests check the
// routes that use these; these pin the rules themselves, found by mutation testing
// (docs/testing.md).

const viewer = (membership: Membership | null): Viewer => ({
  userId: 'u1',
  email: 'a@example.org',
  displayName: 'A',
  isAdmin: false,
  sessionId: 's1',
  csrfToken: 't1',
  membership,
});

describe("access.to: a review route's rule from the table", () => {
  it('keeps an admin who is not a member out unless the row says otherwise', () => {
    expect(access.to('chair')).toEqual({
      kind: 'review',
      roles: ['reviewer'],
      admin: false,
      ability: 'chair',
    });
    expect(access.to('annotate')).toEqual({
      kind: 'review',
      roles: ['reviewer'],
      admin: false,
      ability: 'annotate',
    });
  });

  it('lets an admin in where the row asks for it', () => {
    expect(access.to('readReview')).toEqual({
      kind: 'review',
      roles: ['reviewer', 'panel', 'submitter'],
      admin: true,
      ability: 'readReview',
    });
  });

  it('names each of the other rules by its kind', () => {
    expect(access.public.kind).toBe('public');
    expect(access.signedIn.kind).toBe('signedIn');
    expect(access.admin.kind).toBe('admin');
  });
});

describe('the access table: who may do what with case data', () => {
  const roles: MemberRole[] = ['reviewer', 'panel', 'submitter'];
  const who = (allowed: readonly MemberRole[]) => roles.filter((role) => allowed.includes(role));

  it('keeps the merged timeline from a submitter, who sees only their own agency', () => {
    expect(who(ACCESS.readMerged.roles)).toEqual(['reviewer', 'panel']);
  });

  it('lets only the reviewer manage the review', () => {
    for (const ability of [
      'duplicates',
      'exportAnnex',
      'editRules',
      'annotate',
      'glossary',
      'chair',
    ] as const)
      expect(who(ACCESS[ability].roles), ability).toEqual(['reviewer']);
  });

  it('lets the reviewer and submitters, not the panel, change submissions', () => {
    expect(who(ACCESS.submit.roles)).toEqual(['reviewer', 'submitter']);
  });

  it('lets every member read the review record', () => {
    expect(who(ACCESS.readReview.roles)).toEqual(roles);
    expect(who(ACCESS.readEvents.roles)).toEqual(roles);
  });
});

describe('agencyScope', () => {
  it("confines a submitter to their own agency's key", () => {
    const submitter = { role: 'submitter', agencyKey: 'police', agencyName: 'Police' } as const;
    expect(agencyScopeOf(submitter)).toBe('police');
    expect(agencyScope(viewer(submitter))).toBe('police');
  });

  it.each(['reviewer', 'panel'] as const)('gives a %s the whole review', (role) => {
    // An agency key on a non-submitter (left over from an earlier role) must not narrow the view.
    const member = { role, agencyKey: 'police', agencyName: 'Police' };
    expect(agencyScopeOf(member)).toBeNull();
    expect(agencyScope(viewer(member))).toBeNull();
  });

  it('gives the whole review to an admin let in without a membership, and to no viewer', () => {
    expect(agencyScopeOf(null)).toBeNull();
    expect(agencyScopeOf(undefined)).toBeNull();
    expect(agencyScope(viewer(null))).toBeNull();
    expect(agencyScope(null)).toBeNull();
  });
});
