import { describe, expect, it } from 'vitest';
import type { GapDto } from '../../client/shared/api/api-types';
import {
  bucketToItem,
  eventTimeSpan,
  eventToItem,
  gapLaneId,
  gapToItem,
  outsidePeriodItems,
} from '../../client/shared/lib/timeline-items';
import { makeEvent, monthEvent } from './support/events';

const at = (iso: string) => Date.parse(`${iso}Z`);

describe('eventToItem', () => {
  it('places a dated day with a time as a point at that minute, in its agency’s lane', () => {
    const item = eventToItem(makeEvent({ on: '2019-04-17', time: '12:35', agency: 'Police' }));
    expect(item).toMatchObject({
      type: 'point',
      group: 'Police',
      start: at('2019-04-17T12:35:00'),
    });
    expect(item.end).toBeUndefined();
    expect(item.className).toBe('t-contact');
  });

  it('places a day with no time at the start of the day', () => {
    expect(eventToItem(makeEvent({ on: '2019-04-17' })).start).toBe(at('2019-04-17T00:00:00'));
  });

  it('draws an approximate date as a soft range over every day it could be', () => {
    const item = eventToItem(
      monthEvent('2018-11', { type: 'decision', typeText: 'Management decision' }),
    );
    expect(item).toMatchObject({
      type: 'range',
      start: at('2018-11-01T00:00:00'),
      end: at('2018-12-01T00:00:00'),
    });
    expect(item.className.split(' ')).toEqual(['t-decision', 'approx']);
    expect(item.tooltip).toContain('Approximate (month): 1 Nov 2018 – 30 Nov 2018');
  });

  it('marks a date the agency doubted, in the label and the class', () => {
    const event = makeEvent({ type: 'family.informed', typeText: 'Parents informed' });
    event.date = { ...event.date, text: '?02/01/2019', uncertain: true };
    const item = eventToItem(event);
    expect(item.label).toBe('? Family informed');
    expect(item.className).toContain('uncertain');
    expect(item.type).toBe('point');
  });

  it('labels an unmapped type with the agency’s own words, kept as text', () => {
    const item = eventToItem(makeEvent({ type: 'other', typeText: '<script>alert(3)</script>' }));
    expect(item.label).toBe('<script>alert(3)</script>');
    expect(item.className).toBe('t-other');
  });

  it('keeps an uploaded description verbatim in the tooltip lines (the DOM builder makes them text)', () => {
    const item = eventToItem(makeEvent({ description: '<img src=x onerror=alert(1)>' }));
    expect(item.tooltip).toContain('<img src=x onerror=alert(1)>');
  });

  it('gives a feed event (no text of its own) the description its full record brought', () => {
    const { description: _none, ...feedEvent } = makeEvent({ typeText: 'Home visit' });
    const plain = eventToItem(feedEvent);
    expect(plain.tooltip.some((line) => line.includes('Seen at home'))).toBe(false);
    const described = eventToItem(feedEvent, false, null, 'Seen at home with the baby.');
    expect(described.tooltip.at(-1)).toBe('Seen at home with the baby.');
  });

  it('draws an event with an end date as a span to the end of that day', () => {
    const event = makeEvent({ on: '2019-02-27', time: '09:00' });
    event.endDate = {
      text: '01/03/2019',
      earliest: '2019-03-01',
      latest: '2019-03-01',
      precision: 'day',
      uncertain: false,
    };
    expect(eventTimeSpan(event)).toEqual({
      start: at('2019-02-27T09:00:00'),
      end: at('2019-03-02T00:00:00'),
      exact: false,
    });
    expect(eventToItem(event).className).toBe('t-contact span');
  });

  it('marks events a gap flag starts or ends at', () => {
    expect(eventToItem(makeEvent(), true).className).toContain('flagged');
  });
});

describe('gapToItem', () => {
  const gap: GapDto = {
    id: 'wales.report-acknowledged:e1',
    ruleId: 'wales.report-acknowledged',
    ruleName: 'Unacknowledged report chased',
    kind: 'follow-up',
    certainty: 'possible',
    triggerEventId: 'e1',
    expectedEventId: null,
    start: '2019-01-04',
    end: '2019-05-20',
    elapsed: { min: 93, max: 93, unit: 'working-days' },
    limit: { amount: 7, unit: 'working-days' },
    message: 'MARF sent on 04/01/2019: no acknowledgement by 20/05/2019.',
    source: 'Wales Safeguarding Procedures',
    basis: 'procedure',
    why: 'A referral nobody acknowledges may never have arrived.',
  };

  it('puts the flag in its rule’s lane, from the trigger to the end of the last day', () => {
    expect(gapToItem(gap)).toMatchObject({
      id: 'gap:wales.report-acknowledged:e1',
      group: gapLaneId('wales.report-acknowledged'),
      subgroup: 'flags',
      type: 'range',
      start: at('2019-01-04T00:00:00'),
      end: at('2019-05-21T00:00:00'),
    });
  });

  it('styles certain and possible flags apart, and open ones (nothing recorded) too', () => {
    expect(gapToItem(gap).className).toBe('gap gap-possible gap-open');
    expect(gapToItem({ ...gap, certainty: 'certain', expectedEventId: 'e2' }).className).toBe(
      'gap gap-certain',
    );
  });

  it('says in the tooltip what it measured, why it is certain or possible, and its source', () => {
    const lines = gapToItem(gap).tooltip;
    expect(lines).toContain(gap.message);
    expect(lines).toContain('Possible: only the longest reading of the dates breaches the limit');
    expect(lines).toContain('Source: Wales Safeguarding Procedures');
  });
});

describe('bucketToItem and outsidePeriodItems', () => {
  it('labels a lane’s weekly total with its count and where it is', () => {
    const item = bucketToItem(
      {
        lane: 'Police',
        start: at('2018-11-05T00:00:00'),
        end: at('2018-11-12T00:00:00'),
        count: 23,
      },
      'week',
    );
    expect(item).toMatchObject({
      id: `agg:Police:${at('2018-11-05T00:00:00')}`,
      label: '23',
      className: 'agg agg-3',
    });
    expect(item.tooltip).toContain('Week commencing 5 Nov 2018');
  });

  it('shades before and after the review period', () => {
    const [before, after] = outsidePeriodItems({ from: 1000, to: 2000 });
    expect(before).toMatchObject({ type: 'background', end: 1000 });
    expect(after).toMatchObject({ type: 'background', start: 2000 });
  });
});
