import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { E2E_ADMIN } from './support/server';

// Issue #16, questions on records: the reviewer asks the agency about a record from its details
// on the timeline; the agency's submitter sees it, uploads a new version and answers by it; the
// reviewer's overview counts it answered.

const baseUrl = inject('demoServerUrl');
const AGENCY = 'Questions Police';
const PASSWORD = 'questions e2e password';
const stamp = Date.now();
const REVIEWER = `questions-reviewer-${stamp}@test.tapestry`;
const SUBMITTER = `questions-police-${stamp}@test.tapestry`;
const QUESTION = 'What happened after this visit?';

const V1 =
  'Date,Type,Description,Source Ref\n' +
  '01/06/2018,Home visit,Visited the family at home,R1\n' +
  '05/06/2018,Phone call,Called about the baby,R2\n';
const V2 = V1.replace('Visited the family at home', 'Visited the family; referred to health');

let browser: BrowserSession;
let admin: ApiSession;
let reviewId = '';
let r1 = '';

beforeAll(async () => {
  admin = await apiSession(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
  reviewId = (
    await admin.request('POST', '/api/reviews', {
      reference: 'QUESTIONS 1/2026',
      title: 'Questions to an agency',
      periodStart: '2018-05-20',
      periodEnd: '2019-05-20',
      jurisdiction: 'wales',
    })
  ).id;
  for (const [email, role] of [
    [REVIEWER, { role: 'reviewer' }],
    [SUBMITTER, { role: 'submitter', agency: AGENCY }],
  ] as const) {
    const user = await admin.request('POST', '/api/users', {
      email,
      displayName: email.startsWith('questions-reviewer') ? 'Rhian Reviewer' : 'Pat Police',
      password: PASSWORD,
    });
    await admin.request('PUT', `/api/reviews/${reviewId}/members/${user.id}`, role);
  }
  const police = await apiSession(baseUrl, SUBMITTER, PASSWORD);
  await police.upload(reviewId, { agency: AGENCY }, { name: 'police.csv', content: V1 });
  const { events } = await police.get(`/api/reviews/${reviewId}/events`);
  r1 = events.find((e: { sourceRef: string }) => e.sourceRef === 'R1').id;
  browser = await openBrowser();
  browser.page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('a question on a record', () => {
  it('is asked from the event’s details, answered by a new upload, and counted answered', async () => {
    const page = browser.page;
    const reviewUrl = `${baseUrl}/reviews/${reviewId}`;

    // The reviewer opens the record on the timeline and asks the agency.
    await openAs(browser, `${reviewUrl}/timeline?event=${r1}`, REVIEWER, PASSWORD);
    const section = page.locator('[data-testid=event-questions]');
    await section.locator('button:has-text("Ask the agency…")').click();
    await section.locator('textarea[name=question]').fill(QUESTION);
    await section.locator('button[type=submit]:has-text("Ask")').click();
    const asked = section.locator('[data-testid=question]');
    await asked.waitFor();
    expect(await asked.getAttribute('data-status')).toBe('open');
    expect(await asked.locator('.question-text').textContent()).toBe(QUESTION);
    await screenshot(page, 'e2e-questions-01-asked');

    // The agency's submitter sees it under Questions.
    await openAs(browser, `${reviewUrl}/questions`, SUBMITTER, PASSWORD);
    const card = page.locator('[data-testid=question]', { hasText: QUESTION });
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('open');

    // Then uploads version 2 through the upload screen…
    await page.locator('a:has-text("Upload a new version")').click();
    await page.setInputFiles('input[type=file]', {
      name: 'police-v2.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(V2),
    });
    await page.locator('h2:has-text("ready to store as version 2")').waitFor();
    await page.click('button:has-text("Store version 2")');
    await page.locator('h2:has-text("Stored version 2")').waitFor();

    // …and answers the question by it.
    await page.locator('a.tab:has-text("Questions")').click();
    await card.waitFor();
    await card.locator('input[name=byUpload]').check();
    await card.locator('textarea[name=answer]').fill('Referred to health the same day.');
    await screenshot(page, 'e2e-questions-02-answering');
    await card.locator('button:has-text("Send the answer")').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('answered');
    expect(await card.locator('[data-testid=answer]').textContent()).toContain(
      'by uploading version 2',
    );
    await screenshot(page, 'e2e-questions-03-answered');

    // The question now points at the record in version 2.
    const reviewer = await apiSession(baseUrl, REVIEWER, PASSWORD);
    const listed = await reviewer.get(`/api/reviews/${reviewId}/questions`);
    const { events } = await reviewer.get(`/api/reviews/${reviewId}/events`);
    const r1v2 = events.find((e: { sourceRef: string }) => e.sourceRef === 'R1').id;
    expect(r1v2).not.toBe(r1);
    expect(listed.questions[0]).toMatchObject({ status: 'answered', eventId: r1v2 });

    // The reviewer's overview counts it answered.
    await openAs(browser, reviewUrl, REVIEWER, PASSWORD);
    const counts = page.locator('[data-testid=question-counts]');
    const row = counts.locator('tr', { hasText: AGENCY });
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['0', '1']);
    await screenshot(page, 'e2e-questions-04-overview');
  });
});
