import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoAccounts } from '../../server/demo/demo-accounts';
import { loadDemoReview } from '../../server/demo/demo-review';
import { createTestApp, tableCounts, type TestApp, loadDemo } from '../support/app';

// The demo review is what a newcomer sees first and what the gap engine is tested on, so
// each agency's file must load whole, with its dates and types read as the agency meant them.

let t: TestApp;
let reviewId: string;
let events: Array<Record<string, any>>;

beforeAll(async () => {
  t = await createTestApp();
  const loaded = await loadDemo(t);
  reviewId = loaded.reviewId;
  expect(loaded.uploads.map((u) => u.status)).toEqual([201, 201, 201, 201]);
  events = (await t.app.inject({ url: `/api/reviews/${reviewId}/events` })).json().events;
});
afterAll(() => t.close());

const find = (agency: string, row: number) =>
  events.find((e) => e.agency.startsWith(agency) && e.row === row);

describe('the demo review (CYSUR 2/2020 as four agencies sent it)', () => {
  it('loads every row of all four files', async () => {
    const counts = Object.fromEntries(
      [
        'Dyfed-Powys Police',
        'Powys Teaching Health Board',
        "Powys Children's Services",
        'Powys County Council Housing',
      ].map((a) => [a, events.filter((e) => e.agency === a).length]),
    );
    expect(counts).toEqual({
      'Dyfed-Powys Police': 19,
      'Powys Teaching Health Board': 21,
      "Powys Children's Services": 36,
      'Powys County Council Housing': 14,
    });
    const review = (await t.app.inject({ url: `/api/reviews/${reviewId}` })).json();
    expect(review).toMatchObject({ agencyCount: 4, eventCount: 90 });
  });

  it('reads each agency’s date habits as written', () => {
    expect(find('Powys Children', 14)?.date).toEqual({
      text: 'Nov 2018',
      earliest: '2018-11-01',
      latest: '2018-11-30',
      precision: 'month',
      uncertain: false,
    });
    expect(find('Powys Children', 16)?.date).toMatchObject({
      earliest: '2019-01-02',
      uncertain: true,
    });
    expect(find('Powys Children', 19)?.date).toMatchObject({
      earliest: '2019-02-11',
      latest: '2019-02-20',
      precision: 'part-month',
    });
    expect(find('Powys Children', 20)?.date).toMatchObject({
      earliest: '2019-02-25',
      latest: '2019-03-03',
      precision: 'week',
    });
    expect(find('Powys County', 4)?.date).toMatchObject({ text: 'Aug-18', precision: 'month' });
    expect(find('Powys County', 2)?.date.earliest).toBe('2018-03-12');
    expect(find('Dyfed-Powys', 5)).toMatchObject({
      time: '21:30',
      date: { earliest: '2018-09-30' },
    });
  });

  it('decodes the Windows-1252 file without losing a character', () => {
    const text = events
      .filter((e) => e.agency === "Powys Children's Services")
      .map((e) => [e.description, e.outcome, e.analysis].join(' '))
      .join(' ');
    expect(text).toContain('£1,240');
    expect(text).toMatch(/[‘’“”–]/);
    expect(text).not.toContain('\uFFFD');
  });

  it('maps the events the review turns on to their codes', () => {
    expect(find('Dyfed-Powys', 11)).toMatchObject({ type: 'referral.sent', typeText: 'MARF' });
    expect(find('Dyfed-Powys', 5)?.type).toBe('incident.domestic');
    expect(find('Powys Children', 28)?.type).toBe('incident.domestic');
    expect(find('Powys Children', 14)?.type).toBe('decision');
    expect(find('Powys Children', 16)?.type).toBe('family.informed');
    expect(find('Powys Children', 12)?.type).toBe('assessment.complete');
    expect(find('Powys Children', 27)?.type).toBe('assessment.start');
    expect(find('Powys Children', 33)?.type).toBe('referral.received');
    expect(find('Dyfed-Powys', 18)?.type).toBe('critical');
    expect(events.filter((e) => e.type === 'intelligence')).toHaveLength(11);
  });

  it('expects the four agencies that sent a chronology and the ambulance service, not invited', async () => {
    const { agencies } = (
      await t.app.inject({ url: `/api/reviews/${reviewId}/expected-agencies` })
    ).json();
    expect(agencies.map((a: any) => [a.name, a.status])).toEqual([
      ['Dyfed-Powys Police', 'submitted'],
      ["Powys Children's Services", 'submitted'],
      ['Powys County Council Housing', 'submitted'],
      ['Powys Teaching Health Board', 'submitted'],
      ['Welsh Ambulance Services NHS Trust', 'not-invited'],
    ]);
  });

  it('loading the demo again stores nothing new', async () => {
    const before = await tableCounts(t);
    const again = await loadDemoReview(t.db);
    expect(again.reviewId).toBe(reviewId);
    expect(again.uploads.map((u) => u.status)).toEqual([200, 200, 200, 200]);
    expect(await tableCounts(t)).toEqual(before);
    const expected = await t.queryOne<{ n: number }>('select count(*) n from expected_agencies');
    expect(expected!.n).toBe(5);
  });
});

describe('the demo accounts (npm run demo)', () => {
  const signIn = (email: string, password: string) =>
    t.anonymous.inject({ method: 'POST', url: '/api/session', payload: { email, password } });

  it('a second run gives each account its new password and enables it again, as the same account', async () => {
    const cost = t.config.passwordCostLog2;
    await ensureDemoAccounts(t.db, reviewId, cost, 'first demo password');
    const first = await signIn('reviewer@demo.tapestry', 'first demo password');
    expect(first.statusCode).toBe(200);
    const { id } = first.json().user;
    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { disabled: true },
    });
    expect(disabled.statusCode).toBe(200);

    const accounts = await ensureDemoAccounts(t.db, reviewId, cost, 'second demo password');
    expect(accounts.map((a) => a.password)).toEqual(Array(4).fill('second demo password'));
    expect((await signIn('reviewer@demo.tapestry', 'first demo password')).statusCode).toBe(401);
    const second = await signIn('reviewer@demo.tapestry', 'second demo password');
    expect(second.statusCode).toBe(200);
    expect(second.json().user.id).toBe(id);
    expect(second.json().memberships).toEqual([{ reviewId, role: 'reviewer', agencyName: null }]);
    const users = (await t.app.inject({ url: '/api/users' })).json().users;
    expect(users).toHaveLength(5);
    expect(users.every((u: { disabled: boolean }) => !u.disabled)).toBe(true);
  });
});
