// The full records of events (description, outcome) fetched by id in pages and kept for the page's life: the chronology table's rows and the timeline's tooltips read them.
import type { EventDto } from '../../../../server/contract/events';

/** Ids per request: GET …/events?id=… takes at most 50 (loadEventsById). */
export const RECORD_PAGE_SIZE = 50;

/**
 * Records held at most: far more than any view shows at once (the table's rows and a page
 * either side, the timeline's 350 events), so scrolling back finds them; far fewer than a
 * 50,000-event review, whose every record, scrolled through, would be 50–100 MB of the page's
 * memory. The longest held goes first, and is asked for again if it is wanted again.
 */
export const RECORDS_HELD = 5_000;

/**
 * The timeline's feed has no free text (the web app asks for it without labels: on a real
 * review they were most of its bytes, docs/benchmarks.md "2026-12-07, morning"), so the
 * descriptions shown come from the full records of what is in view: the table's rows, the
 * timeline's events when it draws them one by one. One store serves both, so a record either
 * asked for is asked for once. Nothing here knows the view mode: the caller keeps a store per
 * view (names and role labels are different texts).
 */
export class RecordStore {
  private readonly records = new Map<string, EventDto>();
  private readonly asking = new Set<string>();
  /**
   * Ids asked for that the answer did not hold: an event gone since the page's feed was read
   * (another version uploaded, a version withdrawn). Never asked for again: asked again, each
   * answer would plan the timeline again, which would ask again, without end.
   */
  private readonly gone = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly load: (ids: readonly string[]) => Promise<EventDto[]>,
    private readonly limit = RECORDS_HELD,
  ) {}

  get(id: string): EventDto | undefined {
    return this.records.get(id);
  }

  /** Held, on its way, or gone. */
  known(id: string): boolean {
    return this.records.has(id) || this.asking.has(id) || this.gone.has(id);
  }

  /**
   * Asks for these pages of ids, one request each, leaving out the ids held, on their way or
   * gone (a page with nothing left is not asked for). A failed page is forgotten, so it is
   * asked for again the next time it is wanted. Listeners are told when a page brought a
   * record.
   */
  fetch(pages: readonly (readonly string[])[]): void {
    for (const page of pages) {
      const ids = page.filter((id) => !this.known(id));
      if (ids.length === 0) continue;
      for (const id of ids) this.asking.add(id);
      const settle = () => {
        for (const id of ids) this.asking.delete(id);
      };
      this.load(ids).then((found) => {
        for (const record of found) {
          this.records.delete(record.id);
          this.records.set(record.id, record);
        }
        for (const id of this.records.keys()) {
          if (this.records.size <= this.limit) break;
          this.records.delete(id);
        }
        settle();
        const returned = new Set(found.map((record) => record.id));
        for (const id of ids) if (!returned.has(id)) this.gone.add(id);
        if (found.length === 0) return;
        for (const listener of [...this.listeners]) listener();
      }, settle);
    }
  }

  /**
   * Asks for those of these ids not held, on their way or gone, in full pages (the timeline's
   * events in view: unlike the table's rows, they have no fixed pages to find cached).
   */
  want(ids: readonly string[]): void {
    this.fetch(inPages(ids.filter((id) => !this.known(id))));
  }

  /** Called after each page that brought a record; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Ids in pages of RECORD_PAGE_SIZE, in their order. */
export function inPages(ids: readonly string[], size = RECORD_PAGE_SIZE): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += size) pages.push(ids.slice(i, i + size));
  return pages;
}
