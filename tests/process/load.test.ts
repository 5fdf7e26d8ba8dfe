import { afterAll, describe, expect, it } from 'vitest';
import { describeLoad, runLoad } from '../../scripts/lib/load-run';
import { startServerProcess, type ServerProcess } from '../../scripts/lib/server-process';

// Sixteen reviewers reading the demo review at once, on the real server (issue #11, "Done
// when"). Kept to 5 s here; `npm run bench:load` runs the 30 s the issue measures.

let server: ServerProcess | undefined;
afterAll(() => server?.stop());

describe('sixteen clients on the demo review', () => {
  it('get no errors, and the server’s memory is flat after the run', async () => {
    server = await startServerProcess({ demo: true });
    const figures = await runLoad(server, 16, 5);
    console.log(describeLoad(figures));
    expect(figures.errorSamples).toEqual([]);
    expect(figures.errors).toBe(0);
    expect(figures.requests).toBeGreaterThan(16);
    // Flat: what the run added over the warm-up round is small, not a leak per request.
    expect(figures.rss.after - figures.rss.warm).toBeLessThan(100);
  }, 90_000);
});
