import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

/**
 * Turns an uploaded file's bytes into text. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 with a BOM ("Unicode text") or Windows-1252 ("CSV"), so: a BOM decides; otherwise
 * strict UTF-8; otherwise Windows-1252 through iconv-lite (Node 20's own TextDecoder maps
 * Excel's curly quotes wrongly). The result never holds U+FFFD from our own decoding.
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
  if (looksBinary(bytes)) {
    return {
      ok: false,
      reason:
        'The file holds binary data, not text: it may be a spreadsheet or document renamed to .csv. Save it from Excel as "CSV UTF-8" and upload that.',
    };
  }
  const asUtf8 = utf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  return checked(iconv.decode(Buffer.from(bytes), 'windows-1252'), 'windows-1252');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8(bytes: Uint8Array, encoding: TextEncodingName): DecodeResult {
  try {
    return checked(strictUtf8.decode(bytes), encoding);
  } catch {
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

/** NUL bytes never occur in 8-bit text; zip (xlsx, docx) and PDF signatures are named. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

export type KnownBinary = 'xlsx' | 'xls' | 'pdf' | null;

/** Recognises files a data officer might send instead of CSV, to say what to do instead. */
export function recogniseBinary(bytes: Uint8Array): KnownBinary {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return null;
}
