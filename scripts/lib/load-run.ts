import type { ApiSession } from './server-session';
import { percentile, type ServerProcess } from './server-process';

// Many clients reading the demo review as reviewers do, for a fixed time: what `npm run
// bench:load` prints and what tests/process/load.test.ts checks (issue #11, "Done when").

export interface LoadFigures {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  /** Status or failure of the first few errors, to say what went wrong. */
  errorSamples: string[];
  perSecond: number;
  p50: number;
  p95: number;
  /**
   * Server RSS in MB: after a warm-up round, at the end of each third of the run (flat when
   * they level off rather than climb), at the peak, and a moment after the run.
   */
  rss: { warm: number; thirds: number[]; peak: number; after: number };
}

async function round(
  server: ServerProcess,
  sessions: ApiSession[],
  seconds: number,
  onPeak: () => void,
) {
  const reviewId = server.reviewId!;
  const review = `/api/reviews/${reviewId}`;
  const paths = [
    '/api/session',
    `${review}/events?limit=500`,
    `${review}/events?limit=200&q=visit&facets=false`,
    `${review}/gaps?limit=200`,
    `${review}/submissions`,
    `${review}/rules`,
    `${review}/events?flagged=true&limit=200`,
  ];
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const sampler = setInterval(onPeak, 100);
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (session, client) => {
      for (let i = client; Date.now() < deadline; i++) {
        const path = paths[i % paths.length]!;
        const t0 = performance.now();
        try {
          const response = await fetch(`${server.base}${path}`, { headers: session.headers });
          await response.arrayBuffer();
          if (response.status !== 200) {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`${response.status} ${path}`);
          }
        } catch (error) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(`${String(error)} ${path}`);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  clearInterval(sampler);
  return { latencies, errors, errorSamples };
}

/** `clients` signed-in reviewers, each sending its next request as soon as the last answers. */
export async function runLoad(
  server: ServerProcess,
  clients: number,
  seconds: number,
): Promise<LoadFigures> {
  // Eight sessions between them, signed in one after another: the sign-in throttle counts an
  // attempt as a failure until it succeeds, and every client here comes from 127.0.0.1.
  const signedIn: ApiSession[] = [];
  for (let i = 0; i < Math.min(clients, 8); i++) signedIn.push(await server.session());
  const sessions = Array.from({ length: clients }, (_, i) => signedIn[i % signedIn.length]!);
  let peak = 0;
  const samplePeak = () => (peak = Math.max(peak, server.rssMb()));
  await round(server, sessions, Math.min(2, seconds), samplePeak);
  const warm = server.rssMb();
  peak = warm;
  const thirds: number[] = [];
  const marks = [1, 2, 3].map((n) =>
    setTimeout(() => thirds.push(server.rssMb()), (n * seconds * 1000) / 3 - 50),
  );
  const run = await round(server, sessions, seconds, samplePeak);
  marks.forEach(clearTimeout);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    clients,
    seconds,
    requests: run.latencies.length,
    errors: run.errors,
    errorSamples: run.errorSamples,
    perSecond: run.latencies.length / seconds,
    p50: percentile(run.latencies, 50),
    p95: percentile(run.latencies, 95),
    rss: { warm, thirds, peak, after: server.rssMb() },
  };
}

export function describeLoad(f: LoadFigures): string {
  return [
    `${f.clients} clients for ${f.seconds} s on the demo review: ${f.requests} requests (${f.perSecond.toFixed(0)}/s), ${f.errors} errors${f.errorSamples.length ? ` (${f.errorSamples.join('; ')})` : ''}`,
    `latency p50 ${f.p50.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms`,
    `server RSS: ${f.rss.warm.toFixed(0)} MB after warm-up; ${f.rss.thirds.map((r) => r.toFixed(0)).join(', ')} MB at each third of the run; peak ${f.rss.peak.toFixed(0)} MB, ${f.rss.after.toFixed(0)} MB after the run; ratio after/warm ${(f.rss.after / f.rss.warm).toFixed(2)}`,
  ].join('\n');
}
