import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_REFERENCE } from './support/server';

// The upload preview shows how each column of a file with unfamiliar headers was read, and
// lets the reviewer change it. Dry runs only: the shared demo review is left as it was.

const baseUrl = inject('demoServerUrl');
let browser: BrowserSession;
let page: Page;
const pageErrors: string[] = [];

const CSV = [
  'Occurrence No,Contact Date/Time,Incident Classification,Log Entry,<b>Notes</b> Summary,Input Date',
  'INC-2018-0456,22/05/2018 14:30,Concern for welfare,"Officers attended after a neighbour reported shouting; mother and infant seen.",Seen,23/05/2018',
  'INC-2018-0471,29/05/2018 09:05,Domestic,"Father arrested for criminal damage at the family home.",Arrest,30/05/2018',
].join('\n');

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openAs(browser, baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
  const { reviews } = await apiGet<{ reviews: { id: string; reference: string }[] }>(
    page,
    '/api/reviews',
  );
  const demo = reviews.find((r) => r.reference === DEMO_REFERENCE);
  if (!demo) throw new Error('the demo review is missing');
  await page.goto(`${baseUrl}/reviews/${demo.id}/upload`);
});

afterAll(async () => {
  await browser?.close();
});

const table = 'table.column-readings';
const cellsOf = (row: number) => page.locator(`${table} tbody tr`).nth(row).locator('td');

describe('the column preview', () => {
  it('shows every column with what it was read as, how sure and why', async () => {
    await page.fill('input[name=agency]', 'Gwent Police');
    await page.setInputFiles('input[type=file]', {
      name: 'police-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.locator(`${table} tbody tr`).nth(5).waitFor();
    const values = await page.$$eval(`${table} select`, (selects) =>
      selects.map((s) => (s as HTMLSelectElement).value),
    );
    expect(values).toEqual(['sourceRef', 'date', 'type', 'description', '', '']);
    expect(await cellsOf(1).nth(2).textContent()).toMatch(/^high · 0\.\d\d · recognised$/);
    expect(await cellsOf(1).nth(3).textContent()).toContain('100% of cells are dates, with times');
    // A header is the file's own text: shown as written, never as markup.
    expect(await cellsOf(4).nth(0).textContent()).toBe('<b>Notes</b> Summary');
    expect(await page.locator(`${table} b`).count()).toBe(0);
    expect(await page.textContent('body')).toContain('More than one column holds dates');
    await screenshot(page, 'e2e-column-preview');
  });

  it('reading a column as another field re-runs the check with that choice', async () => {
    await page.selectOption('#column-4', 'description');
    await page.waitForFunction(
      () =>
        document.querySelector('table.preview tbody tr td:nth-child(9)')?.textContent === 'Seen',
    );
    expect(await cellsOf(4).nth(2).textContent()).toBe('your choice');
    expect(await page.$eval('#column-3', (s) => (s as HTMLSelectElement).value)).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
