/**
 * npm run bench:search — what searching the anonymised text costs (issue #11). Builds a review
 * of 10,000 and 100,000 events (BENCH_SIZES) in a real SQLite file, with a glossary of 60
 * people of four names each and descriptions over 80 characters, all distinct, three in four
 * naming people. Prints CPU time in the same process, as the median of several runs and their
 * spread (lowest–highest), each next to a floor measured in the same run:
 *  - building the redacted index (every current event's text through the glossary, then into
 *    FTS5: paid on the first anonymised search and again after each glossary change) next to
 *    building the index of the text as written; both indexes emptied before each run
 *    (untimed), and a fresh redactor for each run, so no memo of short texts survives;
 *  - a search as the panel makes it (q=visit, a page of 500, counted) on the redacted index,
 *    with a fresh redactor each run, next to the same search on the as-written index.
 * The machine's load average is printed at the start and the end.
 */
import { sql, type Kysely } from 'kysely';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledRedactor, glossaryKeyOf } from '../server/anonymise/glossary.service';
import { openDatabase } from '../server/db/connection';
import type { Database } from '../server/db/schema';
import { migrateToLatest } from '../server/db/migrate';
import { listEvents } from '../server/events/events.service';
import { indexForSearch, indexRedactedForSearch } from '../server/events/search.repository';
import { createReview } from '../server/reviews/reviews.service';
import { submitChronology } from '../server/submissions/submissions.service';
import { description, GLOSSARY } from './lib/bench-chronology';
import { describeRatio, describeSummary, printLoad, ratioOf, summarise } from './lib/bench-stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEARCH_RUNS = 15;
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-search-'));

printLoad('start');
try {
  for (const size of SIZES) await benchSize(size);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  printLoad('end');
}

function chronology(rows: number, agency: number): string {
  const lines = ['Date,Type,Description,Outcome'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
    const year = 2015 + (i % 9);
    lines.push(`${day}/${month}/${year},Home visit,"${description(i, agency)}",Seen`);
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
  console.log(`\n${size.toLocaleString('en-GB')} events`);
  const asWritten: number[] = [];
  const redacted: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await emptyIndexes(db);
    asWritten.push(await cpuMs(() => indexForSearch(db, review.id)));
    const redact = freshRedactor(`index-${run}`);
    redacted.push(
      await cpuMs(() => indexRedactedForSearch(db, review.id, redact, glossaryKeyOf(redact)!)),
    );
  }
  console.log(
    `building the index: as written ${describeSummary(summarise(asWritten), ms)}, redacted ${describeSummary(summarise(redacted), ms)}; ${describeRatio(ratioOf(redacted, asWritten))}`,
  );

  const query = { q: 'visit', limit: 500, offset: 0, facets: false } as const;
  const named: number[] = [];
  const anonymised: number[] = [];
  for (let run = -1; run < SEARCH_RUNS; run++) {
    // Run -1 warms both sides up and is not counted.
    const plain = await cpuMs(() => listEvents(db, review.id, query, {}));
    const redact = freshRedactor(`search-${run}`);
    const hidden = await cpuMs(() => listEvents(db, review.id, query, { redact }));
    if (run < 0) continue;
    named.push(plain);
    anonymised.push(hidden);
  }
  console.log(
    `search q=visit, 500 of ${size.toLocaleString('en-GB')}: as written ${describeSummary(summarise(named), ms)}, anonymised (a fresh redactor each run) ${describeSummary(summarise(anonymised), ms)}; ${describeRatio(ratioOf(anonymised, named))}`,
  );
  await db.destroy();
}

/** Empties both search indexes and marks every submission unindexed again (untimed). */
async function emptyIndexes(db: Kysely<Database>): Promise<void> {
  await sql`insert into events_search(events_search) values('delete-all')`.execute(db);
  await sql`insert into events_search_redacted(events_search_redacted) values('delete-all')`.execute(
    db,
  );
  await db.deleteFrom('redacted_search_submissions').execute();
  await db.updateTable('submissions').set({ search_indexed_at: null }).execute();
}

/**
 * A redactor compiled afresh from the same glossary, so no memo of short texts is carried from
 * one run to the next: the app keeps one per review, so each run asks for a review of its own.
 */
function freshRedactor(run: string) {
  return compiledRedactor(`bench-${run}`, GLOSSARY);
}

/** CPU time (user + system) of one run, in ms: steadier than wall time on a shared machine. */
async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}
