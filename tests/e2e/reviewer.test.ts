import path from 'node:path';
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
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN, PROJECT_ROOT } from './support/server';

// One reviewer's session, in order: each step builds on the one before, as in real use. An
// administrator makes the review and its reviewer (the demo account) first, on the shared server.

const DEMO = path.join(PROJECT_ROOT, 'fixtures', 'demo');
const AGENCIES = [
  { agency: 'Dyfed-Powys Police', kind: 'police', file: 'police.csv' },
  { agency: 'Powys Teaching Health Board', kind: 'health', file: 'health-board.json' },
  {
    agency: "Powys Children's Services",
    kind: 'children-services',
    file: 'childrens-services.csv',
  },
  { agency: 'Powys County Council Housing', kind: 'housing', file: 'housing.csv' },
];
/** Items on the timeline that are events: not the dots inside points, not gap flags. */
const EVENT_ITEMS = '.timeline .vis-foreground .vis-item:not(.vis-dot):not(.gap)';
const XSS_AGENCY = 'Agency <img src=x onerror=alert(2)>';
const XSS_DESCRIPTION = '<img src=x onerror=alert(1)>';

const baseUrl = inject('demoServerUrl');
let browser: BrowserSession;
let page: Page;
let reviewUrl = '';
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(10_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

/** What the API says the merged timeline holds, to compare the screens against. */
async function storedEvents(): Promise<
  { agency: string; date: { earliest: string; latest: string } }[]
> {
  const id = reviewUrl.split('/').pop() as string;
  return (await apiGet<{ events: any[] }>(page, `/api/reviews/${id}/events?limit=1000`)).events;
}

async function textOf(selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

/** Chooses a file, waits for the dry run, and returns the report's heading. */
async function checkFile(
  agency: string,
  kind: string,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.fill('input[name=agency]', agency);
  await page.selectOption('select[name=agencyKind]', kind);
  await page.setInputFiles('input[type=file]', file);
}

describe('the reviewer’s web app', () => {
  it('is a review an administrator creates, with the reviewer added on its Members tab', async () => {
    await openAs(browser, baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.fill('input[name=reference]', 'E2E 1/2026');
    await page.fill('input[name=title]', 'Browser test review');
    await page.fill('input[name=periodStart]', '20/05/2018');
    await page.fill('input[name=periodEnd]', '20/05/2019');
    await page.selectOption('select[name=jurisdiction]', 'wales');
    // The administrator is not its reviewer: the next step is its members.
    await page.uncheck('input[name=joinAsReviewer]');
    await page.click('button:has-text("Create review")');
    await page.waitForURL(/\/reviews\/[^/]+\/members$/);
    reviewUrl = page.url().replace(/\/members$/, '');
    expect(await textOf('.topbar-ref')).toBe('E2E 1/2026');
    expect(await textOf('.topbar-role')).toBe('Administrator (not a member)');
    // Without a role the administrator sees no case data: no Upload or Timeline tab.
    expect(await page.locator('nav.tabs a').allTextContents()).toEqual([
      'Overview',
      'Audit',
      'Members',
    ]);
    const form = page.locator('form[aria-label="Add a member"]');
    await form
      .locator('select[name=userId]')
      .selectOption({ label: 'Demo Reviewer (reviewer@demo.tapestry)' });
    await form.locator('select[name=role]').selectOption('reviewer');
    await form.locator('button:has-text("Add to the review")').click();
    const row = page.locator(`table.members tr[data-email="${DEMO_ACCOUNTS.reviewer}"]`);
    await row.waitFor();
    expect(await row.locator('select[name=role]').inputValue()).toBe('reviewer');
  });

  it('is opened by its reviewer, who signs in and finds it with their role', async () => {
    await page.click('button:has-text("Sign out")');
    await signIn(page, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
    await page.locator('a:has-text("E2E 1/2026")').click();
    await page.waitForURL(reviewUrl);
    expect(await textOf('.topbar-name')).toBe('Demo Reviewer');
    expect(await textOf('.topbar-role')).toBe('Reviewer');
    await screenshot(page, 'e2e-00-reviewer-topbar');
    expect(await page.locator('nav.tabs a').allTextContents()).toEqual([
      'Overview',
      'Upload',
      'Timeline',
      'Notes',
      'Questions',
      'Duplicates',
      'Gap rules',
      'People',
      'Audit',
    ]);
    await page.locator('a.tab:has-text("Upload")').click();
    await page.waitForURL(`${reviewUrl}/upload`);
  });

  it('uploads the four demo chronologies through the upload screen, checking each first', async () => {
    for (const { agency, kind, file } of AGENCIES) {
      await checkFile(agency, kind, path.join(DEMO, file));
      const heading = page.locator('h2:has-text("ready to store as version 1")');
      await heading.waitFor();
      expect(await heading.textContent()).toMatch(/Checked: \d+ rows/);

      if (file === 'police.csv') {
        // The header mapping is editable and re-runs the dry run.
        const firstDescription = page
          .locator('table.preview tbody tr')
          .first()
          .locator('td')
          .nth(8);
        expect(await firstDescription.textContent()).toContain('Intelligence received');
        await page.selectOption('#map-description', 'Action Taken');
        await page.waitForFunction(() =>
          document
            .querySelector('table.preview tbody tr td:nth-child(9)')
            ?.textContent?.startsWith('Actioned'),
        );
        await page.selectOption('#map-description', 'Details');
        await page.waitForFunction(() =>
          document
            .querySelector('table.preview tbody tr td:nth-child(9)')
            ?.textContent?.startsWith('Intelligence'),
        );
      }
      if (file === 'childrens-services.csv') {
        // Windows-1252 decoded; the date as written beside what it was read as.
        const preview = await textOf('table.preview');
        expect(preview).toContain('‘frustration management’');
        const monthRow = page.locator('table.preview tbody tr:has(td:text-is("Nov 2018"))');
        expect(await monthRow.textContent()).toContain('1 Nov 2018 – 30 Nov 2018');
        expect(await monthRow.textContent()).toContain('month');
        await screenshot(page, 'e2e-01-upload-preview');
      }
      if (file === 'housing.csv') {
        // Every type word is listed with what it was read as: the unrecognised first, then the
        // learned reader's guesses (`Payment received`, which no synonym matches, read from the
        // rest of its row), for the reviewer to check first.
        const types = page.locator('table.type-readings tbody tr');
        expect(await types.first().locator('td').first().textContent()).toBe('Payment received');
        expect(await types.first().getAttribute('class')).toBe('type-guessed');
        expect(await types.first().locator('td').nth(2).textContent()).toContain(
          'from the reader learned from labelled chronologies',
        );
        expect(await textOf('[data-testid=type-summary]')).toContain(
          '1 matched no type and was guessed by the reader learned from labelled chronologies',
        );
        const telCall = page.locator('table.type-readings tr', { hasText: 'Tel call' });
        const readAs = await telCall.locator('td').nth(2).textContent();
        expect(readAs).toContain('Telephone contact');
        expect(readAs).toContain('from the type column (‘Tel call’)');
        expect(await telCall.locator('select').inputValue()).toBe('');
        await types.first().scrollIntoViewIfNeeded();
        await screenshot(page, 'e2e-01b-type-readings');
        // The picker corrects the reading and fills the type map.
        const picker = page.locator('tr', { hasText: 'Payment received' }).locator('select');
        await picker.selectOption('housing');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('table.preview tbody tr')].some(
            (tr) =>
              tr.textContent?.includes('Payment received') && tr.textContent.includes('housing'),
          ),
        );
      }
      await page.click('button:has-text("Store version 1")');
      await page.locator(`h2:has-text("Stored version 1 of ${agency}")`).waitFor();
    }
    await screenshot(page, 'e2e-02-upload-stored');
  });

  it('shows every row error with its row and column, and stores nothing', async () => {
    await checkFile('Bad Dates Agency', 'other', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Date,Description\n01/06/2018,Fine\n31/02/2019,Impossible date\n'),
    });
    await page.locator('h2:has-text("Nothing was stored")').waitFor();
    const issue = page.locator('table[aria-label="Row errors"] tbody tr').first();
    const cells = await issue.locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('Date');
    expect(cells[2]).toContain('31/02/2019');
    await screenshot(page, 'e2e-03-upload-rejected');
    await page.goto(reviewUrl);
    await page.locator('table.grid tbody tr').first().waitFor();
    expect(await textOf('main')).not.toContain('Bad Dates Agency');
  });

  it('reads an upload’s warnings back on the overview', async () => {
    await page.goto(reviewUrl);
    const housing = page.locator('tbody.agency-group', { hasText: 'Powys County Council Housing' });
    await housing.locator('button[aria-expanded="false"]').click();
    const warnings = page.locator('table[aria-label="Warnings of this upload"]');
    await warnings.waitFor();
    // The housing file's first row is dated before the review period, on purpose.
    expect(await warnings.textContent()).toContain('outside the review period');
  });

  it('merges them into one timeline with four lanes and the gap flags', async () => {
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator('.timeline .vis-label .lane-name').first().waitFor();
    const lanes = await page
      .locator('.timeline .vis-label:not(.lane-gaps) .lane-name')
      .allTextContents();
    expect(lanes.sort()).toEqual(AGENCIES.map((a) => a.agency).sort());
    // The first window is the review period and a week either side.
    const events = await storedEvents();
    const inView = events.filter(
      (e) => e.date.latest >= '2018-05-13' && e.date.earliest <= '2019-05-27',
    );
    // The status line and the gap lanes follow the events and the gaps as they load: poll,
    // so a slow machine does not read them before they arrive.
    await expect.poll(() => textOf('.toolbar-status')).toContain(`${inView.length} events in view`);
    // Gap flags: one lane per rule on the timeline, and the list beside it.
    await page.locator('.timeline .vis-label.lane-gaps').first().waitFor();
    await page.locator('.timeline .vis-item.gap').first().waitFor();
    expect(await page.locator('.timeline .vis-label.lane-gaps').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline .vis-item.gap').count()).toBeGreaterThan(0);
    const gapTab = await textOf('.side-tab:has-text("Gap flags")');
    expect(Number(/\((\d+)\)/.exec(gapTab)?.[1])).toBeGreaterThan(0);
    const decision = page.locator('.gap-card[data-expected="true"]').first();
    await decision.waitFor();
    await screenshot(page, 'e2e-04-timeline');
    await decision.click();
    // The flag and both of its events are highlighted, and the window moves to them.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.timeline .vis-item.vis-selected:not(.vis-dot):not(.gap)')
          .length === 2 &&
        document.querySelectorAll('.timeline .vis-item.gap.vis-selected').length === 1,
    );
    const [start, end] = [
      await decision.getAttribute('data-start'),
      await decision.getAttribute('data-end'),
    ];
    await page.waitForURL((url) => {
      const [from, to] = (url.searchParams.get('window') ?? '').split('..');
      return !!from && !!to && from <= (start as string) && to >= (end as string);
    });
    await screenshot(page, 'e2e-05-gap-selected');
  });

  it('says what a week of the overview strip counts as the pointer rests on it, as the API counts it', async () => {
    const id = reviewUrl.split('/').pop() as string;
    const weeks = await apiGet<{ weekStarts: number[]; all: { certain: number[] } }>(
      page,
      `/api/reviews/${id}/timeline/weeks?measure=contacts`,
    );
    const busiest = weeks.all.certain.indexOf(Math.max(...weeks.all.certain));
    const svg = page.locator('.strip-svg');
    await svg.waitFor();
    // The heat map is drawn as a few paths, not an element per agency per week.
    expect(await svg.locator('path').count()).toBeLessThan(30);
    const box = (await svg.boundingBox())!;
    const x = ((busiest + 0.5) / weeks.weekStarts.length) * box.width;
    await svg.hover({ position: { x, y: 5 } });
    const tip = page.locator('.strip-tip');
    expect(await tip.textContent()).toMatch(
      new RegExp(`^All agencies, week of .+: ${weeks.all.certain[busiest]} contacts`),
    );
    // The second row is the first agency's lane.
    await svg.hover({ position: { x, y: 18 } });
    expect(await tip.textContent()).not.toMatch(/^All agencies/);
    await screenshot(page, 'e2e-05b-strip-week');
    // At the strip's last week the readout opens inwards, and stays within the page.
    await svg.hover({ position: { x: box.width - 2, y: 5 } });
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
  });

  it('filters by agency: the URL, the lanes, the table and the link all follow', async () => {
    const events = await storedEvents();
    const police = events.filter((e) => e.agency === 'Dyfed-Powys Police').length;
    const summary = `${police} of ${events.length} events`;
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator('.chip[data-agency="Dyfed-Powys Police"]').click();
    await page.waitForURL(/agency=Dyfed-Powys\+Police/);
    await page.waitForFunction(
      (n) =>
        document.querySelector('.toolbar-status')?.textContent?.includes(`${n} events in view`),
      police,
    );
    expect(await textOf('.filter-summary')).toBe(summary);
    expect(await page.locator(EVENT_ITEMS).count()).toBe(police);
    const lanes = await page
      .locator('.timeline .vis-label:not(.lane-gaps) .lane-name')
      .allTextContents();
    expect(lanes).toEqual(['Dyfed-Powys Police']);
    const agencies = await page.locator('.chronology tbody tr.row td.c-agency').allTextContents();
    expect(new Set(agencies.map((a) => a.trim()))).toEqual(new Set(['Dyfed-Powys Police']));
    await screenshot(page, 'e2e-06-filtered');
    // The link reopens the same view.
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('.chip[data-agency="Dyfed-Powys Police"][aria-pressed="true"]').waitFor();
    expect(await textOf('.filter-summary')).toBe(summary);
  });

  it('opens an event with its provenance: agency, file, version, row and raw cells', async () => {
    const marf = page.locator('.chronology tbody tr.row:has(td.c-type:has-text("MARF"))').first();
    const eventId = await marf.getAttribute('data-event-id');
    expect(eventId).toMatch(/\S/);
    await marf.click();
    const detail = page.locator('[data-testid=event-detail]');
    await detail.locator('table.raw-cells').waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Dyfed-Powys Police');
    expect(text).toContain('police.csv');
    expect(text).toMatch(/Row\s*11/);
    const raw = await detail.locator('table.raw-cells th').allTextContents();
    expect(raw).toContain('Occurrence Ref');
    // The link names the event opened, so it reopens this one.
    expect(new URL(page.url()).searchParams.get('event')).toBe(eventId);
    await screenshot(page, 'e2e-07-provenance');
  });

  it('moves between events with the keyboard and opens one with Enter', async () => {
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator('.timeline .vis-item.vis-point').first().waitFor();
    await page.focus('[data-testid=timeline]');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=event-detail]');
    await detail.waitFor();
    // The second event in time order of the whole merged timeline (the first is housing's 12.03.18).
    // In the house form; the date as the police wrote it is one step away, in the detail.
    expect(await detail.locator('.detail-when').textContent()).toContain('4 Jun 2018');
    expect(await detail.textContent()).toContain('04.06.18');
    expect(await page.locator('.chronology tr.row-selected').count()).toBe(1);
  });

  it('shows the table’s rows with their full text, fetched from the API for the rows in view', async () => {
    const id = reviewUrl.split('/').pop() as string;
    const full = (
      await apiGet<{ events: { id: string; description: string | null }[] }>(
        page,
        `/api/reviews/${id}/events?limit=1000`,
      )
    ).events;
    // A description longer than the feed's label (120 characters), so the row cannot be showing it.
    const long = full.find((e) => (e.description ?? '').length > 140)!;
    expect(long).toBeDefined();
    const rowRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/events\?.*\bid=/.test(r.url())) rowRequests.push(r.url());
    });
    await page.goto(`${reviewUrl}/timeline?event=${encodeURIComponent(long.id)}`);
    const row = page.locator(`.chronology tbody tr.row[data-event-id="${long.id}"] td.c-desc`);
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('.chronology tbody tr.row td.c-desc')].some(
          (td) => td.textContent === text,
        ),
      long.description,
    );
    expect(await row.textContent()).toBe(long.description);
    // Every row in view shows its record's description, not the label.
    await page.waitForFunction(() => !document.querySelector('.chronology td.c-pending'));
    const byId = new Map(full.map((e) => [e.id, e.description ?? '']));
    const shown = await page
      .locator('.chronology tbody tr.row')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-event-id'), r.querySelector('.c-desc')?.textContent]),
      );
    expect(shown.length).toBeGreaterThan(5);
    for (const [eventId, text] of shown) expect(text).toBe(byId.get(eventId as string));
    // In pages: a review of this size is one or two requests, not one per row.
    expect(rowRequests.length).toBeGreaterThan(0);
    expect(rowRequests.length).toBeLessThanOrEqual(3);
  });

  it('searches on the server: the rows shown are the API’s own search result', async () => {
    const id = reviewUrl.split('/').pop() as string;
    const expected = (
      await apiGet<{ events: { id: string }[] }>(
        page,
        `/api/reviews/${id}/events?q=cannabis&limit=1000`,
      )
    ).events.map((e) => e.id);
    expect(expected.length).toBeGreaterThan(1);
    await page.goto(`${reviewUrl}/timeline`);
    await page.locator('.chronology tbody tr.row').first().waitFor();
    const asked = page.waitForRequest((r) => /\/timeline\/feed\?.*q=cannabis/.test(r.url()));
    await page.fill('input[name=q]', 'cannabis');
    await asked;
    await page.waitForURL(/q=cannabis/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.chronology tbody tr.row').length === n,
      expected.length,
    );
    const rows = await page
      .locator('.chronology tbody tr.row')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
    expect(rows).toEqual(expected);
    expect(await textOf('.filter-summary')).toContain(`${expected.length} of `);
  });

  it('shows uploaded markup as text and runs none of it', async () => {
    await page.goto(`${reviewUrl}/upload`);
    await checkFile(XSS_AGENCY, 'other', {
      name: 'markup.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Date,Event type,Description\n01/06/2018,<script>alert(3)</script>,${XSS_DESCRIPTION}\n`,
      ),
    });
    await page.locator('h2:has-text("ready to store")').waitFor();
    expect(await textOf('table.preview tbody tr')).toContain(XSS_DESCRIPTION);
    await page.click('button:has-text("Store version 1")');
    await page.locator('h2:has-text("Stored version 1")').waitFor();

    await page.goto(
      `${reviewUrl}/timeline?window=2018-05-25..2018-06-10&agency=${encodeURIComponent(XSS_AGENCY)}`,
    );
    const row = page.locator('.chronology tbody tr.row').first();
    // The description comes with the row's full record (the feed has none): wait for it, and
    // the timeline, sharing the records, has it for the tooltip then too.
    await row.locator('td.c-desc:not(.c-pending)').waitFor();
    expect(await row.locator('td.c-desc').textContent()).toBe(XSS_DESCRIPTION);
    const item = page.locator(EVENT_ITEMS).first();
    expect(await item.textContent()).toContain('<script>alert(3)</script>');
    const laneNames = await page.locator('.timeline .vis-label .lane-name').allTextContents();
    expect(laneNames).toContain(XSS_AGENCY);
    await item.hover();
    await page.locator('.vis-tooltip').waitFor();
    expect(await textOf('.vis-tooltip')).toContain(XSS_DESCRIPTION);
    await row.click();
    await page.locator('[data-testid=event-detail] table.raw-cells').waitFor();
    expect(await textOf('[data-testid=event-detail]')).toContain(XSS_DESCRIPTION);
    await screenshot(page, 'e2e-08-markup-as-text');

    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // Markup that ran would raise its alert from an image's error handler. Wait until every image
    // in the page has finished loading or failing, the moment such a handler would have run; an
    // alert blocks the page until the dialog handler dismisses it, so once this evaluate returns
    // any alert has already been recorded in `dialogs`.
    const images = await page.evaluate(() =>
      Promise.all(
        Array.from(document.images, (img) =>
          img.complete
            ? img.src
            : new Promise<string>((done) => {
                img.addEventListener('load', () => done(img.src));
                img.addEventListener('error', () => done(img.src));
              }),
        ),
      ),
    );
    expect(images.filter((src) => /\/x$/.test(src))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('gap rules and duplicates', () => {
  it('shows the server’s validation message for a bad rule, and saves a good one', async () => {
    await page.goto(`${reviewUrl}/rules`);
    const editor = page.locator('#rule-json');
    await page.waitForFunction(
      () => (document.querySelector('#rule-json') as HTMLTextAreaElement | null)?.value,
    );
    const rule = JSON.parse(await editor.inputValue());
    await editor.fill(JSON.stringify({ ...rule, within: { ...rule.within, amount: 0 } }, null, 2));
    await page.click('button:has-text("Save rule")');
    const error = page.locator('.rule-editor .note-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/amount/);
    await editor.fill(
      JSON.stringify(
        { ...rule, within: { ...rule.within, amount: rule.within.amount + 1 } },
        null,
        2,
      ),
    );
    await page.click('button:has-text("Save rule")');
    await page.locator('.rule-editor .note-ok').waitFor();
    await screenshot(page, 'e2e-09-rules');
  });

  it('confirms a suggested duplicate pair as the same incident, and undoes it', async () => {
    await page.goto(`${reviewUrl}/duplicates`);
    const pair = page.locator('li.pair').first();
    await pair.waitFor();
    await pair.locator('button:has-text("Same incident")').click();
    await pair.locator('.tag:has-text("Marked: Same incident")').waitFor();
    await screenshot(page, 'e2e-10-duplicates');
    await pair.locator('button:has-text("Undo")').click();
    await pair.locator('button:has-text("Same incident")').waitFor();
    expect(dialogs).toEqual([]);
  });

  it('lists who did what in the review’s audit log, as text', async () => {
    await page.goto(`${reviewUrl}/audit`);
    const log = page.locator('table[aria-label="Audit log"]');
    await log.waitFor();
    const actions = await log
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toContain('submission.uploaded');
    expect(actions).toContain('rule.changed');
    expect(actions).toContain('link.created');
    const added = log.locator('tbody tr[data-action="member.added"]');
    expect(await added.locator('td').nth(1).textContent()).toContain(E2E_ADMIN.email);
    expect(await added.locator('.audit-target').textContent()).toBe(
      'Demo Reviewer (reviewer@demo.tapestry)',
    );
    expect(await added.locator('.audit-detail').textContent()).toBe('role: reviewer');
    await screenshot(page, 'e2e-11-audit');
  });
});
