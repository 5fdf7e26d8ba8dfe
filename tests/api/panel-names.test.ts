import { afterEach, describe, expect, it } from 'vitest';
import { createReview, createTestApp, upload, type TestApp, type TestUser } from '../support/app';

// Names reaching the panel through a reviewer's own words: a rule id, the gap ids made from
// it, the audit log, and a team named after a family. One decision about surnames: a name is
// what the glossary lists (list a surname alone to hide it alone), applied to the text, to
// search and to filters alike.

let t: TestApp;
afterEach(() => t?.close());

const CSV = [
  'Date,Type,Description,Team',
  '01/06/2018,Domestic incident,Police called to Jane Smith’s address,Response',
  '03/06/2018,Phone call,Called Ms Smith,Team Smith',
].join('\n');

async function setUp(names: string[]) {
  t = await createTestApp();
  const reviewId = await createReview(t.app);
  expect((await upload(t.app, reviewId, CSV, { agency: 'Police' })).statusCode).toBe(201);
  const glossary = await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/glossary`,
    payload: { entries: [{ label: 'Mother', names }] },
  });
  expect(glossary.statusCode).toBe(200);
  const panel = await t.signUp();
  await t.app.inject({
    method: 'PUT',
    url: `/api/reviews/${reviewId}/members/${panel.id}`,
    payload: { role: 'panel' },
  });
  return { reviewId, panel };
}

async function addRule(reviewId: string, id: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/rules`,
    payload: {
      id,
      name: 'Home visit after a domestic incident',
      kind: 'follow-up',
      trigger: { types: ['incident.domestic'], label: 'domestic incident' },
      expect: { types: ['contact.home-visit'], scope: 'any', label: 'a home visit' },
      within: { amount: 2, unit: 'days' },
      basis: 'local',
      source: 'Panel decision',
      why: 'Test.',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
}

const get = (user: TestUser, url: string) => user.app.inject({ url });

describe('names in a reviewer’s own words', () => {
  it('a rule id with a name reaches the panel redacted, in /rules and in gap ids', async () => {
    const { reviewId, panel } = await setUp(['Jane Smith', 'Jane', 'Ms Smith']);
    await addRule(reviewId, 'custom.jane');
    await addRule(reviewId, 'custom.jane-follow-up');
    const rules = await get(panel, `/api/reviews/${reviewId}/rules`);
    const gaps = await get(panel, `/api/reviews/${reviewId}/gaps`);
    expect(rules.body).not.toMatch(/jane/i);
    expect(gaps.body).not.toMatch(/jane/i);
    const ruleIds = rules.json().rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining(['custom.Mother#1', 'custom.Mother-follow-up#2']),
    );
    const mine = gaps.json().gaps.filter((g: { ruleId: string }) => g.ruleId.startsWith('custom.'));
    expect(mine.length).toBe(2);
    for (const gap of mine) {
      expect(ruleIds).toContain(gap.ruleId);
      expect(gap.id.startsWith(`${gap.ruleId}:`)).toBe(true);
    }
    // The reviewer edits rules as written.
    const asWritten = (await t.app.inject({ url: `/api/reviews/${reviewId}/rules` })).json();
    expect(asWritten.rules.map((r: { id: string }) => r.id)).toContain('custom.jane');
  });

  it('the audit log names a rule by its stored id, never its words', async () => {
    const { reviewId } = await setUp(['Jane Smith', 'Jane', 'Ms Smith']);
    await addRule(reviewId, 'custom.jane');
    const rule = (await t.app.inject({ url: `/api/reviews/${reviewId}/rules` }))
      .json()
      .rules.find((r: { id: string }) => r.id === 'custom.jane');
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/rules/custom.jane`,
      payload: { ...rule, enabled: false, position: undefined, updatedAt: undefined },
    });
    await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/rules/custom.jane` });
    const rows = (await t.query(
      "select action, target from audit_log where action like 'rule.%' order by id",
    )) as Array<{ action: string; target: string }>;
    expect(rows.map((r) => r.action)).toEqual(['rule.created', 'rule.changed', 'rule.deleted']);
    expect(new Set(rows.map((r) => r.target)).size).toBe(1);
    expect(JSON.stringify(await t.query('select * from audit_log'))).not.toMatch(/jane/i);
  });

  it('a surname not listed alone stays where it stands alone, and goes inside a listed name', async () => {
    const { reviewId, panel } = await setUp(['Jane Smith', 'Jane', 'Ms Smith']);
    const events = (await get(panel, `/api/reviews/${reviewId}/events`)).json().events;
    expect(events.map((e: { team: string }) => e.team)).toEqual(['Response', 'Team Smith']);
    expect(events.map((e: { description: string }) => e.description)).toEqual([
      'Police called to Mother’s address',
      'Called Mother',
    ]);
    const found = (await get(panel, `/api/reviews/${reviewId}/events?q=Smith`)).json();
    expect(found.total).toBe(0); // search covers descriptions, outcomes and types, not teams
  });

  it('a surname listed alone is hidden everywhere, team names included, and unguessable', async () => {
    const { reviewId, panel } = await setUp(['Jane Smith', 'Jane', 'Ms Smith', 'Smith']);
    const body = (await get(panel, `/api/reviews/${reviewId}/events`)).body;
    expect(body).not.toMatch(/smith/i);
    expect(JSON.parse(body).events[1].team).toBe('Team Mother');
    const [guess, control] = [
      await get(panel, `/api/reviews/${reviewId}/events?q=Smith`),
      await get(panel, `/api/reviews/${reviewId}/events?q=Alice`),
    ];
    expect(guess.statusCode).toBe(200);
    expect(guess.body).toBe(control.body);
  });
});
