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
  it('draws a small review with the component, bare vis-timeline and the whole page', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench-ui.ts'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_SIZES: '300', BENCH_BARE_LIMIT_MS: '5000' },
      timeout: 90_000,
    });
    expect(stdout).toMatch(/300 events \| Tapestry timeline: whole period drawn \d+ ms/);
    expect(stdout).toMatch(/whole app page: events loaded \d+ ms, timeline drawn \d+ ms/);
  }, 90_000);
});
