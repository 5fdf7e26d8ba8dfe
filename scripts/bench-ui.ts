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
 * 3. Whole app: opens the timeline page of each review (BENCH_RUNS times, a fresh page each) and
 *    reads its own performance marks (events loaded from the API; timeline drawn), then waits
 *    for the main thread to be free.
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
import { compiledServerArgs } from './build-server';
import { ensureClientBuilt } from './ensure-client';
import { describeRatio, describeSummary, printLoad, ratioOf, summarise } from './lib/bench-stats';
import { serviceAccountEnv, signIn, waitUntilServing, type ApiSession } from './lib/server-session';

const root = path.resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '5000,50000').split(',').map(Number);
const BARE_LIMIT_MS = Number(process.env.BENCH_BARE_LIMIT_MS ?? 60_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EVERY_RUNS = Number(process.env.BENCH_EVERY_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-ui-'));
const AGENCIES = [
  ['Bench Police', 'police'],
  ['Bench Health Board', 'health'],
  ["Bench Children's Services", 'children-services'],
  ['Bench Housing', 'housing'],
  ['Bench Education', 'education'],
  ['Bench Probation', 'probation'],
] as const;

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
      const pages = [];
      for (let run = 0; run < RUNS; run++) {
        pages.push(
          await appRun(browser, `${server.baseUrl}/reviews/${reviewId}/timeline`, server.session),
        );
      }
      const draw = (runs: BenchResult[]) => runs.map((r) => r.drawMs);
      const label = `${size.toLocaleString('en-GB').padStart(7)} events`;
      const indent = ''.padStart(14);
      rows.push(
        `${label} | Tapestry timeline: whole period drawn ${describeSummary(summarise(draw(ours)), whole)}, zoom to 2 weeks ${describeSummary(summarise(ours.map((r) => r.zoomMs)), whole)} (${ours[0]?.zoomShows})`,
        `${indent} | floor, bare vis-timeline given the app's ${floor[0]?.items} items (${floor[0]?.zoomShows}): drawn ${describeSummary(summarise(draw(floor)), whole)}`,
        `${indent} | app/floor: ${describeRatio(ratioOf(draw(ours), draw(floor)))} (goal ≤ 1.5)`,
        every.length > 0
          ? `${indent} | against drawing every event: bare vis-timeline drawn ${describeSummary(summarise(draw(every)), whole)}${everyStopped ? `, then one run stopped after ${BARE_LIMIT_MS / 1000} s` : ''}, zoom ${describeSummary(summarise(every.map((r) => r.zoomMs)), whole)}; speed-up every/ours ${describeRatio(ratioOf(draw(every), draw(ours)))}`
          : `${indent} | against drawing every event: bare vis-timeline > ${BARE_LIMIT_MS / 1000} s (stopped); speed-up every/ours > ${(BARE_LIMIT_MS / summarise(draw(ours)).median).toFixed(0)}`,
        `${indent} | whole app page: events loaded ${describeSummary(summarise(pages.map((p) => p.loadedMs)), whole)}, timeline drawn ${describeSummary(summarise(pages.map((p) => p.drawnMs)), whole)}, interactive ${describeSummary(summarise(pages.map((p) => p.idleMs)), whole)} after navigation start`,
      );
      console.log(rows.slice(-5).join('\n'));
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
): Promise<BenchResult | undefined> {
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
    const run = page.evaluate(([m, file, width]) => window.runBench(m, file, width), [
      mode,
      `/events-${size}.json`,
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

async function appRun(browser: Browser, url: string, session: ApiSession) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // Signed in as the service account: the page reads the session cookie like any user's.
  // Path "/" as the server sets it: a cookie scoped to the page's path never reaches /api.
  const origin = new URL(url).origin;
  await context.addCookies([
    { name: session.cookieName, value: session.cookieValue, url: `${origin}/` },
  ]);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('tapestry:timeline-drawn').length > 0,
      null,
      { timeout: 60_000 },
    );
    // A string, not a function: tsx would wrap a function's inner helpers in its own __name.
    return (await page.evaluate(`(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const idleMs = performance.now();
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { loadedMs: at('tapestry:events-loaded'), drawnMs: at('tapestry:timeline-drawn'), idleMs };
    })()`)) as { loadedMs: number; drawnMs: number; idleMs: number };
  } finally {
    await page.close();
  }
}

/** One review per size: six agencies, events spread over a year, some dated approximately. */
async function seedReview(baseUrl: string, size: number, session: ApiSession): Promise<string> {
  const created = await fetch(`${baseUrl}/api/reviews`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      joinAsReviewer: true,
      reference: `BENCH ${size}`,
      title: 'Bench',
      periodStart: '2018-05-20',
      periodEnd: '2019-05-20',
      jurisdiction: 'wales',
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const perAgency = Math.ceil(size / AGENCIES.length);
  for (const [a, [agency, kind]] of AGENCIES.entries()) {
    const rows = Math.min(perAgency, size - a * perAgency);
    const form = new FormData();
    form.append('agency', agency);
    form.append('agencyKind', kind);
    form.append('file', new Blob([chronology(rows, a)], { type: 'text/csv' }), `${kind}.csv`);
    const response = await fetch(`${baseUrl}/api/reviews/${id}/submissions`, {
      method: 'POST',
      headers: session.headers,
      body: form,
    });
    if (response.status !== 201)
      throw new Error(`seed upload failed: ${response.status} ${await response.text()}`);
  }
  return id;
}

function chronology(rows: number, seed: number): string {
  const types = [
    'Home visit',
    'Tel call',
    'MARF',
    'Strat disc',
    'Letter',
    'Clinic',
    'DNA',
    'Core group',
    'Intel',
  ];
  const lines = ['Date,Time,Worker,Contact Type,Who was seen,Child Seen,Summary of contact,Ref'];
  const start = Date.UTC(2018, 4, 20);
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(((i * 365) / rows) * 86_400_000) + seed * 3_600_000);
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    // One row in twenty is dated to the month only, one in fifty marked uncertain.
    const date =
      i % 20 === 7
        ? `${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`
        : `${i % 50 === 3 ? '?' : ''}${dd}/${mm}/${day.getUTCFullYear()}`;
    lines.push(
      [
        date,
        `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
        `SW${i % 9}`,
        types[(i + seed) % types.length],
        'Mother; Infant',
        i % 3 ? 'Y' : 'N',
        `"Record ${i} of agency ${seed}: seen at home, discussed the plan."`,
        `R-${seed}-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
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
