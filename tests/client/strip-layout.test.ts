import { describe, expect, it } from 'vitest';
import {
  cellAt,
  cellFill,
  cellShapes,
  monthTicks,
  silentWeeks,
  weekAt,
  windowBox,
} from '../../client/features/timeline/lib/strip-layout';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the overview strip layout', () => {
  it('marks each month start, with the year at January', () => {
    expect(monthTicks(at('2018-11-05'), at('2019-02-01')).map((t) => t.label)).toEqual([
      'Dec',
      '2019',
    ]);
    expect(monthTicks(at('2018-11-05'), at('2019-02-02')).map((t) => t.label)).toEqual([
      'Dec',
      '2019',
      'Feb',
    ]);
    expect(monthTicks(at('2018-11-01'), at('2018-11-30'))).toEqual([]);
  });

  it('places the timeline window in weeks, clipped to the strip, at least a quarter-week', () => {
    const first = at('2018-11-05');
    expect(windowBox(null, first, 4)).toBeNull();
    expect(windowBox({ from: first - 10 * DAY, to: first }, first, 4)).toBeNull();
    expect(windowBox({ from: first + 28 * DAY, to: first + 40 * DAY }, first, 4)).toBeNull();
    expect(windowBox({ from: first + 7 * DAY, to: first + 21 * DAY }, first, 4)).toEqual({
      x: 1,
      w: 2,
    });
    expect(windowBox({ from: first - 7 * DAY, to: first + 60 * DAY }, first, 4)).toEqual({
      x: 0,
      w: 4,
    });
    expect(windowBox({ from: first, to: first + DAY / 2 }, first, 4)).toEqual({ x: 0, w: 0.25 });
  });

  it('finds the week under a click, kept within the strip', () => {
    expect(weekAt(0, 10)).toBe(0);
    expect(weekAt(0.55, 10)).toBe(5);
    expect(weekAt(1, 10)).toBe(9);
    expect(weekAt(-0.1, 10)).toBe(0);
  });

  it('counts weeks with nothing, not even an approximate date', () => {
    expect(silentWeeks({ lane: 'x', certain: [0, 0, 3, 0], possible: [0, 1, 0] })).toBe(2);
  });

  it('fills a cell with the colour, a hatch, or a blank warmer on the all-agencies row', () => {
    expect(cellFill(2, 5, '#123456', false)).toBe('#123456');
    expect(cellFill(0, 1, '#123456', false)).toBe('url(#strip-hatch)');
    expect(cellFill(0, 0, '#123456', true)).toBe('#f6efe4');
    expect(cellFill(0, 0, '#123456', false)).toBe('#f1f3f5');
  });

  it('draws the cells as one path per fill and opacity, each cell where its week and row are', () => {
    const rows = [
      { row: { lane: '', certain: [4, 0, 1], possible: [0, 2, 0] }, colour: '#000', all: true },
      {
        row: { lane: 'Police', certain: [0, 4, 0], possible: [0, 0, 0] },
        colour: '#f00',
        all: false,
      },
    ];
    const shapes = cellShapes(rows, (count) => (count >= 4 ? 4 : count > 0 ? 1 : 0));
    const by = (fill: string, opacity: number) =>
      shapes.find((s) => s.fill === fill && s.opacity === opacity)?.d;
    // The all-agencies row: week 0 full, week 1 hatched (only approximate dates), week 2 pale.
    expect(by('#000', 0.95)).toBe('M0.06 0h0.88v11h-0.88z');
    expect(by('url(#strip-hatch)', 1)).toBe('M1.06 0h0.88v11h-0.88z');
    expect(by('#000', 0.22)).toBe('M2.06 0h0.88v11h-0.88z');
    // Police's row 13 px down: its two blank weeks share one path, its busy week has its colour.
    expect(by('#f1f3f5', 1)).toBe('M0.06 13h0.88v11h-0.88zM2.06 13h0.88v11h-0.88z');
    expect(by('#f00', 0.95)).toBe('M1.06 13h0.88v11h-0.88z');
    expect(shapes).toHaveLength(5);
  });

  it('finds the row and week under the pointer, and nothing in the gap between rows', () => {
    expect(cellAt(0.55, 0, 10, 3)).toEqual({ row: 0, week: 5 });
    expect(cellAt(0.05, 14, 10, 3)).toEqual({ row: 1, week: 0 });
    expect(cellAt(0.05, 12, 10, 3)).toBeNull();
    expect(cellAt(0.05, 40, 10, 3)).toBeNull();
  });
});
