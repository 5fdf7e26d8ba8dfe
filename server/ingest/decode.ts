import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

/**
 * Turns an uploaded file's bytes into text. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 with a BOM ("Unicode text") or Windows-1252 ("CSV"), so: a BOM decides; otherwise
 * strict UTF-8; otherwise Windows-1252 through iconv-lite (Node 20's own TextDecoder maps
 * Excel's curly quotes wrongly). The result never holds U+FFFD from our own decoding.
 *
 * A stray control character (a NUL in one cell of a corrupt export) does not make a file
 * binary: it is decoded, and the cell check then names its row and column. Only a sample
 * dense with control bytes is binary.
 */
export function decodeUpload(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const asUtf8 = utf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  // Not UTF-8, so 8-bit text at best, and NUL never occurs in 8-bit text.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: BINARY };
  return checked(iconv.decode(Buffer.from(bytes), 'windows-1252'), 'windows-1252');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8(bytes: Uint8Array, encoding: TextEncodingName): DecodeResult {
  try {
    return checked(strictUtf8.decode(bytes), encoding);
  } catch {
    // Encoded surrogates (ED A0–BF xx, "CESU-8", as Java and MySQL's old utf8 write) are
    // UTF-8 gone wrong, not Windows-1252, where those bytes would read as "í €".
    if (hasEncodedSurrogate(bytes)) {
      const cesu = decodeWithSurrogates(bytes);
      if (cesu !== null) return { ok: true, text: cesu, encoding };
    }
    if (encoding === 'utf-8-bom') {
      return { ok: false, reason: 'The file starts with a UTF-8 marker but is not valid UTF-8.' };
    }
    return { ok: false, reason: 'The file is not valid UTF-8.' };
  }
}

function checked(text: string, encoding: TextEncodingName): DecodeResult {
  // Windows-1252 leaves five byte values undefined; iconv-lite turns them into U+FFFD.
  // Storing that would silently lose a character, so refuse the file instead.
  if (encoding === 'windows-1252' && text.includes('\uFFFD')) {
    return {
      ok: false,
      reason:
        'The file is neither UTF-8 nor Windows-1252 text. Save it from Excel as "CSV UTF-8" and upload that.',
    };
  }
  return { ok: true, text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** ED followed by A0–BF: the first byte pair of a UTF-16 surrogate written as if a character. */
function hasEncodedSurrogate(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xed); i !== -1; i = bytes.indexOf(0xed, i + 1)) {
    const next = bytes[i + 1] ?? 0;
    if (next >= 0xa0 && next <= 0xbf) return true;
  }
  return false;
}

/**
 * UTF-8 in which surrogates were encoded one by one (ED A0 80 is U+D800). Each becomes that
 * UTF-16 code unit: a pair makes the character it always meant, and a lone half stays a lone
 * surrogate, which the cell check then refuses naming its row and column. Null when anything
 * else in the bytes is not UTF-8 either.
 */
function decodeWithSurrogates(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let start = 0;
  try {
    for (let i = bytes.indexOf(0xed); i !== -1; i = bytes.indexOf(0xed, i + 1)) {
      const b1 = bytes[i + 1] ?? 0;
      const b2 = bytes[i + 2] ?? 0;
      if (b1 < 0xa0 || b1 > 0xbf || b2 < 0x80 || b2 > 0xbf) continue;
      parts.push(strictUtf8.decode(bytes.subarray(start, i)));
      parts.push(String.fromCharCode(0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f)));
      start = i + 3;
      i += 2;
    }
    parts.push(strictUtf8.decode(bytes.subarray(start)));
  } catch {
    return null;
  }
  return parts.join('');
}

// More control bytes than this share of the sample and the file is not text of any kind.
const BINARY_CONTROL_SHARE = 0.1;

/** Why the bytes are not text, or null. Looks at the first 8 KB only. */
function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    // Tab, line feed, form feed and carriage return are text; the rest of C0 and DEL are not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
      controls += 1;
      if (b === 0 && i % 2 === 1) oddNuls += 1;
    }
  }
  if (controls <= sample.length * BINARY_CONTROL_SHARE) return null;
  if (oddNuls > sample.length * 0.4) {
    return 'The file looks like UTF-16 text without its byte order mark, which cannot be read reliably. Save it from Excel as "CSV UTF-8" and upload that.';
  }
  return BINARY;
}

const BINARY =
  'The file holds binary data, not text: it may be a spreadsheet, document or image renamed to .csv. Save it from Excel as "CSV UTF-8" and upload that.';

export type KnownBinary =
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'docx'
  | 'odt'
  | 'pptx'
  | 'zip'
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'gzip'
  | 'rtf'
  | null;

/** Recognises files a data officer might send instead of CSV, to say what to do instead. */
export function recogniseBinary(bytes: Uint8Array): KnownBinary {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  return null;
}

/**
 * Office files are zip archives; the names of the entries say which kind. They are listed at
 * the start (each entry's header) and again at the end (the central directory), so both ends
 * are searched, never the whole file.
 */
function zipKind(bytes: Uint8Array): Exclude<KnownBinary, null> {
  const ends = Buffer.concat([
    Buffer.from(bytes.subarray(0, 65536)),
    Buffer.from(bytes.subarray(Math.max(65536, bytes.length - 65536))),
  ]).toString('latin1');
  if (ends.includes('xl/')) return 'xlsx';
  if (ends.includes('word/')) return 'docx';
  if (ends.includes('ppt/')) return 'pptx';
  if (ends.includes('opendocument.spreadsheet')) return 'ods';
  if (ends.includes('opendocument.text')) return 'odt';
  return 'zip';
}
