import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { E2E_ADMIN } from './support/server';

// Issue #16: an administrator erases a version of an upload shared by mistake, from the
// review's overview, and its records are gone from what the API answers.

const baseUrl = inject('demoServerUrl');
const WRONG = 'Quorvath';
let browser: BrowserSession;
let admin: ApiSession;
let reviewId = '';

beforeAll(async () => {
  admin = await apiSession(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
  reviewId = (
    await admin.request('POST', '/api/reviews', {
      reference: 'ERASE 1/2026',
      title: 'A version shared by mistake',
      periodStart: '2018-05-20',
      periodEnd: '2019-05-20',
      jurisdiction: 'england',
      joinAsReviewer: true,
    })
  ).id;
  for (const csv of [
    'Date,Type,Description\n01/06/2018,Home visit,Seen at home\n',
    `Date,Type,Description\n01/06/2018,Home visit,${WRONG} family seen at home\n02/06/2018,Letter,Letter to ${WRONG}\n`,
  ]) {
    await admin.upload(
      reviewId,
      { agency: 'Erase Police', agencyKind: 'police' },
      { name: 'police.csv', content: csv },
    );
  }
  browser = await openBrowser();
  browser.page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('erasing a version from the overview', () => {
  it('asks for the agency’s name, erases the version, and the one before is current again', async () => {
    const page = browser.page;
    await openAs(browser, `${baseUrl}/reviews/${reviewId}`, E2E_ADMIN.email, E2E_ADMIN.password);
    const group = page.locator('tbody.agency-group', { hasText: 'Erase Police' });
    await group.locator('tr', { hasText: 'current' }).locator('button:has-text("Erase…")').click();
    const form = page.locator('form[aria-label="Erase version 2 of Erase Police"]');
    const confirm = form.locator('button[type=submit]');
    expect(await confirm.isDisabled()).toBe(true);
    await form.locator('input[name=confirmAgency]').fill('Erase Police');
    await screenshot(page, 'e2e-erase-version');
    await confirm.click();
    await form.waitFor({ state: 'detached' });
    // One version left once the list is asked for again, and it is current.
    await expect.poll(() => group.locator('tr').count(), { timeout: 10_000 }).toBe(1);
    expect(await group.textContent()).toContain('current');
    // The review's own count follows: the one event of version 1.
    const count = page.locator('.facts div', { hasText: 'Events in the merged timeline' });
    await expect.poll(async () => (await count.locator('dd').textContent())?.trim()).toBe('1');

    const { events } = await admin.get(`/api/reviews/${reviewId}/events?view=named`);
    expect(events.map((e: { description: string }) => e.description)).toEqual(['Seen at home']);
    const audit = await admin.get(`/api/reviews/${reviewId}/audit`);
    expect(JSON.stringify(audit)).toContain('submission.erased');
    expect(JSON.stringify(audit)).not.toContain(WRONG);
  });
});
