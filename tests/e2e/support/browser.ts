import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile that is deleted afterwards. British English
 * in London unless a test asks for another locale (a US one shows a date input mm/dd/yyyy).
 */
export async function openBrowser(
  viewport = { width: 1600, height: 1000 },
  place: { locale: string; timezoneId: string } = { locale: 'en-GB', timezoneId: 'Europe/London' },
): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: place.locale,
    timezoneId: place.timezoneId,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const SIGN_IN_FORM = 'form[aria-label="Sign in"]';

/** Fills the sign-in page (which stands in for any page while signed out) and waits for the app. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator(SIGN_IN_FORM).waitFor();
  await page.fill(`${SIGN_IN_FORM} input[name=email]`, email);
  await page.fill(`${SIGN_IN_FORM} input[name=password]`, password);
  await page.click(`${SIGN_IN_FORM} button[type=submit]`);
  await page.locator('[data-testid=topbar-user]').waitFor();
}

/** Opens `url` as `email`: the browser's cookies are dropped first, so nobody is signed in. */
export async function openAs(
  session: BrowserSession,
  url: string,
  email: string,
  password: string,
): Promise<void> {
  await session.context.clearCookies();
  await session.page.goto(url);
  await signIn(session.page, email, password);
}

/** GET an API path with the page's session (its cookie), as the app would. */
export async function apiGet<T = any>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${p}: ${response.status}`);
    return response.json();
  }, path);
}
