import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api';
import { openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { E2E_ADMIN } from './support/server';

// Issue #16: the reviewer lists three expected agencies on the overview, invites one by a
// one-time link, and the invitee follows it, sets a password and uploads; the overview then
// shows one submitted, one invited, one not invited. A second use of the link is refused.

const baseUrl = inject('demoServerUrl');
let browser: BrowserSession;
let admin: ApiSession;
let reviewId = '';

beforeAll(async () => {
  admin = await apiSession(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
  reviewId = (
    await admin.request('POST', '/api/reviews', {
      reference: 'INVITE 1/2026',
      title: 'Agencies invited and chased',
      periodStart: '2018-05-20',
      periodEnd: '2019-05-20',
      jurisdiction: 'england',
      joinAsReviewer: true,
    })
  ).id;
  browser = await openBrowser();
  browser.page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
});

const statusOf = (name: string) =>
  browser.page.locator('table.expected-agencies tr', { hasText: name }).getAttribute('data-status');

describe('expected agencies and invitations', () => {
  let link = '';

  it('the reviewer lists three agencies with due dates and invites one by a link shown once', async () => {
    const page = browser.page;
    await openAs(browser, `${baseUrl}/reviews/${reviewId}`, E2E_ADMIN.email, E2E_ADMIN.password);
    const section = page.locator('section[aria-labelledby=expected-agencies-title]');
    await section.locator('p.empty').waitFor();
    const form = section.locator('form[aria-label="Expect an agency"]');
    for (const [name, kind, due, email] of [
      ['Metropolitan Police', 'police', '01/12/2026', 'chronologies@met.example'],
      ['Whittington Health', 'health', '15 Jan 2027', 'safeguarding@whittington.example'],
      ['Islington Housing', 'housing', '', ''],
    ] as const) {
      await form.locator('input[name=name]').fill(name);
      await form.locator('select[name=kind]').selectOption(kind);
      await form.locator('input[name=dueDate]').fill(due);
      await form.locator('input[name=contactEmail]').fill(email);
      await form.locator('button[type=submit]').click();
      await section.locator('table.expected-agencies tr', { hasText: name }).waitFor();
      await expect.poll(() => form.locator('input[name=name]').inputValue()).toBe('');
    }
    expect(await statusOf('Islington Housing')).toBe('not-invited');
    // Due dates in the house form, the police one past (today is after 1 Dec 2026).
    const police = section.locator('tr', { hasText: 'Metropolitan Police' });
    expect(await police.textContent()).toContain('1 Dec 2026');
    expect(await police.textContent()).toMatch(/\d+ days? overdue/);
    expect(await section.locator('tr', { hasText: 'Whittington' }).textContent()).toContain(
      '15 Jan 2027',
    );

    await section
      .locator('tr', { hasText: 'Whittington Health' })
      .locator('button:has-text("Invite")')
      .click();
    await section.locator('.invitation-link').waitFor();
    await section.locator('.invitation-link button:has-text("Done")').click();
    await police.locator('button:has-text("Invite")').click();
    const shown = section.locator('.invitation-link input[aria-label="Invitation link"]');
    link = await shown.inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/invite#token=[A-Za-z0-9_-]{43}$`));
    await screenshot(page, 'e2e-invitations-01-link');
    await expect.poll(() => statusOf('Metropolitan Police')).toBe('invited');
  });

  it('the invitee follows the link, sets a password, uploads, and the overview follows', async () => {
    const page = browser.page;
    await browser.context.clearCookies();
    await page.goto(link);
    const join = page.locator('form[aria-label="Your account"]');
    await join.waitFor();
    expect(await page.locator('main').textContent()).toContain('Metropolitan Police');
    expect(await page.locator('main').textContent()).toContain(
      'The review asks for it by 1 Dec 2026.',
    );
    expect(await join.locator('input[name=email]').inputValue()).toBe('chronologies@met.example');
    await join.locator('input[name=displayName]').fill('Sam Officer');
    await join.locator('input[name=password]').fill('a good long password');
    await join.locator('input[name=repeatPassword]').fill('a good long password');
    await screenshot(page, 'e2e-invitations-02-join');
    await join.locator('button[type=submit]').click();
    // Signed in, on the review's upload page, with the token gone from the address.
    await page.waitForURL(`${baseUrl}/reviews/${reviewId}/upload`);
    expect(await page.locator('input[name=agency]').inputValue()).toBe('Metropolitan Police');
    await page.setInputFiles('input[type=file]', {
      name: 'met.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Date,Type,Description\n01/06/2018,Home visit,Seen at home\n'),
    });
    await page.locator('h2:has-text("ready to store as version 1")').waitFor();
    await page.click('button:has-text("Store version 1")');
    await page.locator('h2:has-text("Stored version 1 of Metropolitan Police")').waitFor();

    // A second use of the link is refused, saying why.
    await browser.context.clearCookies();
    await page.goto('about:blank');
    await page.goto(link);
    const refused = page.locator('.note-error, [role=alert]').first();
    await refused.waitFor();
    expect(await page.locator('main').textContent()).toMatch(/has been used/);

    await openAs(browser, `${baseUrl}/reviews/${reviewId}`, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.locator('table.expected-agencies').waitFor();
    expect(await statusOf('Metropolitan Police')).toBe('submitted');
    expect(await statusOf('Whittington Health')).toBe('invited');
    expect(await statusOf('Islington Housing')).toBe('not-invited');
    expect(
      await page.locator('section[aria-labelledby=expected-agencies-title] p.note').textContent(),
    ).toContain('1 of 3 submitted');
    await screenshot(page, 'e2e-invitations-03-overview');
  });

  it('a revoked link is refused', async () => {
    const page = browser.page;
    const health = page.locator('table.expected-agencies tr', { hasText: 'Whittington Health' });
    await health.locator('button:has-text("New link")').click();
    const revokedLink = await page
      .locator('.invitation-link input[aria-label="Invitation link"]')
      .inputValue();
    await health.locator('button:has-text("Revoke link")').click();
    await expect.poll(() => statusOf('Whittington Health')).toBe('not-invited');
    await browser.context.clearCookies();
    await page.goto('about:blank');
    await page.goto(revokedLink);
    await page.locator('[role=alert]').first().waitFor();
    expect(await page.locator('main').textContent()).toMatch(/withdrawn/);
    const audit = await admin.get(`/api/reviews/${reviewId}/audit`);
    const actions = audit.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.issued', 'invitation.accepted', 'invitation.revoked']),
    );
    expect(JSON.stringify(audit)).not.toContain(revokedLink.split('#token=')[1]);
  });

  it('a contact who has an account signs in on the link’s page, then joins', async () => {
    const page = browser.page;
    const email = 'duty.sergeant@police.example';
    const password = 'an existing long password';
    await admin.request('POST', '/api/users', { email, displayName: 'Duty Sergeant', password });
    const agency = await admin.request('POST', `/api/reviews/${reviewId}/expected-agencies`, {
      name: 'British Transport Police',
      kind: 'police',
      dueDate: null,
      contactName: null,
      contactEmail: email,
    });
    const issued = await admin.request(
      'POST',
      `/api/reviews/${reviewId}/expected-agencies/${agency.id}/invitations`,
    );
    await browser.context.clearCookies();
    await page.goto('about:blank');
    await page.goto(`${baseUrl}${issued.path}`);
    const signIn = page.locator('form[aria-label="Sign in"]');
    await signIn.waitFor();
    expect(await page.locator('main').textContent()).toContain(
      'An account with duty.sergeant@police.example exists',
    );
    expect(await signIn.locator('input[name=email]').inputValue()).toBe(email);
    await signIn.locator('input[name=password]').fill(password);
    await signIn.locator('button[type=submit]').click();
    // Signed in, on the same link: one button joins.
    const join = page.locator('button:has-text("Join as British Transport Police’s submitter")');
    await join.click();
    await page.waitForURL(`${baseUrl}/reviews/${reviewId}/upload`);
    expect(await page.locator('input[name=agency]').inputValue()).toBe('British Transport Police');
  });

  it('offers the expected agencies on the reviewer’s Upload page, each with its kind', async () => {
    const page = browser.page;
    await openAs(
      browser,
      `${baseUrl}/reviews/${reviewId}/upload`,
      E2E_ADMIN.email,
      E2E_ADMIN.password,
    );
    const option = page.locator('datalist#known-agencies option[value="Islington Housing"]');
    await expect.poll(() => option.count()).toBe(1);
    await page.fill('input[name=agency]', 'Islington Housing');
    expect(await page.locator('select[name=agencyKind]').inputValue()).toBe('housing');
  });
});
