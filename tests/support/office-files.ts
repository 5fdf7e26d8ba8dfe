import { deflateRawSync } from 'node:zlib';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type FileChild,
  type ITableCellOptions,
} from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';

/** An .xlsx built by exceljs, as Excel would save it. */
export async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A .docx built by the docx package, as Word would save it. */
export async function wordDocument(...children: FileChild[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}

type CellSpec = string | string[] | ITableCellOptions;

/** A Word table: each cell a text, a list of paragraphs, or the docx package's own options. */
export function wordTable(rows: CellSpec[][], options: { headerRepeats?: boolean } = {}): Table {
  return new Table({
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: i === 0 && options.headerRepeats === true,
          children: cells.map((c) =>
            typeof c === 'string' || Array.isArray(c)
              ? new TableCell({ children: [c].flat().map((text) => new Paragraph(text)) })
              : new TableCell(c),
          ),
        }),
    ),
  });
}

/** The same zip with its parts changed: to plant what no Office program writes. */
export function rezip(bytes: Uint8Array, change: (parts: Record<string, Uint8Array>) => void) {
  const parts = unzipSync(bytes);
  change(parts);
  return Buffer.from(zipSync(parts));
}

export function text(value: string): Uint8Array {
  return strToU8(value);
}

export interface RawEntry {
  name: string;
  /** What the entry unpacks to; deflated here. */
  data: Buffer;
  /** The size the zip claims, which a crafted zip sets to anything. */
  declaredSize?: number;
}

/** A zip written by hand, so an entry's declared size can lie, as a zip bomb's does. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // The same data deflated once: a bomb repeats one small packed part many times.
  const packedOf = new Map<Buffer, Buffer>();
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = packedOf.get(entry.data) ?? deflateRawSync(entry.data);
    packedOf.set(entry.data, packed);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The start of an OLE compound file (the container of Office 97–2003 files, and of an .xlsx
 * or .docx saved with a password) naming the given streams, as its directory does, in UTF-16.
 */
export function compoundFile(...streams: string[]): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    ...streams.map((s) =>
      Buffer.concat([Buffer.from(s, 'utf16le'), Buffer.alloc(64 - s.length * 2)]),
    ),
  ]);
}
