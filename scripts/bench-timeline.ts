/**
 * npm run bench:timeline — builds reviews of 10,000 and 100,000 events in a real SQLite file
 * and prints, for each:
 *  - the filtered events query (Kysely + row mapping) next to the same SQL run bare through
 *    better-sqlite3 in the same process: p50 and p95 of CPU time, and their ratio (target ≤ 1.5);
 *  - the gap engine over all events and the review's rules next to one sort of the same
 *    events: best and p50 of CPU time, and their ratios (target ≤ 3). The best of 15 runs is
 *    the steadier figure on a shared 2-core machine: other work only ever adds to it;
 *  - the whole merged list as the panel gets it (every text field through a glossary of 60
 *    people with four names each) next to the same list as written: p50 of CPU time and their
 *    ratio (target ≤ 2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/connection';
import { migrateToLatest } from '../server/db/migrate';
import type { EventFilter } from '../server/events/event-filter';
import {
  currentEventsQuery,
  findCurrentEvents,
  findEventsForAnalysis,
} from '../server/events/events.repository';
import { redactEvent } from '../server/anonymise/glossary.service';
import { buildRedactor } from '../server/anonymise/redact';
import { toEventDto } from '../server/events/events.service';
import { evaluateGaps } from '../server/gaps/evaluate';
import { compareEvents } from '../server/gaps/gap-event';
import { toGapEvent } from '../server/gaps/gaps.service';
import { createReview } from '../server/reviews/reviews.service';
import { activeRules } from '../server/rules/rules.service';
import { submitChronology } from '../server/submissions/submissions.service';
import { AGENCIES, chronology } from './lib/bench-chronology';

const GLOSSARY = Array.from({ length: 60 }, (_, i) => ({
  label: `Person ${i + 1}`,
  names: [`Firstname${i} Surname${i}`, `Firstname${i}`, `Ms Surname${i}`, `Mr Surname${i}`],
}));

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 30;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-timeline-'));

try {
  for (const size of SIZES) await benchSize(size);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

async function benchSize(size: number) {
  const { db, sqlite } = openDatabase(path.join(work, `timeline-${size}.sqlite`));
  await migrateToLatest(db);
  const review = await createReview(db, {
    reference: `BENCH-${size}`,
    title: 'Benchmark review',
    periodStart: '2015-01-01',
    periodEnd: '2024-12-31',
    jurisdiction: 'wales',
  });
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
  console.log(`\n${size.toLocaleString('en-GB')} events, ${AGENCIES.length} agencies`);

  // A reviewer's typical view: one agency's contacts in one year, a page of 500.
  const filter: EventFilter = {
    agencyKeys: ['childrensservices'],
    types: ['contact.'],
    from: '2018-01-01',
    to: '2018-12-31',
  };
  const page = { limit: 500, offset: 0 };
  const viaKysely = async () =>
    (await findCurrentEvents(db, review.id, filter, page)).map(toEventDto).length;
  // The very SQL text and parameters Kysely sends, prepared once and run bare.
  const compiled = currentEventsQuery(db, review.id, filter, page).compile();
  const bare = sqlite.prepare(compiled.sql);
  const viaBare = async () => bare.all(...compiled.parameters).length;
  const rows = await viaKysely();
  if (rows !== (await viaBare())) throw new Error('the two queries disagree');
  const kysely = await timings(viaKysely);
  const raw = await timings(viaBare);
  console.log(
    `filtered query (${rows} rows): p50 ${ms(kysely.p50)} / p95 ${ms(kysely.p95)}; bare SQL p50 ${ms(raw.p50)} / p95 ${ms(raw.p95)}; ratio p50 ${(kysely.p50 / raw.p50).toFixed(2)}, p95 ${(kysely.p95 / raw.p95).toFixed(2)} (target ≤ 1.5)`,
  );

  const events = (await findEventsForAnalysis(db, review.id)).map(toGapEvent);
  const rules = await activeRules(db, review.id);
  const period = { start: '2015-01-01', end: '2024-12-31' };
  // The floor sorts the events from a shuffled order: the storage order (each agency's rows
  // already in date order) would make the sort a merge of five runs. The engine is given the
  // same shuffled events, so it sorts them too.
  const shuffled = shuffle(events);
  let flags = 0;
  const engine = await timings(async () => {
    flags = evaluateGaps({ events: shuffled, rules, period }).length;
  }, 15);
  const sort = await timings(async () => [...shuffled].sort(compareEvents).length, 15);
  console.log(
    `gap engine (${rules.length} rules, ${flags.toLocaleString('en-GB')} flags): best ${ms(engine.min)}, p50 ${ms(engine.p50)}; one sort of the same events best ${ms(sort.min)}, p50 ${ms(sort.p50)}; ratio best ${(engine.min / sort.min).toFixed(2)}, p50 ${(engine.p50 / sort.p50).toFixed(2)} (target ≤ 3)`,
  );

  // The panel's view: every event's text through the glossary. People's names appear in one
  // description in ten, as in a chronology that mostly writes roles.
  const everything = await findCurrentEvents(db, review.id, {}, { limit: size, offset: 0 });
  const redact = buildRedactor(GLOSSARY);
  const named = await timings(async () => everything.map(toEventDto).length, 10);
  const anonymised = await timings(
    async () => everything.map((row) => redactEvent(toEventDto(row), redact)).length,
    10,
  );
  console.log(
    `merged list of ${everything.length.toLocaleString('en-GB')} events: as written p50 ${ms(named.p50)}; anonymised (${GLOSSARY.length} people, ${GLOSSARY.length * 4} names) p50 ${ms(anonymised.p50)}; ratio ${(anonymised.p50 / named.p50).toFixed(2)} (target ≤ 2)`,
  );
  await db.destroy();
}

/**
 * p50 and p95 of the process's CPU time (user + system) per run, in ms: CPU time rather than
 * wall time, so that other work on a 2-core machine does not skew one side of a ratio.
 */
async function timings(run: () => Promise<unknown>, runs = RUNS) {
  // A few runs first, so both sides are measured once V8 has optimised them.
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    await run();
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { min: samples[0] as number, p50: at(0.5), p95: at(0.95) };
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
