import { afterAll, describe, expect, it } from 'vitest';
import {
  chronologyCsv,
  createReviewOver,
  percentile,
  startServerProcess,
  uploadCsv,
  type ServerProcess,
} from '../../scripts/lib/server-process';
import { WARM_AFTER_QUIET_MS } from '../../server/gaps/warm-gaps';

// Fifteen agencies upload 5,000-row chronologies at once while a reviewer reads another
// review (issue #11, item 14). Uploads are parsed and stored in the upload thread, so the
// reader's requests do not wait behind them. The reader's p95 is compared with its own p95
// before the uploads, measured in the same run on the same machine: the floor.

const UPLOADS = 15;
const ROWS = 5000;

let server: ServerProcess | undefined;
afterAll(() => server?.stop());

async function read(base: string, headers: Record<string, string>, reviewId: string) {
  const latencies: number[] = [];
  for (const path of [`events?limit=200`, `gaps?limit=100`]) {
    const t0 = performance.now();
    const response = await fetch(`${base}/api/reviews/${reviewId}/${path}`, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`reader got ${response.status} on ${path}`);
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

describe('reads while fifteen agencies upload', () => {
  it('are answered about as fast as without the uploads, and every upload lands whole', async () => {
    server = await startServerProcess();
    const reader = await server.session();
    const readReview = await createReviewOver(server, reader, 'READ');
    expect(
      (await uploadCsv(server, reader, readReview, 'Police', chronologyCsv(2000))).status,
    ).toBe(201);
    const uploadReview = await createReviewOver(server, reader, 'UPLOADS');
    // Five sessions of three uploads each, inside the per-session limit of five at once (the
    // sign-in throttle refuses fifteen sign-ins from one address in a burst).
    const signedIn: Awaited<ReturnType<ServerProcess['session']>>[] = [];
    for (let i = 0; i < 5; i++) signedIn.push(await server.session());
    const sessions = Array.from({ length: UPLOADS }, (_, i) => signedIn[i % signedIn.length]!);

    const floor: number[] = [];
    for (let i = 0; i < 20; i++)
      floor.push(...(await read(server.base, reader.headers, readReview)));

    let uploading = true;
    const uploads = Promise.all(
      sessions.map((session, i) =>
        uploadCsv(server!, session, uploadReview, `Agency ${i + 1}`, chronologyCsv(ROWS, `A${i}`)),
      ),
    ).finally(() => (uploading = false));
    const loaded: number[] = [];
    const started = performance.now();
    while (uploading) loaded.push(...(await read(server.base, reader.headers, readReview)));
    const took = performance.now() - started;
    // And on through the quiet after them, when the server may work out a changed review's
    // flags in the background (gaps/warm-gaps.ts): it must not do so for a review nobody is
    // looking at, and a reader of another review must not wait behind it.
    const after = performance.now();
    const quiet: number[] = [];
    while (performance.now() - after < WARM_AFTER_QUIET_MS + 2000)
      quiet.push(...(await read(server.base, reader.headers, readReview)));
    const statuses = (await uploads).map((r) => r.status);

    const floorP95 = percentile(floor, 95);
    const loadedP95 = percentile(loaded, 95);
    console.log(
      `${UPLOADS} uploads × ${ROWS} rows in ${(took / 1000).toFixed(1)} s; reader: ${loaded.length} requests, p95 ${loadedP95.toFixed(0)} ms (max ${Math.max(...loaded).toFixed(0)} ms) against ${floorP95.toFixed(0)} ms unloaded; ratio ${(loadedP95 / floorP95).toFixed(2)}; server RSS ${server.rssMb().toFixed(0)} MB`,
    );
    expect(statuses).toEqual(Array(UPLOADS).fill(201));
    expect(loaded.length).toBeGreaterThan(10);
    // Issue #11 asks for under 200 ms (it was 3.7 s). On a shared machine the floor moves, so
    // the bound is 200 ms or four times this run's unloaded p95, whichever is larger.
    expect(loadedP95).toBeLessThan(Math.max(200, 4 * floorP95));
    // No read after the uploads waits behind a second of flags worked out for nobody (with
    // the warm-up not limited to reviews in use, one waited 858 ms).
    console.log(
      `after the uploads: ${quiet.length} requests, max ${Math.max(...quiet).toFixed(0)} ms`,
    );
    expect(Math.max(...quiet)).toBeLessThan(Math.max(600, 10 * floorP95));

    const events = await fetch(
      `${server.base}/api/reviews/${uploadReview}/events?limit=1&facets=false`,
      { headers: reader.headers },
    ).then((r) => r.json() as Promise<{ total: number }>);
    expect(events.total).toBe(UPLOADS * ROWS);
  }, 120_000);
});
