import { describe, expect, it } from 'vitest';
import {
  heatLevel,
  isContact,
  weeklyCounts,
} from '../../client/features/timeline/lib/weekly-counts';
import { makeEvent, monthEvent } from './support/events';

describe('weeklyCounts', () => {
  const range = { from: '2018-11-05', to: '2018-11-25' }; // three Monday-to-Sunday weeks

  it('counts contacts per agency per ISO week, Monday to Sunday', () => {
    const counts = weeklyCounts(
      [
        makeEvent({ agency: 'Police', on: '2018-11-05', type: 'contact.phone' }),
        makeEvent({ agency: 'Police', on: '2018-11-11', type: 'contact.phone' }),
        makeEvent({ agency: 'Health', on: '2018-11-12', type: 'contact.office' }),
      ],
      range,
      ['Police', 'Health'],
      'contacts',
    );
    expect(counts.weekStarts.map((ms) => new Date(ms).toISOString().slice(0, 10))).toEqual([
      '2018-11-05',
      '2018-11-12',
      '2018-11-19',
    ]);
    expect(counts.rows.map((r) => [r.lane, r.certain])).toEqual([
      ['Police', [2, 0, 0]],
      ['Health', [0, 1, 0]],
    ]);
    expect(counts.all.certain).toEqual([2, 1, 0]);
  });

  it('does not fill a silence with an approximate date: it counts as possible in every week it could fall in', () => {
    const counts = weeklyCounts(
      [monthEvent('2018-11', { agency: 'Police', type: 'contact.home-visit' })],
      range,
      ['Police'],
      'contacts',
    );
    expect(counts.all.certain).toEqual([0, 0, 0]);
    expect(counts.all.possible).toEqual([1, 1, 1]);
  });

  it('does not count a visit with no access or a missed appointment as a contact', () => {
    expect(isContact(makeEvent({ type: 'contact.no-access' }))).toBe(false);
    expect(isContact(makeEvent({ type: 'contact.not-brought' }))).toBe(false);
    expect(isContact(makeEvent({ type: 'meeting.core-group' }))).toBe(true);
    expect(isContact(makeEvent({ type: 'intelligence' }))).toBe(false);
  });

  it('can count only the weeks the child was seen', () => {
    const events = [
      makeEvent({ agency: 'Health', on: '2018-11-06', childSeen: true }),
      makeEvent({ agency: 'Health', on: '2018-11-07', childSeen: false }),
    ];
    expect(weeklyCounts(events, range, ['Health'], 'child-seen').all.certain).toEqual([1, 0, 0]);
    expect(weeklyCounts(events, range, ['Health'], 'all').all.certain).toEqual([2, 0, 0]);
  });

  it('grades heat on a square-root scale so a quiet week still shows beside a busy one', () => {
    expect([0, 1, 4, 10, 25, 40].map((n) => heatLevel(n, 40))).toEqual([0, 1, 2, 2, 4, 4]);
  });
});
