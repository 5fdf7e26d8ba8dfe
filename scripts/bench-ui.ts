/**
 * npm run bench:ui — how fast the merged timeline draws a long review, in headless Chromium,
 * next to a bare vis-timeline given the same events in the same run.
 *
 * 1. Starts the real server on its own SQLite file and uploads generated reviews of 5,000 and
 *    50,000 events (six agencies over one year) through the API.
 * 2. Component, each run in a fresh browser: the app's TimelineView draws the whole period from
 *    the events (fetched from the API), timed until drawn and the main thread free, then a zoom
 *    to two weeks until it is drawn. Next to it, in the same run of the script:
 *    - the floor: a bare vis-timeline given the very items the app draws for the whole period
 *      (at most 350 events, or per-lane totals), worked out by the app's own level-of-detail
 *      code before its timing starts; app / floor is the app's own overhead (goal ≤ 1.5);
 *    - "every event": a bare vis-timeline given every event as a plain item; every / app is
 *      what summarising saves. Stopped after BARE_LIMIT_MS, and not run again once stopped.
 *    BENCH_RUNS (5) runs of the app and of the floor, BENCH_EVERY_RUNS (3) of every event,
 *    alternating; the median and spread (lowest–highest) are printed.
 * 3. The walk-through's strip (presentation mode), each run in a fresh browser: drawn from every
 *    event of the review, as the presentation draws it once per sequence, then one step.
 * 4. Whole app: opens the timeline page of each review (BENCH_RUNS times, a fresh page each) and
 *    reads its own performance marks (events loaded from the API; timeline drawn), then waits
 *    for the main thread to be free and to stay free: interactive is the end of the last long
 *    task after the draw before 500 ms with none (bench-ui-page.ts); from the browser, the bytes received over the network, the
 *    server's time for the events' requests and the JS heap after a garbage collection
 *    (scripts/lib/bench-ui-page.ts). The first visit is printed on its own: the server holds
 *    nothing for the review yet, and works out the feed and the gaps; the medians are of the
 *    visits after it, which get the feed the server holds (server/timeline/held-feeds.ts).
 *    Page interactive / component drawn is the page's cost over the component's (goal ≤ 2.5).
 *    Beside it, the least page (bench-page.tsx, runLeastPage): a page that only asks for the
 *    same feed from its HTML, loads its script, decodes the feed and draws the app's timeline
 *    for the whole period, in a fresh context of the same browser. It is the floor of the
 *    whole page: least page ÷ component is what any page pays for its script and its data, and
 *    page ÷ least page is what the app adds (filters, table, side panel, flags, its own boot).
 *    The same for the walk-through page (presentation mode)
 *    on the review's first event, until its `tapestry:present-drawn` mark.
 * The machine's load average is printed at the start and the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import type { BenchMode, BenchResult } from './bench-ui/bench-page';
import type { StripBenchResult } from './bench-ui/strip-bench';
import { compiledServerArgs } from './build-server';
import { ensureClientBuilt } from './ensure-client';
import { describeRatio, describeSummary, printLoad, ratioOf, summarise } from './lib/bench-stats';
import { appRun, type PageRun } from './lib/bench-ui-page';
import { seedReview } from './lib/bench-ui-seed';
import { serviceAccountEnv, signIn, waitUntilServing, type ApiSession } from './lib/server-session';

const root = path.resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '5000,50000').split(',').map(Number);
const BARE_LIMIT_MS = Number(process.env.BENCH_BARE_LIMIT_MS ?? 60_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EVERY_RUNS = Number(process.env.BENCH_EVERY_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-ui-'));

async function main() {
  printLoad('start');
  await ensureClientBuilt();
  const server = await startServer();
  const pageServer = await servePageBundle();
  const browser = await launch();
  try {
    const rows: string[] = [];
    for (const size of SIZES) {
      const reviewId = await seedReview(server.baseUrl, size, server.session);
      const events = await (
        await fetch(`${server.baseUrl}/api/reviews/${reviewId}/events?limit=100000&facets=false`, {
          headers: server.session.headers,
        })
      ).json();
      fs.writeFileSync(
        path.join(pageServer.dir, `events-${size}.json`),
        JSON.stringify(events.events),
      );
      // The feed as the app asks for it, for the least page.
      const feed = await fetch(
        `${server.baseUrl}/api/reviews/${reviewId}/timeline/feed?labels=false`,
        {
          headers: server.session.headers,
        },
      );
      fs.writeFileSync(path.join(pageServer.dir, `feed-${size}.json`), await feed.text());

      const ours: BenchResult[] = [];
      const floor: BenchResult[] = [];
      const every: BenchResult[] = [];
      let everyStopped = false;
      for (let run = 0; run < RUNS; run++) {
        const app = await componentRun(pageServer.url, 'tapestry', size);
        if (!app) throw new Error('the app did not draw within the limit');
        ours.push(app);
        const bare = await componentRun(pageServer.url, 'floor', size, app.widthPx);
        if (!bare) throw new Error('the floor did not draw within the limit');
        floor.push(bare);
        if (run < EVERY_RUNS && !everyStopped) {
          const all = await componentRun(pageServer.url, 'every', size);
          if (all) every.push(all);
          else everyStopped = true;
        }
      }
      const strips: StripBenchResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        const strip = await componentRun(pageServer.url, 'strip', size);
        if (!strip) throw new Error('the walk-through strip did not draw within the limit');
        strips.push(strip);
      }
      const leastPages: number[] = [];
      for (let run = 0; run < RUNS; run++)
        leastPages.push(await leastPageRun(browser, `${pageServer.url}?least=/feed-${size}.json`));
      const pages: PageRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        pages.push(
          await appRun(browser, `${server.baseUrl}/reviews/${reviewId}/timeline`, server.session),
        );
      }
      const presents: PageRun[] = [];
      const firstId = (events.events as { id: string }[])[0]?.id ?? '';
      for (let run = 0; run < RUNS; run++) {
        presents.push(
          await appRun(
            browser,
            `${server.baseUrl}/reviews/${reviewId}/present?event=${firstId}`,
            server.session,
            'tapestry:present-drawn',
          ),
        );
      }
      // The first visit finds nothing held by the server (the feed and the gaps are worked
      // out); the visits after it get the feed the server holds for its tag (held-feeds.ts),
      // as a second panel member or a reviewer coming back does.
      const first = pages[0] as PageRun;
      const revisits = pages.length > 1 ? pages.slice(1) : pages;
      const draw = (runs: BenchResult[]) => runs.map((r) => r.drawMs);
      const ofPresent = (read: (p: PageRun) => number, format: (v: number) => string) =>
        describeSummary(summarise(presents.map(read)), format);
      const of = (read: (p: PageRun) => number, format: (v: number) => string) =>
        describeSummary(summarise(revisits.map(read)), format);
      const label = `${size.toLocaleString('en-GB').padStart(7)} events`;
      const indent = ''.padStart(14);
      const interactiveGoal = size <= 5000 ? 800 : 1500;
      rows.push(
        `${label} | Tapestry timeline: whole period drawn ${describeSummary(summarise(draw(ours)), whole)}, zoom to 2 weeks ${describeSummary(summarise(ours.map((r) => r.zoomMs)), whole)} (${ours[0]?.zoomShows})`,
        `${indent} | floor, bare vis-timeline given the app's ${floor[0]?.items} items (${floor[0]?.zoomShows}): drawn ${describeSummary(summarise(draw(floor)), whole)}`,
        `${indent} | app/floor: ${describeRatio(ratioOf(draw(ours), draw(floor)))} (goal ≤ 1.5)`,
        every.length > 0
          ? `${indent} | against drawing every event: bare vis-timeline drawn ${describeSummary(summarise(draw(every)), whole)}${everyStopped ? `, then one run stopped after ${BARE_LIMIT_MS / 1000} s` : ''}, zoom ${describeSummary(summarise(every.map((r) => r.zoomMs)), whole)}; speed-up every/ours ${describeRatio(ratioOf(draw(every), draw(ours)))}`
          : `${indent} | against drawing every event: bare vis-timeline > ${BARE_LIMIT_MS / 1000} s (stopped); speed-up every/ours > ${(BARE_LIMIT_MS / summarise(draw(ours)).median).toFixed(0)}`,
        `${indent} | whole app page, first visit (nothing held by the server): events loaded ${whole(first.loadedMs)}, timeline drawn ${whole(first.drawnMs)}, interactive ${whole(first.idleMs)}, server time ${whole(first.serverMs)} (1 run)`,
        `${indent} | whole app page, visits after (the feed held): events loaded ${of((p) => p.loadedMs, whole)}, timeline drawn ${of((p) => p.drawnMs, whole)}, interactive ${of((p) => p.idleMs, whole)} after navigation start (goal ≤ ${interactiveGoal} ms)`,
        `${indent} | whole app page, visits after: first free moment after the draw ${of((p) => p.firstFreeMs, whole)}; long tasks after the draw ${of((p) => p.lateLongTasks, String)}, ${of((p) => p.lateLongTaskMs, whole)} in all (interactive waits for them)`,
        `${indent} | whole app page, visits after: bytes sent ${of((p) => p.bytes, megabytes)} (the events' requests ${of((p) => p.eventBytes, megabytes)}), server time ${of((p) => p.serverMs, whole)} over ${pages[0]?.eventRequests} events request(s) (${pages[0]?.serverTimeFrom === 'server-timing' ? 'Server-Timing' : 'first byte waited'}), JS heap ${of((p) => p.heapBytes, megabytes)} after GC (goal ≤ 150 MB)`,
        `${indent} | page interactive / component drawn: ${describeRatio(
          ratioOf(
            revisits.map((p) => p.idleMs),
            draw(ours),
          ),
        )} (goal ≤ 2.5)`,
        `${indent} | least page (its script, the feed, decoded, the app's timeline drawn; nothing else): drawn ${describeSummary(summarise(leastPages), whole)} after navigation start; ÷ component ${describeRatio(ratioOf(leastPages, draw(ours)))}; page interactive ÷ least page ${describeRatio(
          ratioOf(
            revisits.map((p) => p.idleMs),
            leastPages,
          ),
        )}`,
        `${indent} | walk-through strip: drawn ${describeSummary(summarise(strips.map((r) => r.drawMs)), whole)}${size >= 50_000 ? ' (goal ≤ 500 ms at 50,000)' : ''}, one step ${describeSummary(summarise(strips.map((r) => r.stepMs)), whole)}, ${strips[0]?.nodes} elements`,
        `${indent} | walk-through page: interactive ${ofPresent((p) => p.idleMs, whole)} after navigation start, bytes sent ${ofPresent((p) => p.bytes, megabytes)} (the events' requests ${ofPresent((p) => p.eventBytes, megabytes)}), JS heap ${ofPresent((p) => p.heapBytes, megabytes)} after GC`,
      );
      console.log(rows.slice(-12).join('\n'));
    }
    console.log(
      `\nChromium ${browser.version()}, ${os.cpus().length} CPUs, Node ${process.version}`,
    );
  } finally {
    await browser.close();
    pageServer.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
    printLoad('end');
  }
}

const whole = (ms: number) => `${Math.round(ms)} ms`;
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Each run in a browser of its own: a bare run still drawing blocks its renderer, and neither
 * closing the page nor the browser politely ends it; killing the browser's process does.
 */
async function componentRun(
  url: string,
  mode: BenchMode,
  size: number,
  widthPx?: number,
): Promise<BenchResult | undefined>;
async function componentRun(
  url: string,
  mode: 'strip',
  size: number,
): Promise<StripBenchResult | undefined>;
async function componentRun(
  url: string,
  mode: BenchMode | 'strip',
  size: number,
  widthPx?: number,
): Promise<BenchResult | StripBenchResult | undefined> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    const file = `/events-${size}.json`;
    const run =
      mode === 'strip'
        ? page.evaluate((f) => window.runStripBench(f), file)
        : page.evaluate(([m, f, width]) => window.runBench(m, f, width), [
            mode,
            file,
            widthPx,
          ] as const);
    run.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>(
      (r) => (timer = setTimeout(() => r(undefined), BARE_LIMIT_MS)),
    );
    const result = await Promise.race([run, timeout]);
    clearTimeout(timer);
    return result;
  } finally {
    await server.kill();
  }
}

/**
 * The least page (bench-page.tsx, runLeastPage), opened like the app's page: a fresh context
 * of the running browser. Its drawn time, ms after navigation start.
 */
async function leastPageRun(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.leastPage !== undefined, undefined, {
      timeout: 120_000,
    });
    return (await page.evaluate(() => window.leastPage?.drawnMs)) ?? NaN;
  } finally {
    await context.close();
  }
}

async function servePageBundle(): Promise<{ url: string; dir: string; close(): void }> {
  const dir = path.join(work, 'page');
  await build({
    configFile: false,
    root: path.join(root, 'scripts', 'bench-ui'),
    plugins: [preact()],
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = http.createServer((request, response) => {
    const name = path
      .normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'))
      .replace(/^(\.\.[/\\])+/, '');
    const file = path.join(dir, name === '/' ? 'index.html' : name);
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, dir, close: () => server.close() };
}

async function startServer(): Promise<{
  baseUrl: string;
  session: ApiSession;
  stop(): Promise<void>;
}> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
  const child: ChildProcess = spawn(process.execPath, await compiledServerArgs(), {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: path.join(work, 'bench.sqlite'),
      LOG_LEVEL: 'warn',
      ...serviceAccountEnv(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseUrl, 20_000, child);
  const session = await signIn(baseUrl);
  return {
    baseUrl,
    session,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

await main();
