import { describe, expect, it } from 'vitest';
import { decodeUpload } from '../../server/ingest/decode';

describe('decodeUpload', () => {
  it('reads strict UTF-8 as UTF-8', () => {
    expect(decodeUpload(Buffer.from('café – £5', 'utf8'))).toEqual({
      ok: true,
      text: 'café – £5',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 for Excel’s curly quotes', () => {
    const result = decodeUpload(Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0xa3, 0x35]));
    expect(result).toEqual({ ok: true, text: '“hi” £5', encoding: 'windows-1252' });
  });

  it('refuses bytes that Windows-1252 leaves undefined rather than store U+FFFD', () => {
    const result = decodeUpload(Buffer.from([0x41, 0x81, 0x42, 0xe9]));
    expect(result.ok).toBe(false);
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    const result = decodeUpload(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff]));
    expect(result).toMatchObject({ ok: false });
  });

  it('reads UTF-16 big-endian with its BOM', () => {
    const text = 'Date\tNotes';
    const body = Buffer.from(text, 'utf16le').swap16();
    expect(decodeUpload(Buffer.concat([Buffer.from([0xfe, 0xff]), body]))).toEqual({
      ok: true,
      text,
      encoding: 'utf-16be',
    });
  });

  it('calls NUL bytes binary', () => {
    const result = decodeUpload(Buffer.from([0x44, 0x00, 0x61]));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('binary') });
  });
});
