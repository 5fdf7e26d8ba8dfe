import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What a thread loads only when it is used (docs/benchmarks.md, "Where the XLSX row's memory
// goes"): the English word list (about 30 MB a thread) and exceljs (about 20 MB). The main
// thread imports the vocabulary for its codes and labels and the annex writer for its routes;
// it must not pay for them until an upload or an annex needs them. Run in a fresh process,
// since the test runner has loaded everything already.
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function loadedAfter(script: string): string[] {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
}

const REPORT = `
import { createRequire } from 'node:module';
import { englishWordsLoaded } from './server/ingest/spelling.ts';
const cache = Object.keys(createRequire(import.meta.url).cache);
const loaded = cache.some((f) => /[\\\\/]exceljs[\\\\/]/.test(f)) ? ['exceljs'] : [];
if (englishWordsLoaded()) loaded.push('english-words');
console.log(JSON.stringify(loaded));
`;

describe('what a thread loads at start', () => {
  it('the vocabulary and the annex writer load neither the word list nor exceljs', () => {
    const loaded = loadedAfter(`
      import { EVENT_TYPES } from './server/ingest/vocabulary.ts';
      import './server/annex/xlsx-writer.ts';
      if (EVENT_TYPES.length < 10) throw new Error('no vocabulary');
      ${REPORT}`);
    expect(loaded).toEqual([]);
  });

  it('reading a type loads the word list, and writing an annex loads exceljs', () => {
    const loaded = loadedAfter(`
      import { matchEventType } from './server/ingest/vocabulary.ts';
      import { toXlsx } from './server/annex/xlsx-writer.ts';
      if (matchEventType('Hone visit', new Map()) !== 'contact.home-visit') throw new Error('not read');
      await toXlsx({ title: 't', reference: 'R', marking: 'OFFICIAL', columns: [{ header: 'A', key: 'a' }], rows: [{ a: '1' }] });
      ${REPORT}`);
    expect(new Set(loaded)).toEqual(new Set(['english-words', 'exceljs']));
  });
});
