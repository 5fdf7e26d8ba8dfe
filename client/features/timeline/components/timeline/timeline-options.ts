// How vis-timeline is set up for the merged timeline: the opening window, stacking, zoom limits, a UTC axis.
import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { DAY_MS } from '../../../../shared/lib/dates';

export function timelineOptions(from: number, to: number): TimelineOptions {
  return {
    start: from,
    end: to,
    height: '100%',
    // Without an explicit `rtl`, vis-timeline hides itself until its first range change.
    rtl: false,
    stack: true,
    orientation: { axis: 'top', item: 'top' },
    groupOrder: 'order',
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    zoomMin: 6 * 60 * 60 * 1000,
    zoomMax: 30 * 365 * DAY_MS,
    margin: { axis: 4, item: { horizontal: 4, vertical: 3 } },
    tooltip: { followMouse: false, overflowMethod: 'cap', delay: 250 },
    // Calendar dates are stored at UTC midnight (shared/lib/dates.ts): draw the axis in UTC too.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    format: {
      minorLabels: { day: 'D', weekday: 'ddd D', month: 'MMM', week: 'D MMM' },
      majorLabels: { day: 'MMMM YYYY', weekday: 'MMMM YYYY', hour: 'ddd D MMMM' },
    },
  };
}
