// bench:ui's whole-app run: one page of the real app, opened signed in, measured from the
// browser's side (what crossed the network, how long the server took to answer the events'
// requests, when the page's own marks fired, its heap once collected).
import type { Browser } from 'playwright-core';
import type { ApiSession } from './server-session';

export interface PageRun {
  /** The page's `tapestry:events-loaded` mark, ms after navigation start. */
  loadedMs: number;
  /** The page's `tapestry:timeline-drawn` mark. */
  drawnMs: number;
  /** The main thread free after the drawn mark. */
  idleMs: number;
  /** Every response's encoded size (headers and body as sent, compressed or not). */
  bytes: number;
  /** Of which the events' requests'. */
  eventBytes: number;
  /** The events' requests (the feed, or the events list's pages): their count. */
  eventRequests: number;
  /**
   * The server's time for them: the sum of their Server-Timing durations when the server sends
   * one, else of their responses' waiting parts (request sent → first byte), which also holds
   * the loopback's round trip and, for a compressed answer, the compression.
   */
  serverMs: number;
  serverTimeFrom: 'server-timing' | 'waiting';
  /** The JS heap in use after a full garbage collection. */
  heapBytes: number;
}

/**
 * The events' requests of either page: the slim feed, or the events list's pages of
 * loadAllEvents (they carry `limit`; the table's rows in view, fetched by id, do not).
 */
const EVENT_REQUESTS = String.raw`/api/reviews/[^/]+/(timeline/feed(\?|$)|events\?(.*&)?limit=)`;

export async function appRun(
  browser: Browser,
  url: string,
  session: ApiSession,
  mark = 'tapestry:timeline-drawn',
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // Signed in as the service account: the page reads the session cookie like any user's.
  // Path "/" as the server sets it: a cookie scoped to the page's path never reaches /api.
  const origin = new URL(url).origin;
  await context.addCookies([
    { name: session.cookieName, value: session.cookieValue, url: `${origin}/` },
  ]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  let eventBytes = 0;
  const eventRequestIds = new Set<string>();
  const isEventRequest = new RegExp(EVENT_REQUESTS);
  cdp.on('Network.requestWillBeSent', (e) => {
    const { pathname, search } = new URL(e.request.url);
    if (isEventRequest.test(pathname + search)) eventRequestIds.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (eventRequestIds.has(e.requestId)) eventBytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 120_000,
    });
    // A string, not a function: tsx would wrap a function's inner helpers in its own __name.
    const marks = (await page.evaluate(`(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const idleMs = performance.now();
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const requests = performance.getEntriesByType('resource')
        .filter((e) => new RegExp(${JSON.stringify(EVENT_REQUESTS)}).test(new URL(e.name).pathname + new URL(e.name).search));
      const timed = requests.flatMap((e) => e.serverTiming ?? []).filter((t) => t.duration > 0);
      return {
        loadedMs: at('tapestry:events-loaded'),
        drawnMs: at(${JSON.stringify(mark)}),
        idleMs,
        eventRequests: requests.length,
        serverTiming: timed.reduce((sum, t) => sum + t.duration, 0),
        waiting: requests.reduce((sum, e) => sum + (e.responseStart - e.requestStart), 0),
      };
    })()`)) as {
      loadedMs: number;
      drawnMs: number;
      idleMs: number;
      eventRequests: number;
      serverTiming: number;
      waiting: number;
    };
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      loadedMs: marks.loadedMs,
      drawnMs: marks.drawnMs,
      idleMs: marks.idleMs,
      bytes,
      eventBytes,
      eventRequests: marks.eventRequests,
      serverMs: marks.serverTiming > 0 ? marks.serverTiming : marks.waiting,
      serverTimeFrom: marks.serverTiming > 0 ? 'server-timing' : 'waiting',
      heapBytes: heap.usedSize,
    };
  } finally {
    await context.close();
  }
}
