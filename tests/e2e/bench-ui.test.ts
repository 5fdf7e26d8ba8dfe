import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// bench:ui is run by hand, so nothing else would notice it break (signing in once did). This
// runs it on a tiny review and checks it completes and prints its figures; it asserts no
// timing. It lives with the browser tests because it needs Chromium.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('bench:ui still runs', () => {
  it('draws a small review with the component, its floor, every event bare, the walk-through strip and the whole page', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench-ui.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_SIZES: '300',
        BENCH_BARE_LIMIT_MS: '5000',
        BENCH_RUNS: '2',
        BENCH_EVERY_RUNS: '1',
      },
      timeout: 150_000,
    });
    expect(stdout).toMatch(
      /300 events \| Tapestry timeline: whole period drawn median \d+ ms \(\d+ ms–\d+ ms, 2 runs\)/,
    );
    // The floor is given the app's own items: at 300 events, every event (under 350) and the
    // two shaded stretches outside the period.
    expect(stdout).toMatch(
      /floor, bare vis-timeline given the app's 302 items \(events\): drawn median \d+ ms/,
    );
    expect(stdout).toMatch(/app\/floor: ratio median \d+\.\d\d \([\d.]+–[\d.]+, 2 runs\)/);
    expect(stdout).toMatch(/against drawing every event: .*speed-up every\/ours/);
    expect(stdout).toMatch(
      /whole app page, first visit \(nothing held by the server\): events loaded \d+ ms, timeline drawn \d+ ms, interactive \d+ ms, server time \d+ ms/,
    );
    expect(stdout).toMatch(
      /whole app page, visits after \(the feed held\): events loaded median \d+ ms .* timeline drawn median \d+ ms/,
    );
    expect(stdout).toMatch(
      /whole app page, visits after: bytes sent median [\d.]+ MB .*\(the events' requests median [\d.]+ MB .*\), server time median \d+ ms .* over \d+ events request\(s\) .* JS heap median [\d.]+ MB/,
    );
    expect(stdout).toMatch(/page interactive \/ component drawn: ratio median \d+\.\d\d/);
    expect(stdout).toMatch(
      /least page .*: drawn median \d+ ms .* after navigation start; ÷ component ratio median \d+\.\d\d .*; page interactive ÷ least page ratio median \d+\.\d\d/,
    );
    expect(stdout).toMatch(
      /walk-through strip: drawn median \d+ ms .* one step median \d+ ms .* \d+ elements/,
    );
    expect(stdout).toMatch(
      /walk-through page: interactive median \d+ ms .* bytes sent median [\d.]+ MB .* JS heap median [\d.]+ MB/,
    );
    expect(stdout).toMatch(/machine at end: \d+ CPUs, load [\d.]+/);
  }, 150_000);
});
