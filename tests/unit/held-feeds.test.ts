import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AS_WRITTEN, gapPageAsSeen, timelineFeedAsSeen } from '../../server/anonymise/as-seen';
import { encodeFeed } from '../../server/contract/feed';
import { acceptsBrotli, HeldFeeds, holdAnswer, holdFeed } from '../../server/timeline/held-feeds';
import { makeEvent } from '../client/support/events';

// The feed's answers held as bytes (server/timeline/held-feeds.ts). Over HTTP, with the tag
// that keys them: tests/api/timeline-cache.test.ts.

// An EventDto is a TimelineEvent too (its description gives the label).
const feedOf = (labels: string[]) =>
  timelineFeedAsSeen(
    { events: labels.map((description) => makeEvent({ description })) },
    AS_WRITTEN,
  );

describe('holdFeed', () => {
  it('holds the answer as its JSON, and the same JSON in brotli', async () => {
    const feed = feedOf(['Seen at home']);
    const held = holdFeed(feed);
    expect(held.total).toBe(1);
    expect(JSON.parse(held.json)).toEqual(JSON.parse(JSON.stringify(feed)));
    const packed = await held.brotli();
    expect(brotliDecompressSync(packed).toString()).toBe(held.json);
    expect(await held.brotli()).toBe(packed); // made once
  });

  it('refuses an answer that did not come through timelineFeedAsSeen (the boundary’s check)', () => {
    const unredacted = encodeFeed([]);
    expect(() => holdFeed(unredacted)).toThrow(/timelineFeedAsSeen/);
  });
});

describe('holdAnswer', () => {
  const page = {
    gaps: [],
    counts: { certain: 0, possible: 0 },
    total: 0,
    limit: 1000,
    offset: 0,
    rules: [],
  };

  it('holds a gap page that came through gapPageAsSeen, and only for its own shape', () => {
    const seen = gapPageAsSeen(page, { redact: AS_WRITTEN.redact, ruleIds: null });
    expect(JSON.parse(holdAnswer(seen, 'gapPage').json)).toEqual(page);
    expect(() => holdAnswer(seen, 'timelineFeed')).toThrow(/timelineFeed/);
  });

  it('refuses a page that did not come through gapPageAsSeen (the boundary’s check)', () => {
    expect(() => holdAnswer({ ...page }, 'gapPage')).toThrow(/as-seen function/);
  });
});

describe('HeldFeeds', () => {
  it('works an answer out once per tag, and shares it with a request made meanwhile', async () => {
    const held = new HeldFeeds(1_000_000);
    let computed = 0;
    const compute = async () => {
      computed++;
      return feedOf(['one', 'two']);
    };
    const [a, b] = await Promise.all([
      held.get('r1', 't1', compute),
      held.get('r1', 't1', compute),
    ]);
    expect(a).toBe(b);
    expect(await held.get('r1', 't1', compute)).toBe(a);
    expect(computed).toBe(1);
    await held.get('r1', 't2', compute);
    expect(computed).toBe(2);
    // The same tag for another review is another answer.
    await held.get('r2', 't1', compute);
    expect(computed).toBe(3);
    expect(held.heldBytes).toBeGreaterThan(3 * a.json.length);
  });

  it('holds nothing with a limit of 0 (FEED_CACHE_MB=0), or past its limit', async () => {
    let computed = 0;
    const compute = async () => {
      computed++;
      return feedOf(['x'.repeat(200)]);
    };
    const none = new HeldFeeds(0);
    await none.get('r', 't', compute);
    await none.get('r', 't', compute);
    expect(computed).toBe(2);
    expect(none.heldBytes).toBe(0);
    const small = new HeldFeeds(100);
    await small.get('r', 't', compute);
    await small.get('r', 't', compute);
    expect(computed).toBe(4);
  });
});

describe('acceptsBrotli', () => {
  it.each([
    ['br', true],
    ['gzip, deflate, br, zstd', true],
    ['gzip;q=1.0, br;q=0.5', true],
    [['gzip', 'br'], true],
    ['BR', true],
    ['gzip', false],
    ['br;q=0', false],
    ['br; q=0.0', false],
    ['brotli', false],
    ['', false],
    [undefined, false],
  ])('%j: %s', (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});
