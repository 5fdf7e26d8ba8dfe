// bench:timeline's slim-feed line (issue #15): GET …/timeline/feed?labels=false, as the web app
// asks for it, through the whole app (app.inject: routing, session, view, ETag, the query,
// encoding, JSON) against the bare SQL that reads the same columns with the same WHERE and
// ORDER, prepared once. (Until 07/12/2026 both sides read the labels too.)
import type BetterSqlite3 from 'better-sqlite3';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Db } from '../../server/db/handle';
import { createSession } from '../../server/auth/accounts.repository';
import { sessionCookieName } from '../../server/auth/plugin';
import { currentFeedQuery } from '../../server/events/events.repository';
import { describeRatio, describeSummary, ratioOf, type Summary } from './bench-stats';

type Timings = Summary & { samples: number[]; p95: number };

/**
 * Prints the feed's line. `userId` is a reviewer of the review; `timings` is the bench's CPU
 * timer (so both sides are timed alike, each after warm-up runs).
 */
export async function benchFeed(
  db: Db,
  sqlite: BetterSqlite3.Database,
  reviewId: string,
  userId: string,
  timings: (run: () => Promise<unknown>, runs?: number) => Promise<Timings>,
): Promise<string> {
  // Nothing held (FEED_CACHE_MB=0): this measures working the answer out, every run; a held
  // answer is sent without reading the review (server/timeline/held-feeds.ts).
  const config = loadConfig({ DATABASE_PATH: ':memory:', FEED_CACHE_MB: '0' });
  const app = await buildApp({ db, config });
  try {
    const { token } = await createSession(db, userId, 1);
    const headers = { cookie: `${sessionCookieName(config)}=${token}` };
    const url = `/api/reviews/${reviewId}/timeline/feed?labels=false`;
    let bytes = 0;
    let total = 0;
    const viaRoute = async () => {
      const response = await app.inject({ url, headers });
      if (response.statusCode !== 200) throw new Error(`feed: ${response.statusCode}`);
      bytes = response.rawPayload.length;
      return bytes;
    };
    const compiled = currentFeedQuery(db, reviewId, { scopeAgencyKey: null }, false).compile();
    const bare = sqlite.prepare(compiled.sql);
    const viaBare = async () => (total = bare.all(...compiled.parameters).length);
    await viaBare();
    await viaRoute();
    const route = await timings(viaRoute, 10);
    const floor = await timings(viaBare, 10);
    const ratio = route.median / floor.median;
    const packed = await app.inject({ url, headers: { ...headers, 'accept-encoding': 'br' } });
    console.log(
      `slim feed of ${total.toLocaleString('en-GB')} events (${mb(bytes)} JSON, ${mb(packed.rawPayload.length)} in brotli): route ${describeSummary(route, ms)}; bare SQL of its columns ${describeSummary(floor, ms)}; ${describeRatio(ratioOf(route.samples, floor.samples))}, p50 ${ratio.toFixed(2)} (target ≤ 1.5)`,
    );
    return ratio.toFixed(2);
  } finally {
    await app.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
