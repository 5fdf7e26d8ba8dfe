import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app';
import { createSession } from '../../server/auth/accounts.repository';
import { sessionCookieName } from '../../server/auth/plugin';
import {
  CYSUR_REVIEW,
  createTestApp,
  multipart,
  withSession,
  type TestApp,
  type TestUser,
} from '../support/app';

// One table: every API route × every kind of caller, with the status each must get.
// 401 no session · 404 outside the review (no existence leak) · 403 inside it, wrong role.

const ROLES = ['anonymous', 'outsider', 'admin', 'reviewer', 'panel', 'police', 'health'] as const;
type Role = (typeof ROLES)[number];
type Expectation = Record<Role, number>;

/** Police and health are submitters, each bound to their own agency. */
const POLICE = 'Dyfed-Powys Police';
const HEALTH = 'Powys Teaching Health Board';
const POLICE_MARKER = 'ZQXMARKERPOLICE';
const HEALTH_MARKER = 'ZQXMARKERHEALTH';

const csv = (marker: string) =>
  'Date,Type,Description,Source Ref\n' +
  `01/06/2018,Home visit,Visited the family ${marker},R1\n` +
  `05/06/2018,Phone call,Called mother ${marker},R2\n`;

let t: TestApp;
let reviewId: string;
const users = {} as Record<Exclude<Role, 'anonymous' | 'admin'>, TestUser>;
let adminId: string;
/** Sets things up; apart from the admin under test, whose sessions a password change ends. */
let setup: TestUser;
let policeEventId: string;
let policeSubmissionId: string;
let healthEventId: string;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await t.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
  setup = await t.signUp({ isAdmin: true });
  const created = await setup.app.inject({
    method: 'POST',
    url: '/api/reviews',
    payload: CYSUR_REVIEW,
  });
  reviewId = created.json().id;
  for (const role of ['outsider', 'reviewer', 'panel', 'police', 'health'] as const) {
    users[role] = await t.signUp({ email: `${role}@test.tapestry` });
  }
  const join = async (user: TestUser, role: string, agency?: string) => {
    const r = await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${user.id}`,
      payload: { role, ...(agency ? { agency } : {}) },
    });
    expect(r.statusCode).toBe(204);
  };
  await join(users.reviewer, 'reviewer');
  await join(users.panel, 'panel');
  await join(users.police, 'submitter', POLICE);
  await join(users.health, 'submitter', HEALTH);
  // Until a reviewer sets the glossary (empty: nobody is named), the panel sees no records.
  await setup.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/members/${setup.id}`,
    payload: { role: 'reviewer' },
  });
  const glossary = await setup.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/glossary`,
    payload: { entries: [] },
  });
  expect(glossary.statusCode).toBe(200);

  for (const [user, agency, marker] of [
    [users.police, POLICE, POLICE_MARKER],
    [users.health, HEALTH, HEALTH_MARKER],
  ] as const) {
    const body = await multipart(csv(marker), { agency });
    const r = await user.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      ...body,
    });
    expect(r.statusCode).toBe(201);
  }
  const events = (
    await (await appFor('reviewer')).inject({ url: `/api/reviews/${reviewId}/events` })
  ).json().events as Array<{ id: string; agency: string; submissionId: string }>;
  policeEventId = events.find((e) => e.agency === POLICE)!.id;
  policeSubmissionId = events.find((e) => e.agency === POLICE)!.submissionId;
  healthEventId = events.find((e) => e.agency === HEALTH)!.id;
});
afterAll(() => t.close());

/** Each call gets a new session, so a route that ends sessions cannot disturb the next call. */
async function appFor(role: Role): Promise<App> {
  if (role === 'anonymous') return t.anonymous;
  const userId = role === 'admin' ? adminId : users[role].id;
  const session = await createSession(t.db, userId, 1);
  return withSession(
    t.anonymous,
    `${sessionCookieName(t.config)}=${session.token}`,
    session.csrfToken,
  );
}

const ruleBody = () => ({
  id: `custom.rule-${++counter}`,
  name: 'Home visit after a domestic incident',
  kind: 'follow-up',
  trigger: { types: ['incident.domestic'], label: 'domestic incident' },
  expect: { types: ['contact.home-visit'], scope: 'any', label: 'a home visit' },
  within: { amount: 2, unit: 'days' },
  basis: 'local',
  source: 'Panel decision',
  why: 'Test.',
});

let lastRuleId = '';
async function makeRule(): Promise<string> {
  const body = ruleBody();
  lastRuleId = body.id;
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/rules`,
    payload: body,
  });
  expect(r.statusCode).toBe(201);
  return body.id;
}

async function makeLink(): Promise<string> {
  await (
    await appFor('reviewer')
  ).inject({
    method: 'DELETE',
    url: `/api/reviews/${reviewId}/links/${await linkId()}`,
  });
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/links`,
    payload: { a: policeEventId, b: healthEventId, kind: 'related' },
  });
  expect(r.statusCode).toBe(201);
  return r.json().id;
}

async function linkId(): Promise<string> {
  const links = (
    await (await appFor('reviewer')).inject({ url: `/api/reviews/${reviewId}/links` })
  ).json().links as Array<{ id: string }>;
  return links[0]?.id ?? 'none';
}

async function makeAnnotation(): Promise<string> {
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/annotations`,
    payload: { eventId: policeEventId, kind: 'key-event', text: 'Key' },
  });
  expect(r.statusCode).toBe(201);
  return r.json().id;
}

const episodeBody = () => ({
  title: 'Handover',
  assessment: 'problematic',
  startEventId: policeEventId,
  endEventId: healthEventId,
});

async function makeEpisode(): Promise<string> {
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/episodes`,
    payload: episodeBody(),
  });
  expect(r.statusCode).toBe(201);
  return r.json().id;
}

/** A meeting chaired by the reviewer; ended, for a stream that must answer and close. */
async function makeMeeting(ended = false): Promise<string> {
  const app = await appFor('reviewer');
  const r = await app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/meetings`,
    payload: {},
  });
  expect(r.statusCode).toBe(201);
  if (ended)
    await app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/meetings/${r.json().id}` });
  return r.json().id;
}

/** An agency the review expects, with a contact email so a link can be issued for it. */
async function makeExpectedAgency(): Promise<string> {
  const made = await setup.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/expected-agencies`,
    payload: {
      name: `Expected agency ${++counter}`,
      kind: 'housing',
      dueDate: null,
      contactName: null,
      contactEmail: `contact${counter}@housing.example`,
    },
  });
  expect(made.statusCode).toBe(201);
  return made.json().id;
}

/** An open invitation link: `/expected-agencies/:id/invitations/:invitationId`. */
async function makeInvitation(): Promise<string> {
  const agency = await makeExpectedAgency();
  const issued = await setup.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/expected-agencies/${agency}/invitations`,
  });
  expect(issued.statusCode).toBe(201);
  return `/api/reviews/${reviewId}/expected-agencies/${agency}/invitations/${issued.json().invitation.id}`;
}

/** A question to the police on their record, asked by the reviewer: its id. */
async function makeQuestion(): Promise<string> {
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/questions`,
    payload: { eventId: policeEventId, text: 'What happened next?' },
  });
  expect(r.statusCode).toBe(201);
  return r.json().id;
}

/** An answered one, so that the panel (who reads answers only) may read it too. */
async function makeAnsweredQuestion(): Promise<string> {
  const id = await makeQuestion();
  const r = await (
    await appFor('reviewer')
  ).inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/questions/${id}/answer`,
    payload: { text: 'Told by phone' },
  });
  expect(r.statusCode).toBe(200);
  return id;
}

async function throwawayReview(): Promise<string> {
  const r = await setup.app.inject({
    method: 'POST',
    url: '/api/reviews',
    payload: { ...CYSUR_REVIEW, reference: `TMP-${++counter}` },
  });
  return r.json().id;
}

/** A version uploaded to a throwaway review, for the route that erases one: its address. */
async function throwawaySubmission(): Promise<string> {
  const review = await throwawayReview();
  const joined = await setup.app.inject({
    method: 'PUT',
    url: `/api/reviews/${review}/members/${setup.id}`,
    payload: { role: 'reviewer' },
  });
  expect(joined.statusCode).toBe(204);
  const body = await multipart(csv('THROWAWAY'), { agency: POLICE });
  const r = await setup.app.inject({
    method: 'POST',
    url: `/api/reviews/${review}/submissions`,
    ...body,
  });
  expect(r.statusCode).toBe(201);
  return `/api/reviews/${review}/submissions/${r.json().submission.id}`;
}

// Expectations by access rule, spelt out: these rows are what the issue asks of each role.
const publicRoute = (status: number): Expectation =>
  Object.fromEntries(ROLES.map((r) => [r, status])) as Expectation;
const signedIn = (ok: number): Expectation => ({
  ...publicRoute(ok),
  anonymous: 401,
});
const adminOnly = (ok: number): Expectation => ({
  anonymous: 401,
  outsider: 403,
  admin: ok,
  reviewer: 403,
  panel: 403,
  police: 403,
  health: 403,
});
const reviewerOnly = (ok: number, admin = 404): Expectation => ({
  anonymous: 401,
  outsider: 404,
  admin,
  reviewer: ok,
  panel: 403,
  police: 403,
  health: 403,
});
const mergedReaders = (ok: number): Expectation => ({ ...reviewerOnly(ok), panel: ok });
const allMembers = (ok: number, admin = 404): Expectation => ({
  anonymous: 401,
  outsider: 404,
  admin,
  reviewer: ok,
  panel: ok,
  police: ok,
  health: ok,
});
const submitters = (ok: number): Expectation => ({
  ...reviewerOnly(ok),
  police: ok,
  health: ok,
});

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered; `url` fills in its parameters for one call. */
  route: string;
  url: (role: Role, allowed: boolean) => Promise<string> | string;
  body?: (role: Role) => Promise<Record<string, unknown>> | Record<string, unknown>;
  multipartFor?: (role: Role) => string;
  expect: Expectation;
}

const r =
  (path = '') =>
  () =>
    `/api/reviews/${reviewId}${path}`;

const CALLS: Call[] = [
  { method: 'GET', route: '/api/setup', url: () => '/api/setup', expect: publicRoute(200) },
  {
    method: 'POST',
    route: '/api/setup',
    url: () => '/api/setup',
    body: () => ({
      token: 'x',
      email: 'a@b.c',
      displayName: 'A',
      password: 'long enough password',
    }),
    expect: publicRoute(409),
  },
  {
    method: 'POST',
    route: '/api/session',
    url: () => '/api/session',
    body: () => ({ email: `nobody${++counter}@test.tapestry`, password: 'wrong password!' }),
    expect: publicRoute(401),
  },
  { method: 'GET', route: '/api/session', url: () => '/api/session', expect: signedIn(200) },
  { method: 'DELETE', route: '/api/session', url: () => '/api/session', expect: signedIn(204) },
  {
    method: 'PUT',
    route: '/api/session/password',
    url: () => '/api/session/password',
    body: () => ({
      currentPassword: 'correct horse battery staple',
      newPassword: 'correct horse battery staple',
    }),
    expect: signedIn(200),
  },
  { method: 'GET', route: '/api/users', url: () => '/api/users', expect: adminOnly(200) },
  {
    method: 'POST',
    route: '/api/users',
    url: () => '/api/users',
    body: () => ({
      email: `new${++counter}@test.tapestry`,
      displayName: 'New',
      password: 'a long enough password',
    }),
    expect: adminOnly(201),
  },
  {
    method: 'PATCH',
    route: '/api/users/:userId',
    url: () => `/api/users/${users.outsider.id}`,
    body: () => ({ displayName: 'Outsider' }),
    expect: adminOnly(200),
  },
  { method: 'GET', route: '/api/audit', url: () => '/api/audit', expect: adminOnly(200) },
  { method: 'GET', route: '/api/reviews', url: () => '/api/reviews', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/api/reviews',
    url: () => '/api/reviews',
    body: () => ({ ...CYSUR_REVIEW, reference: `REF-${++counter}` }),
    expect: adminOnly(201),
  },
  { method: 'GET', route: '/api/reviews/:reviewId', url: r(), expect: allMembers(200, 200) },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId',
    url: async (_role, allowed) => (allowed ? `/api/reviews/${await throwawayReview()}` : r()()),
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/members',
    url: r('/members'),
    expect: reviewerOnly(200, 200),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/members/:userId',
    url: () => `/api/reviews/${reviewId}/members/${users.reviewer.id}`,
    body: () => ({ role: 'reviewer' }),
    expect: adminOnly(204),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/members/:userId',
    url: async (_role, allowed) => {
      if (!allowed) return `/api/reviews/${reviewId}/members/${users.reviewer.id}`;
      const extra = await t.signUp();
      await setup.app.inject({
        method: 'PUT',
        url: `/api/reviews/${reviewId}/members/${extra.id}`,
        payload: { role: 'panel' },
      });
      return `/api/reviews/${reviewId}/members/${extra.id}`;
    },
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/expected-agencies',
    url: r('/expected-agencies'),
    expect: reviewerOnly(200, 200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/expected-agencies',
    url: r('/expected-agencies'),
    body: () => ({
      name: `Agency ${++counter}`,
      kind: 'education',
      dueDate: '2027-01-31',
      contactName: null,
      contactEmail: null,
    }),
    expect: reviewerOnly(201, 201),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId',
    url: async () => `/api/reviews/${reviewId}/expected-agencies/${await makeExpectedAgency()}`,
    body: () => ({
      name: `Renamed agency ${++counter}`,
      kind: 'education',
      dueDate: null,
      contactName: null,
      contactEmail: null,
    }),
    expect: reviewerOnly(204, 204),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId',
    url: async () => `/api/reviews/${reviewId}/expected-agencies/${await makeExpectedAgency()}`,
    expect: reviewerOnly(204, 204),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId/invitations',
    url: async () =>
      `/api/reviews/${reviewId}/expected-agencies/${await makeExpectedAgency()}/invitations`,
    expect: reviewerOnly(201, 201),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/expected-agencies/:expectedAgencyId/invitations/:invitationId',
    url: () => makeInvitation(),
    expect: reviewerOnly(204, 204),
  },
  {
    method: 'POST',
    route: '/api/invitations/look',
    url: () => '/api/invitations/look',
    body: () => ({ token: 'a token nobody issued' }),
    expect: publicRoute(404),
  },
  {
    method: 'POST',
    route: '/api/invitations/accept',
    url: () => '/api/invitations/accept',
    body: () => ({
      token: 'a token nobody issued',
      displayName: 'A',
      password: 'long enough password',
    }),
    expect: publicRoute(404),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/audit',
    url: r('/audit'),
    expect: reviewerOnly(200, 200),
  },
  {
    method: 'GET',
    route: '/api/template.csv',
    url: () => '/api/template.csv',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/submissions',
    url: r('/submissions'),
    multipartFor: (role) => (role === 'health' ? HEALTH : POLICE),
    expect: submitters(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/submissions',
    url: r('/submissions'),
    expect: submitters(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/submissions/:submissionId',
    url: () => `/api/reviews/${reviewId}/submissions/${policeSubmissionId}`,
    // Another agency's submission does not exist for the health submitter.
    expect: { ...submitters(200), health: 404 },
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/submissions/:submissionId',
    url: async (_role, allowed) =>
      allowed
        ? await throwawaySubmission()
        : `/api/reviews/${reviewId}/submissions/${policeSubmissionId}`,
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/events',
    url: r('/events'),
    expect: allMembers(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/timeline/feed',
    url: r('/timeline/feed'),
    expect: allMembers(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/timeline/weeks',
    url: r('/timeline/weeks'),
    expect: allMembers(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/events/:eventId',
    url: () => `/api/reviews/${reviewId}/events/${policeEventId}`,
    expect: { ...allMembers(200), health: 404 },
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/gaps',
    url: r('/gaps'),
    expect: mergedReaders(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/rules',
    url: r('/rules'),
    expect: mergedReaders(200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/rules',
    url: r('/rules'),
    body: () => ruleBody(),
    expect: reviewerOnly(201),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/rules/:ruleId',
    url: async () => `/api/reviews/${reviewId}/rules/${await makeRule()}`,
    body: () => ({ ...ruleBody(), id: lastRuleId }),
    expect: reviewerOnly(200),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/rules/:ruleId',
    url: async () => `/api/reviews/${reviewId}/rules/${await makeRule()}`,
    expect: reviewerOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/duplicates',
    url: r('/duplicates'),
    expect: reviewerOnly(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/links',
    url: r('/links'),
    expect: reviewerOnly(200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/links',
    url: async () => {
      await (
        await appFor('reviewer')
      ).inject({
        method: 'DELETE',
        url: `/api/reviews/${reviewId}/links/${await linkId()}`,
      });
      return `/api/reviews/${reviewId}/links`;
    },
    body: () => ({ a: policeEventId, b: healthEventId, kind: 'related' }),
    expect: reviewerOnly(201),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/links/:linkId',
    url: async () => `/api/reviews/${reviewId}/links/${await makeLink()}`,
    expect: reviewerOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/annotations',
    url: r('/annotations'),
    expect: mergedReaders(200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/annotations',
    url: r('/annotations'),
    body: () => ({ eventId: policeEventId, kind: 'missed-opportunity', text: 'Missed' }),
    expect: reviewerOnly(201),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/annotations/:annotationId',
    url: async () => `/api/reviews/${reviewId}/annotations/${await makeAnnotation()}`,
    body: () => ({ kind: 'learning-point', text: 'Changed' }),
    expect: reviewerOnly(200),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/annotations/:annotationId',
    url: async () => `/api/reviews/${reviewId}/annotations/${await makeAnnotation()}`,
    expect: reviewerOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/questions',
    url: r('/questions'),
    expect: allMembers(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/questions/:questionId',
    url: async () => `/api/reviews/${reviewId}/questions/${await makeAnsweredQuestion()}`,
    // A question to the police does not exist for the health submitter.
    expect: { ...allMembers(200), health: 404 },
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/questions',
    url: r('/questions'),
    body: () => ({ agency: POLICE, text: 'Anything missing?' }),
    expect: reviewerOnly(201),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/questions/:questionId/answer',
    url: async () => `/api/reviews/${reviewId}/questions/${await makeQuestion()}/answer`,
    body: () => ({ text: 'Answered' }),
    expect: { ...submitters(200), health: 404 },
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/questions/:questionId',
    url: async () => `/api/reviews/${reviewId}/questions/${await makeQuestion()}`,
    expect: reviewerOnly(204),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/episodes',
    url: r('/episodes'),
    body: episodeBody,
    expect: reviewerOnly(201),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/episodes/:episodeId',
    url: async () => `/api/reviews/${reviewId}/episodes/${await makeEpisode()}`,
    body: () => ({ ...episodeBody(), assessment: 'good' }),
    expect: reviewerOnly(200),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/episodes/:episodeId',
    url: async () => `/api/reviews/${reviewId}/episodes/${await makeEpisode()}`,
    expect: reviewerOnly(204),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/glossary',
    url: r('/glossary'),
    expect: reviewerOnly(200),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/glossary',
    url: r('/glossary'),
    body: () => ({ entries: [{ label: 'Mother', names: ['Zelda Quartermaine'] }] }),
    expect: reviewerOnly(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/annex.csv',
    url: r('/annex.csv'),
    expect: reviewerOnly(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/annex.xlsx',
    url: r('/annex.xlsx'),
    expect: reviewerOnly(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/annex.docx',
    url: r('/annex.docx'),
    expect: reviewerOnly(200),
  },
  {
    method: 'POST',
    route: '/api/reviews/:reviewId/meetings',
    url: r('/meetings'),
    body: () => ({ title: 'Panel meeting 1' }),
    expect: reviewerOnly(201),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/meetings/current',
    url: r('/meetings/current'),
    expect: mergedReaders(200),
  },
  {
    method: 'PUT',
    route: '/api/reviews/:reviewId/meetings/:meetingId/position',
    url: async () => `/api/reviews/${reviewId}/meetings/${await makeMeeting()}/position`,
    body: () => ({ eventId: policeEventId }),
    expect: reviewerOnly(200),
  },
  {
    method: 'GET',
    route: '/api/reviews/:reviewId/meetings/:meetingId/stream',
    url: async () => `/api/reviews/${reviewId}/meetings/${await makeMeeting(true)}/stream`,
    expect: mergedReaders(200),
  },
  {
    method: 'DELETE',
    route: '/api/reviews/:reviewId/meetings/:meetingId',
    url: async () => `/api/reviews/${reviewId}/meetings/${await makeMeeting()}`,
    expect: reviewerOnly(200),
  },
];

describe('access: every route × every role', () => {
  it('the table covers every API route the app registers', () => {
    const documented = Object.entries(
      (t.anonymous.swagger() as { paths: Record<string, object> }).paths,
    ).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const covered = CALLS.map((c) => `${c.method} ${c.route}`);
    expect(
      documented.filter((route) => route.startsWith('GET /api') || route.includes(' /api')),
    ).not.toHaveLength(0);
    expect(documented.filter((route) => !covered.includes(route))).toEqual([]);
  });

  const REFUSAL: Record<number, unknown> = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: expect.stringMatching(/NOT_FOUND$/),
    409: 'CONFLICT',
  };
  const cases = CALLS.flatMap((call) => ROLES.map((role) => [call, role] as const));
  it.each(cases.map(([call, role]) => [`${call.method} ${call.route}`, role, call]))(
    '%s as %s',
    async (_name, role, call) => {
      const expected = call.expect[role as Role];
      const allowed = expected < 400;
      const app = await appFor(role as Role);
      const url = await call.url(role as Role, allowed);
      const agency = call.multipartFor?.(role as Role);
      const payload = agency
        ? await multipart(csv(agency === HEALTH ? HEALTH_MARKER : POLICE_MARKER), {
            agency,
            fields: { dryRun: 'true' },
          })
        : call.body
          ? { payload: await call.body(role as Role) }
          : {};
      const response = await app.inject({ method: call.method, url, ...payload });
      expect(response.statusCode, response.body).toBe(expected);
      // Every refusal says which in a JSON error code; "not found" reads the same whether the
      // thing exists or not. An answer that is allowed carries no error.
      const refusal = expected >= 400 ? response.json().error.code : null;
      expect(refusal).toEqual(REFUSAL[expected] ?? null);
    },
  );

  it('refuses to start with a route that has no access rule', async () => {
    const fresh = await buildApp({ db: t.db, config: t.config });
    expect(() => fresh.get('/api/unguarded', async () => ({ open: true }))).toThrow(
      /GET \/api\/unguarded has no access rule/,
    );
    await fresh.close();
  });
});

describe('per-agency scope', () => {
  /** Every GET the health submitter can make, with every id it could guess. */
  async function everythingHealthCanSee(): Promise<string> {
    const urls = CALLS.filter((c) => c.method === 'GET').map((c) => c.url('health', true));
    const bodies = [];
    for (const url of await Promise.all(urls)) {
      bodies.push((await (await appFor('health')).inject({ url })).body);
    }
    for (const q of [`q=${POLICE_MARKER}`, `agency=${encodeURIComponent(POLICE)}`, 'facets=true']) {
      bodies.push(
        (await (await appFor('health')).inject({ url: `/api/reviews/${reviewId}/events?${q}` }))
          .body,
      );
    }
    return bodies.join('\n');
  }

  it('a marker in one agency’s upload never reaches another agency’s submitter', async () => {
    const seen = await everythingHealthCanSee();
    expect(seen).toContain(HEALTH_MARKER);
    expect(seen).not.toContain(POLICE_MARKER);
    expect(seen).not.toContain(POLICE);
  });

  it('a submitter sees only their own agency’s events and counts', async () => {
    const events = (
      await (await appFor('police')).inject({ url: `/api/reviews/${reviewId}/events` })
    ).json();
    expect(events.total).toBe(2);
    expect(new Set(events.events.map((e: { agency: string }) => e.agency))).toEqual(
      new Set([POLICE]),
    );
    const review = (
      await (await appFor('police')).inject({ url: `/api/reviews/${reviewId}` })
    ).json();
    expect(review).toMatchObject({
      myRole: 'submitter',
      myAgency: POLICE,
      agencyCount: 1,
      eventCount: 2,
    });
  });

  it('a submitter cannot upload for another agency', async () => {
    const before = await t.queryOne('select count(*) n from events');
    const body = await multipart(csv('X'), { agency: HEALTH });
    const response = await (
      await appFor('police')
    ).inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/submissions`,
      ...body,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toContain(POLICE);
    expect(await t.queryOne('select count(*) n from events')).toEqual(before);
  });

  it('a submitter may not ask which of their events the gap engine flagged', async () => {
    const response = await (
      await appFor('police')
    ).inject({
      url: `/api/reviews/${reviewId}/events?flagged=true`,
    });
    expect(response.statusCode).toBe(403);
  });

  it('a removed member loses access on their next request', async () => {
    const member = await t.signUp();
    await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${member.id}`,
      payload: { role: 'panel' },
    });
    expect((await member.app.inject({ url: `/api/reviews/${reviewId}/events` })).statusCode).toBe(
      200,
    );
    await setup.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/members/${member.id}`,
    });
    expect((await member.app.inject({ url: `/api/reviews/${reviewId}/events` })).statusCode).toBe(
      404,
    );
  });
});

describe('the panel cannot find the glossary’s names through search', () => {
  let guessReview: string;
  const enc = encodeURIComponent;
  // Each guess at the name Jane beside the same guess at a name nobody has: the answers must
  // be the same, byte for byte, or the difference tells the guesser which is a name here.
  const GUESSES: Array<[string, string, string]> = [
    ['the name as listed', 'q=Jane', 'q=Kate'],
    ['a prefix', 'q=Jan', 'q=Kat'],
    ['an accented spelling', `q=${enc('Jáne')}`, `q=${enc('Káte')}`],
    ['upper case', 'q=JANE', 'q=KATE'],
    ['lower case', 'q=jane', 'q=kate'],
    ['a Cyrillic а inside', `q=${enc('J\u0430ne')}`, `q=${enc('K\u0430te')}`],
    ['fullwidth letters', `q=${enc('Ｊａｎｅ')}`, `q=${enc('Ｋａｔｅ')}`],
    ['a listed surname against an unlisted name', 'q=Smith', 'q=Alice'],
    ['the full name', `q=${enc('Jane Smith')}`, `q=${enc('Kate Jones')}`],
    ['a person filter', 'subject=Jane', 'subject=Kate'],
    ['a theme', `theme=${enc("Jane's care")}`, `theme=${enc("Kate's care")}`],
  ];

  beforeAll(async () => {
    const created = await setup.app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { ...CYSUR_REVIEW, reference: 'GUESS-1', joinAsReviewer: true },
    });
    guessReview = created.json().id;
    await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${guessReview}/members/${users.panel.id}`,
      payload: { role: 'panel' },
    });
    const body = await multipart(
      'Date,Type,Description,Persons Involved\n' +
        '01/06/2018,Home visit,Visited Jane Smith at home,Jane Smith\n' +
        '05/06/2018,Phone call,Called Ms Smith about the baby,Ms Smith\n' +
        '07/06/2018,Letter,Letter sent to Jane,Jane\n',
      { agency: POLICE },
    );
    const uploaded = await setup.app.inject({
      method: 'POST',
      url: `/api/reviews/${guessReview}/submissions`,
      ...body,
    });
    expect(uploaded.statusCode).toBe(201);
    const glossary = await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${guessReview}/glossary`,
      payload: { entries: [{ label: 'Mother', names: ['Jane Smith', 'Jane', 'Ms Smith'] }] },
    });
    expect(glossary.statusCode).toBe(200);
  });

  const ask = async (query: string) =>
    (await appFor('panel')).inject({ url: `/api/reviews/${guessReview}/events?${query}` });

  it.each(GUESSES)(
    '%s: answered exactly as a name that is not there',
    async (_what, name, other) => {
      const [guess, control] = [await ask(name), await ask(other)];
      expect(guess.statusCode, name).toBe(200);
      expect(guess.json().total, name).toBe(0);
      expect(guess.body, name).toBe(control.body);
    },
  );

  it('the role label is found, by search and by filter', async () => {
    expect((await ask('q=Mother')).json().total).toBe(3);
    expect((await ask('q=Moth')).json().total).toBe(3);
    expect((await ask('subject=Mother')).json().total).toBe(3);
    const visited = (await ask('q=visited')).json();
    expect(visited.total).toBe(1);
    expect(visited.events[0].description).toBe('Visited Mother at home');
  });

  it('a reviewer who switches to names still finds them by name', async () => {
    const own = await setup.app.inject({
      url: `/api/reviews/${guessReview}/events?q=Jan&view=named`,
    });
    expect(own.json().total).toBe(2);
  });

  it('a changed glossary is searched as changed: the index follows it', async () => {
    const saved = await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${guessReview}/glossary`,
      payload: { entries: [{ label: 'Parent', names: ['Jane Smith', 'Jane', 'Ms Smith'] }] },
    });
    expect(saved.statusCode).toBe(200);
    expect((await ask('q=Mother')).json().total).toBe(0);
    expect((await ask('q=Parent')).json().total).toBe(3);
    expect((await ask('q=Jane')).json().total).toBe(0);
  });
});

describe('an admin who is also a member', () => {
  it('keeps the metadata rights every admin has, and reads case data only as their role', async () => {
    const admin = await t.signUp({ isAdmin: true, email: 'admin-panel@test.tapestry' });
    const joined = await setup.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${admin.id}`,
      payload: { role: 'panel' },
    });
    expect(joined.statusCode).toBe(204);
    // The audit log and the member list, as for an admin outside the review.
    expect((await admin.app.inject({ url: `/api/reviews/${reviewId}/audit` })).statusCode).toBe(
      200,
    );
    expect((await admin.app.inject({ url: `/api/reviews/${reviewId}/members` })).statusCode).toBe(
      200,
    );
    // Case data as a panel member: the anonymised timeline, never the glossary's names.
    expect((await admin.app.inject({ url: `/api/reviews/${reviewId}/events` })).statusCode).toBe(
      200,
    );
    expect((await admin.app.inject({ url: `/api/reviews/${reviewId}/glossary` })).statusCode).toBe(
      403,
    );
  });
});
