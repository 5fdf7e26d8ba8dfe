/**
 * npm run bench:search — what searching the anonymised text costs (issue #11). Builds a review
 * of 10,000 and 100,000 events (BENCH_SIZES) in a real SQLite file, with a glossary of 60
 * people of four names each, and prints:
 *  - building the redacted index (every current event's text through the glossary, then into
 *    FTS5: paid on the first anonymised search and again after each glossary change) next to
 *    building the index of the text as written, in the same run; and their ratio;
 *  - a search as the panel makes it (q=visit, a page of 500, counted) on the redacted index
 *    next to the same search on the as-written index: p50 and their ratio.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compiledRedactor, glossaryKeyOf } from '../server/anonymise/glossary.service';
import { openDatabase } from '../server/db/connection';
import { migrateToLatest } from '../server/db/migrate';
import { indexForSearch } from '../server/events/event-filter';
import { listEvents } from '../server/events/events.service';
import { indexRedactedForSearch } from '../server/events/redacted-search.repository';
import { createReview } from '../server/reviews/reviews.service';
import { submitChronology } from '../server/submissions/submissions.service';

const GLOSSARY = Array.from({ length: 60 }, (_, i) => ({
  label: `Person ${i + 1}`,
  names: [`Firstname${i} Surname${i}`, `Firstname${i}`, `Ms Surname${i}`, `Mr Surname${i}`],
}));
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-search-'));

try {
  for (const size of SIZES) await benchSize(size);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function chronology(rows: number, agency: number): string {
  const lines = ['Date,Type,Description,Outcome'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
    const year = 2015 + (i % 9);
    // A name in one description in ten, as in a chronology that mostly writes roles.
    const who =
      i % 10 === 0 ? `Firstname${(i + agency) % 60} Surname${(i + agency) % 60}` : 'mother';
    lines.push(
      `${day}/${month}/${year},Home visit,Visited ${who} at home about the plan ${i},Seen`,
    );
  }
  return lines.join('\n');
}

async function benchSize(size: number) {
  const { db } = openDatabase(path.join(work, `search-${size}.sqlite`));
  await migrateToLatest(db);
  const review = await createReview(db, {
    reference: `BENCH-${size}`,
    title: 'Benchmark review',
    periodStart: '2015-01-01',
    periodEnd: '2024-12-31',
    jurisdiction: 'wales',
  });
  for (let a = 0; a < 5; a++) {
    await submitChronology(db, {
      reviewId: review.id,
      agency: `Agency ${a}`,
      file: {
        bytes: Buffer.from(chronology(size / 5, a)),
        fileName: 'bench.csv',
        mediaType: 'text/csv',
      },
    });
  }
  const redact = compiledRedactor(review.id, GLOSSARY);
  const key = glossaryKeyOf(redact)!;
  let started = performance.now();
  await indexForSearch(db, review.id);
  const asWritten = performance.now() - started;
  started = performance.now();
  await indexRedactedForSearch(db, review.id, redact, key);
  const redacted = performance.now() - started;
  console.log(`\n${size.toLocaleString('en-GB')} events`);
  console.log(
    `building the index: as written ${ms(asWritten)}, redacted ${ms(redacted)}; ratio ${(redacted / asWritten).toFixed(2)}`,
  );

  const query = { q: 'visit', limit: 500, offset: 0, facets: false } as const;
  const search = (mode: 'named' | 'anonymised') => async () =>
    listEvents(db, review.id, query, mode === 'named' ? {} : { redact });
  const named = await p50(search('named'));
  const anonymised = await p50(search('anonymised'));
  console.log(
    `search q=visit, 500 of ${size.toLocaleString('en-GB')}: as written p50 ${ms(named)}, anonymised p50 ${ms(anonymised)}; ratio ${(anonymised / named).toFixed(2)}`,
  );
  await db.destroy();
}

async function p50(run: () => Promise<unknown>, runs = 15): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}
