import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, type ApiSession, reviewWithMembers } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN } from './support/server';

// A 20,000-event review (issue #15): the page works from the slim feed, so everything it shows
// of a record's text comes from a second request. This checks that what the reviewer reads
// (the table's rows, the event's detail, the presentation's stage) is the API's full record,
// after a filter in the browser (an agency) and one on the server (words).

const baseUrl = inject('demoServerUrl');
const AGENCIES = [
  ['Large Police', 'police'],
  ['Large Health Board', 'health'],
  ["Large Children's Services", 'children-services'],
  ['Large Housing', 'housing'],
] as const;
const PER_AGENCY = 5000;
/** One record in 250 carries this word: the search filter's target. */
const RARE_WORD = 'Zephyrine';

/** An agency's chronology: a year of records, a few dated to the month, text unique per row. */
function chronology(agency: number): string {
  const lines = ['Date,Time,Contact Type,Child Seen,Summary of contact,Outcome,Ref'];
  const start = Date.UTC(2018, 4, 20);
  const types = ['Home visit', 'Tel call', 'Strat disc', 'Letter', 'Clinic', 'DNA', 'Core group'];
  for (let i = 0; i < PER_AGENCY; i++) {
    const day = new Date(start + Math.floor(((i * 365) / PER_AGENCY) * 86_400_000));
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    const rare = i % 250 === 17 ? ` ${RARE_WORD} was mentioned.` : '';
    lines.push(
      [
        `${dd}/${mm}/${day.getUTCFullYear()}`,
        `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
        types[(i + agency) % types.length],
        i % 3 ? 'Y' : 'N',
        `"Record ${i} of agency ${agency}: seen at home, ""the plan"" discussed at length with the family and the school, who had raised concerns about attendance.${rare}"`,
        `"Outcome ${i}/${agency}: review in a week"`,
        `L-${agency}-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

let browser: BrowserSession;
let api: ApiSession;
let reviewUrl = '';
let reviewId = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  reviewId = await reviewWithMembers(
    baseUrl,
    E2E_ADMIN,
    { reference: 'LARGE 1/2026', title: 'A review of 20,000 events', jurisdiction: 'england' },
    { [DEMO_ACCOUNTS.reviewer]: 'reviewer' },
  );
  reviewUrl = `${baseUrl}/reviews/${reviewId}`;
  api = await apiSession(baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
  for (const [a, [agency, kind]] of AGENCIES.entries()) {
    await api.upload(
      reviewId,
      { agency, agencyKind: kind },
      { name: `${kind}.csv`, content: chronology(a) },
    );
  }
  browser = await openBrowser();
  browser.page.setDefaultTimeout(30_000);
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  await openAs(browser, `${reviewUrl}/timeline`, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** The API's answer for the events list under a query string (full records). */
async function apiEvents(query: string): Promise<{ events: any[]; total: number }> {
  return api.get(`/api/reviews/${reviewId}/events?facets=false&${query}`);
}

describe('a review of 20,000 events', () => {
  it('opens with every event counted and drawn', async () => {
    const { page } = browser;
    await page.locator('.filter-summary', { hasText: '20,000 events' }).waitFor();
    await page.locator('.timeline .vis-item').first().waitFor();
    expect(await page.locator('.chronology tbody tr.row').count()).toBeGreaterThan(5);
  });

  it('filters by agency in the browser, and the rows in view read as the API’s records', async () => {
    const { page } = browser;
    const agency = AGENCIES[2][0];
    await page.locator(`.chip[data-agency="${agency}"]`).click();
    await page.locator('.filter-summary', { hasText: '5,000 of 20,000 events' }).waitFor();
    const expected = await apiEvents(`agency=${encodeURIComponent(agency)}&limit=5`);
    expect(expected.total).toBe(PER_AGENCY);
    const first = page.locator('.chronology tbody tr.row').first();
    // The row's text arrives in a page of its own after the feed: wait for the full text.
    await first
      .locator('td.c-desc', { hasText: expected.events[0].description.slice(-30) })
      .waitFor();
    expect(await first.locator('td.c-desc').textContent()).toBe(expected.events[0].description);
    expect(await first.locator('td.c-outcome').textContent()).toBe(expected.events[0].outcome);
    expect((await first.locator('td.c-agency').textContent())?.trim()).toBe(agency);
  });

  it('searches words on the server, and the event opened is the API’s full record', async () => {
    const { page } = browser;
    const agency = AGENCIES[2][0];
    await page.fill('input[name=q]', RARE_WORD.toLowerCase());
    const expected = await apiEvents(
      `agency=${encodeURIComponent(agency)}&q=${RARE_WORD.toLowerCase()}`,
    );
    expect(expected.total).toBe(PER_AGENCY / 250);
    await page
      .locator('.filter-summary', { hasText: `${expected.total} of 20,000 events` })
      .waitFor();
    const rows = page.locator('.chronology tbody tr.row');
    // Each row's description shows once its page of full records arrives.
    await expect
      .poll(() => rows.locator('td.c-desc').allTextContents(), { timeout: 30_000 })
      .toEqual(expected.events.map((e) => e.description));
    const target = expected.events[3];
    await page.locator(`.chronology tbody tr.row[data-event-id="${target.id}"]`).click();
    const detail = page.locator('[data-testid=event-detail]');
    await detail.locator('table.raw-cells').waitFor();
    const full = await api.get(`/api/reviews/${reviewId}/events/${target.id}`);
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(full.description);
    expect(text).toContain(full.outcome);
    expect(text).toContain(full.raw.Ref);
    await screenshot(page, 'e2e-large-review-search');
  });

  it('steps through the presentation of the filtered events, each the API’s record', async () => {
    const { page } = browser;
    const agency = AGENCIES[2][0];
    const query = `agency=${encodeURIComponent(agency)}&q=${RARE_WORD.toLowerCase()}`;
    const expected = await apiEvents(query);
    await page.goto(`${reviewUrl}/present?${query}`);
    const description = page.locator('[data-testid=present-description]');
    // The setup screen says what will be shown: the timeline's filters, 20 events.
    await page.getByText(`${expected.total} events,`).waitFor();
    await page.locator('button:has-text("Start walk-through")').first().click();
    for (let step = 0; step < 3; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await page
        .locator('[data-testid=present-description]', {
          hasText: expected.events[step].description,
        })
        .waitFor();
      expect(await description.textContent()).toBe(expected.events[step].description);
      expect(await page.locator('[data-testid=present-outcome]').textContent()).toContain(
        expected.events[step].outcome,
      );
    }
    expect(await page.locator('[data-testid=present-count]').textContent()).toContain(
      String(expected.total),
    );
    await screenshot(page, 'e2e-large-review-present');
    expect(pageErrors).toEqual([]);
  });
});
