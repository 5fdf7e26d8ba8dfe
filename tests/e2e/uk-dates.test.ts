import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, reviewWithMembers } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN } from './support/server';

// Issue #16: every date input shows and takes dates day first whatever the browser's locale.
// This browser is set to US English in New York, where a date input shows mm/dd/yyyy and
// 03/06/2019 would be 6 March.

const baseUrl = inject('demoServerUrl');
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser(undefined, { locale: 'en-US', timezoneId: 'America/New_York' });
  page = browser.page;
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
});

/** Types `text` into the input as a person would, then leaves it with Tab. */
async function typeDay(selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

describe('dates typed in a browser set to US English', () => {
  it('make a review whose period is read day first, in the forms an upload takes', async () => {
    await openAs(browser, baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const start = 'form[aria-label="New review"] input[name=periodStart]';
    const end = 'form[aria-label="New review"] input[name=periodEnd]';
    expect(await page.getAttribute(start, 'placeholder')).toBe('dd/mm/yyyy');
    await page.fill('input[name=reference]', 'DATES 1/2026');
    await page.fill('input[name=title]', 'Dates typed day first');
    await typeDay(start, '3/6/2018');
    await typeDay(end, '12 Jan 2019');
    // Shown as read, day first.
    expect(await page.inputValue(start)).toBe('03/06/2018');
    expect(await page.inputValue(end)).toBe('12/01/2019');

    // A date that cannot be is refused beside the field, and the form is not sent.
    await typeDay(end, '31/02/2019');
    await page.locator('.day-input-error', { hasText: 'February 2019 has 28 days' }).waitFor();
    expect(await page.getAttribute(end, 'aria-invalid')).toBe('true');
    await page.click('button:has-text("Create review")');
    expect(new URL(page.url()).pathname).toBe('/');

    // Typed and sent with Enter straight away: the form sends what was typed.
    await page.click(end);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12/01/2019');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reviews\/[^/]+\/upload$/);
    const id = new URL(page.url()).pathname.split('/')[2] as string;
    const admin = await apiSession(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
    const review = await admin.get(`/api/reviews/${id}`);
    expect([review.periodStart, review.periodEnd]).toEqual(['2018-06-03', '2019-01-12']);
  });

  it('filter the timeline from a day typed day first, and from a month', async () => {
    const reviewId = await reviewWithMembers(
      baseUrl,
      E2E_ADMIN,
      { reference: 'DATES 2/2026', title: 'Dates in the filters', jurisdiction: 'england' },
      { [DEMO_ACCOUNTS.reviewer]: 'reviewer' },
    );
    const reviewer = await apiSession(baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
    // 02/06/2018 is 2 June and 06/02/2018 is 6 February: a US reading swaps them.
    const csv = [
      'Date,Contact Type,Summary',
      '06/02/2018,Home visit,Seen at home in February.',
      '02/06/2018,Home visit,Seen at home in June.',
      '20/07/2018,Home visit,Seen at home in July.',
    ].join('\r\n');
    await reviewer.upload(
      reviewId,
      { agency: 'Dates Police', agencyKind: 'police' },
      { name: 'dates.csv', content: csv },
    );
    await openAs(
      browser,
      `${baseUrl}/reviews/${reviewId}/timeline`,
      DEMO_ACCOUNTS.reviewer,
      DEMO_PASSWORD,
    );
    const summary = page.locator('.filter-summary');
    await summary.filter({ hasText: '3 events' }).waitFor();

    await typeDay('input[name=from]', '01/06/2018');
    await summary.filter({ hasText: '2 of 3 events' }).waitFor();
    expect(await page.inputValue('input[name=from]')).toBe('01/06/2018');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2018-06-01');

    // A month as the "to" bound stands for its last day, 30 June: July's event goes.
    await typeDay('input[name=to]', 'Jun 2018');
    await summary.filter({ hasText: '1 of 3 events' }).waitFor();
    expect(await page.inputValue('input[name=to]')).toBe('30/06/2018');

    // Not a date: said beside the field, and the filter keeps its last good bound.
    await typeDay('input[name=to]', '30/6/2018x');
    await page.locator('.filter-field .day-input-error').waitFor();
    await screenshot(page, 'e2e-uk-dates-filters');
    expect(await summary.textContent()).toContain('1 of 3 events');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2018-06-30');
    // The error is said beside the field, not read out as part of its name.
    expect(await page.getByLabel('To', { exact: true }).getAttribute('name')).toBe('to');

    // Clearing the filters empties the refused text too, and its error goes.
    await page.click('button:has-text("Clear filters")');
    await summary.filter({ hasText: '3 events' }).waitFor();
    expect(await page.inputValue('input[name=to]')).toBe('');
    expect(await page.inputValue('input[name=from]')).toBe('');
    expect(await page.locator('.day-input-error').count()).toBe(0);

    // A refused bound that never became a value goes too: "From" was empty before and after.
    await typeDay('input[name=to]', '30/06/2018');
    await typeDay('input[name=from]', 'the spring');
    await page.locator('.day-input-error').waitFor();
    await page.click('button:has-text("Clear filters")');
    await summary.filter({ hasText: '3 events' }).waitFor();
    expect(await page.inputValue('input[name=from]')).toBe('');
    expect(await page.locator('.day-input-error').count()).toBe(0);
  });
});
