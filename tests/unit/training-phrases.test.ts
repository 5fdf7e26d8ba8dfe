import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../../server/contract/common';
import eventTypes from '../../server/contract/event-types.json';

// The training phrases (docs/corpus.md, "07/12/2026: independent training phrases") teach the
// learned type reader only; the eval never measures on them. A code the vocabulary does not
// hold, a kind the API refuses or a phrase written twice would teach it silently wrong counts.

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
const read = (file: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

describe('fixtures/training/type-phrases.csv', () => {
  const phrases = read(path.join(fixtures, 'training', 'type-phrases.csv'));

  it('has the main list’s columns and at least 800 phrases', () => {
    const main = read(path.join(fixtures, 'corpus', 'type-phrases.csv'));
    expect(phrases.errors).toEqual([]);
    expect(phrases.meta.fields).toEqual(main.meta.fields);
    expect(phrases.data.length).toBeGreaterThanOrEqual(800);
  });

  it('labels every phrase with a code of the vocabulary and an agency kind the API takes', () => {
    const codes = new Set(eventTypes.types.map((t) => t.code));
    const kinds = new Set<string>(AGENCY_KINDS);
    for (const row of phrases.data) {
      expect(row['type text']!.trim(), JSON.stringify(row)).not.toBe('');
      expect(codes.has(row['expected code']!), row['type text']).toBe(true);
      expect(kinds.has(row['agency kind']!), row['type text']).toBe(true);
    }
  });

  it('writes no phrase twice for the same agency kind', () => {
    const seen = new Set<string>();
    for (const row of phrases.data) {
      const key = [row['type text'], row['description'], row['agency kind']]
        .map((s) => s!.trim().toLowerCase())
        .join('|');
      expect(seen.has(key), `${row['type text']} twice`).toBe(false);
      seen.add(key);
    }
  });
});
