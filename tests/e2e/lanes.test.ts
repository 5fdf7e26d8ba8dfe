import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, reviewWithMembers } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN } from './support/server';

// Issue #16: the timeline's lanes reorder by dragging in the Lanes menu; ↑ ↓ are kept.

const baseUrl = inject('demoServerUrl');
const AGENCIES = ['Lane Police', 'Lane Health', 'Lane Housing'];
let browser: BrowserSession;
let reviewId = '';

beforeAll(async () => {
  reviewId = await reviewWithMembers(
    baseUrl,
    E2E_ADMIN,
    { reference: 'LANES 1/2026', title: 'Lanes in an order', jurisdiction: 'england' },
    { [DEMO_ACCOUNTS.reviewer]: 'reviewer' },
  );
  const reviewer = await apiSession(baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
  for (const [i, agency] of AGENCIES.entries()) {
    await reviewer.upload(
      reviewId,
      { agency, agencyKind: ['police', 'health', 'housing'][i] as string },
      {
        name: 'c.csv',
        content: `Date,Type,Description\n0${i + 1}/06/2018,Home visit,Visit ${i}\n`,
      },
    );
  }
  browser = await openBrowser();
  browser.page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
});

/** The agencies' lanes on the timeline, top to bottom. */
async function laneOrder(): Promise<string[]> {
  const page = browser.page;
  return (await page.locator('.timeline .vis-label:not(.lane-gaps) .lane-name').allTextContents())
    .map((t) => t.trim())
    .filter((t) => AGENCIES.includes(t));
}

describe('the Lanes menu', () => {
  it('reorders the lanes by dragging a row, and by its arrows', async () => {
    const page = browser.page;
    await openAs(
      browser,
      `${baseUrl}/reviews/${reviewId}/timeline`,
      DEMO_ACCOUNTS.reviewer,
      DEMO_PASSWORD,
    );
    await page.locator('.timeline .vis-label .lane-name').first().waitFor();
    const before = await laneOrder();
    expect(before).toHaveLength(3);
    await page.locator('summary:has-text("Lanes")').click();
    const rows = page.locator('ul[aria-label=Lanes] li.lane-row');
    const [first, middle, last] = before as [string, string, string];
    // Dropped on the upper half of the first row: the last lane goes to the top.
    await rows
      .filter({ hasText: last })
      .dragTo(rows.filter({ hasText: first }), { targetPosition: { x: 20, y: 2 } });
    await expect.poll(laneOrder).toEqual([last, first, middle]);
    expect(await rows.allTextContents()).toEqual(
      [last, first, middle].map((lane) => expect.stringContaining(lane)),
    );
    await screenshot(page, 'e2e-lanes-dragged');
    // The order is the view's, in the address.
    expect(new URL(page.url()).searchParams.get('lane')).toContain(last);
    // The arrows still move a lane one place.
    await page.click(`button[aria-label="Move ${last} down"]`);
    await expect.poll(laneOrder).toEqual([first, last, middle]);
  });
});
