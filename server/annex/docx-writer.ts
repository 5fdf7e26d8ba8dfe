/**
 * The annex as a Word document, for the report that reviewers write in Word: the same columns
 * and rows as the XLSX (annex-rows.ts), as one table.
 *
 * - A4 landscape, 1 cm margins; the table spans the page, its header row bold, shaded and
 *   repeated at the top of every page (`w:tblHeader`).
 * - Every page's header carries the review's reference and title on the left and the protective
 *   marking on the right; its footer the marking again and "Page n of m".
 * - Every value is a plain text run: Word evaluates nothing a run holds (a field is only ever
 *   field code, and none is written from a value), so a description that begins "=HYPERLINK(…)"
 *   reads as written, without the quote a spreadsheet needs. A line break in a value starts a
 *   new paragraph in its cell.
 * - Characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone
 *   surrogates, U+FFFE and U+FFFF) are left out: one of them makes Word refuse the whole file.
 * - The document's author is "Tapestry", never a user's name; its title is the review's title.
 *
 * Written as WordprocessingML directly and zipped with fflate, not with the `docx` library: that
 * library built a 2,000-row annex in 3.1 s and 607 MB of memory and a 20,000-row one in 71 s and
 * 2.2 GB (its object tree per cell), against an annex of up to 100,000 events here
 * (docs/benchmarks.md, "annex.docx"). The parts written are the fewest Word, LibreOffice and
 * the ingest's own reader (server/ingest/office/docx.ts) need.
 */
import { strToU8, zipSync } from 'fflate';
import type { AnnexCell } from './csv-writer';
import type { XlsxColumn, XlsxInput } from './xlsx-writer';

/** What the XLSX is written from, and when the document was made (now unless a test fixes it). */
export interface DocxInput extends XlsxInput {
  readonly created?: Date;
}

// Twentieths of a point. A4 landscape: 297 × 210 mm.
const PAGE_WIDE = 16_838;
const PAGE_HIGH = 11_906;
const MARGIN = 567; // 1 cm
const USABLE = PAGE_WIDE - 2 * MARGIN;
const BODY_SIZE = 16; // half-points: 8 pt, small enough for eleven columns across A4
const RUNNING_SIZE = 18;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Not allowed in XML 1.0 text: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the characters XML cannot hold are controls
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as XML text or an attribute holds it: escaped, the characters XML cannot hold left out. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One run of text; `preserve` keeps leading and trailing spaces. */
function run(text: string, options: { bold?: boolean; size?: number } = {}): string {
  const props = `${options.bold ? '<w:b/>' : ''}${options.size ? `<w:sz w:val="${options.size}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** A cell's paragraphs: one per line of the value (a cell needs at least one). */
function cellParagraphs(value: AnnexCell, bold: boolean): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<w:p>${line ? run(line, { bold }) : ''}</w:p>`)
    .join('');
}

function cell(value: AnnexCell, width: number, head: boolean): string {
  const shade = head ? '<w:shd w:val="clear" w:color="auto" w:fill="E4E8EE"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>${cellParagraphs(value, head)}</w:tc>`;
}

/**
 * The header row repeats on every page and is never split; a record's row may be: one whose
 * description is longer than a page would otherwise be cut off at the page's foot.
 */
function row(cells: string, head: boolean): string {
  return head
    ? `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells}</w:tr>`
    : `<w:tr>${cells}</w:tr>`;
}

/** A running line: `left` at the margin, `right` against the right margin. */
function runningLine(left: string, right: string): string {
  return (
    `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="${USABLE}"/></w:tabs></w:pPr>` +
    `${left}<w:r><w:tab/></w:r>${right}</w:p>`
  );
}

function field(instruction: string): string {
  return `<w:fldSimple w:instr=" ${instruction} "><w:r><w:rPr><w:sz w:val="${RUNNING_SIZE}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>`;
}

function documentXml(input: DocxInput, widths: readonly number[]): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A0A7B4"/>`;
  const table = [
    // In the schema's order (CT_TblPr): Word refuses a part whose children are out of order,
    // where LibreOffice and the ingest's reader do not.
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${USABLE}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>',
    '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    row(input.columns.map((c, i) => cell(c.header, widths[i] ?? 0, true)).join(''), true),
  ];
  for (const values of input.rows) {
    table.push(
      row(
        input.columns.map((c, i) => cell(values[c.key] ?? null, widths[i] ?? 0, false)).join(''),
        false,
      ),
    );
  }
  table.push('</w:tbl>');
  return (
    `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>${run('Summary timeline of significant events', { bold: true, size: 24 })}</w:p>` +
    table.join('') +
    // Word needs a paragraph after a table that ends the body.
    '<w:p/>' +
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>' +
    '<w:footerReference w:type="default" r:id="rIdFooter"/>' +
    `<w:pgSz w:w="${PAGE_WIDE}" w:h="${PAGE_HIGH}" w:orient="landscape"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="284" w:footer="284" w:gutter="0"/>` +
    '</w:sectPr></w:body></w:document>'
  );
}

function headerXml(input: DocxInput): string {
  const left =
    run(input.reference, { bold: true, size: RUNNING_SIZE }) +
    run(` · ${input.title}`, { size: RUNNING_SIZE });
  return `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${runningLine(left, run(input.marking, { bold: true, size: RUNNING_SIZE }))}</w:hdr>`;
}

function footerXml(input: DocxInput): string {
  const page =
    run('Page ', { size: RUNNING_SIZE }) +
    field('PAGE') +
    run(' of ', { size: RUNNING_SIZE }) +
    field('NUMPAGES');
  return `${XML}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${runningLine(run(input.marking, { bold: true, size: RUNNING_SIZE }), page)}</w:ftr>`;
}

const STYLES =
  `${XML}<w:styles xmlns:w="${W}"><w:docDefaults>` +
  '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>' +
  `<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
  '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '</w:styles>';

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
  '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
  '</Relationships>';

function coreXml(input: DocxInput): string {
  const created = (input.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(input.title)}</dc:title>` +
    `<dc:description>Summary timeline of significant events, ${xmlText(input.reference)}</dc:description>` +
    '<dc:creator>Tapestry</dc:creator><cp:lastModifiedBy>Tapestry</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    '</cp:coreProperties>'
  );
}

// Characters a column must hold on one line (at 8 pt, about 89 twips each, plus the cell's
// margins): "30 Sep 2018", "15:15". Shared out in proportion to the XLSX's widths alone, the
// time and the date wrapped in the middle of a number.
const MIN_CHARS: Readonly<Record<string, number>> = {
  date: 11,
  dateAsWritten: 10,
  time: 5,
  sourceRef: 10,
};
const CHAR_TWIPS = 89;
const CELL_MARGINS = 120;

/** The columns' widths across the page: in proportion to the XLSX's, none narrower than it needs. */
export function columnWidths(columns: readonly XlsxColumn[]): number[] {
  const least = columns.map((c) => (MIN_CHARS[c.key] ?? 0) * CHAR_TWIPS + CELL_MARGINS);
  const weight = columns.map((c) => c.width ?? 12);
  // Columns held at their least width leave the rest of the page to the others, shared again.
  const held = new Set<number>();
  for (;;) {
    const room = USABLE - [...held].reduce((sum, i) => sum + (least[i] ?? 0), 0);
    const shared = weight.reduce((sum, w, i) => (held.has(i) ? sum : sum + w), 0);
    const widths = weight.map((w, i) =>
      held.has(i) ? (least[i] ?? 0) : Math.floor((w / shared) * room),
    );
    const short = widths.findIndex((w, i) => !held.has(i) && w < (least[i] ?? 0));
    if (short < 0) return widths;
    held.add(short);
  }
}

export function toDocx(input: DocxInput): Buffer {
  const files = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'docProps/core.xml': strToU8(coreXml(input)),
    'word/document.xml': strToU8(documentXml(input, columnWidths(input.columns))),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
    'word/styles.xml': strToU8(STYLES),
    'word/header1.xml': strToU8(headerXml(input)),
    'word/footer1.xml': strToU8(footerXml(input)),
  };
  return Buffer.from(zipSync(files, { level: 6 }));
}
