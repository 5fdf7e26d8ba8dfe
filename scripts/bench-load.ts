/**
 * npm run bench:load — LOAD_CLIENTS (16) signed-in reviewers read the demo review on the real
 * server for LOAD_SECONDS (30): requests a second, errors (target 0), latency, and the
 * server's RSS after a warm-up round next to its RSS after the run (flat: ratio near 1).
 * tests/process/load.test.ts runs the same for 5 s. The machine's load average is printed at
 * the start and the end.
 */
import { printLoad } from './lib/bench-stats';
import { describeLoad, runLoad } from './lib/load-run';
import { startServerProcess } from './lib/server-process';

const clients = Number(process.env.LOAD_CLIENTS ?? 16);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
printLoad('start');
const server = await startServerProcess({ demo: true });
try {
  const figures = await runLoad(server, clients, seconds);
  console.log(describeLoad(figures));
  if (figures.errors > 0) process.exitCode = 1;
} finally {
  await server.stop();
  printLoad('end');
}
