import { describe, expect, it } from 'vitest';
import {
  sortEvents,
  stepSelection,
  toggleSort,
  visibleRows,
} from '../../client/features/timeline/lib/chronology-sort';
import { stepForKey } from '../../client/features/timeline/lib/selection-keys';
import { eventTimeSpan } from '../../client/shared/lib/timeline-items';
import { makeEvent, monthEvent } from './support/events';

describe('sortEvents', () => {
  const a = makeEvent({ id: 'a', agency: 'Police', on: '2018-11-14', time: '15:00' });
  const b = makeEvent({
    id: 'b',
    agency: 'Health',
    on: '2018-11-14',
    time: '09:00',
    type: 'contact.office',
  });
  const c = monthEvent('2018-11', { id: 'c', agency: 'Housing', type: 'housing' });
  const d = makeEvent({ id: 'd', agency: 'Health', on: '2018-11-02' });

  it('puts the merged chronology in time order: earliest possible moment first', () => {
    expect(sortEvents([a, b, c, d], { key: 'date', direction: 'asc' }).map((e) => e.id)).toEqual([
      'c',
      'd',
      'b',
      'a',
    ]);
    expect(sortEvents([a, b, c, d], { key: 'date', direction: 'desc' }).map((e) => e.id)).toEqual([
      'a',
      'b',
      'd',
      'c',
    ]);
  });

  it('sorted by agency, reads as each agency’s own chronology', () => {
    expect(sortEvents([a, b, c, d], { key: 'agency', direction: 'asc' }).map((e) => e.id)).toEqual([
      'd',
      'b',
      'c',
      'a',
    ]);
  });
});

describe('sortEvents, ties', () => {
  const on = '2018-11-14';
  it('holds texts the collator holds equal as one, and breaks the last tie by the feed’s order', () => {
    // "police" and "Police" are one agency to the collator: the feed's order decides.
    const p1 = makeEvent({ id: 'p1', agency: 'police', on });
    const p2 = makeEvent({ id: 'p2', agency: 'Police', on });
    const h = makeEvent({ id: 'h', agency: 'Health', on });
    const ids = (order: Parameters<typeof sortEvents>[1], events = [p1, h, p2]) =>
      sortEvents(events, order).map((e) => e.id);
    expect(ids({ key: 'date', direction: 'asc' })).toEqual(['h', 'p1', 'p2']);
    expect(ids({ key: 'date', direction: 'asc' }, [p2, h, p1])).toEqual(['h', 'p2', 'p1']);
    expect(ids({ key: 'agency', direction: 'desc' })).toEqual(['p2', 'p1', 'h']);
  });

  it('sorts by the type’s label and by who, numbers in their order, then by time', () => {
    const visit = makeEvent({ id: 'v', on: '2018-11-20', type: 'contact.home-visit' });
    const call = makeEvent({ id: 'c', on: '2018-11-21', type: 'contact.phone' });
    const visit2 = makeEvent({ id: 'v2', on: '2018-11-01', type: 'contact.home-visit' });
    const byType = sortEvents([visit, call, visit2], { key: 'type', direction: 'asc' });
    expect(byType.map((e) => e.id)).toEqual(['v2', 'v', 'c']); // Home visit, Home visit, Phone call
    const child2 = makeEvent({ id: 'x2', on, subjects: ['Child 2'] });
    const child10 = makeEvent({ id: 'x10', on, subjects: ['Child 10'] });
    const both = makeEvent({ id: 'xb', on, subjects: ['Child 2', 'Mother'] });
    const byWho = sortEvents([child10, both, child2], { key: 'who', direction: 'asc' });
    expect(byWho.map((e) => e.id)).toEqual(['x2', 'xb', 'x10']);
  });
});

describe('sortEvents, time order given', () => {
  // In time order the events mostly come sorted already (the server's order): one pass that
  // finds them in order returns them as they are. The result must be that of a full sort, in
  // order or not, whatever ties and agencies' cases there are.
  const agencies = ['Police', 'police', 'Health', 'Housing'];
  const days = ['2018-11-02', '2018-11-14', '2018-11-15'];
  const times = [null, '09:00', '15:00'];
  const events = Array.from({ length: 60 }, (_, i) =>
    makeEvent({
      id: `t${i}`,
      agency: agencies[(i * 7) % 4],
      on: days[(i * 5) % 3],
      time: times[(i * 11) % 3],
    }),
  );
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  // The order written out plainly: earliest moment, the agency as the collator reads it, then
  // the position in the given list.
  const byHand = (list: typeof events, sign: 1 | -1) =>
    list
      .map((event, position) => ({ event, position }))
      .sort(
        (x, y) =>
          sign *
          (eventTimeSpan(x.event).start - eventTimeSpan(y.event).start ||
            collator.compare(x.event.agency, y.event.agency) ||
            x.position - y.position),
      )
      .map((x) => x.event.id);

  it('finds a list out of order by its agencies alone, or by position alone', () => {
    const police = makeEvent({ id: 'p', agency: 'Police', on: '2018-11-14' });
    const health = makeEvent({ id: 'h', agency: 'Health', on: '2018-11-14' });
    const asc = { key: 'date', direction: 'asc' } as const;
    expect(sortEvents([police, health], asc).map((e) => e.id)).toEqual(['h', 'p']);
    const desc = { key: 'date', direction: 'desc' } as const;
    expect(sortEvents([health, police], desc).map((e) => e.id)).toEqual(['p', 'h']);
    const again = makeEvent({ id: 'h2', agency: 'health', on: '2018-11-14' });
    expect(sortEvents([health, again], desc).map((e) => e.id)).toEqual(['h2', 'h']);
  });

  it('returns a list already in time order as it is, and sorts one that is not', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sign = direction === 'asc' ? 1 : -1;
      const ordered = sortEvents(events, { key: 'date', direction });
      expect(ordered.map((e) => e.id)).toEqual(byHand(events, sign));
      // Given in its own order, it comes back as a full sort would put it (in ascending
      // order the same list: the pass finds it sorted; descending is ascending reversed, ties
      // included, so its own order's ties turn round).
      expect(sortEvents(ordered, { key: 'date', direction }).map((e) => e.id)).toEqual(
        byHand(ordered, sign),
      );
      if (direction === 'asc')
        expect(sortEvents(ordered, { key: 'date', direction })).toEqual(ordered);
      // One pair swapped at the very end is found and put right.
      const swapped = [...ordered];
      const last = swapped.length - 1;
      [swapped[last - 1], swapped[last]] = [swapped[last]!, swapped[last - 1]!];
      expect(sortEvents(swapped, { key: 'date', direction }).map((e) => e.id)).toEqual(
        byHand(swapped, sign),
      );
    }
  });
});

describe('stepSelection', () => {
  const ids = ['a', 'b', 'c'];
  it('moves one step and stops at either end', () => {
    expect(stepSelection(ids, 'a', 'next')).toBe('b');
    expect(stepSelection(ids, 'c', 'next')).toBe('c');
    expect(stepSelection(ids, 'a', 'previous')).toBe('a');
    expect(stepSelection(ids, null, 'next')).toBe('a');
    expect(stepSelection(ids, 'gone', 'previous')).toBe('c');
    expect(stepSelection(ids, 'b', 'last')).toBe('c');
    expect(stepSelection([], 'a', 'next')).toBeNull();
  });
});

describe('visibleRows', () => {
  it('renders the rows in view and a few either side, never past the ends', () => {
    expect(visibleRows(0, 280, 28, 50_000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRows(28 * 1000, 280, 28, 50_000, 5)).toEqual({ first: 995, last: 1015 });
    expect(visibleRows(28 * 49_995, 280, 28, 50_000, 5)).toEqual({ first: 49_990, last: 49_999 });
    expect(visibleRows(0, 280, 28, 0)).toEqual({ first: 0, last: -1 });
  });
});

describe('toggleSort', () => {
  it('sorts by a new column ascending, and the same column the other way', () => {
    expect(toggleSort({ key: 'date', direction: 'asc' }, 'agency')).toEqual({
      key: 'agency',
      direction: 'asc',
    });
    expect(toggleSort({ key: 'agency', direction: 'asc' }, 'agency')).toEqual({
      key: 'agency',
      direction: 'desc',
    });
    expect(toggleSort({ key: 'agency', direction: 'desc' }, 'agency')).toEqual({
      key: 'agency',
      direction: 'asc',
    });
  });
});

describe('stepForKey', () => {
  it('steps with all four arrows in the timeline, up and down only in the chronology', () => {
    expect(stepForKey('ArrowRight', 'timeline')).toBe('next');
    expect(stepForKey('ArrowLeft', 'timeline')).toBe('previous');
    expect(stepForKey('ArrowDown', 'timeline')).toBe('next');
    expect(stepForKey('ArrowRight', 'table')).toBeNull();
    expect(stepForKey('ArrowUp', 'table')).toBe('previous');
    expect(stepForKey('Home', 'table')).toBe('first');
    expect(stepForKey('End', 'timeline')).toBe('last');
    expect(stepForKey('Enter', 'timeline')).toBeNull();
    expect(stepForKey('toString', 'table')).toBeNull();
  });
});
