import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/server-session';
import { rulePack } from '../../server/gaps/packs';
import { onPostgres } from '../support/postgres';

// The benchmarks are run by hand, so nothing else would notice them break (a migration once
// did). These run each on a small size and check it completes and prints its ratios; they
// assert no timing.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

async function bench(script: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 110_000,
  });
  return stdout;
}

// On SQLite only for now: the benches' PostgreSQL rows are the next phase of issue #14, and
// the SQLite pass of CI runs these.
describe.skipIf(onPostgres)('benchmarks still run', () => {
  it('bench:ingest uploads a small chronology and prints its ratio and peak RSS', async () => {
    const out = await bench('scripts/bench-ingest.ts', {
      BENCH_ROWS: '1000',
      BENCH_RUNS: '2',
      BENCH_PORT: String(await freePort()),
    });
    expect(out).toMatch(/upload over HTTP: +median \d+ ms \(\d+ ms–\d+ ms, 2 runs\)/);
    expect(out).toMatch(
      /ratio upload\/floor, wall time: median \d+\.\d\d \([\d.]+–[\d.]+, 2 runs\)/,
    );
    expect(out).toMatch(
      /CPU time: server median \d+ ms .* floor median \d+ ms .* ratio median \d+\.\d\d/,
    );
    expect(out).toMatch(/server peak RSS: +\d+ MB/);
    expect(out).toMatch(/xlsx upload over HTTP: +median \d+ ms/);
    expect(out).toMatch(/ratio xlsx upload\/floor, wall time: median \d+\.\d\d/);
    expect(out).toMatch(/machine at end: \d+ CPUs, load [\d.]+/);
    expect(out).toMatch(/server peak RSS \(xlsx upload\): +\d+ MB/);
  }, 60_000);

  it('bench:timeline measures the query and the gap engine on a small review', async () => {
    const out = await bench('scripts/bench-timeline.ts', { BENCH_SIZES: '500' });
    expect(out).toMatch(/filtered query \(\d+ rows\).*ratio p50 \d+\.\d\d/);
    // The bench's review is a Welsh child review: it runs the rules that review starts with.
    const ruleCount = rulePack('wales', 'child').length;
    expect(out).toMatch(
      new RegExp(`gap engine \\(${ruleCount} rules, [\\d,]+ flags\\).*ratio best \\d+\\.\\d\\d`),
    );
    expect(out).toMatch(/merged list of [\d,]+ events \(60 people, 240 names\): as written median/);
    expect(out).toMatch(
      /anonymised cold \(a fresh redactor each run\): median .* ratio median \d+\.\d\d/,
    );
    expect(out).toMatch(
      /anonymised warm \(one redactor kept across runs\): median .* ratio median \d+\.\d\d/,
    );
    expect(out).toMatch(/one numeric-key sort of the same events/);
    expect(out).toMatch(
      /slim feed of [\d,]+ events \([\d.]+ MB JSON, [\d.]+ MB in brotli\): route median .*bare SQL of its columns median .*p50 \d+\.\d\d/,
    );
    expect(out).toMatch(/machine at start: \d+ CPUs, load [\d.]+ [\d.]+ [\d.]+/);
    expect(out).toMatch(/machine at end: \d+ CPUs, load [\d.]+ [\d.]+ [\d.]+/);
  }, 60_000);

  it('bench:search builds the redacted index and searches it on a small review', async () => {
    const out = await bench('scripts/bench-search.ts', { BENCH_SIZES: '500' });
    expect(out).toMatch(
      /building the index: as written median .* redacted median .*; ratio median \d+\.\d\d \([\d.]+–[\d.]+, 5 runs\)/,
    );
    expect(out).toMatch(
      /search q=visit, 500 of 500: .*anonymised \(a fresh redactor each run\) median .*ratio median \d+\.\d\d/,
    );
    expect(out).toMatch(/machine at end: \d+ CPUs, load [\d.]+/);
  }, 60_000);
  it('bench:gaps pages a small review’s flags with 4 clients and prints the server’s RSS', async () => {
    const out = await bench('scripts/bench-gaps.ts', { BENCH_EVENTS: '1000', BENCH_SECONDS: '1' });
    expect(out).toMatch(/[\d,]+ flags; 4 clients for 1 s: \d+ pages, 0 errors/);
    expect(out).toMatch(/server RSS: floor \d+ MB, peak \d+ MB; ratio peak\/floor \d+\.\d\d/);
    expect(out).toMatch(/machine at end: \d+ CPUs, load [\d.]+/);
  }, 120_000);
});
