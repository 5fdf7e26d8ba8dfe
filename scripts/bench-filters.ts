/**
 * npm run bench:filters — how long the timeline's filtering in the browser takes (issue #15):
 * applyFilters + computeFacets over a decoded feed of 10,000, 50,000 and 100,000 events, for
 * a few typical filter sets (the median of BENCH_RUNS runs each). The timeline filters in the
 * browser up to BROWSER_FILTER_LIMIT events and asks the server above it: this is the figure
 * that limit was chosen by (features/timeline/lib/filter-mode.ts, docs/architecture.md).
 * Node's V8 is the browser's; run it on the machine the figure is for.
 */
import { decodeFeed, encodeFeed, type TimelineEvent } from '../server/contract/feed';
import type { AgencyKind } from '../server/contract/common';
import {
  applyFilters,
  computeFacets,
  NO_FILTERS,
  type EventFilters,
} from '../client/shared/lib/filters';
import { BROWSER_FILTER_LIMIT } from '../client/features/timeline/lib/filter-mode';
import { DEFAULT_SORT, sortEvents } from '../client/features/timeline/lib/chronology-sort';
import { buildTimelineIndex } from '../client/features/timeline/lib/level-of-detail';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [10_000, 50_000, 100_000];
const AGENCIES: [string, AgencyKind][] = [
  ['Dyfed-Powys Police', 'police'],
  ['Hywel Dda Health Board', 'health'],
  ['Powys Children’s Services', 'children-services'],
  ['Powys Housing', 'housing'],
  ['Wales Probation', 'probation'],
  ['IDVA Service', 'voluntary'],
];
const TYPES = [
  'contact.home-visit',
  'contact.office',
  'referral.sent',
  'meeting.strategy',
  'health.appointment',
  'police.incident',
];
const SUBJECTS = ['Mother', 'Father', 'Infant', 'Sibling', 'Grandmother'];

function syntheticFeed(n: number): TimelineEvent[] {
  const events: (TimelineEvent & { description: string })[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < n; i++) {
    const [agency, agencyKind] = AGENCIES[i % AGENCIES.length]!;
    const day = new Date(start + Math.floor((i / n) * 3650) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    events.push({
      id: `e${i}`,
      agency,
      agencyKind,
      date: { text: day, earliest: day, latest: day, precision: 'day', uncertain: false },
      time: i % 3 === 0 ? '10:30' : null,
      endDate: null,
      endTime: null,
      type: TYPES[(i * 7) % TYPES.length]!,
      typeText: 'Visit',
      subjects: [SUBJECTS[i % SUBJECTS.length]!, ...(i % 4 === 0 ? ['Infant'] : [])],
      childSeen: i % 5 === 0 ? true : i % 5 === 1 ? false : null,
      seenAlone: null,
      description: `Record ${i}: visited the family at home and discussed the plan.`,
    });
  }
  return decodeFeed(encodeFeed(events));
}

const FILTER_SETS: [string, EventFilters][] = [
  ['none', NO_FILTERS],
  ['one agency', { ...NO_FILTERS, agency: ['Dyfed-Powys Police'] }],
  [
    'contacts, child seen, a year',
    { ...NO_FILTERS, type: ['contact.'], childSeen: true, from: '2019-01-01', to: '2019-12-31' },
  ],
  [
    'two agencies, a subject',
    { ...NO_FILTERS, agency: ['Powys Housing', 'IDVA Service'], subject: ['Infant'] },
  ],
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(
  `applyFilters + computeFacets, median of ${RUNS} runs (ms); limit now ${BROWSER_FILTER_LIMIT.toLocaleString('en-GB')}`,
);
for (const size of SIZES) {
  const events = syntheticFeed(size);
  const row: string[] = [];
  for (const [name, filters] of FILTER_SETS) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      applyFilters(events, filters);
      computeFacets(events, filters);
      times.push(performance.now() - t0);
    }
    row.push(`${name}: ${median(times).toFixed(1)}`);
  }
  // For scale: what else a filter change redraws over the events it keeps (here: all of them).
  const rest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    sortEvents(events, DEFAULT_SORT);
    buildTimelineIndex(events);
    rest.push(performance.now() - t0);
  }
  row.push(`(table sort + timeline index of all: ${median(rest).toFixed(1)})`);
  console.log(`${size.toLocaleString('en-GB').padStart(8)} events  ${row.join('  ·  ')}`);
}
