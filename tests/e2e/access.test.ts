import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiGet,
  openAs,
  openBrowser,
  screenshot,
  signIn,
  type BrowserSession,
} from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_REFERENCE } from './support/server';

// Accounts and roles on the shared server's demo review (CYSUR 2/2020): each role sees what it
// may, and the app asks the API for nothing more.

const baseUrl = inject('demoServerUrl');
const SIGN_IN_FORM = 'form[aria-label="Sign in"]';

let browser: BrowserSession;
let page: Page;
let reviewUrl = '';
const pageErrors: string[] = [];
/** Every API path the page asked for, and the status it got. */
const calls: { path: string; status: number }[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/'))
      calls.push({ path: url.pathname + url.search, status: response.status() });
  });
  // The demo review's id, as its reviewer finds it.
  await openAs(browser, baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
  const { reviews } = await apiGet<{ reviews: { id: string; reference: string }[] }>(
    page,
    '/api/reviews',
  );
  const demo = reviews.find((r) => r.reference === DEMO_REFERENCE);
  if (!demo) throw new Error('the demo review is missing');
  reviewUrl = `${baseUrl}/reviews/${demo.id}`;
});

afterAll(async () => {
  await browser?.close();
});

async function textOf(selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

async function tabs(): Promise<string[]> {
  await page.locator('nav.tabs a').first().waitFor();
  return page.locator('nav.tabs a').allTextContents();
}

async function laneNames(): Promise<string[]> {
  await page.locator('.timeline .vis-label .lane-name').first().waitFor();
  return page.locator('.timeline .vis-label:not(.lane-gaps) .lane-name').allTextContents();
}

describe('signing in and out', () => {
  it('shows the sign-in page for a timeline link, and the timeline once signed in', async () => {
    await browser.context.clearCookies();
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator(SIGN_IN_FORM).waitFor();
    expect(await textOf('main h1')).toBe('Sign in');
    expect(await page.locator('.timeline').count()).toBe(0);

    await page.fill('input[name=email]', DEMO_ACCOUNTS.reviewer);
    await page.fill('input[name=password]', 'not the password at all');
    await page.click(`${SIGN_IN_FORM} button[type=submit]`);
    const error = page.locator(`${SIGN_IN_FORM} .note-error`);
    await error.waitFor();
    expect(await error.textContent()).toBe('That email and password do not match an account.');
    await screenshot(page, 'e2e-20-sign-in');

    await signIn(page, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
    // Back where the link pointed: the timeline, with every agency's lane.
    expect(page.url()).toBe(`${reviewUrl}/timeline`);
    expect((await laneNames()).length).toBe(4);
    expect(await textOf('.topbar-name')).toBe('Demo Reviewer');
    expect(await textOf('.topbar-role')).toBe('Reviewer');
  });

  it('signs out: the same timeline link then shows the sign-in page and no case data', async () => {
    await page.click('button:has-text("Sign out")');
    await page.locator(SIGN_IN_FORM).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator(SIGN_IN_FORM).waitFor();
    expect(await page.locator('.timeline, .chronology, [data-testid=topbar-user]').count()).toBe(0);
    // The server agrees: the session is gone, not just hidden.
    const status = await page.evaluate(async () => (await fetch('/api/session')).status);
    expect(status).toBe(401);
  });

  it('says how long to wait after too many failed sign-ins', async () => {
    await page.goto(baseUrl);
    const email = `nobody-${Date.now()}@test.tapestry`;
    const error = page.locator(`${SIGN_IN_FORM} .note-error`);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.fill('input[name=email]', email);
      await page.fill('input[name=password]', `wrong password ${attempt}`);
      const [response] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/api/session') && r.request().method() === 'POST',
        ),
        page.click(`${SIGN_IN_FORM} button[type=submit]`),
      ]);
      statuses.push(response.status());
    }
    // Five failures lock the account for the throttle's 15-minute window.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await expect
      .poll(() => error.textContent())
      .toMatch(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);
  });

  it('shows the sign-in page in place when the session ends mid-use, and returns there', async () => {
    await signIn(page, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
    await page.goto(`${reviewUrl}/rules`);
    await page.locator('#rule-json').waitFor();
    await browser.context.clearCookies();
    // The next request is refused (401): the page gives way to the sign-in form.
    await page.locator('a.tab:has-text("Overview")').click();
    await page.locator(SIGN_IN_FORM).waitFor();
    expect(await textOf('main .note')).toContain('Your session has ended');
    await signIn(page, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
    expect(page.url()).toBe(reviewUrl);
    await page.locator('table.grid tbody.agency-group').first().waitFor();
  });
});

describe('a panel member', () => {
  it('sees the merged timeline with its gap flags, and no Upload or Duplicates', async () => {
    await openAs(browser, reviewUrl, DEMO_ACCOUNTS.panel, DEMO_PASSWORD);
    expect(await textOf('.topbar-role')).toBe('Panel member');
    expect(await tabs()).toEqual(['Overview', 'Timeline', 'Notes', 'Gap rules']);
    // The overview neither lists the uploads nor shows the 403 asking would have earned.
    await page.locator('h2:has-text("Your role: panel member")').waitFor();
    expect(await page.locator('.note-error').count()).toBe(0);
    expect(await page.locator('a:has-text("Upload")').count()).toBe(0);

    await page.locator('a.tab:has-text("Timeline")').click();
    expect((await laneNames()).sort()).toEqual([
      'Dyfed-Powys Police',
      "Powys Children's Services",
      'Powys County Council Housing',
      'Powys Teaching Health Board',
    ]);
    await page.locator('.timeline .vis-item.gap').first().waitFor();
    await page.locator('.chronology tbody tr.row').first().click();
    await page.locator('[data-testid=event-detail] table.raw-cells').waitFor();
    await screenshot(page, 'e2e-21-panel-timeline');
    // A link to a reviewer's page says so instead of failing.
    await page.goto(`${reviewUrl}/upload`);
    await page.locator('h1:has-text("Not part of your role")').waitFor();
    expect(calls.filter((c) => c.status === 403)).toEqual([]);
  });

  it('reads the gap rules but has no button to change them', async () => {
    await page.goto(`${reviewUrl}/rules`);
    await page.waitForFunction(
      () => (document.querySelector('#rule-json') as HTMLTextAreaElement | null)?.value,
    );
    expect(await page.locator('#rule-json').getAttribute('readonly')).not.toBeNull();
    expect(
      await page
        .locator(
          'button:has-text("Save rule"), button:has-text("Delete"), button:has-text("Copy as a new rule")',
        )
        .count(),
    ).toBe(0);
    expect(await textOf('main .note')).toContain('the review’s reviewer changes them');
    expect(calls.filter((c) => c.status === 403)).toEqual([]);
  });
});

describe('a submitter', () => {
  it('sees only their own agency’s events, and asks for no gap flags', async () => {
    calls.length = 0;
    await openAs(browser, `${reviewUrl}/timeline`, DEMO_ACCOUNTS.police, DEMO_PASSWORD);
    expect(await textOf('.topbar-role')).toBe('Submitter for Dyfed-Powys Police');
    expect(await tabs()).toEqual(['Overview', 'Upload', 'Timeline', 'Questions']);
    expect(await laneNames()).toEqual(['Dyfed-Powys Police']);
    await expect.poll(() => textOf('.filter-summary')).toBe('19 events');
    const agencies = await page.locator('.chronology tbody tr.row td.c-agency').allTextContents();
    expect(agencies.length).toBeGreaterThan(0);
    expect(new Set(agencies.map((a) => a.trim()))).toEqual(new Set(['Dyfed-Powys Police']));
    // The API itself gives them no more than that.
    const id = reviewUrl.split('/').pop() as string;
    const listed = await apiGet<{ total: number; events: { agency: string }[] }>(
      page,
      `/api/reviews/${id}/events?limit=1000`,
    );
    expect(listed.total).toBe(19);
    // No gap flags anywhere: not on the timeline, not as a filter, not as a tab.
    expect(await page.locator('input[name=flagged]').count()).toBe(0);
    expect(await page.locator('.side-tab:has-text("Gap flags")').count()).toBe(0);
    expect(await page.locator('.timeline .vis-item.gap').count()).toBe(0);
    expect(await textOf('.role-note')).toContain('Dyfed-Powys Police’s events only');
    await screenshot(page, 'e2e-22-submitter-timeline');
    expect(calls.some((c) => c.path.includes('/gaps') || c.path.includes('flagged'))).toBe(false);
    // Nothing refused but the questions asked before signing in: who is signed in (nobody),
    // asked as the page starts (client/main.tsx) and again by the app (an early refusal never
    // stands in: client/shared/api/early.ts), and the review and its feed, asked as the page
    // starts.
    const refused = calls.filter((c) => c.status >= 400);
    expect(refused.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: `/api/reviews/${id}`, status: 401 },
      { path: `/api/reviews/${id}/timeline/feed?labels=false`, status: 401 },
      { path: '/api/session', status: 401 },
      { path: '/api/session', status: 401 },
    ]);
  });

  it('uploads for their own agency only: the agency is filled in and fixed', async () => {
    await page.locator('a.tab:has-text("Upload")').click();
    const agency = page.locator('input[name=agency]');
    await agency.waitFor();
    expect(await agency.inputValue()).toBe('Dyfed-Powys Police');
    expect(await agency.getAttribute('readonly')).not.toBeNull();
    await page.locator('a.tab:has-text("Overview")').click();
    await page.locator('h2:has-text("Your agency’s chronologies")').waitFor();
    const agencies = await page.locator('tbody.agency-group td:first-child').allTextContents();
    expect(agencies.map((a) => a.trim())).toEqual(['Dyfed-Powys Police']);
  });
});

describe('an administrator', () => {
  const newUser = {
    name: 'Pat Panel',
    email: 'pat.panel@test.tapestry',
    password: 'a long new password',
  };

  it('creates an account on the Users page', async () => {
    await openAs(browser, `${baseUrl}/admin/users`, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    expect(await textOf('.topbar-role')).toBe('Administrator');
    const form = page.locator('form[aria-label="New account"]');
    await form.locator('input[name=displayName]').fill(newUser.name);
    await form.locator('input[name=email]').fill(newUser.email);
    await form.locator('input[name=password]').fill(newUser.password);
    await form.locator('button[type=submit]').click();
    await page.locator('.note-ok:has-text("Account created for Pat Panel")').waitFor();
    const row = page.locator(`table.users tr[data-email="${newUser.email}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(3).textContent()).toBe('active');
    await screenshot(page, 'e2e-23-admin-users');
    // Disabled and enabled again: the status follows.
    await row.locator('button:has-text("Disable")').click();
    await row.locator('td:nth-child(4):has-text("disabled")').waitFor();
    await row.locator('button:has-text("Enable")').click();
    await row.locator('td:nth-child(4):has-text("active")').waitFor();
  });

  it('adds them to the demo review as a panel member on its Members tab', async () => {
    await page.goto(reviewUrl);
    await page.locator('a.tab:has-text("Members")').click();
    await page.waitForURL(`${reviewUrl}/members`);
    const form = page.locator('form[aria-label="Add a member"]');
    await form
      .locator('select[name=userId]')
      .selectOption({ label: `${newUser.name} (${newUser.email})` });
    await form.locator('select[name=role]').selectOption('panel');
    await form.locator('button:has-text("Add to the review")').click();
    const row = page.locator(`table.members tr[data-email="${newUser.email}"]`);
    await row.waitFor();
    expect(await row.locator('select[name=role]').inputValue()).toBe('panel');
    await page.locator('.note-ok:has-text("Pat Panel is in the review as panel member")').waitFor();
    // The delete button waits for the reference to be typed exactly.
    const remove = page.locator('button:has-text("Delete the review and its case data")');
    expect(await remove.isDisabled()).toBe(true);
    await page.fill('input[name=confirmReference]', 'CYSUR 2/2020');
    expect(await remove.isDisabled()).toBe(true);
    await screenshot(page, 'e2e-24-members');
  });

  it('gives the new account exactly a panel member’s view', async () => {
    await page.click('button:has-text("Sign out")');
    await signIn(page, newUser.email, newUser.password);
    const row = page.locator('table.grid tbody tr', { hasText: DEMO_REFERENCE });
    expect(await row.locator('td.review-role').textContent()).toBe('Panel member');
    expect(await page.locator('form[aria-label="New review"]').count()).toBe(0);
    await row.locator('a').click();
    expect(await tabs()).toEqual(['Overview', 'Timeline', 'Notes', 'Gap rules']);
    expect(pageErrors).toEqual([]);
  });

  it('deletes a review only once its reference is typed', async () => {
    await page.click('button:has-text("Sign out")');
    await signIn(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    await page.fill('input[name=reference]', 'DELETE ME 1/2026');
    await page.fill('input[name=title]', 'A review to delete');
    await page.fill('input[name=periodStart]', '2020-01-01');
    await page.fill('input[name=periodEnd]', '2020-12-31');
    await page.click('button:has-text("Create review")');
    // Its creator joined as its reviewer (the default): the upload page is next.
    await page.waitForURL(/\/upload$/);
    await expect.poll(() => page.locator('.topbar-role').textContent()).toBe('Reviewer');
    await page.locator('a.tab:has-text("Members")').click();
    const remove = page.locator('button:has-text("Delete the review and its case data")');
    await page.fill('input[name=confirmReference]', 'DELETE ME');
    expect(await remove.isDisabled()).toBe(true);
    await page.fill('input[name=confirmReference]', 'DELETE ME 1/2026');
    await remove.click();
    await page.waitForURL(`${baseUrl}/`);
    await page.locator('table.grid tbody tr').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain('DELETE ME 1/2026');
    expect(pageErrors).toEqual([]);
  });
});
