/**
 * npm run bench:ingest — uploads a generated 100,000-row chronology over HTTP to a real server
 * process (its own SQLite file) and compares it with a floor measured in the same run: the CSV
 * parser alone plus a raw prepared INSERT of the same rows in one transaction.
 * Targets (issue #2): ratio ≤ 2, server peak RSS ≤ 300 MB.
 * With BENCH_DATABASE_URL (or DATABASE_URL) naming a PostgreSQL server, the CSV row runs again
 * on PostgreSQL (issue #14): the server on a throwaway database, against `pg`'s own floor on
 * another (scripts/lib/bench-ingest-floors.ts), same target; without one, a line says it was
 * not run and how to run it (`npm run bench:pg -- ingest`). The XLSX row stays on SQLite: its
 * floor is the reader alone, and storing rows is the CSV row's measure.
 * Then the same chronology as an .xlsx, against exceljs's own streaming reader reading the
 * same file. Targets (issue #10): ratio ≤ 3, server peak RSS during that upload ≤ 400 MB.
 * Each side runs BENCH_RUNS (3) times, floor and upload in turn, and the median and spread
 * (lowest–highest) are printed, in wall time and in CPU time. Both sides' CPU time is counted
 * inside their timed windows only: the server opened and migrated its database before, and so
 * does the floor. The machine's load average is printed at the start and the end.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledServerArgs } from './build-server';
import {
  openPostgresFloor,
  openSqliteFloor,
  type IngestFloor,
  type Run,
} from './lib/bench-ingest-floors';
import { generateChronology } from './lib/bench-ingest-rows';
import { readWithExcelJs, writeChronologyXlsx } from './lib/bench-xlsx';
import { benchDatabaseUrl, createBenchDatabase, printPostgresNotRun } from './lib/bench-postgres';
import {
  describeRatio,
  describeSummary,
  printLoad,
  ratioOf,
  summarise,
  type Summary,
} from './lib/bench-stats';
import {
  freePort,
  serviceAccountEnv,
  signIn,
  waitUntilServing,
  type ApiSession,
} from './lib/server-session';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PORT = Number(process.env.BENCH_PORT ?? (await freePort()));
/** The service account's session on the benchmark's server, once it has started. */
let session: ApiSession;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-'));

printLoad('start');
const csv = generateChronology(ROWS);
const bytes = Buffer.from(csv, 'utf8');
console.log(
  `chronology: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / 1e6).toFixed(1)} MB, ${RUNS} runs a side`,
);

let server: ReturnType<typeof spawn>;
// BENCH_ONLY=csv or BENCH_ONLY=xlsx runs one row: for working on one path (the docs' figures
// come from both).
const ONLY = process.env.BENCH_ONLY;
/** Each dialect's CSV ratio (wall time), printed side by side at the end. */
const csvRatios: { dialect: string; ratio: Summary }[] = [];
if (ONLY !== 'xlsx') {
  const sqlite = { DATABASE_PATH: path.join(work, 'server.sqlite'), DATABASE_URL: '' };
  csvRatios.push(await benchCsv('SQLite', sqlite, () => openSqliteFloor(work)));
  if (benchDatabaseUrl) csvRatios.push(await benchCsvOnPostgres());
}

// The XLSX row gets a server of its own, so its peak RSS is its own, not the CSV upload's.
if (ONLY !== 'csv') {
  server = await startServer({ DATABASE_PATH: path.join(work, 'xlsx.sqlite'), DATABASE_URL: '' });
  try {
    await benchXlsx(await createReview());
  } finally {
    await stopServer(server);
  }
}
if (ONLY !== 'xlsx') {
  console.log(`\nCSV upload/floor, each against its own dialect's floor, wall time (target ≤ 2):`);
  for (const { dialect, ratio } of csvRatios) {
    console.log(`  ${dialect.padEnd(10)} ${describeRatio(ratio).replace(/^ratio /, '')}`);
  }
  if (!benchDatabaseUrl) printPostgresNotRun('ingest');
}
fs.rmSync(work, { recursive: true, force: true });
printLoad('end');

/** The CSV row on PostgreSQL: the server and the floor each on a throwaway database. */
async function benchCsvOnPostgres() {
  const serverDb = await createBenchDatabase();
  const floorDb = await createBenchDatabase();
  try {
    return await benchCsv('PostgreSQL', { DATABASE_URL: serverDb.url }, () =>
      openPostgresFloor(floorDb.url),
    );
  } finally {
    await serverDb.drop();
    await floorDb.drop();
  }
}

/**
 * The CSV row on one dialect: the generated chronology over HTTP to a server on `database`
 * (its environment) against that dialect's floor: the parser and a bare INSERT.
 */
async function benchCsv(
  dialect: string,
  database: Record<string, string>,
  openFloor: () => Promise<IngestFloor>,
): Promise<{ dialect: string; ratio: Summary }> {
  console.log(`\nCSV, ${dialect}:`);
  server = await startServer(database);
  try {
    const reviewId = await createReview();
    // A server is long-running: one small upload first, so the measured one is not also paying
    // for the JIT compiling the ingest code.
    await postFile(reviewId, 'Warm-up Agency', Buffer.from(generateChronology(2_000)));
    // The floor's database is opened and migrated here, outside its timed runs, as the server's
    // was before it started listening; each run stores its rows as a new submission, so both
    // sides write into a database that grows run by run.
    const floor = await openFloor();
    const floors: Run[] = [];
    const uploads: Run[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        // Each timed phase starts with the disk's write-back queue empty (`sync`): otherwise
        // whichever phase runs second pays for flushing the first one's 60 MB of WAL.
        execFileSync('sync');
        floors.push(await floor.measure(bytes, run));
        execFileSync('sync');
        uploads.push(await timedUpload(() => postFile(reviewId, `Bench Agency ${run + 1}`, bytes)));
      }
    } finally {
      await floor.close();
    }
    const peakRssMb = peakRss(server.pid as number);
    const rowsPerSecond = Math.round((ROWS / summarise(wall(uploads)).median) * 1000);
    console.log(
      `upload over HTTP:   ${describeSummary(summarise(wall(uploads)), whole)}  (${rowsPerSecond.toLocaleString('en-GB')} rows/s)`,
    );
    console.log(`floor (${floor.label}): ${describeSummary(summarise(wall(floors)), whole)}`);
    console.log(`ratio upload/floor, wall time: ${ratioLine(uploads, floors, wall)}  (target ≤ 2)`);
    // CPU time leaves out waiting for the disk to confirm the commit (fsync), which varies a lot
    // on a virtual machine's disk and is the same work on both sides. On PostgreSQL it is the
    // app's and the floor's own processes only: the database's work is in its server, which
    // the wall time counts.
    const whose = dialect === 'PostgreSQL' ? ' (Node processes only)' : '';
    console.log(
      `CPU time${whose}: server ${describeSummary(summarise(cpu(uploads)), whole)}, floor ${describeSummary(summarise(cpu(floors)), whole)}, ratio ${ratioLine(uploads, floors, cpu)}`,
    );
    console.log(`server peak RSS:    ${peakRssMb.toFixed(0)} MB  (target ≤ 300)`);
    return { dialect, ratio: ratioOf(wall(uploads), wall(floors)) };
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    await stopServer(server);
  }
}

/** Times one upload on the server: wall time here, the server's CPU time from /proc. */
async function timedUpload(upload: () => Promise<Response>): Promise<Run> {
  const started = performance.now();
  const cpuBefore = cpuMs(server.pid as number);
  const response = await upload();
  const body = (await response.json()) as { submission?: { eventCount: number } };
  const ms = performance.now() - started;
  const used = cpuMs(server.pid as number) - cpuBefore;
  if (response.status !== 201 || body.submission?.eventCount !== ROWS) {
    throw new Error(`upload failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { ms, cpuMs: used };
}

async function stopServer(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The XLSX row: the same rows as a workbook, uploaded against exceljs's streaming reader. */
async function benchXlsx(reviewId: string) {
  const file = path.join(work, 'bench.xlsx');
  await writeChronologyXlsx(file, ROWS);
  const warmUp = path.join(work, 'warm-up.xlsx');
  await writeChronologyXlsx(warmUp, 2_000);
  const bytes = fs.readFileSync(file);
  console.log(
    `\nXLSX: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`,
  );
  const idleMb = residentMb(server.pid as number, 'VmRSS');
  await postFile(reviewId, 'Warm-up XLSX', fs.readFileSync(warmUp), 'warm-up.xlsx', XLSX_TYPE);
  // What the server holds before the measured uploads: the peak below is read against it.
  console.log(
    `server RSS: ${idleMb.toFixed(0)} MB started, ${residentMb(server.pid as number, 'VmRSS').toFixed(0)} MB after a 2,000-row warm-up (its upload thread started)`,
  );
  const floors: Run[] = [];
  const uploads: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    execFileSync('sync');
    const floorCpuStart = process.cpuUsage();
    const floor = await readWithExcelJs(file);
    const floorCpu = process.cpuUsage(floorCpuStart);
    if (floor.rows !== ROWS + 3) throw new Error(`exceljs read ${floor.rows} rows`);
    floors.push({ ms: floor.ms, cpuMs: (floorCpu.user + floorCpu.system) / 1000 });
    execFileSync('sync');
    uploads.push(
      await timedUpload(() =>
        postFile(reviewId, `Bench XLSX ${run + 1}`, bytes, 'bench.xlsx', XLSX_TYPE),
      ),
    );
  }
  const peakRssMb = peakRss(server.pid as number);
  console.log(`xlsx upload over HTTP: ${describeSummary(summarise(wall(uploads)), whole)}`);
  console.log(
    `floor (exceljs streaming WorkbookReader, same file): ${describeSummary(summarise(wall(floors)), whole)}`,
  );
  console.log(
    `ratio xlsx upload/floor, wall time: ${ratioLine(uploads, floors, wall)}  (target ≤ 3)`,
  );
  console.log(
    `CPU time: server ${describeSummary(summarise(cpu(uploads)), whole)}, floor ${describeSummary(summarise(cpu(floors)), whole)}, ratio ${ratioLine(uploads, floors, cpu)}`,
  );
  console.log(`server peak RSS (xlsx upload): ${peakRssMb.toFixed(0)} MB  (target ≤ 400)`);
}

/** A server on `database`: DATABASE_PATH (SQLite) or DATABASE_URL (PostgreSQL). */
async function startServer(database: Record<string, string>) {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // As `npm start` runs it: compiled JavaScript, built first if stale.
  const child = spawn(process.execPath, [...profile, ...(await compiledServerArgs())], {
    env: {
      ...process.env,
      PORT: String(PORT),
      ...database,
      // The generated file is ~25 MB, over the default 20 MB limit.
      UPLOAD_LIMIT_MB: '200',
      LOG_LEVEL: process.env.BENCH_LOG ?? 'warn',
      ...serviceAccountEnv(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    // Starting is not measured; on a loaded shared machine it can take over 10 s.
    await waitUntilServing(`http://127.0.0.1:${PORT}`, 60_000, child);
    session = await signIn(`http://127.0.0.1:${PORT}`);
  } catch (error) {
    child.kill();
    throw error;
  }
  return child;
}

/** multipart/form-data assembled by hand and sent in one write, as a browser streams a file. */
async function postFile(
  reviewId: string,
  agency: string,
  file: Buffer,
  fileName = 'bench.csv',
  type = 'text/csv',
) {
  const boundary = `----tapestry-bench-${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="agency"\r\n\r\n${agency}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return fetch(`http://127.0.0.1:${PORT}/api/reviews/${reviewId}/submissions`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

async function createReview(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}/api/reviews`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      joinAsReviewer: true,
      reference: 'BENCH',
      title: 'Benchmark',
      periodStart: '2015-01-01',
      periodEnd: '2025-12-31',
      jurisdiction: 'england',
    }),
  });
  return ((await response.json()) as { id: string }).id;
}

/** The process's CPU time so far (user + system), from /proc; 10 ms resolution. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** VmHWM: the process's peak resident set, from Linux's own accounting. */
function peakRss(pid: number): number {
  return residentMb(pid, 'VmHWM');
}

/** A process's resident set now (VmRSS) or at its peak (VmHWM), in MB. */
function residentMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function whole(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

function wall(runs: Run[]): number[] {
  return runs.map((r) => r.ms);
}

function cpu(runs: Run[]): number[] {
  return runs.map((r) => r.cpuMs);
}

/** "median 1.64 (1.52–1.80, 3 runs)": the median over the median and the runs' own ratios. */
function ratioLine(uploads: Run[], floors: Run[], of: (runs: Run[]) => number[]): string {
  return describeRatio(ratioOf(of(uploads), of(floors))).replace(/^ratio /, '');
}
