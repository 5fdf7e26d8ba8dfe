/**
 * npm run bench:ingest — uploads a generated 100,000-row chronology over HTTP to a real server
 * process (its own SQLite file) and compares it with a floor measured in the same run: the CSV
 * parser alone plus a raw prepared INSERT of the same rows in one transaction.
 * Targets (issue #2): ratio ≤ 2, server peak RSS ≤ 300 MB.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { openDatabase } from '../server/db/connection';
import { newId } from '../server/db/ids';
import { migrateToLatest } from '../server/db/migrate';
import {
  freePort,
  serviceAccountEnv,
  signIn,
  waitUntilServing,
  type ApiSession,
} from './lib/server-session';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? (await freePort()));
/** The service account's session on the benchmark's server, once it has started. */
let session: ApiSession;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tapestry-bench-'));

const csv = generateChronology(ROWS);
const bytes = Buffer.from(csv, 'utf8');
console.log(
  `chronology: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`,
);

// Each timed phase starts with the disk's write-back queue empty (`sync`): otherwise whichever
// phase runs second pays for flushing the first one's 60 MB of WAL.
execFileSync('sync');
const floorCpuStart = process.cpuUsage();
const floorMs = await measureFloor(bytes);
const floorCpu = process.cpuUsage(floorCpuStart);
const floorCpuMs = (floorCpu.user + floorCpu.system) / 1000;
execFileSync('sync');
const server = await startServer();
try {
  const reviewId = await createReview();
  // A server is long-running: one small upload first, so the measured one is not also paying
  // for the JIT compiling the ingest code.
  await postFile(reviewId, 'Warm-up Agency', Buffer.from(generateChronology(2_000)));
  execFileSync('sync');
  const started = performance.now();
  const cpuBefore = cpuMs(server.pid as number);
  const response = await postFile(reviewId, 'Bench Agency', bytes);
  const body = (await response.json()) as { submission?: { eventCount: number } };
  const uploadMs = performance.now() - started;
  const uploadCpuMs = cpuMs(server.pid as number) - cpuBefore;
  if (response.status !== 201 || body.submission?.eventCount !== ROWS) {
    throw new Error(`upload failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  const peakRssMb = peakRss(server.pid as number);
  const ratio = uploadMs / floorMs;
  console.log(
    `upload over HTTP:   ${fmt(uploadMs)} ms  (${Math.round((ROWS / uploadMs) * 1000).toLocaleString('en-GB')} rows/s)`,
  );
  console.log(`floor (parse + raw prepared INSERT, one transaction): ${fmt(floorMs)} ms`);
  console.log(`ratio upload/floor: ${ratio.toFixed(2)}  (target ≤ 2)`);
  // CPU time leaves out waiting for the disk to confirm the commit (fsync), which varies a lot
  // on a virtual machine's disk and is the same work on both sides.
  console.log(
    `CPU time: server ${fmt(uploadCpuMs)} ms, floor ${fmt(floorCpuMs)} ms, ratio ${(uploadCpuMs / floorCpuMs).toFixed(2)}`,
  );
  console.log(`server peak RSS:    ${peakRssMb.toFixed(0)} MB  (target ≤ 300)`);
} finally {
  server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}

function generateChronology(rows: number): string {
  const types = [
    'Home visit',
    'Tel call',
    'MARF',
    'Strat disc',
    'Letter',
    'Clinic',
    'DNA',
    'Core group',
  ];
  const people = ['Mother; Infant', 'Mother; Father', 'Father', 'Mum, Dad & baby'];
  const lines = [
    'Date,Time,Team,Worker,Contact Type,Who was seen,Child Seen,Summary of contact,Outcome,Ref',
  ];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(i / 20) * 86_400_000);
    const date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const time = `${pad(8 + (i % 10))}:${pad((i * 7) % 60)}`;
    lines.push(
      [
        date,
        time,
        'Care & Support',
        `SW${i % 9}`,
        types[i % types.length],
        `"${people[i % people.length]}"`,
        i % 3 === 0 ? 'Y' : 'N',
        `"Visit ${i}: mother said things were fine, home conditions adequate, infant seen in cot and appeared well."`,
        'Next visit booked in 10 working days',
        `MOS-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * The floor: decode and parse the same bytes, then store the same rows (every event column we
 * store, the row's cells as JSON, a time-ordered id) with one prepared INSERT in one
 * transaction, into the same migrated schema. No mapping, no normalisation, no HTTP.
 */
async function measureFloor(file: Buffer): Promise<number> {
  const dbPath = path.join(work, 'floor.sqlite');
  const { db, sqlite } = openDatabase(dbPath);
  await migrateToLatest(db);
  sqlite.exec(`insert into reviews (id, reference, title, period_start, period_end, jurisdiction, created_at)
      values ('r', 'ref', 't', '2015-01-01', '2025-01-01', 'wales', 'now');
    insert into agencies (id, review_id, name, name_key, kind, created_at)
      values ('a', 'r', 'Floor', 'floor', 'other', 'now');
    insert into submissions (id, review_id, agency_id, version, format, sha256, byte_size,
      event_count, warning_count, headers_json, mapping_json, type_map_json, warnings_json, created_at)
      values ('s', 'r', 'a', 1, 'csv', 'x', 0, 0, 0, '[]', '{}', '{}', '[]', 'now');`);
  const insert = sqlite.prepare(`insert into events (id, review_id, submission_id, agency_id, seq,
    row_number, date_text, date_earliest, date_latest, date_precision, date_uncertain, time, type,
    type_text, team, practitioner, subjects_json, child_seen, description, outcome, source_ref,
    cells_json) values (?, 'r', 's', 'a', ?, ?, ?, ?, ?, 'day', 0, ?, 'other', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const started = performance.now();
  const text = new TextDecoder().decode(file);
  const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data.slice(1);
  sqlite.transaction(() => {
    rows.forEach((c, i) => {
      insert.run(
        newId(),
        i,
        i + 2,
        c[0],
        c[0],
        c[0],
        c[1],
        c[4],
        c[2],
        c[3],
        JSON.stringify([c[5]]),
        c[6] === 'Y' ? 1 : 0,
        c[7],
        c[8],
        c[9],
        JSON.stringify(c),
      );
    });
  })();
  const elapsed = performance.now() - started;
  await db.destroy();
  return elapsed;
}

async function startServer() {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_PATH: path.join(work, 'server.sqlite'),
      // The generated file is ~25 MB, over the default 20 MB limit.
      UPLOAD_LIMIT_MB: '200',
      LOG_LEVEL: process.env.BENCH_LOG ?? 'warn',
      ...serviceAccountEnv(),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    // Generous: process tests may be loading the machine while this one starts.
    await waitUntilServing(`http://127.0.0.1:${PORT}`, 45_000, child);
    session = await signIn(`http://127.0.0.1:${PORT}`);
  } catch (error) {
    child.kill();
    throw error;
  }
  return child;
}

/** multipart/form-data assembled by hand and sent in one write, as a browser streams a file. */
async function postFile(reviewId: string, agency: string, file: Buffer) {
  const boundary = `----tapestry-bench-${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="agency"\r\n\r\n${agency}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\n`,
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
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fmt(ms: number): string {
  return ms.toFixed(0).padStart(6);
}
