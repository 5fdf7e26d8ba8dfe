import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, type ApiSession, reviewWithMembers } from './support/api';
import { ARTIFACTS, openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN, PROJECT_ROOT } from './support/server';
import type { FuzzyDateDto } from '../../server/contract/events';
import { houseDate } from '../../server/contract/house-date';
import { readWordAnnex } from '../support/word-annex';

// The panel walk-through (issue #6) on a review of its own on the shared server: the four demo
// chronologies and a fifth that names the mother. The reviewer marks records and an episode,
// sets the people glossary and chairs a meeting; the panel member follows in a second browser.

const baseUrl = inject('demoServerUrl');
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
/**
 * A family centre's chronology that names people, as real ones do: a glossary name in every
 * column the anonymised view redacts (type text, team, practitioner, people, description,
 * outcome, analysis, source reference) and in a column no field reads (a raw cell, under a
 * header that names her). "sets the people glossary" reads each on the panel member's screen;
 * planting the removal of any one from EVENT_TEXT_FIELDS, or of the raw cells' redaction,
 * fails it (docs/testing.md, "Planted bugs").
 */
const NAMES = /Bronwen|Prydderch/i;
const FAMILY_CENTRE = [
  'Date,Type,Team,Practitioner,Description,Outcome,Analysis,People,Source Ref,Seen by Bronwen',
  '12/03/2019,Office visit with Bronwen,Prydderch Family Team,Bronwen Prydderch (aunt),"Bronwen Prydderch brought the Infant to the family centre. Bronwen said she was not sleeping.","=SUM(1,2) sessions offered to Ms Prydderch",Bronwen needed more support at home,Bronwen Prydderch; Infant,FC-001 Prydderch,Bronwen alone',
  '02/04/2019,Phone call,,,"Ms Prydderch cancelled the session by phone.",Rebooked,,Bronwen Prydderch,FC-002,',
].join('\n');
/** The family centre's columns, named: the test is about redaction, not recognition. */
const FAMILY_CENTRE_MAPPING = JSON.stringify({
  date: 'Date',
  type: 'Type',
  team: 'Team',
  practitioner: 'Practitioner',
  description: 'Description',
  outcome: 'Outcome',
  analysis: 'Analysis',
  subjects: 'People',
  sourceRef: 'Source Ref',
  ...Object.fromEntries(
    ['time', 'endDate', 'endTime', 'agency', 'childSeen', 'seenAlone'].map((f) => [f, null]),
  ),
});
const FORMULA_NOTE = '=SUM(1,2) counts the sessions Bronwen was offered';

let reviewer: BrowserSession;
let panel: BrowserSession;
let api: ApiSession;
let reviewId = '';
let reviewUrl = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  // An administrator makes the review and adds the demo reviewer and panel member.
  reviewId = await reviewWithMembers(
    baseUrl,
    E2E_ADMIN,
    { reference: 'WALK 1/2026', title: 'Walk-through browser test', jurisdiction: 'wales' },
    { [DEMO_ACCOUNTS.reviewer]: 'reviewer', [DEMO_ACCOUNTS.panel]: 'panel' },
  );
  reviewUrl = `${baseUrl}/reviews/${reviewId}`;
  api = await apiSession(baseUrl, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD);
  for (const a of AGENCIES) {
    await api.upload(
      reviewId,
      { agency: a.agency, agencyKind: a.kind },
      {
        name: a.file,
        content: fs.readFileSync(path.join(DEMO, a.file)),
      },
    );
  }
  await api.upload(
    reviewId,
    { agency: 'Newtown Family Centre', agencyKind: 'voluntary', mapping: FAMILY_CENTRE_MAPPING },
    {
      name: 'family-centre.csv',
      content: FAMILY_CENTRE,
    },
  );

  [reviewer, panel] = await Promise.all([openBrowser(), openBrowser()]);
  for (const session of [reviewer, panel]) {
    session.page.setDefaultTimeout(10_000);
    session.page.on('pageerror', (error) => pageErrors.push(error.message));
  }
  await Promise.all([
    openAs(reviewer, `${reviewUrl}/timeline`, DEMO_ACCOUNTS.reviewer, DEMO_PASSWORD),
    openAs(panel, reviewUrl, DEMO_ACCOUNTS.panel, DEMO_PASSWORD),
  ]);
});

afterAll(async () => {
  await Promise.all([reviewer?.close(), panel?.close()]);
});

/**
 * Opens an event's details on the timeline page: searches for words of it (the table only holds
 * the rows in view), then picks its row. The page stays the same, so a pending episode start
 * stays pending.
 */
async function openRow(page: Page, search: string, text = search) {
  await page.fill('input[name=q]', search);
  // The filter bar writes the search to the address after a pause; wait for it.
  await page.waitForURL((url) => url.searchParams.get('q') === search);
  const row = page.locator('.chronology tbody tr.row', { hasText: text }).first();
  await row.click();
  await page.locator('[data-testid=event-notes]').waitFor();
  await page.fill('input[name=q]', '');
  await page.waitForURL((url) => !url.searchParams.get('q'));
}

async function eventsOf(query = '') {
  return (
    await api.get<{ events: { id: string; date: FuzzyDateDto; description: string }[] }>(
      `/api/reviews/${reviewId}/events?limit=1000&facets=false${query}`,
    )
  ).events;
}

/** How long a chair's step may take to reach a follower: pushed, not asked for (MEETING_POLL_MS). */
const FOLLOW_LIMIT_MS = 5_000;

describe('the walk-through', () => {
  it('marks records and a key practice episode from the timeline; the Notes page lists them', async () => {
    const page = reviewer.page;
    await page.locator('.chronology tbody tr.row').first().waitFor();

    // A note whose text a spreadsheet would run as a formula, on the family centre's visit.
    await openRow(page, 'family centre', 'brought the Infant to the family centre');
    await page.locator('.mark-as button', { hasText: 'Key event' }).click();
    await page.fill('.note-form textarea[name=text]', FORMULA_NOTE);
    await page.fill('.note-form input[name=themes]', 'voice of the child');
    await page.click('.note-form button[type=submit]');
    await page.locator('.event-notes .note-card', { hasText: '=SUM(1,2)' }).waitFor();

    // An episode: the MARF actioned in January to the 17 April incident.
    await openRow(page, 'MARF completed for unborn child');
    await page.click('button:has-text("Start episode here")');
    await page.locator('.episode-pending', { hasText: 'starts here' }).waitFor();
    await openRow(page, 'Father phoned PA');
    await page.click('button:has-text("End episode here")');
    await page.fill('.episode-form input[name=title]', 'The unacknowledged MARF');
    await page.check('.episode-form input[name=assessment][value=problematic]');
    await page.fill(
      '.episode-form textarea[name=factors]',
      'No system to chase a MARF\nNo strategy discussion',
    );
    await page.fill('.episode-form input[name=themes]', 'information sharing');
    await page.click('.episode-form button[type=submit]');
    await page
      .locator('.event-notes [data-testid=episode-badge]', { hasText: 'The unacknowledged MARF' })
      .waitFor();
    // "Key events only" keeps the marked records, in the URL like every filter; each has its
    // marker in the table and on the timeline.
    await page.check('input[name=annotated]');
    await expect.poll(() => new URL(page.url()).searchParams.get('annotated')).toBe('true');
    await expect.poll(() => page.locator('.chronology tbody tr.row').count()).toBe(3);
    expect(await page.locator('.chronology tr.row-noted .note-mark').count()).toBe(3);
    await page.locator('.timeline .vis-item.noted').first().waitFor();
    await screenshot(page, 'e2e-40-timeline-notes');
    await page.uncheck('input[name=annotated]');

    await page.locator('a.tab:has-text("Notes")').click();
    await page.locator('.episode-card', { hasText: 'The unacknowledged MARF' }).waitFor();
    expect(await page.locator('.note-row[data-status=attached]').count()).toBe(1);
    expect(await page.locator('h2:has-text("Orphaned (0)")').count()).toBe(1);
    await screenshot(page, 'e2e-41-notes-page');
  });

  it('sets the people glossary; the panel member sees labels, never names', async () => {
    const page = reviewer.page;
    await page.locator('a.tab:has-text("People")').click();
    const form = page.locator('form[aria-label="People glossary"]');
    await form.waitFor();
    await form.locator('button:has-text("Add a person")').click();
    await form.locator('input[name=label]').last().fill('Mother');
    await form
      .locator('input[name=names]')
      .last()
      .fill('Bronwen Prydderch, Bronwen, Ms Prydderch, Prydderch');
    await form.locator('button[type=submit]').click();
    await page.locator('.note-ok:has-text("Saved")').waitFor();
    await screenshot(page, 'e2e-42-glossary');

    // The reviewer's switch: labels by default, names on asking.
    await page.locator('a.tab:has-text("Timeline")').click();
    await openRow(page, 'family centre', 'Newtown Family Centre');
    expect(await page.locator('[data-testid=event-detail]').textContent()).not.toMatch(NAMES);
    await page.click('[data-testid=view-toggle]');
    await page
      .locator('.chronology tbody tr.row', { hasText: 'Bronwen Prydderch brought' })
      .waitFor();
    await page.click('[data-testid=view-toggle]');
    await page.locator('.chronology tbody tr.row', { hasText: 'Mother brought' }).waitFor();

    // The panel member has no switch; the timeline and the walk-through read "Mother".
    const p = panel.page;
    await p.goto(`${reviewUrl}/timeline?agency=Newtown+Family+Centre`);
    await p.locator('.chronology tbody tr.row', { hasText: 'Mother brought' }).waitFor();
    expect(await p.locator('[data-testid=view-toggle]').count()).toBe(0);
    expect(await p.locator('main').textContent()).not.toMatch(NAMES);
    // Every redacted column of the visit, on the panel member's screen: the label, never a name.
    await p.locator('.chronology tbody tr.row', { hasText: 'Mother brought' }).click();
    const detail = p.locator('[data-testid=event-detail]');
    await detail.locator('.raw-cells', { hasText: 'Mother alone' }).waitFor();
    const shown = (await detail.innerText()).replace(/\s+/g, ' ');
    for (const standIn of [
      'Office visit with Mother', // type text
      'Mother Family Team', // team
      'Mother (aunt)', // practitioner
      'Mother said she was not sleeping', // description
      'sessions offered to Mother', // outcome
      'Mother needed more support at home', // analysis
      'FC-001 Mother', // source reference
      'Seen by Mother', // a raw cell's header
    ]) {
      expect(shown).toContain(standIn);
    }
    expect(shown).not.toMatch(NAMES);
    expect(await p.locator('main').textContent()).not.toMatch(NAMES);
    await p.goto(`${reviewUrl}/present?theme=voice+of+the+child`);
    await p.locator('form[aria-label="Start walk-through"]').waitFor();
    await p.locator('[data-testid=setup-count]', { hasText: '1 event' }).waitFor();
    await p.click('button:has-text("Start walk-through")');
    await p
      .locator('[data-testid=present-description]', { hasText: 'Mother brought the Infant' })
      .waitFor();
    const text = (await p.locator('[data-testid=present]').textContent()) ?? '';
    expect(text).toContain('=SUM(1,2) counts the sessions Mother was offered');
    expect(text).not.toMatch(NAMES);
    await screenshot(p, 'e2e-43-panel-presentation-labels');
  });

  it('shows a key practice episode on the events it spans in the walk-through', async () => {
    const p = panel.page;
    const marf = (await eventsOf()).find((e) =>
      e.description?.includes('MARF completed for unborn child'),
    )!;
    await p.goto(`${reviewUrl}/present?event=${marf.id}`);
    await p.locator('[data-testid=present-event]').waitFor();
    const badge = p.locator('[data-testid=present-notes] [data-testid=episode-badge]');
    await expect.poll(() => badge.first().textContent()).toContain('The unacknowledged MARF');
    expect(await badge.first().textContent()).toContain('starts here');
    // One step on, inside the span.
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => badge.first().textContent()).toContain('this record is inside it');
    expect(await p.locator('.pstrip-episode').count()).toBe(1);
  });

  it('loads the sequence from the slim feed and shows each record on stage as the API returns it', async () => {
    const p = panel.page;
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
    p.on('request', onRequest);
    try {
      await p.goto(`${reviewUrl}/present`);
      await p.locator('form[aria-label="Start walk-through"]').waitFor();
      await p.click('button:has-text("Start walk-through")');
      const all = await eventsOf();
      for (let i = 0; i < 4; i++) {
        await p
          .locator('[data-testid=present-count]', { hasText: `${i + 1} of ${all.length}` })
          .waitFor();
        await p.locator('[data-testid=present-event]').waitFor();
        const id = await p.locator('.stage').getAttribute('data-event-id');
        // The record as the panel member's browser gets it from the API (their view).
        const record = await p.evaluate(
          async (url) => (await (await fetch(url)).json()) as Record<string, unknown>,
          `/api/reviews/${reviewId}/events/${id}`,
        );
        expect(id).toBe(all[i]!.id);
        // In the house form, with the date as the agency wrote it one step away.
        const date = record.date as FuzzyDateDto;
        const shown = p.locator('[data-testid=present-date]');
        expect(await shown.textContent()).toBe(houseDate(date));
        expect(await shown.getAttribute('title')).toBe(`As written: ${date.text}`);
        expect(await p.locator('[data-testid=present-description]').textContent()).toBe(
          record.description ?? '(no description)',
        );
        const outcome = p.locator('[data-testid=present-outcome]');
        expect((await outcome.count()) > 0 ? await outcome.textContent() : null).toBe(
          record.outcome || null,
        );
        await p.keyboard.press('ArrowRight');
      }
    } finally {
      p.off('request', onRequest);
    }
    const reviewApi = `/api/reviews/${reviewId}`;
    expect(asked).toContain(`${reviewApi}/timeline/feed`);
    // No list of full records: each one on stage is fetched by itself.
    expect(asked.filter((path) => path === `${reviewApi}/events`)).toEqual([]);
  });

  // Each step must be pushed to the follower (the stream), not found later: 5 s is above what a
  // push takes on a loaded machine and below the 10 s in which a page would find the meeting by
  // asking. How fast a push is (under a second on a quiet run) is printed, not asserted: speed
  // is for benchmarks (docs/testing.md); this bound once failed a run under CI's load at 1 s.
  it('follows the chair: each step is pushed to the panel member’s screen', async () => {
    const page = reviewer.page;
    await page.goto(`${reviewUrl}/present?flagged=true`);
    await page.locator('form[aria-label="Start walk-through"]').waitFor();
    await page.fill('input[name=title]', 'Panel meeting 2');
    await page.click('button:has-text("Start meeting")');
    await page.locator('[data-testid=present][data-role=chair]').waitFor();

    // The panel member's pages offer to join (on load, then every ten seconds).
    const p = panel.page;
    await p.goto(`${reviewUrl}/notes`);
    await p.locator('[data-testid=meeting-banner]', { hasText: 'Panel meeting 2' }).waitFor();
    await p.locator('[data-testid=meeting-banner] a:has-text("Join")').click();
    await p.locator('[data-testid=present][data-role=follower]').waitFor();
    const chairFirst = await page.locator('[data-testid=present-description]').textContent();
    await p.locator('[data-testid=present-description]', { hasText: chairFirst ?? '' }).waitFor();

    const flagged = await panel.page.evaluate(
      async (url) => (await (await fetch(url)).json()).events,
      `/api/reviews/${reviewId}/events?flagged=true&limit=1000&facets=false`,
    );
    const latencies: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const expected = flagged[i] as { date: FuzzyDateDto; description: string };
      const start = Date.now();
      await page.keyboard.press('ArrowRight');
      await p
        .waitForFunction(
          ({ date, description }) =>
            document.querySelector('[data-testid=present-date]')?.textContent === date &&
            document.querySelector('[data-testid=present-description]')?.textContent ===
              description,
          { date: houseDate(expected.date), description: expected.description },
          // Polled on a timer, not on animation frames: a page that is not painting (the
          // browser's other window) gets no frames, and its check would wait for one.
          { polling: 20, timeout: FOLLOW_LIMIT_MS },
        )
        .catch(async (error: Error) => {
          // Say what each screen showed, so a failure in CI can be read without a re-run.
          const seen = async (which: Page) =>
            JSON.stringify(
              await which.evaluate(() => ({
                ...Object.fromEntries(
                  ['present-status', 'present-count', 'present-date', 'present-description'].map(
                    (id) => [id, document.querySelector(`[data-testid=${id}]`)?.textContent],
                  ),
                ),
                notice: document.querySelector('.present-notice')?.textContent,
                focus: document.activeElement?.outerHTML.slice(0, 80),
              })),
            );
          throw new Error(
            `step ${i}: ${error.message}\nexpected ${houseDate(expected.date)} ${expected.description}` +
              `\nchair: ${await seen(page)}\nfollower: ${await seen(p)}`,
          );
        });
      latencies.push(Date.now() - start);
    }
    console.log(
      `follower latency per step (ms): ${latencies.join(', ')}; max ${Math.max(...latencies)}`,
    );
    await screenshot(page, 'e2e-44-presentation-chair');
    await screenshot(p, 'e2e-45-presentation-follower');

    // Stepping away keeps the chair's moves without applying them; re-joining applies them.
    await p.click('[data-testid=step-away]');
    await p.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await p.locator('[data-testid=present-status]', { hasText: 'the chair is on 5 of' }).waitFor();
    expect(await p.locator('[data-testid=present-description]').textContent()).toBe(
      flagged[2].description,
    );
    await p.click('[data-testid=rejoin]');
    await p
      .locator('[data-testid=present-description]', { hasText: flagged[4].description })
      .waitFor();

    await page.click('[data-testid=end-meeting]');
    await p.locator('[data-testid=meeting-ended]').waitFor();
    expect(await p.locator('[data-testid=meeting-ended]').textContent()).toContain(
      'The meeting has ended',
    );
  });

  it('exports the annex as XLSX from the browser: labels for names, formulas escaped', async () => {
    const page = reviewer.page;
    await page.goto(`${reviewUrl}/notes`);
    await page.locator('[data-testid=annex-menu]').click();
    await page.check('input[name=annex-rows][value=key]');
    await page.check('input[name=annex-format][value=xlsx]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=annex-download]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/anonymised\.xlsx$/);
    const file = path.join(ARTIFACTS, 'e2e-annex.xlsx');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    const header = rows[0]!;
    const column = (name: string) => header.indexOf(name);
    // The header and the key events: the noted visit and the episode's two ends.
    expect(rows).toHaveLength(4);
    const all = rows.flat().join('\n');
    expect(all).not.toMatch(NAMES);
    expect(all).toContain('Mother brought the Infant to the family centre');
    const visit = rows.find((r) => r[column('What happened')]?.includes('family centre'))!;
    // A cell that begins with "=" is written as text with a quote in front, never a formula.
    expect(visit[column('Outcome')]).toBe("'=SUM(1,2) sessions offered to Mother");
    const notes = visit[column('Review notes')]!;
    expect(notes).toContain('=SUM(1,2) counts the sessions Mother was offered');
    expect(notes.startsWith('=')).toBe(false);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(String(cell.value ?? '')).not.toMatch(/^[=+\-@]/);
      }),
    );
  });

  it('exports the annex as a Word table from the browser, dates in one form and as written', async () => {
    const page = reviewer.page;
    await page.goto(`${reviewUrl}/notes`);
    await page.locator('[data-testid=annex-menu]').click();
    await page.check('input[name=annex-rows][value=key]');
    await page.check('input[name=annex-dates][value=as-written]');
    await page.check('input[name=annex-format][value=docx]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=annex-download]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/anonymised\.docx$/);
    const file = path.join(ARTIFACTS, 'e2e-annex.docx');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);

    const annex = await readWordAnnex(fs.readFileSync(file));
    const [head, ...rows] = annex.rows;
    expect(head!.repeatsAsHeader).toBe(true);
    expect(head!.cells.slice(0, 3)).toEqual(['Date', 'Date as written', 'Time']);
    // The header and the key events: the noted visit and the episode's two ends.
    expect(rows).toHaveLength(3);
    const all = annex.rows.flatMap((r) => r.cells).join('\n');
    expect(all).not.toMatch(NAMES);
    const visit = rows.find((r) => r.cells.some((c) => c.includes('family centre')))!;
    // Word runs nothing: the text as written, with no quote in front.
    expect(visit.cells).toContain('=SUM(1,2) sessions offered to Mother');
    // Each date in the house form, beside the date as the agency wrote it.
    for (const row of rows) expect(row.cells[0]).toMatch(/^\??\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(annex.parts['word/header1.xml']).toContain('OFFICIAL-SENSITIVE');
  });

  it('prints the annex on A4 landscape with the reference and marking on every page', async () => {
    const page = reviewer.page;
    await page.goto(`${reviewUrl}/annex/print`);
    await page.locator('[data-testid=annex-print] table tbody tr').first().waitFor();
    expect(await page.locator('.topbar, nav.tabs').count()).toBe(0);
    expect(await page.locator('[data-testid=annex-marking]').textContent()).toBe(
      'OFFICIAL-SENSITIVE',
    );
    expect(await page.locator('[data-testid=annex-print]').textContent()).not.toMatch(NAMES);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'e2e-46-annex-print');
    expect(await page.locator('.annex-toolbar').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'e2e-annex.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
  });
  it('keeps notes through a re-upload: source changed (to re-attach) and orphaned, listed apart', async () => {
    const phoneCall = (await eventsOf()).find((e) =>
      e.description?.includes('cancelled the session'),
    )!;
    await api.request('POST', `/api/reviews/${reviewId}/annotations`, {
      eventId: phoneCall.id,
      kind: 'learning-point',
      text: 'Cancelled sessions were not followed up.',
    });
    // The family centre sends its chronology again: the visit reworded, the phone call gone.
    await api.upload(
      reviewId,
      { agency: 'Newtown Family Centre', agencyKind: 'voluntary' },
      {
        name: 'family-centre-v2.csv',
        content: [
          'Date,Type,Description,Outcome,People,Source Ref',
          '12/03/2019,Office visit,"Bronwen Prydderch brought the Infant to the family centre. She looked exhausted.",Sessions offered,Bronwen Prydderch; Infant,FC-001 Prydderch',
        ].join('\n'),
      },
    );
    const page = reviewer.page;
    await page.goto(`${reviewUrl}/notes`);
    const changed = page.locator('.note-row[data-status=source-changed]');
    await changed.waitFor();
    await page.locator('h2:has-text("Source changed (1)")').waitFor();
    // Beside the record as it now reads, the one the note was made on (a superseded version).
    await changed
      .locator('.record-original', { hasText: 'Mother said she was not sleeping' })
      .waitFor();
    expect(await changed.locator('.note-row-record').textContent()).toContain(
      'She looked exhausted',
    );
    const orphan = page.locator('.note-row[data-status=orphaned]');
    await orphan
      .locator('.record-original', { hasText: 'Mother cancelled the session by phone' })
      .waitFor();
    expect(await orphan.textContent()).toContain('Cancelled sessions were not followed up.');
    await screenshot(page, 'e2e-47-notes-changed-orphaned');

    await changed.locator('button:has-text("Re-attach")').click();
    await page.locator('h2:has-text("Source changed (0)")').waitFor();
    expect(await page.locator('.note-row[data-status=attached]').count()).toBe(1);
    expect(await page.locator('h2:has-text("Orphaned (1)")').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(NAMES);
    expect(pageErrors).toEqual([]);
  });
});
