import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reviewWithMembers } from './support/api';
import { apiGet, openAs, openBrowser, screenshot, type BrowserSession } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, E2E_ADMIN } from './support/server';

// Issue #10's promise, as an agency's data officer meets it: an Excel workbook with a title
// block above its header row and a Word chronology table, each with headers no synonym list
// held, are checked and stored through the upload screen with no column chosen by hand.

const baseUrl = inject('demoServerUrl');
let browser: BrowserSession;
let page: Page;
let reviewId = '';
const pageErrors: string[] = [];

/** A police export: a title block, then "Occurred On", "Incident Classification"… */
async function policeWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('Read me');
  notes.addRow(['This workbook was exported from the records system.']);
  const sheet = book.addWorksheet('Occurrences');
  sheet.addRow(['Gwent Police: occurrences for CSPR 4/2026']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['Exported 02/11/2026 by Disclosure Unit']);
  sheet.addRow([]);
  sheet.addRow([
    'Occurred On',
    'Incident Classification',
    'Narrative Log',
    'Officer Collar No',
    'Occurrence No.',
  ]);
  const rows: Array<[Date, string, string, string, string]> = [
    [
      new Date(Date.UTC(2019, 0, 7)),
      'Domestic incident - verbal',
      'Attended address after neighbour heard shouting. Infant present in the home.',
      'PC 4471',
      'GP/19/00112',
    ],
    [
      new Date(Date.UTC(2019, 1, 14, 22, 30)),
      'Intelligence log',
      'Information received regarding drug supply from the address.',
      'DC 2210',
      'GP/19/00387',
    ],
    [
      new Date(Date.UTC(2019, 3, 17)),
      'PPN submitted',
      'Public protection notice sent to MASH following assault; child present.',
      'PC 4471',
      'GP/19/01045',
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A health visiting chronology kept as a Word table continued over two pages. */
async function healthDocument(): Promise<Buffer> {
  const cell = (...lines: string[]) =>
    new TableCell({ children: lines.map((line) => new Paragraph(line)) });
  const header = new TableRow({
    tableHeader: true,
    children: ['Date Seen', 'Contact Reason', 'Consultation Notes', 'Clinician'].map((h) =>
      cell(h),
    ),
  });
  const body = [
    ['02/05/2019', 'Home visit', 'Infant weighed and well.', 'HV1'],
    [
      '13/05/2019',
      'Telephone contact',
      'Mother reports arguments at home.',
      'Advised to contact the GP.',
      'HV1',
    ],
  ];
  const table = new Table({
    rows: [
      header,
      ...body.map(
        (r) =>
          new TableRow({
            children:
              r.length === 4
                ? r.map((c) => cell(c))
                : [cell(r[0]!), cell(r[1]!), cell(r[2]!, r[3]!), cell(r[4]!)],
          }),
      ),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Individual Management Review: chronology of health visiting contacts'),
          table,
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

beforeAll(async () => {
  reviewId = await reviewWithMembers(
    baseUrl,
    E2E_ADMIN,
    { reference: 'OFFICE 1/2026', title: 'Excel and Word uploads', jurisdiction: 'england' },
    { [DEMO_ACCOUNTS.reviewer]: 'reviewer' },
  );
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openAs(
    browser,
    `${baseUrl}/reviews/${reviewId}/upload`,
    DEMO_ACCOUNTS.reviewer,
    DEMO_PASSWORD,
  );
});

afterAll(async () => {
  await browser?.close();
});

async function checkAndStore(
  agency: string,
  kind: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  await page.fill('input[name=agency]', agency);
  await page.selectOption('select[name=agencyKind]', kind);
  await page.setInputFiles('input[type=file]', file);
  await page.locator('h2:has-text("ready to store as version 1")').waitFor();
}

describe('Excel and Word chronologies through the upload screen', () => {
  it('stores a workbook with a title block and unfamiliar headers with no column chosen', async () => {
    await checkAndStore('Gwent Police', 'police', {
      name: 'occurrences.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await policeWorkbook(),
    });
    const preview = (await page.locator('table.preview').textContent()) ?? '';
    expect(preview).toContain('Public protection notice sent to MASH');
    await screenshot(page, 'e2e-office-01-xlsx-preview');
    await page.click('button:has-text("Store version 1")');
    await page.locator('h2:has-text("Stored version 1 of Gwent Police")').waitFor();
    const { events } = await apiGet<{ events: any[] }>(
      page,
      `/api/reviews/${reviewId}/events?agency=Gwent%20Police&limit=100`,
    );
    expect(events.map((e) => [e.date.earliest, e.type, e.sourceRef])).toEqual([
      ['2019-01-07', 'incident.domestic', 'GP/19/00112'],
      ['2019-02-14', 'intelligence', 'GP/19/00387'],
      ['2019-04-17', 'referral.sent', 'GP/19/01045'],
    ]);
    expect(events[1].time).toBe('22:30');
  });

  it('stores a Word chronology table, its cell paragraphs kept as lines', async () => {
    await checkAndStore('Aneurin Bevan Health Visiting', 'health', {
      name: 'imr-chronology.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await healthDocument(),
    });
    await screenshot(page, 'e2e-office-02-docx-preview');
    await page.click('button:has-text("Store version 1")');
    await page
      .locator('h2:has-text("Stored version 1 of Aneurin Bevan Health Visiting")')
      .waitFor();
    const { events } = await apiGet<{ events: any[] }>(
      page,
      `/api/reviews/${reviewId}/events?limit=100`,
    );
    const health = events.filter((e) => e.agency === 'Aneurin Bevan Health Visiting');
    expect(health.map((e) => [e.date.earliest, e.type, e.practitioner])).toEqual([
      ['2019-05-02', 'contact.home-visit', 'HV1'],
      ['2019-05-13', 'contact.phone', 'HV1'],
    ]);
    expect(health[1].description).toBe(
      'Mother reports arguments at home.\nAdvised to contact the GP.',
    );
    expect(pageErrors).toEqual([]);
  });

  it('stores a report tool’s CSV: its title, guidance and footer said and left out', async () => {
    const csv = [
      'Case Note Report (Mosaic)',
      'Run by: disclosure.officer',
      '',
      'Note Date;Note Type;Recorded By;Case Note',
      '(dd/mm/yyyy);(from the list);(name);(facts only)',
      '="07/01/2019";Home visit;SW2;Visited mother and baby, baby seen asleep in the cot.',
      '="14/01/2019";Strategy discussion;TM1;Strategy discussion with police, health and school.',
      '',
      'Total records: 2',
      'End of report',
    ].join('\n');
    await checkAndStore('Gwent Children’s Services', 'children-services', {
      name: 'case-notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const warnings =
      (await page.locator('section:has(h2:has-text("Warnings"))').textContent()) ?? '';
    expect(warnings).toContain(
      'The header is on row 4: the 2 rows above it (“Case Note Report (Mosaic)”, …)',
    );
    expect(warnings).toContain('guidance for filling in the template');
    expect(warnings).toContain('row 9 (“Total records: 2”), row 10 (“End of report”)');
    await screenshot(page, 'e2e-office-03-report-csv-preview');
    await page.click('button:has-text("Store version 1")');
    await page.locator('h2:has-text("Stored version 1 of Gwent Children’s Services")').waitFor();
    const { events } = await apiGet<{ events: any[] }>(
      page,
      `/api/reviews/${reviewId}/events?limit=100`,
    );
    const notes = events.filter((e) => e.agency === 'Gwent Children’s Services');
    expect(notes.map((e) => [e.date.earliest, e.type, e.practitioner])).toEqual([
      ['2019-01-07', 'contact.home-visit', 'SW2'],
      ['2019-01-14', 'strategy', 'TM1'],
    ]);
    expect(pageErrors).toEqual([]);
  });
});
