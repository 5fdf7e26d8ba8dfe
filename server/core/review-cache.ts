// The one way the server keeps something worked out from a review between requests: a value
// per review, held for one revision of it, and the least recently used review dropped first
// when more are held than the cache's size. Used for the gap list (gaps.service.ts), the anchor
// index that finds notes again (annotations.service.ts) and the compiled glossary redactor
// (anonymise/glossary.service.ts).
//
// The "revision" is whatever says the stored review changed: the review's revision counter
// (bumped by an upload, a rule or a link; core/review-rows.repository.ts), or for the
// glossary, which is saved without bumping it, the glossary's own content. A caller reads it
// from the database on every request and passes it in; an entry for another revision is a
// miss, never a stale answer. That is also why these caches stay correct with several server
// instances on one database (issue #14): nothing here is told about writes, every entry is
// checked against the review's stored revision, so a second instance's write is seen at the
// next read here. The cost is a recomputation per instance, not a wrong answer.
//
// Sizes are chosen at each use, by what an entry weighs: a review's gap list or anchor index
// grows with its events, so those hold 16 reviews (a handful are open at once, in a meeting
// all followers read one); a compiled redactor is one pattern, so that holds 100. Where entries
// differ too much in weight for a count to bound the memory (the timeline feed's answers,
// timeline/held-feeds.ts), the cache is given a weigh function and its size is in that unit.

interface Entry<T, R> {
  revision: R;
  value: T;
  weight: number;
}

export class ReviewCache<T, R extends number | string = number> {
  // A Map iterates in insertion order: re-inserting an entry on each use keeps the least
  // recently used first.
  private readonly entries = new Map<string, Entry<T, R>>();
  private readonly running = new Map<string, { revision: R; value: Promise<T> }>();

  private weight = 0;

  /**
   * Holds at most `size` of what `weigh` measures (by default, one per entry). A value that
   * alone weighs more than `size` is not held.
   */
  constructor(
    readonly size: number,
    private readonly weigh: (value: T) => number = () => 1,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Cache size ${size}`);
  }

  /** The value held for this revision of the review, or undefined; a hit counts as a use. */
  get(reviewId: string, revision: R): T | undefined {
    return this.hit(reviewId, revision)?.value;
  }

  /** Holds value for this revision of the review, in place of any other revision's. */
  set(reviewId: string, revision: R, value: T): void {
    this.drop(reviewId);
    const weight = this.weigh(value);
    if (weight > this.size) return;
    this.entries.set(reviewId, { revision, value, weight });
    this.weight += weight;
    while (this.weight > this.size) this.drop(this.entries.keys().next().value as string);
  }

  private drop(reviewId: string): void {
    const entry = this.entries.get(reviewId);
    if (!entry) return;
    this.entries.delete(reviewId);
    this.weight -= entry.weight;
  }

  /**
   * The value held for this revision, or compute's, held from then on. Callers asking for one
   * revision of one review while it is computed share that computation; a failed one is not
   * held, and each of them gets its error.
   */
  async getOrCompute(reviewId: string, revision: R, compute: () => Promise<T> | T): Promise<T> {
    const held = this.hit(reviewId, revision);
    if (held) return held.value;
    const running = this.running.get(reviewId);
    if (running?.revision === revision) return running.value;
    const value = Promise.resolve().then(compute);
    this.running.set(reviewId, { revision, value });
    try {
      const result = await value;
      // Not held when the review was forgotten while it was worked out (deleted meanwhile).
      if (this.running.get(reviewId)?.value === value) this.set(reviewId, revision, result);
      return result;
    } finally {
      if (this.running.get(reviewId)?.value === value) this.running.delete(reviewId);
    }
  }

  /** Drops what is held for the review, and keeps a computation under way from being held. */
  forget(reviewId: string): void {
    this.drop(reviewId);
    this.running.delete(reviewId);
  }

  /** How many reviews are held. */
  get count(): number {
    return this.entries.size;
  }

  /** What the held entries weigh together (their count, without a weigh function). */
  get held(): number {
    return this.weight;
  }

  private hit(reviewId: string, revision: R): Entry<T, R> | undefined {
    const entry = this.entries.get(reviewId);
    if (entry?.revision !== revision) return undefined;
    this.entries.delete(reviewId);
    this.entries.set(reviewId, entry);
    return entry;
  }
}
