import { describe, it, expect } from 'vitest';
import type { EventMatch } from '../../server/contract/rules';
import { EventIndex } from '../../server/gaps/event-index';
import { gapEvent as event } from '../support/gap-events';

// The engine's index of a review's events: the merged order it works in, the selections rules
// make, and stand-in triggers (a conference outcome standing in for a registration row).
// Found by mutation testing (docs/testing.md).

const order = (index: EventIndex) => index.events.map((e) => e.event.id);

describe('EventIndex: the merged order', () => {
  it('orders by day, untimed before timed, by time, then agency, then row order', () => {
    const index = new EventIndex([
      event({ id: 'next-day-early', earliest: '2019-03-02', time: '01:00', type: 't' }),
      event({ id: 'b-0901', earliest: '2019-03-01', time: '09:01', agency: 'A agency', type: 't' }),
      event({ id: 'a-0900', earliest: '2019-03-01', time: '09:00', agency: 'B agency', type: 't' }),
      event({ id: 'midnight', earliest: '2019-03-01', time: '00:00', type: 't' }),
      event({ id: 'late', earliest: '2019-03-01', time: '23:00', type: 't' }),
      event({ id: 'untimed', earliest: '2019-03-01', type: 't' }),
    ]);
    expect(order(index)).toEqual([
      'untimed',
      'midnight',
      'a-0900',
      'b-0901',
      'late',
      'next-day-early',
    ]);
  });

  it('keeps the agency’s own row order for rows of one day, agency and time', () => {
    const rows = [3, 1, 4, 2].map((seq) =>
      event({ id: `row${seq}`, earliest: '2019-03-01', type: 't', seq }),
    );
    expect(order(new EventIndex(rows))).toEqual(['row1', 'row2', 'row3', 'row4']);
  });

  it('places an event in time to the minute only when its day is known exactly', () => {
    const index = new EventIndex([
      event({ id: 'exact', earliest: '2019-03-01', time: '00:00', type: 't' }),
      event({ id: 'untimed', earliest: '2019-03-02', type: 't' }),
      event({
        id: 'vague',
        earliest: '2019-04-01',
        latest: '2019-04-30',
        time: '10:00',
        type: 't',
      }),
    ]);
    const byId = new Map(index.events.map((e) => [e.event.id, e]));
    expect(byId.get('exact')?.minute).toBe(0);
    expect(byId.get('untimed')?.minute).toBeNull();
    expect(byId.get('vague')).toMatchObject({ minute: null, last: byId.get('vague')!.first + 29 });
  });
});

describe('EventIndex.select', () => {
  it('gives the events of several types in time order', () => {
    const index = new EventIndex([
      event({ id: 'x2', earliest: '2019-03-05', type: 'x' }),
      event({ id: 'y1', earliest: '2019-03-01', type: 'y' }),
      event({ id: 'x1', earliest: '2019-03-03', type: 'x' }),
      event({ id: 'y2', earliest: '2019-03-07', type: 'y' }),
    ]);
    expect(index.select({ types: ['x', 'y'] }).map((e) => e.event.id)).toEqual([
      'y1',
      'x1',
      'x2',
      'y2',
    ]);
  });
});

describe('EventIndex.starts: stand-ins', () => {
  const registration: EventMatch = {
    types: ['register.add'],
    or: [
      { types: ['strategy'] },
      { types: ['meeting.conference'], outcomeMentions: ['registered'], standIn: true },
    ],
  };
  const conference = (id: string, earliest: string) =>
    event({ id, type: 'meeting.conference', earliest, outcome: 'Registered' });
  const starts = (index: EventIndex, match: EventMatch) =>
    index.starts(match).map((e) => e.event.id);

  it('drops a stand-in within a day of a counted event, and keeps one further away', () => {
    const index = new EventIndex([
      conference('icpc', '2019-03-01'),
      event({ id: 'reg', type: 'register.add', earliest: '2019-03-02' }),
      conference('icpc-later', '2019-06-03'),
    ]);
    expect(starts(index, registration)).toEqual(['reg', 'icpc-later']);
  });

  it('drops a stand-in recorded the day after the counted event', () => {
    const index = new EventIndex([
      event({ id: 'reg', type: 'register.add', earliest: '2019-03-01' }),
      conference('icpc', '2019-03-02'),
      conference('icpc-again', '2019-03-03'),
    ]);
    // The second conference is a day after the first, which was dropped: it is counted.
    expect(starts(index, registration)).toEqual(['reg', 'icpc-again']);
  });

  it('counts an alternative that is not a stand-in as a start in its own right', () => {
    const index = new EventIndex([
      conference('icpc', '2019-03-01'),
      event({ id: 'strat', type: 'strategy', earliest: '2019-03-01' }),
    ]);
    expect(starts(index, registration)).toEqual(['strat']);
  });

  it('keeps apart two descriptions that differ only in which alternative stands in', () => {
    const index = new EventIndex([
      conference('icpc', '2019-03-01'),
      event({ id: 'strat', type: 'strategy', earliest: '2019-03-01' }),
    ]);
    const swapped: EventMatch = {
      types: ['register.add'],
      or: [
        { types: ['strategy'], standIn: true },
        { types: ['meeting.conference'], outcomeMentions: ['registered'] },
      ],
    };
    expect(starts(index, registration)).toEqual(['strat']);
    expect(starts(index, swapped)).toEqual(['icpc']);
  });

  it('keeps apart the starts of two different descriptions on one index', () => {
    const index = new EventIndex([
      conference('icpc', '2019-03-01'),
      event({ id: 'reg', type: 'register.add', earliest: '2019-05-01' }),
      event({ id: 'strat', type: 'strategy', earliest: '2019-07-01' }),
    ]);
    const other: EventMatch = {
      types: ['strategy'],
      or: [{ types: ['meeting.conference'], outcomeMentions: ['registered'], standIn: true }],
    };
    expect(starts(index, registration)).toEqual(['icpc', 'reg', 'strat']);
    expect(starts(index, other)).toEqual(['icpc', 'strat']);
  });
});
