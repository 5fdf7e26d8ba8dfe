import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../client/shared/lib/filters';
import {
  allowedFilters,
  DEFAULT_VIEW,
  moveLane,
  placeLane,
  orderLanes,
  parseViewState,
  timelineSearch,
} from '../../client/features/timeline/lib/view-state';

describe('the timeline view in the URL', () => {
  it('reads the window, the open event, the lane order and the hidden lanes', () => {
    const view = parseViewState(
      new URLSearchParams(
        'window=2018-11-01..2019-01-31&event=e7&lane=Police&lane=Health&hide=Housing',
      ),
    );
    expect(view).toEqual({
      event: 'e7',
      window: { from: '2018-11-01', to: '2019-01-31' },
      laneOrder: ['Police', 'Health'],
      hidden: ['Housing'],
    });
  });

  it('ignores a window that is malformed or runs backwards', () => {
    expect(parseViewState(new URLSearchParams('window=2019-01-31..2018-11-01')).window).toBeNull();
    expect(parseViewState(new URLSearchParams('window=Nov..Dec')).window).toBeNull();
  });

  it('writes filters first, then the view, so one link reopens both', () => {
    const search = timelineSearch(
      { ...NO_FILTERS, agency: ['Police'] },
      { ...DEFAULT_VIEW, window: { from: '2018-11-01', to: '2018-11-30' }, event: 'e7' },
    );
    expect(search).toBe('?agency=Police&window=2018-11-01..2018-11-30&event=e7');
    expect(timelineSearch(NO_FILTERS, DEFAULT_VIEW)).toBe('');
  });
});

describe('lane order', () => {
  it('puts the chosen lanes first and new agencies after them in the default order', () => {
    expect(
      orderLanes(['Police', 'Health', 'CS', 'Housing'], ['CS', 'Gone', 'Police', 'CS']),
    ).toEqual(['CS', 'Police', 'Health', 'Housing']);
  });

  it('moves a lane one place, and not past either end', () => {
    expect(moveLane(['A', 'B', 'C'], 'B', -1)).toEqual(['B', 'A', 'C']);
    expect(moveLane(['A', 'B', 'C'], 'C', 1)).toEqual(['A', 'B', 'C']);
  });

  it('puts a dragged lane before or after the lane it is dropped on', () => {
    expect(placeLane(['A', 'B', 'C', 'D'], 'D', 'B', false)).toEqual(['A', 'D', 'B', 'C']);
    expect(placeLane(['A', 'B', 'C', 'D'], 'D', 'B', true)).toEqual(['A', 'B', 'D', 'C']);
    expect(placeLane(['A', 'B', 'C', 'D'], 'A', 'D', true)).toEqual(['B', 'C', 'D', 'A']);
    expect(placeLane(['A', 'B', 'C', 'D'], 'A', 'C', false)).toEqual(['B', 'A', 'C', 'D']);
    // Onto itself, or a lane not in the order: nothing moves.
    expect(placeLane(['A', 'B'], 'A', 'A', true)).toEqual(['A', 'B']);
    expect(placeLane(['A', 'B'], 'Gone', 'A', false)).toEqual(['A', 'B']);
  });
});

describe('allowedFilters', () => {
  const link = new URLSearchParams('agency=Police&flagged=true&theme=Neglect&annotated=true');

  it('keeps every filter for a role with gap flags and notes', () => {
    const filters = allowedFilters(link, { seeGaps: true, readNotes: true });
    expect(filters).toMatchObject({
      agency: ['Police'],
      flagged: true,
      theme: ['Neglect'],
      annotated: true,
    });
  });

  it('drops "flagged only" without gap flags, and the theme and key events without notes', () => {
    expect(allowedFilters(link, { seeGaps: false, readNotes: true })).toMatchObject({
      agency: ['Police'],
      flagged: false,
      theme: ['Neglect'],
      annotated: true,
    });
    expect(allowedFilters(link, { seeGaps: true, readNotes: false })).toMatchObject({
      agency: ['Police'],
      flagged: true,
      theme: [],
      annotated: false,
    });
  });
});
