/**
 * npm run bench:timeline — builds reviews of 10,000 and 100,000 events in a real SQLite file
 * and prints, for each, CPU time in the same process (the median of several runs and their
 * spread, lowest–highest), each next to a floor measured in the same run:
 *  - the filtered events query (Kysely + row mapping) next to the same SQL run bare through
 *    better-sqlite3: median and p95, and their ratio (target ≤ 1.5);
 *  - the gap engine over all events and the review's rules next to one sort of the same
 *    events on the same numeric key the engine sorts on (day number, minute, agency, the
 *    agency's row order), the key worked out inside the floor's timing as the engine must:
 *    best and median, and their ratios (target ≤ 3);
 *  - the whole merged list as the panel gets it (every text field through a glossary of 60
 *    people with four names each; descriptions over 80 characters, all distinct, three in four
 *    naming people) next to the same list as written (target ≤ 2). Cold: a redactor built
 *    afresh inside each run, as the first anonymised request after a glossary change pays;
 *    warm: one redactor kept across runs, as later requests find it (its memo of short texts
 *    filled);
 *  - the slim timeline feed (GET …/timeline/feed, issue #15) through the app with app.inject,
 *    signed in, every event, next to the bare SQL that reads its columns with the same WHERE
 *    and ORDER, prepared once: median and ratio (target ≤ 1.5). scripts/lib/bench-feed.ts.
 * With BENCH_DATABASE_URL (or DATABASE_URL) naming a PostgreSQL server, the filtered query runs
 * again on PostgreSQL (issue #14): the same review built by the same services in a throwaway
 * database, the query through Kysely and row mapping next to the same SQL text and parameters
 * sent bare with `pg` (client.query, as one writes it by hand; the app's driver does not prepare
 * statements either). In wall time: the query's work is in the database server's process,
 * which this process's CPU time would leave out; the two sides in turn, run by run. Same target. Without a server, one line says
 * it was not run and how to run it (`npm run bench:pg -- timeline`). The gap engine and the
 * anonymised list work on rows already read, so they have no PostgreSQL row.
 * The machine's load average is printed at the start and the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../server/db/connection';
import type { Db } from '../server/db/handle';
import { migrateToLatest } from '../server/db/migrate';
import type { EventFilter } from '../server/events/event-filter';
import {
  currentEventsQuery,
  findCurrentEvents,
  findEventsForAnalysis,
} from '../server/events/events.repository';
import { eventAsSeen } from '../server/anonymise/as-seen';
import { buildRedactor } from '../server/anonymise/redact';
import { toEventDto } from '../server/events/events.service';
import { evaluateGaps } from '../server/gaps/evaluate';
import { compareEvents, type GapEvent } from '../server/gaps/gap-event';
import { dayNumber } from '../server/shared/calendar';
import { toGapEvent } from '../server/gaps/gaps.service';
import { createReview } from '../server/reviews/reviews.service';
import { activeRules } from '../server/gaps/rules.service';
import { submitChronology } from '../server/submissions/submissions.service';
import { createUser } from '../server/auth/accounts.service';
import { AGENCIES, chronology, GLOSSARY } from './lib/bench-chronology';
import { benchFeed } from './lib/bench-feed';
import { benchDatabaseUrl, createBenchDatabase, printPostgresNotRun } from './lib/bench-postgres';
import {
  describeRatio,
  describeSummary,
  printLoad,
  ratioOf,
  summarise,
  type Summary,
} from './lib/bench-stats';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 30;
/** Wall time varies more than CPU time: more runs, so its p95 is not simply the slowest. */
const POSTGRES_RUNS = 100;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-timeline-'));
// A reviewer's typical view: one agency's contacts in one year, a page of 500.
const filter: EventFilter = {
  agencyKeys: ['childrensservices'],
  types: ['contact.'],
  from: '2018-01-01',
  to: '2018-12-31',
};
const page = { limit: 500, offset: 0 };
/** Each size's filtered-query p95 ratio on each dialect, printed side by side at the end. */
const queryRatios: string[] = [];
/** Each size's slim-feed ratio (scripts/lib/bench-feed.ts), printed at the end too. */
const feedRatios: string[] = [];

printLoad('start');
try {
  for (const size of SIZES) await benchSize(size);
  console.log(`\nfiltered query p95, each against its own dialect's bare SQL (target ≤ 1.5):`);
  for (const line of queryRatios) console.log(`  ${line}`);
  console.log(`slim feed through the app, p50 against the bare SQL of its columns (target ≤ 1.5):`);
  for (const line of feedRatios) console.log(`  ${line}`);
  if (!benchDatabaseUrl) printPostgresNotRun('timeline');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  printLoad('end');
}

/** A review of `size` events from five agencies, submitted as an upload stores them. */
async function buildReview(db: Db, size: number, reviewerId: string | null = null) {
  const review = await createReview(
    db,
    {
      reference: `BENCH-${size}`,
      title: 'Benchmark review',
      periodStart: '2015-01-01',
      periodEnd: '2024-12-31',
      jurisdiction: 'wales',
      joinAsReviewer: reviewerId !== null,
    },
    reviewerId,
  );
  const perAgency = Math.ceil(size / AGENCIES.length);
  for (const [index, [agency, agencyKind]] of AGENCIES.entries()) {
    const csv = chronology(perAgency, index);
    await submitChronology(db, {
      reviewId: review.id,
      agency,
      agencyKind,
      file: { bytes: Buffer.from(csv), fileName: 'bench.csv', mediaType: 'text/csv' },
    });
  }
  return review.id;
}

async function benchSize(size: number) {
  const { db, sqlite } = openDatabase(path.join(work, `timeline-${size}.sqlite`));
  await migrateToLatest(db);
  // A reviewer, for the feed's line: it is timed through the app, signed in.
  const reviewer = await createUser(db, {
    email: 'bench@tapestry.local',
    displayName: 'Bench',
    passwordHash: 'not a hash: never signs in',
    isAdmin: false,
  });
  const reviewId = await buildReview(db, size, reviewer.id);
  console.log(`\n${size.toLocaleString('en-GB')} events, ${AGENCIES.length} agencies`);
  feedRatios.push(
    `${`${size.toLocaleString('en-GB')} events:`.padEnd(16)}${await benchFeed(db, sqlite, reviewId, reviewer.id, timings)}`,
  );

  const viaKysely = async () =>
    (await findCurrentEvents(db, reviewId, filter, page)).map(toEventDto).length;
  // The very SQL text and parameters Kysely sends, prepared once and run bare.
  const compiled = currentEventsQuery(db, reviewId, filter, page).compile();
  const bare = sqlite.prepare(compiled.sql);
  const viaBare = async () => bare.all(...compiled.parameters).length;
  const rows = await viaKysely();
  if (rows !== (await viaBare())) throw new Error('the two queries disagree');
  const kysely = await timings(viaKysely);
  const raw = await timings(viaBare);
  console.log(`filtered query (${rows} rows): ${describeQuery(kysely, raw)}`);
  const sizeLabel = `${size.toLocaleString('en-GB')} events:`.padEnd(16);
  const sqliteRatio = `SQLite ${(kysely.p95 / raw.p95).toFixed(2)} (CPU time)`;
  queryRatios.push(
    `${sizeLabel}${sqliteRatio}, PostgreSQL ${benchDatabaseUrl ? `${await benchPostgresQuery(size)} (wall time)` : 'not run'}`,
  );

  const events = (await findEventsForAnalysis(db, reviewId)).map(toGapEvent);
  const rules = await activeRules(db, reviewId);
  const period = { start: '2015-01-01', end: '2024-12-31' };
  // The floor sorts the events from a shuffled order: the storage order (each agency's rows
  // already in date order) would make the sort a merge of five runs. The engine is given the
  // same shuffled events, so it sorts them too. Like the engine, the floor sorts on one number
  // per event, worked out once (in its timing), with the row order breaking ties.
  const shuffled = shuffle(events);
  const floorOrder = numericSort(shuffled);
  const expected = [...shuffled].sort(compareEvents);
  if (floorOrder.some((e, i) => e !== expected[i])) {
    throw new Error('the floor does not sort into the merged order');
  }
  let flags = 0;
  const engine = await timings(async () => {
    flags = evaluateGaps({ events: shuffled, rules, period }).length;
  }, 15);
  const sort = await timings(async () => numericSort(shuffled).length, 15);
  console.log(
    `gap engine (${rules.length} rules, ${flags.toLocaleString('en-GB')} flags): best ${ms(engine.min)}, ${describeSummary(engine, ms)}; one numeric-key sort of the same events best ${ms(sort.min)}, ${describeSummary(sort, ms)}; ratio best ${(engine.min / sort.min).toFixed(2)}, p50 ${(engine.median / sort.median).toFixed(2)} (target ≤ 3)`,
  );

  // The panel's view: every event's text through the glossary.
  const everything = await findCurrentEvents(db, reviewId, {}, { limit: size, offset: 0 });
  const named = await timings(async () => everything.map(toEventDto).length, 10);
  // Cold: a redactor built afresh before each run (outside its timing: the app compiles a
  // glossary once and keeps it), so no memo survives from one run to the next.
  let fresh = buildRedactor(GLOSSARY);
  const cold = await timings(
    async () => everything.map((row) => eventAsSeen(toEventDto(row), { redact: fresh })).length,
    10,
    () => (fresh = buildRedactor(GLOSSARY)),
  );
  const compile = await timings(async () => buildRedactor(GLOSSARY), 10);
  const kept = buildRedactor(GLOSSARY);
  const warm = await timings(
    async () => everything.map((row) => eventAsSeen(toEventDto(row), { redact: kept })).length,
    10,
  );
  const people = `${GLOSSARY.length} people, ${GLOSSARY.length * 4} names`;
  console.log(
    `merged list of ${everything.length.toLocaleString('en-GB')} events (${people}): as written ${describeSummary(named, ms)}`,
  );
  console.log(`  compiling the glossary: ${describeSummary(compile, ms)}`);
  console.log(
    `  anonymised cold (a fresh redactor each run): ${describeSummary(cold, ms)}; ${describeRatio(ratioOf(cold.samples, named.samples))} (target ≤ 2)`,
  );
  console.log(
    `  anonymised warm (one redactor kept across runs): ${describeSummary(warm, ms)}; ${describeRatio(ratioOf(warm.samples, named.samples))} (target ≤ 2)`,
  );
  await db.destroy();
}

/**
 * The filtered query on PostgreSQL: the review built afresh in a throwaway database, Kysely
 * and row mapping against the same SQL sent bare with `pg`, in wall time. Returns the p95 ratio.
 */
async function benchPostgresQuery(size: number): Promise<string> {
  const database = await createBenchDatabase();
  const { db } = openDatabase(database.url);
  const client = new pg.Client({ connectionString: database.url });
  try {
    const reviewId = await buildReview(db, size);
    await client.connect();
    // Fresh statistics, as autovacuum would have made by the time anyone reads the review: the
    // plan is then the same one whichever side asks first.
    await client.query('analyze');
    const viaKysely = async () =>
      (await findCurrentEvents(db, reviewId, filter, page)).map(toEventDto).length;
    const compiled = currentEventsQuery(db, reviewId, filter, page).compile();
    const viaBare = async () =>
      (await client.query(compiled.sql, [...compiled.parameters])).rows.length;
    const rows = await viaKysely();
    if (rows !== (await viaBare())) throw new Error('the two queries disagree on PostgreSQL');
    const [kysely, raw] = await pairedWallTimings(viaKysely, viaBare, POSTGRES_RUNS);
    console.log(
      `PostgreSQL filtered query (${rows} rows), wall time: ${describeQuery(kysely, raw)}`,
    );
    return (kysely.p95 / raw.p95).toFixed(2);
  } finally {
    await client.end();
    await db.destroy();
    await database.drop();
  }
}

function describeQuery(kysely: Summary & { p95: number }, raw: Summary & { p95: number }): string {
  return `${describeSummary(kysely, ms)}, p95 ${ms(kysely.p95)}; bare SQL ${describeSummary(raw, ms)}, p95 ${ms(raw.p95)}; ratio p50 ${(kysely.median / raw.median).toFixed(2)}, p95 ${(kysely.p95 / raw.p95).toFixed(2)} (target ≤ 1.5)`;
}

/**
 * Wall time of two sides run in turn, run by run, after a few untimed runs of each: on a shared
 * machine load comes and goes, and alternating lays it on both sides alike.
 */
async function pairedWallTimings(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs: number,
): Promise<[Timings, Timings]> {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < 5 + runs; i++) {
    for (const [side, run] of [a, b].entries()) {
      const started = performance.now();
      await run();
      if (i >= 5) samples[side]!.push(performance.now() - started);
    }
  }
  return [withP95(samples[0]), withP95(samples[1])];
}

type Timings = Summary & { samples: number[]; p95: number };

function withP95(samples: number[]): Timings {
  const sorted = [...samples].sort((x, y) => x - y);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] as number;
  return { ...summarise(samples), samples, p95 };
}

/**
 * CPU time (user + system) of each run, in ms, in run order (`before` runs ahead of each, untimed), with their median, spread and
 * p95: CPU time rather than wall time, so that other work on a 2-core machine does not skew one
 * side of a ratio.
 */
async function timings(
  run: () => Promise<unknown>,
  runs = RUNS,
  before: () => unknown = () => undefined,
): Promise<Timings> {
  // A few runs first, so both sides are measured once V8 has optimised them.
  for (let i = 0; i < 5; i++) {
    before();
    await run();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const started = process.cpuUsage();
    await run();
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
  }
  return withP95(samples);
}

/**
 * The floor for the gap engine: the events in merged order by one number per event (day,
 * minute of the day or none, agency by name), the row order breaking ties.
 */
function numericSort(events: readonly GapEvent[]): GapEvent[] {
  const agencies = [...new Set(events.map((e) => e.agency))].sort();
  const rank = new Map(agencies.map((name, i) => [name, i]));
  const keys = new Float64Array(events.length);
  events.forEach((e, i) => {
    const minute = e.time ? Number(e.time.slice(0, 2)) * 60 + Number(e.time.slice(3, 5)) : -1;
    keys[i] =
      (dayNumber(e.earliest) * 1441 + minute + 1) * agencies.length + (rank.get(e.agency) ?? 0);
  });
  const order = Array.from({ length: events.length }, (_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]! || events[a]!.seq - events[b]!.seq);
  return order.map((i) => events[i] as GapEvent);
}

/** A fixed-seed shuffle, so every run sorts the same order. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}
