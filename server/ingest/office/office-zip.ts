import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../errors';

/**
 * The zip container of an .xlsx or .docx, opened with our own caps before any XML is read.
 *
 * A zip says how big each entry unpacks to, but a crafted one lies, so the caps count the bytes
 * actually inflated: every XML part is inflated once, streaming in 64 KB pieces, through one
 * shared budget, and the first piece over it stops the work. Parts that are not XML (images,
 * embedded files) are never inflated at all: nothing reads them. The central directory is read
 * here (a few lines); inflating is Node's own zlib, several times faster than a JavaScript
 * inflater on a 60 MB sheet.
 */

// A real chronology workbook of 100,000 rows unpacks to about 60 MB of XML; this leaves room
// for the largest a 20 MB upload can honestly hold while stopping a bomb in about a second.
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
// Office files hold tens of parts, hundreds with many images; a zip of 100,000 tiny entries
// exists only to exhaust the server.
export const MAX_ENTRIES = 5_000;
const SLICE = 64 * 1024;

interface Entry {
  name: string;
  method: number;
  dataStart: number;
  compressedSize: number;
}

export class OfficeZip {
  private unpacked = 0;
  private readonly scanned = new Set<string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, Entry>,
    /** "workbook" or "document", for messages. */
    readonly what: string,
  ) {}

  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflates one part, piece by piece, into `sink`; refuses a DOCTYPE or ENTITY in it. */
  async read(name: string, sink: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw unreadable(`The ${this.what} has no part "${name}": it is damaged.`);
    this.scanned.add(name);
    const guard = new DeclarationGuard(name, this.what);
    const take = (chunk: Uint8Array) => {
      this.unpacked += chunk.length;
      if (this.unpacked > MAX_UNPACKED_BYTES) throw tooBig(this.what);
      guard.check(chunk);
      sink(chunk);
    };
    const end = entry.dataStart + entry.compressedSize;
    if (end > this.bytes.length) throw damaged(this.what);
    if (entry.method === 0) {
      for (let at = entry.dataStart; at < end; at += SLICE) {
        take(this.bytes.subarray(at, Math.min(end, at + SLICE)));
      }
      return;
    }
    const inflater = createInflateRaw({ chunkSize: SLICE });
    inflater.end(this.bytes.subarray(entry.dataStart, end));
    try {
      for await (const chunk of inflater) take(chunk as Buffer);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw damaged(this.what);
    } finally {
      inflater.destroy();
    }
  }

  /** Every XML part not read yet, inflated only to check it: the caps and the entity rule. */
  async checkTheRest(): Promise<void> {
    for (const name of this.entries.keys()) {
      if (!this.scanned.has(name) && /\.(?:xml|rels|vml)$/i.test(name)) await this.read(name, noop);
    }
  }
}

function noop(): void {}

/** [Content_Types].xml names a macro-enabled workbook or document even without its code part. */
export async function refuseMacroContentType(zip: OfficeZip): Promise<void> {
  if (!zip.has('[Content_Types].xml')) return;
  const parts: Uint8Array[] = [];
  await zip.read('[Content_Types].xml', (chunk) => parts.push(chunk.slice()));
  if (/macroEnabled/i.test(Buffer.concat(parts).toString('utf8'))) throw macroEnabled(zip.what);
}

/**
 * Opens the zip's central directory. Refuses, before inflating anything: too many entries,
 * entries encrypted with a zip password, compression other than deflate, and macros.
 */
export function openOfficeZip(bytes: Uint8Array, what: 'workbook' | 'document'): OfficeZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  if (eocd < 0) throw damaged(what);
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `The ${what} holds ${count.toLocaleString('en-GB')} parts; an Office file holds far fewer (the limit is ${MAX_ENTRIES.toLocaleString('en-GB')}). It is not a real ${what}, or it is damaged.`,
    );
  }
  const entries = new Map<string, Entry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged(what);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    at += 46 + skip;
    if (flags & 1) throw passwordProtected(what);
    if (/(^|\/)vbaProject\.bin$/i.test(name)) throw macroEnabled(what);
    if (method !== 0 && method !== 8) throw damaged(what);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) {
      throw damaged(what);
    }
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.set(name, { name, method, dataStart, compressedSize });
  }
  return new OfficeZip(bytes, entries, what);
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/**
 * A DOCTYPE can declare entities that expand a few bytes into gigabytes ("billion laughs") or
 * read files from the server (XXE). No part Office writes has one, so any `<!DOCTYPE` or
 * `<!ENTITY` refuses the file. Looks for `<!` followed by D or E, across slice boundaries, in
 * UTF-8 and in UTF-16 (a part may be either).
 */
class DeclarationGuard {
  private tail = new Uint8Array(0);
  private utf16 = false;
  private first = true;

  constructor(
    private readonly part: string,
    private readonly what: string,
  ) {}

  check(chunk: Uint8Array): void {
    if (this.first) {
      this.first = false;
      this.utf16 =
        (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
    }
    const text = Buffer.concat([this.tail, chunk]);
    const plain = this.utf16 ? Buffer.from(text.filter((b) => b !== 0)) : text;
    for (let i = plain.indexOf('<!'); i !== -1; i = plain.indexOf('<!', i + 2)) {
      const next = plain[i + 2];
      if (next === undefined) break;
      if (next === 0x44 || next === 0x64 || next === 0x45 || next === 0x65) {
        throw new AppError(
          'FILE_UNREADABLE',
          `The ${this.what}'s part "${this.part}" declares a DOCTYPE or ENTITY, which Excel and Word never write and which can make a reader expand or fetch data. The file is refused; save it again from Excel or Word.`,
        );
      }
    }
    this.tail = text.subarray(Math.max(0, text.length - 5));
  }
}

function unreadable(message: string): AppError {
  return new AppError('FILE_UNREADABLE', message);
}

function damaged(what: string): AppError {
  return unreadable(
    `The ${what} could not be opened: its zip container is damaged or incomplete. Open it in ${what === 'workbook' ? 'Excel' : 'Word'}, save it again and upload that.`,
  );
}

function tooBig(what: string): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `The ${what} unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB of content, far more than a chronology holds (a "zip bomb", or a ${what} full of something else). Nothing was stored.`,
  );
}

export function passwordProtected(what: string): AppError {
  return unreadable(
    `The ${what} is protected by a password, so it cannot be read. Open it, remove the password (File › Info › Protect › Encrypt with Password, then clear it), save it and upload that.`,
  );
}

export function macroEnabled(what: string): AppError {
  const [app, ext] = what === 'workbook' ? ['Excel', 'xlsx'] : ['Word', 'docx'];
  return new AppError(
    'UNSUPPORTED_FILE_TYPE',
    `The ${what} contains macros, which are never accepted. In ${app} choose File › Save As › "${app} ${what === 'workbook' ? 'Workbook' : 'Document'} (*.${ext})" to save a copy without them, and upload that.`,
  );
}
