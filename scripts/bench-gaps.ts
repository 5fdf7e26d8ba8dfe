/**
 * npm run bench:gaps — the gap list under load (issue #11, item 3). Builds a review of
 * BENCH_EVENTS events (100,000) in a real SQLite file, starts the real server on it, and has
 * BENCH_CLIENTS (4) clients fetch its flags as the web app does (pages of 1,000, up to 5,000
 * flags) for BENCH_SECONDS (30). Prints the flags, the answers' p95, and the server's peak
 * RSS next to its RSS once the flags were first computed (the floor): target under 400 MB.
 * The machine's load average is printed at the start and the end. (The gap engine's own speed,
 * against a sort of the same events on the same numeric key, is in bench:timeline.)
 */
import { createReview } from '../server/reviews/reviews.service';
import { submitChronology } from '../server/submissions/submissions.service';
import { AGENCIES, chronology } from './lib/bench-chronology';
import { printLoad } from './lib/bench-stats';
import { percentile, startServerProcess } from './lib/server-process';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENT_CAP = 5000;

printLoad('start');
const server = await startServerProcess({
  preload: async (db) => {
    const review = await createReview(db, {
      reference: 'BENCH-GAPS',
      title: 'Gap list benchmark',
      periodStart: '2015-01-01',
      periodEnd: '2024-12-31',
      jurisdiction: 'wales',
    });
    for (const [index, [agency, agencyKind]] of AGENCIES.entries()) {
      const csv = chronology(Math.ceil(EVENTS / AGENCIES.length), index);
      await submitChronology(db, {
        reviewId: review.id,
        agency,
        agencyKind,
        file: { bytes: Buffer.from(csv), fileName: 'bench.csv', mediaType: 'text/csv' },
      });
    }
    return review.id;
  },
});
try {
  const session = await server.session();
  const url = `${server.base}/api/reviews/${server.reviewId}/gaps`;
  const first = (await (await fetch(`${url}?limit=1`, { headers: session.headers })).json()) as {
    total: number;
  };
  const floorMb = server.rssMb();

  const latencies: number[] = [];
  let peakMb = floorMb;
  let bytes = 0;
  let errors = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, server.rssMb())), 100);
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline) {
        for (let offset = 0; offset < Math.min(first.total, CLIENT_CAP); offset += 1000) {
          const t0 = performance.now();
          const response = await fetch(`${url}?offset=${offset}`, { headers: session.headers });
          const body = await response.arrayBuffer();
          latencies.push(performance.now() - t0);
          bytes = Math.max(bytes, body.byteLength);
          if (response.status !== 200) errors++;
        }
      }
    }),
  );
  clearInterval(sampler);
  peakMb = Math.max(peakMb, server.rssMb());
  console.log(
    `${EVENTS.toLocaleString('en-GB')} events, ${first.total.toLocaleString('en-GB')} flags; ${CLIENTS} clients for ${SECONDS} s: ${latencies.length} pages, ${errors} errors, largest page ${(bytes / 1024).toFixed(0)} kB`,
  );
  console.log(
    `page p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
  );
  console.log(
    `server RSS: floor ${floorMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB; ratio peak/floor ${(peakMb / floorMb).toFixed(2)} (target peak < 400 MB)`,
  );
  if (errors > 0) process.exitCode = 1;
} finally {
  await server.stop();
  printLoad('end');
}
