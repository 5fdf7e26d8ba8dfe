import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  computeFacets,
  filtersToParams,
  matchesFilters,
  NO_FILTERS,
  parseFilters,
  toServerQuery,
  type EventFilters,
} from '../../client/shared/lib/filters';
import { makeEvent, monthEvent } from './support/events';

const params = (query: string) => new URLSearchParams(query);

describe('filters in the URL', () => {
  it('read every filter under the API’s own parameter names', () => {
    const filters = parseFilters(
      params(
        'agency=Police&agency=Housing&agencyKind=health&type=contact.&subject=Mother&from=2018-11-01&to=2018-12-31&q=MARF&flagged=true&childSeen=false',
      ),
    );
    expect(filters).toEqual({
      agency: ['Police', 'Housing'],
      agencyKind: ['health'],
      type: ['contact.'],
      subject: ['Mother'],
      theme: [],
      from: '2018-11-01',
      to: '2018-12-31',
      q: 'MARF',
      flagged: true,
      annotated: false,
      childSeen: false,
    });
  });

  it('write them back in a fixed order without defaults, so a link is stable and short', () => {
    const query = 'q=strat+disc&agency=Police&type=strategy&childSeen=true';
    expect(filtersToParams(parseFilters(params(query))).toString()).toBe(
      'agency=Police&type=strategy&q=strat+disc&childSeen=true',
    );
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
  });

  it('survive a round trip through the URL, including names with commas and quotes', () => {
    const filters = {
      ...NO_FILTERS,
      agency: ["Powys Children's Services", 'A, B & C'],
      q: 'smell of cannabis',
    };
    expect(parseFilters(filtersToParams(filters))).toEqual(filters);
  });

  it('ignore what they cannot use: malformed dates, empty values, repeats', () => {
    const filters = parseFilters(
      params('from=22/05/2018&to=&agency=&agency=Police&agency=Police&childSeen=maybe'),
    );
    expect(filters).toEqual({ ...NO_FILTERS, agency: ['Police'] });
  });

  it('are the query the server takes, unchanged', () => {
    const filters = { ...NO_FILTERS, agency: ['Police'], flagged: true };
    expect(toServerQuery(filters).toString()).toBe('agency=Police&flagged=true');
  });
});

describe('matchesFilters', () => {
  const visit = makeEvent({
    agency: 'Police',
    on: '2018-11-14',
    subjects: ['Mother', 'Infant'],
    childSeen: true,
  });

  it('matches a type code exactly, or a prefix ending in a dot', () => {
    expect(matchesFilters(visit, { ...NO_FILTERS, type: ['contact.'] })).toBe(true);
    expect(matchesFilters(visit, { ...NO_FILTERS, type: ['contact.home-visit'] })).toBe(true);
    expect(matchesFilters(visit, { ...NO_FILTERS, type: ['contact'] })).toBe(false);
    expect(matchesFilters(visit, { ...NO_FILTERS, type: ['referral.', 'strategy'] })).toBe(false);
  });

  it('matches a person named in the event', () => {
    expect(matchesFilters(visit, { ...NO_FILTERS, subject: ['Infant'] })).toBe(true);
    expect(matchesFilters(visit, { ...NO_FILTERS, subject: ['Father'] })).toBe(false);
  });

  it('keeps an approximate date when any day it could be overlaps the dates asked for', () => {
    const november = monthEvent('2018-11');
    expect(matchesFilters(november, { ...NO_FILTERS, from: '2018-11-30' })).toBe(true);
    expect(matchesFilters(november, { ...NO_FILTERS, to: '2018-11-01' })).toBe(true);
    expect(matchesFilters(november, { ...NO_FILTERS, from: '2018-12-01' })).toBe(false);
    expect(matchesFilters(november, { ...NO_FILTERS, to: '2018-10-31' })).toBe(false);
  });

  it('leaves the search text to the server: the feed has no free text to match', () => {
    const event = makeEvent({ description: 'Strong smell of Cannabis noted.' });
    const { description: _text, ...feedEvent } = event;
    // The browser's filters ignore q (filter-mode.ts sends any search to the server)…
    expect(matchesFilters(feedEvent, { ...NO_FILTERS, q: 'strategy' })).toBe(true);
    // …and still apply the others beside it.
    expect(matchesFilters(feedEvent, { ...NO_FILTERS, q: 'strategy', agency: ['Police'] })).toBe(
      false,
    );
  });

  it('tells child seen from not seen from not recorded', () => {
    const unknown = makeEvent({ childSeen: null });
    expect(matchesFilters(visit, { ...NO_FILTERS, childSeen: true })).toBe(true);
    expect(matchesFilters(unknown, { ...NO_FILTERS, childSeen: true })).toBe(false);
    expect(matchesFilters(unknown, { ...NO_FILTERS, childSeen: false })).toBe(false);
  });

  it('shows nothing for "flagged only" while no gap flags are known, rather than everything', () => {
    expect(matchesFilters(visit, { ...NO_FILTERS, flagged: true }, null)).toBe(false);
    expect(matchesFilters(visit, { ...NO_FILTERS, flagged: true }, new Set([visit.id]))).toBe(true);
  });
});

describe('applyFilters and computeFacets', () => {
  const events = [
    makeEvent({ agency: 'Police', type: 'intelligence', subjects: ['Father'] }),
    makeEvent({ agency: 'Police', type: 'referral.sent', subjects: ['Father', 'Mother'] }),
    makeEvent({ agency: 'Health', type: 'contact.office', subjects: ['Mother'] }),
  ];

  it('keeps the events that match every filter', () => {
    const filters = { ...NO_FILTERS, agency: ['Police'], subject: ['Mother'] };
    expect(applyFilters(events, filters).map((e) => e.type)).toEqual(['referral.sent']);
  });

  it('counts each dimension with the other filters on but not its own', () => {
    const facets = computeFacets(events, { ...NO_FILTERS, agency: ['Police'] });
    expect(facets.agency).toEqual([
      { value: 'Police', count: 2 },
      { value: 'Health', count: 1 },
    ]);
    expect(facets.type.map((f) => f.value).sort()).toEqual(['intelligence', 'referral.sent']);
    expect(facets.subject).toEqual([
      { value: 'Father', count: 2 },
      { value: 'Mother', count: 1 },
    ]);
  });

  it('counts each dimension as the filters without its own would keep, whatever is on', () => {
    const many = [
      makeEvent({ agency: 'Police', type: 'intelligence', subjects: ['Father'], on: '2018-05-01' }),
      makeEvent({
        agency: 'Police',
        type: 'referral.sent',
        subjects: ['Mother'],
        on: '2018-06-01',
      }),
      makeEvent({
        agency: 'Health',
        type: 'referral.sent',
        subjects: ['Mother', 'Child'],
        on: '2018-06-02',
      }),
      makeEvent({ agency: 'Health', type: 'contact.office', subjects: [], on: '2018-07-01' }),
      makeEvent({ agency: 'Housing', type: 'housing', subjects: ['Mother'], on: '2018-04-01' }),
    ];
    const cases: EventFilters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, agency: ['Health'], type: ['referral.'] },
      { ...NO_FILTERS, subject: ['Mother'], from: '2018-05-15' },
      { ...NO_FILTERS, agency: ['Police', 'Housing'], subject: ['Mother'], type: ['housing'] },
    ];
    const tally = (kept: typeof many, keys: (e: (typeof many)[number]) => string[]) => {
      const counts = new Map<string, number>();
      for (const e of kept) for (const k of keys(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return [...counts].sort().map(([value, count]) => ({ value, count }));
    };
    const sorted = (values: { value: string; count: number }[]) =>
      [...values].sort((a, b) => a.value.localeCompare(b.value));
    for (const filters of cases) {
      const facets = computeFacets(many, filters);
      const without = (f: Partial<EventFilters>) => applyFilters(many, { ...filters, ...f });
      expect(sorted(facets.agency)).toEqual(tally(without({ agency: [] }), (e) => [e.agency]));
      expect(sorted(facets.type)).toEqual(tally(without({ type: [] }), (e) => [e.type]));
      expect(sorted(facets.subject)).toEqual(tally(without({ subject: [] }), (e) => e.subjects));
    }
  });
});
