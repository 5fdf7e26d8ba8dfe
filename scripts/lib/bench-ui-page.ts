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
  /**
   * Interactive: the main thread free after the drawn mark and staying free. The end of the
   * page's last long task (over 50 ms, observed from the page's start) before a quiet window of
   * QUIET_MS with no long task and no request of the page's waiting for its answer (as
   * Lighthouse's time to interactive waits for the network too; a body still arriving after
   * its headers is not waited for: on the loopback it is a few milliseconds), or the first free moment after the drawn mark when
   * no long task comes after it. Work the page does after its first draw (flags, notes and totals arriving,
   * drawn again) counts: until 06/12/2026 the first free moment alone was taken, which a page
   * still busy for half a second afterwards passed.
   */
  idleMs: number;
  /** The first free moment after the drawn mark (the measure before 06/12/2026, 22:55). */
  firstFreeMs: number;
  /** Long tasks after the drawn mark, and their total length. */
  lateLongTasks: number;
  lateLongTaskMs: number;
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

/** How long the main thread must stay free of long tasks for the page to count as interactive. */
const QUIET_MS = 500;
/** How long after the first free moment the quiet window is waited for. */
const LATE_LIMIT_MS = 20_000;

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
  // Long tasks from the page's start (a PerformanceObserver does not see those before it), and
  // the page's requests in flight (fetch wrapped: the app asks with fetch only).
  // The first free moment after the drawn mark is taken in the page, as the least page and the
  // component take theirs (a frame, then a task, from the moment of the draw): taken from here,
  // after waitForFunction's poll and a round trip to this process, it also held the bench's own
  // latency, 20-100 ms that the page never spent (docs/benchmarks.md, "2026-12-07, evening").
  await context.addInitScript(`(() => {
    const drawnMark = ${JSON.stringify(mark)};
    const markAsIs = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = markAsIs(name, options);
      if (name === drawnMark && window.__benchFirstFree === undefined) {
        window.__benchFirstFree = null;
        requestAnimationFrame(() => setTimeout(() => (window.__benchFirstFree = performance.now()), 0));
      }
      return entry;
    };
    const tasks = (window.__benchLongTasks = []);
    const net = (window.__benchFetches = { inFlight: 0, lastSettled: 0 });
    const fetchAsIs = window.fetch.bind(window);
    window.fetch = (...args) => {
      net.inFlight += 1;
      const settle = () => {
        net.inFlight -= 1;
        net.lastSettled = performance.now();
      };
      const answer = fetchAsIs(...args);
      answer.then(settle, settle);
      return answer;
    };
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.startTime + e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
  })()`);
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
      while (typeof window.__benchFirstFree !== 'number') await new Promise((r) => setTimeout(r, 5));
      const firstFreeMs = window.__benchFirstFree;
      const drawn = performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? 0;
      const tasks = window.__benchLongTasks;
      const net = window.__benchFetches;
      const lastEnd = () => tasks.filter((t) => t[1] > drawn).reduce((m, t) => Math.max(m, t[1]), 0);
      // Wait for a quiet window after the last long task and the last answer (at most
      // ${LATE_LIMIT_MS} ms): an answer still on its way may bring more work.
      const quietFrom = () => Math.max(firstFreeMs, lastEnd(), net.lastSettled);
      while ((net.inFlight > 0 || performance.now() - quietFrom() < ${QUIET_MS}) &&
             performance.now() - firstFreeMs < ${LATE_LIMIT_MS}) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const late = tasks.filter((t) => t[1] > drawn);
      const idleMs = Math.max(firstFreeMs, lastEnd());
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const requests = performance.getEntriesByType('resource')
        .filter((e) => new RegExp(${JSON.stringify(EVENT_REQUESTS)}).test(new URL(e.name).pathname + new URL(e.name).search));
      const timed = requests.flatMap((e) => e.serverTiming ?? []).filter((t) => t.duration > 0);
      return {
        loadedMs: at('tapestry:events-loaded'),
        drawnMs: at(${JSON.stringify(mark)}),
        idleMs,
        firstFreeMs,
        lateLongTasks: late.length,
        lateLongTaskMs: late.reduce((sum, t) => sum + (t[1] - Math.max(t[0], drawn)), 0),
        eventRequests: requests.length,
        serverTiming: timed.reduce((sum, t) => sum + t.duration, 0),
        waiting: requests.reduce((sum, e) => sum + (e.responseStart - e.requestStart), 0),
      };
    })()`)) as {
      loadedMs: number;
      drawnMs: number;
      idleMs: number;
      firstFreeMs: number;
      lateLongTasks: number;
      lateLongTaskMs: number;
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
      firstFreeMs: marks.firstFreeMs,
      lateLongTasks: marks.lateLongTasks,
      lateLongTaskMs: marks.lateLongTaskMs,
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
