import { describe, expect, it } from 'vitest';
import { eventAsSeen, timelineFeedAsSeen } from '../../server/anonymise/as-seen';
import { buildRedactor } from '../../server/anonymise/redact';
import type { EventDto } from '../../server/contract/events';
import { decodeFeed, encodeFeed, LABEL_LENGTH } from '../../server/contract/feed';
import { makeEvent } from '../client/support/events';

// The timeline feed redacted column by column (as-seen.ts, feedTextsAsSeen) against the same
// events redacted one by one as eventAsSeen does for the events list: the same feed, and no
// name left anywhere a redacted column put it.

const redact = buildRedactor([
  { label: 'Mother', names: ['Jane Quillfeather', 'Jane'] },
  { label: 'Partner', names: ['Shane Cole'] },
]);
const view = { redact, ruleIds: null };

const events: EventDto[] = [
  makeEvent({
    typeText: 'Visit to Jane',
    subjects: ['Jane', 'Infant'],
    description: 'Saw Jane at home',
  }),
  makeEvent({
    typeText: 'Visit to Jane',
    subjects: ['Shane Cole'],
    description: 'Shane Cole called',
  }),
  // A date text and a time are kept as written, even when the same text is a name elsewhere.
  makeEvent({
    date: {
      text: 'Jane',
      earliest: '2018-06-01',
      latest: '2018-06-30',
      precision: 'month',
      uncertain: true,
    },
    typeText: 'Jane',
    subjects: [],
    description: `${'x'.repeat(LABEL_LENGTH - 3)} Jane Quillfeather was seen`,
  }),
  makeEvent({
    typeText: null,
    subjects: ['Jane'],
    description: 'Phone call',
    endDate: {
      text: '02/06/2018',
      earliest: '2018-06-02',
      latest: '2018-06-02',
      precision: 'day',
      uncertain: false,
    },
    endTime: '10:00',
  }),
];

describe('the feed as the view reads it', () => {
  it('is the feed of the events redacted one by one', () => {
    const feed = timelineFeedAsSeen({ events }, view);
    // The very same columns and table of texts, in the same order.
    expect({ ...feed }).toEqual(encodeFeed(events.map((e) => eventAsSeen(e, view))));
    const columnWise = decodeFeed(feed);
    expect(columnWise[0]).toMatchObject({
      typeText: 'Visit to Mother',
      subjects: ['Mother', 'Infant'],
    });
    expect(columnWise[2]!.date.text).toBe('Jane');
    expect(columnWise[2]!.typeText).toBe('Mother');
    // The name at the label's cut is replaced whole before the cut.
    expect(columnWise[2]!.label).not.toMatch(/Jane|Quill/);
  });

  it('holds no name in its table of texts but the kept date text', () => {
    const feed = timelineFeedAsSeen({ events }, view);
    expect(feed.strings.filter((s) => /Jane|Shane|Cole|Quillfeather/.test(s))).toEqual(['Jane']);
    expect(feed.dateText.map((i) => feed.strings[i])).toContain('Jane');
    expect(JSON.stringify(feed.label)).not.toMatch(/Jane|Shane|Cole|Quillfeather/);
  });
});
