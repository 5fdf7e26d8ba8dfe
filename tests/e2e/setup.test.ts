import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, signIn, type BrowserSession } from './support/browser';
import { startServer, type RunningServer } from './support/server';

// First run: a server on an empty database, without ADMIN_EMAIL, prints a one-time link; the
// first administrator is made through the page it opens.

let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ admin: false }), openBrowser()]);
  browser.page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first-run setup', () => {
  it('creates the first administrator from the printed /setup#token= link', async () => {
    const page = browser.page;
    const [link] = await server.waitForOutput(/http:\/\/\S+\/setup#token=[\w-]+/);
    const token = new URL(link).hash.replace('#token=', '');

    // Without the token the page only explains where the link is.
    await page.goto(new URL('/setup', link).href);
    await page.locator('[role=alert]:has-text("needs the setup link")').waitFor();

    await page.goto(link);
    const form = page.locator('form[aria-label="First administrator"]');
    await form.waitFor();
    await form.locator('input[name=displayName]').fill('First Admin');
    await form.locator('input[name=email]').fill('first.admin@test.tapestry');
    await form.locator('input[name=password]').fill('too short');
    await form.locator('input[name=repeatPassword]').fill('too short');
    await form.locator('button[type=submit]').click();
    await form.locator('.note-error:has-text("at least 12 characters")').waitFor();
    await screenshot(page, 'e2e-30-setup');

    await form.locator('input[name=password]').fill('first admin password');
    await form.locator('input[name=repeatPassword]').fill('first admin password');
    await form.locator('button[type=submit]').click();
    // Signed in, on the reviews page, and the token has left the address bar.
    await page.locator('form[aria-label="New review"]').waitFor();
    expect(await page.locator('.topbar-name').textContent()).toBe('First Admin');
    expect(await page.locator('.topbar-role').textContent()).toBe('Administrator');
    expect(page.url()).not.toContain(token);
    expect(new URL(page.url()).pathname).toBe('/');

    // The link is spent: the page now says so, and the account signs in as usual.
    await browser.context.clearCookies();
    await page.goto(link);
    await page.locator('.note:has-text("already set up")').waitFor();
    await page.goto(new URL('/', link).href);
    await signIn(page, 'first.admin@test.tapestry', 'first admin password');
    expect(await page.locator('.topbar-name').textContent()).toBe('First Admin');
  });
});
