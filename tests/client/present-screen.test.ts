import { describe, expect, it } from 'vitest';
import type { EventDto } from '../../server/contract/events';
import type { AnnotationDto, EpisodeDto } from '../../client/shared/api/api-types';
import { episodesByStart, notesByStatus } from '../../client/features/walkthrough/lib/notes-list';
import { presentClass, presentStatus } from '../../client/features/walkthrough/lib/present-status';
import { monthMarks } from '../../client/features/walkthrough/lib/present-strip';
import {
  laneIndex,
  nearestInLane,
  STRIP_COLUMNS,
  stripLanes,
} from '../../client/features/walkthrough/lib/strip-drawing';
import { START_FOLLOWING } from '../../client/features/walkthrough/lib/walkthrough';
import { makeEvent, monthEvent } from './support/events';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the walk-through status line', () => {
  const meeting = { title: 'Panel 3', chairName: 'Ana' };
  const ids = ['a', 'b', 'c'];

  it('says who leads and, for a follower, where the chair is', () => {
    expect(presentStatus('solo', START_FOLLOWING, null, ids)).toBe('Walk-through');
    expect(presentStatus('chair', START_FOLLOWING, meeting, ids)).toBe(
      'Chairing “Panel 3”: everyone following sees each step',
    );
    expect(presentStatus('chair', START_FOLLOWING, null, ids)).toBe(
      'Chairing “the meeting”: everyone following sees each step',
    );
    expect(presentStatus('follower', START_FOLLOWING, meeting, ids)).toBe('Following Ana');
    expect(presentStatus('follower', START_FOLLOWING, null, ids)).toBe('Following the chair');
    expect(
      presentStatus('follower', { ...START_FOLLOWING, mode: 'away', chairAt: 'b' }, meeting, ids),
    ).toBe('Browsing on your own · the chair is on 2 of 3');
    expect(
      presentStatus('follower', { ...START_FOLLOWING, mode: 'away', chairAt: 'z' }, meeting, ids),
    ).toBe('Browsing on your own · the chair is on another event');
    expect(presentStatus('follower', { ...START_FOLLOWING, mode: 'ended' }, meeting, ids)).toBe(
      'The meeting has ended',
    );
  });

  it('marks the screen of a follower browsing alone', () => {
    expect(presentClass('follower', 'away')).toBe('present present-follower present-away');
    expect(presentClass('follower', 'following')).toBe('present present-follower');
    expect(presentClass('chair', 'away')).toBe('present present-chair');
  });
});

describe('the walk-through strip', () => {
  const range = { from: at('2019-01-01'), to: at('2019-05-01') };
  const lane = 'Powys Children’s Services';
  const nearest = (events: EventDto[], ms: number) =>
    nearestInLane(stripLanes(events, [lane], range, new Set()).get(lane)!.index(), ms);

  it('picks the event nearest a click, inside a span counting as on it', () => {
    const early = makeEvent({ id: 'early', on: '2019-01-05' });
    const month = monthEvent('2019-02', { id: 'month' });
    const late = makeEvent({ id: 'late', on: '2019-04-01' });
    expect(nearest([], at('2019-01-01'))).toBeNull();
    expect(nearest([early, month, late], at('2018-12-01'))).toBe('early');
    expect(nearest([early, month, late], at('2019-02-20'))).toBe('month');
    expect(nearest([early, month, late], at('2019-03-25'))).toBe('late');
    // Out of order in the sequence: the index sorts them.
    expect(nearest([late, month, early], at('2019-01-06'))).toBe('early');
  });

  it('finds an event as near as a look at every one would, over a long lane', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const spans = Array.from({ length: 3000 }, (_, i) => {
      const start = at('2019-01-01') + Math.floor(random() * 120) * 86_400_000;
      const long = random() < 0.2 ? Math.floor(random() * 40) * 86_400_000 : 0;
      return { id: `s${i}`, start, end: start + long };
    });
    const index = laneIndex(spans);
    const byId = new Map(spans.map((s) => [s.id, s]));
    const distance = (id: string | null, ms: number) => {
      const s = byId.get(id ?? '')!;
      return ms < s.start ? s.start - ms : ms > s.end ? ms - s.end : 0;
    };
    const wrong: string[] = [];
    for (let k = 0; k < 500; k++) {
      const ms = at('2018-12-01') + random() * 180 * 86_400_000;
      const best = Math.min(...spans.map((s) => distance(s.id, ms)));
      const found = nearestInLane(index, ms);
      if (distance(found, ms) !== best) wrong.push(`${ms}: ${found}`);
    }
    expect(wrong).toEqual([]);
  });

  it('draws a tick per column with events, a box per span, flagged ones apart', () => {
    const a = makeEvent({ id: 'a', on: '2019-03-01' });
    const b = makeEvent({ id: 'b', on: '2019-03-01', time: '00:05' });
    const c = makeEvent({ id: 'c', on: '2019-01-31' });
    const month = monthEvent('2019-02', { id: 'month' });
    const other = makeEvent({ id: 'other', on: '2019-02-01', agency: 'Elsewhere' });
    const drawn = stripLanes([a, b, c, month, other], [lane], range, new Set(['c']));
    const paths = drawn.get(lane)!.paths;
    const column = (iso: string) =>
      Math.round(((at(iso) - range.from) / (range.to - range.from)) * STRIP_COLUMNS);
    // a and b share a column (five minutes apart over four months): one tick.
    expect(paths.ticks).toBe(`M${column('2019-03-01')} 6V19`);
    expect(paths.flaggedTicks).toBe(`M${column('2019-01-31')} 6V19`);
    expect(paths.ranges).toBe(
      `M${column('2019-02-01')} 6H${column('2019-03-01')}V19H${column('2019-02-01')}Z`,
    );
    expect(paths.flaggedRanges).toBe('');
    expect([...drawn.keys()]).toEqual([lane]);
  });

  it('marks every month over a year, with the year at January', () => {
    const marks = monthMarks({ from: at('2018-10-15'), to: at('2019-03-15') });
    expect(marks.map((m) => m.label)).toEqual(['Nov', 'Dec', 'Jan 2019', 'Feb', 'Mar']);
    expect(marks[0]?.at).toBeGreaterThan(0);
    expect(marks.at(-1)?.at).toBeLessThan(100);
  });

  it('marks fewer months over a longer period, and only years over a very long one', () => {
    const two = monthMarks({ from: at('2018-01-15'), to: at('2019-12-15') });
    expect(two.map((m) => m.label)).toEqual([
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
      'Jan 2019',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
    ]);
    const long = monthMarks({ from: at('2015-06-01'), to: at('2019-12-01') });
    expect(long.map((m) => m.label)).toEqual(['Jan 2016', 'Jan 2017', 'Jan 2018', 'Jan 2019']);
  });
});

describe('the notes page lists', () => {
  const note = (id: string, status: AnnotationDto['status']) => ({ id, status }) as AnnotationDto;
  const episode = (id: string, eventId: string | null) =>
    ({ id, start: { eventId } }) as unknown as EpisodeDto;

  it('groups notes by whether their record is there, changed or gone, keeping their order', () => {
    const groups = notesByStatus([
      note('1', 'orphaned'),
      note('2', 'attached'),
      note('3', 'source-changed'),
      note('4', 'attached'),
    ]);
    expect(groups.attached.map((n) => n.id)).toEqual(['2', '4']);
    expect(groups.changed.map((n) => n.id)).toEqual(['3']);
    expect(groups.orphaned.map((n) => n.id)).toEqual(['1']);
  });

  it('orders episodes by the date they start, those without a known start last', () => {
    const first = makeEvent({ on: '2019-01-04' });
    const second = makeEvent({ on: '2019-03-01' });
    const byId = new Map([first, second].map((e) => [e.id, e]));
    const sorted = episodesByStart(
      [
        episode('gone', null),
        episode('late', second.id),
        episode('unknown', 'x'),
        episode('early', first.id),
      ],
      byId,
    );
    expect(sorted.map((e) => e.id)).toEqual(['early', 'late', 'gone', 'unknown']);
  });
});
