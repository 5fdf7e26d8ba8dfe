import { describe, expect, it } from 'vitest';
import { columnWidths, toDocx, xmlText } from '../../server/annex/docx-writer';
import { annexColumns } from '../../server/annex/annex-rows';
import { readWordAnnex } from '../support/word-annex';

const columns = annexColumns({ dateAsWritten: true });
const row = (overrides: Record<string, string | null>) => ({
  date: '17 Apr 2019',
  dateAsWritten: '17/04/2019',
  time: '22:15',
  agency: 'Dyfed-Powys Police',
  type: 'Domestic incident',
  people: 'Mother; Father',
  practitionerTeam: 'PC 123, Response',
  description: 'Serious domestic abuse.',
  outcome: null,
  reviewNotes: null,
  themes: null,
  sourceRef: 'DPP-0417',
  ...overrides,
});
const input = {
  columns,
  rows: [
    row({}),
    row({
      description: '=HYPERLINK("http://x","Mother") & <b>bold</b>',
      outcome: 'First line\nSecond line',
      reviewNotes: 'Bell\u0007 and \uD800lone surrogate',
    }),
  ],
  title: 'Child A',
  reference: 'CPR 3/2026',
  marking: 'OFFICIAL-SENSITIVE',
  created: new Date('2026-12-07T10:00:00Z'),
};

describe('the annex as a Word document', () => {
  it('is one table whose header row repeats on every page, read back as written', async () => {
    const annex = await readWordAnnex(toDocx(input));
    expect(annex.tables).toBe(1);
    const [head, first, second] = annex.rows;
    expect(head?.cells).toEqual(columns.map((c) => c.header));
    expect(head?.repeatsAsHeader).toBe(true);
    expect(first?.repeatsAsHeader).toBe(false);
    expect(first?.cells.slice(0, 4)).toEqual([
      '17 Apr 2019',
      '17/04/2019',
      '22:15',
      'Dyfed-Powys Police',
    ]);
    // Text as written: no quote in front (Word runs nothing), markup as text, lines kept.
    const at = (name: string) => columns.findIndex((c) => c.key === name);
    expect(second?.cells[at('description')]).toBe('=HYPERLINK("http://x","Mother") & <b>bold</b>');
    expect(second?.cells[at('outcome')]).toBe('First line\nSecond line');
    // Characters XML cannot hold are left out rather than making the file unreadable.
    expect(second?.cells[at('reviewNotes')]).toBe('Bell and lone surrogate');
    expect(annex.parts['word/document.xml']).not.toMatch(/fldSimple|instrText/);
  });

  it('writes the table’s properties in the order Word’s schema requires', async () => {
    const { parts } = await readWordAnnex(toDocx(input));
    const properties = /<w:tblPr>(.*?)<\/w:tblPr>/.exec(parts['word/document.xml']!)![1]!;
    const children = [...properties.matchAll(/<w:(\w+)[ />]/g)].map((m) => m[1]);
    // CT_TblPr: … tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook.
    const order = ['tblW', 'tblBorders', 'tblLayout', 'tblCellMar'];
    const top = children.filter((name) => order.includes(name!));
    expect(top).toEqual(order);
  });

  it('is A4 landscape with the reference, marking and page numbers on every page', async () => {
    const { parts } = await readWordAnnex(toDocx(input));
    expect(parts['word/document.xml']).toContain(
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    );
    const header = parts['word/header1.xml']!;
    expect(header).toContain('CPR 3/2026');
    expect(header).toContain('OFFICIAL-SENSITIVE');
    const footer = parts['word/footer1.xml']!;
    expect(footer).toContain('OFFICIAL-SENSITIVE');
    expect(footer).toContain('w:instr=" PAGE "');
    expect(footer).toContain('w:instr=" NUMPAGES "');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Tapestry</dc:creator>');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Child A</dc:title>');
  });

  it('escapes what XML would read as markup', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('tab\there\nline')).toBe('tab\there\nline');
    expect(xmlText('\u0000\u001F\uFFFE😀')).toBe('😀');
  });
});

describe('the Word annex’s columns', () => {
  it('fill the page, none narrower than a date or a time needs', () => {
    const widths = columnWidths(columns);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(16_838 - 2 * 567);
    expect(total).toBeGreaterThan(16_838 - 2 * 567 - columns.length);
    const of = (key: string) => widths[columns.findIndex((c) => c.key === key)]!;
    expect(of('time')).toBeGreaterThanOrEqual(5 * 89 + 120);
    expect(of('date')).toBeGreaterThanOrEqual(11 * 89 + 120);
    // "What happened" keeps the widest share, as in the XLSX.
    expect(Math.max(...widths)).toBe(of('description'));
  });
});
