import { describe, expect, it } from 'vitest';
import type { AnnotationDto, EpisodeDto } from '../../client/shared/api/api-types';
import { episodesByStart, notesByStatus } from '../../client/features/walkthrough/lib/notes-list';
import { presentClass, presentStatus } from '../../client/features/walkthrough/lib/present-status';
import { monthMarks, nearestEvent } from '../../client/features/walkthrough/lib/present-strip';
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
  it('picks the event nearest a click, inside a span counting as on it', () => {
    const early = makeEvent({ id: 'early', on: '2019-01-05' });
    const month = monthEvent('2019-02', { id: 'month' });
    const late = makeEvent({ id: 'late', on: '2019-04-01' });
    expect(nearestEvent([], at('2019-01-01'))).toBeNull();
    expect(nearestEvent([early, month, late], at('2018-12-01'))?.id).toBe('early');
    expect(nearestEvent([early, month, late], at('2019-02-20'))?.id).toBe('month');
    expect(nearestEvent([early, month, late], at('2019-03-25'))?.id).toBe('late');
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
