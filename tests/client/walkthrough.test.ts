import { describe, expect, it } from 'vitest';
import type { AnnotationDto, EpisodeDto, NotesResponse } from '../../client/shared/api/api-types';
import {
  ANNEX_HEADERS,
  annexDescription,
  annexEventsQuery,
  annexHeaders,
  annexPrintRows,
  annexQuery,
  cssString,
  pageMarginCss,
} from '../../client/shared/lib/annex';
import {
  applyFilters,
  filtersToParams,
  NO_FILTERS,
  parseFilters,
} from '../../client/shared/lib/filters';
import { rowsToGlossary } from '../../client/features/walkthrough/lib/glossary';
import {
  episodesAt,
  eventMarks,
  indexNotes,
  notedEventIds,
  parseFactors,
  parseThemes,
  sortNotes,
} from '../../client/shared/lib/notes';
import { abilities, pageAllowed } from '../../client/shared/lib/roles';
import { parseRoute, reviewPath } from '../../client/shared/lib/routes';
import { eventToItem } from '../../client/shared/lib/timeline-items';
import { withView } from '../../client/shared/lib/view-mode';
import {
  ended,
  flaggedEventIds,
  gapsIn,
  keyOnlySwitch,
  keyTarget,
  laneOrder,
  nextFlagged,
  onPosition,
  parsePresent,
  percentAt,
  positionSender,
  presentSearch,
  rejoin,
  sequenceQuery,
  START_FOLLOWING,
  step,
  stepAway,
  stripRange,
} from '../../client/features/walkthrough/lib/walkthrough';
import { makeEvent, monthEvent } from './support/events';

const DAY = 86_400_000;

function note(overrides: Partial<AnnotationDto> & { eventId: string | null }): AnnotationDto {
  return {
    id: `n-${Math.random()}`,
    kind: 'key-event',
    text: 'A note',
    themes: [],
    status: 'attached',
    originalEventId: overrides.eventId,
    sourceRef: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

function episode(start: string | null, end: string | null, extra: Partial<EpisodeDto> = {}) {
  const anchor = (eventId: string | null) => ({
    status: eventId ? ('attached' as const) : ('orphaned' as const),
    eventId,
    originalEventId: eventId ?? 'gone',
  });
  return {
    id: `ep-${Math.random()}`,
    title: 'The MARF nobody chased',
    assessment: 'problematic',
    summary: '',
    factors: [],
    themes: [],
    start: anchor(start),
    end: anchor(end),
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  } satisfies EpisodeDto;
}

// Five events across the winter: a referral, two visits, a month-dated decision, an incident.
const referral = makeEvent({
  on: '2019-01-04',
  type: 'referral.sent',
  agency: 'Police',
  agencyKind: 'police',
});
const visit1 = makeEvent({ on: '2019-01-20' });
const decision = monthEvent('2019-02', { type: 'decision' });
const visit2 = makeEvent({ on: '2019-03-05' });
const incident = makeEvent({ on: '2019-04-17', type: 'incident.domestic' });
const events = [referral, visit1, decision, visit2, incident];
const byId = new Map(events.map((e) => [e.id, e]));

const notes: NotesResponse = {
  annotations: [
    note({ eventId: visit1.id, kind: 'key-event', themes: ['Voice of the child'] }),
    note({ eventId: visit1.id, kind: 'missed-opportunity', text: 'Not seen alone' }),
    note({ eventId: null, kind: 'learning-point', status: 'orphaned', originalEventId: 'old' }),
  ],
  episodes: [episode(referral.id, visit2.id, { themes: ['information sharing'] })],
  themes: ['information sharing', 'Voice of the child'],
};

describe('notes on records', () => {
  const index = indexNotes(notes, byId);

  it('reads themes and factors as typed: trimmed, deduplicated in any case', () => {
    expect(parseThemes(' information  sharing, MARF;marf ,, Voice of the child ')).toEqual([
      'information sharing',
      'MARF',
      'Voice of the child',
    ]);
    expect(parseFactors('No chase system, none at all\n\n Caseload ')).toEqual([
      'No chase system, none at all',
      'Caseload',
    ]);
  });

  it('indexes notes by record and counts episode ends as key events, orphans apart', () => {
    expect(index.byEvent.get(visit1.id)?.map((n) => n.kind)).toEqual([
      'key-event',
      'missed-opportunity',
    ]);
    expect([...index.keyIds].sort()).toEqual([referral.id, visit1.id, visit2.id].sort());
    expect(index.episodes[0]).toMatchObject({ from: '2019-01-04', to: '2019-03-05' });
  });

  it('places an event in an episode: where it starts, ends, or in between', () => {
    expect(episodesAt(index, referral).map((e) => e.role)).toEqual(['start']);
    expect(episodesAt(index, decision).map((e) => e.role)).toEqual(['inside']);
    expect(episodesAt(index, visit2).map((e) => e.role)).toEqual(['end']);
    expect(episodesAt(index, incident)).toEqual([]);
  });

  it('keeps for "key events only" and for a theme what the API keeps', () => {
    expect([...notedEventIds(index, notes, events, [])].sort()).toEqual(
      [referral.id, visit1.id, visit2.id].sort(),
    );
    // A theme on a note: that record. On an episode: its ends and every record inside it.
    expect([...notedEventIds(index, notes, events, ['voice of the child'])]).toEqual([visit1.id]);
    expect([...notedEventIds(index, notes, events, ['Information Sharing'])].sort()).toEqual(
      [referral.id, visit1.id, decision.id, visit2.id].sort(),
    );
    const filters = { ...NO_FILTERS, annotated: true };
    const noted = notedEventIds(index, notes, events, []);
    expect(applyFilters(events, filters, null, noted).map((e) => e.id)).toEqual([
      referral.id,
      visit1.id,
      visit2.id,
    ]);
    // Until the notes are loaded, the filter matches nothing rather than everything.
    expect(applyFilters(events, filters, null, null)).toEqual([]);
  });

  it('marks an event with its most telling note, and an episode end without one as hollow', () => {
    const marks = eventMarks(index);
    expect(marks.get(visit1.id)).toMatchObject({
      className: 'noted noted-missed-opportunity',
      kind: 'missed-opportunity',
      label: 'Review notes: Missed opportunity; Key event',
    });
    expect(marks.get(referral.id)).toMatchObject({
      className: 'noted episode-edge',
      kind: null,
      label: 'Review notes: episode “The MARF nobody chased” starts',
    });
    const item = eventToItem(visit1, false, marks.get(visit1.id) ?? null);
    expect(item.className).toContain('noted-missed-opportunity');
    expect(item.tooltip.at(-1)).toBe('Review notes: Missed opportunity; Key event');
  });

  it('sorts notes by their record’s date, orphans last', () => {
    const sorted = sortNotes(
      [notes.annotations[2]!, note({ eventId: incident.id }), note({ eventId: referral.id })],
      byId,
    );
    expect(sorted.map((n) => n.eventId)).toEqual([referral.id, incident.id, null]);
  });
});

describe('filters for the walk-through', () => {
  it('read and write theme and annotated under the API’s names', () => {
    const filters = parseFilters(
      new URLSearchParams('theme=information+sharing&theme=MARF&annotated=true&agency=Police'),
    );
    expect(filters).toMatchObject({
      theme: ['information sharing', 'MARF'],
      annotated: true,
      agency: ['Police'],
    });
    expect(filtersToParams(filters).toString()).toBe(
      'agency=Police&theme=information+sharing&theme=MARF&annotated=true',
    );
  });

  it('load the sequence without "key events only", which the page applies itself', () => {
    const filters = { ...NO_FILTERS, flagged: true, annotated: true, theme: ['MARF'] };
    expect(sequenceQuery(filters).toString()).toBe('theme=MARF&flagged=true');
  });

  it('carry the meeting and the event in the presentation URL', () => {
    const search = presentSearch({
      filters: { ...NO_FILTERS, annotated: true },
      meeting: 'm1',
      event: 'e9',
    });
    expect(search).toBe('?annotated=true&meeting=m1&event=e9');
    expect(parsePresent(search)).toMatchObject({ meeting: 'm1', event: 'e9' });
    expect(parsePresent(search).filters.annotated).toBe(true);
    expect(presentSearch({})).toBe('');
  });

  it('ask for names only when a reviewer chose them', () => {
    expect(withView(new URLSearchParams('annotated=true'), 'named').toString()).toBe(
      'annotated=true&view=named',
    );
    expect(withView(new URLSearchParams('view=named'), 'anonymised').toString()).toBe('');
  });
});

describe('stepping through the walk-through', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('steps forward and back, and stops at either end', () => {
    expect(step(ids, 'b', 'next')).toBe('c');
    expect(step(ids, 'b', 'previous')).toBe('a');
    expect(step(ids, 'e', 'next')).toBeNull();
    expect(step(ids, 'a', 'previous')).toBeNull();
    expect(step(ids, null, 'next')).toBe('a');
    expect(step([], null, 'next')).toBeNull();
  });

  it('finds the next flagged event after the current one', () => {
    const flagged = new Set(['b', 'd']);
    expect(nextFlagged(ids, 'a', flagged)).toBe('b');
    expect(nextFlagged(ids, 'b', flagged)).toBe('d');
    expect(nextFlagged(ids, 'd', flagged)).toBeNull();
  });

  it('stays on a key event, or moves to the next one (else the last before) for K', () => {
    const key = new Set(['b', 'd']);
    expect(keyTarget(ids, key, 'b')).toBe('b');
    expect(keyTarget(ids, key, 'c')).toBe('d');
    expect(keyTarget(ids, key, 'e')).toBe('d');
    expect(keyTarget(ids, new Set(), 'c')).toBeNull();
  });

  it('switches "key events only" with a notice, stepping to a key event for the one who leads', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const key = new Set(['b', 'd']);
    expect(keyOnlySwitch(true, ids, key, 'c', true)).toEqual({
      notice: 'Key events only',
      goTo: 'd',
    });
    expect(keyOnlySwitch(true, ids, key, 'b', true)).toEqual({
      notice: 'Key events only',
      goTo: null,
    });
    expect(keyOnlySwitch(true, ids, key, 'c', false)).toEqual({
      notice: 'Key events only',
      goTo: null,
    });
    expect(keyOnlySwitch(false, ids, key, 'c', true)).toEqual({
      notice: 'Every event',
      goTo: null,
    });
    expect(keyOnlySwitch(true, ids, new Set(), 'c', true)).toEqual({
      notice: 'No key events yet: nothing carries a review note.',
      goTo: null,
    });
  });

  it('lays the strip over the walk-through’s period, at least two months wide', () => {
    const range = stripRange([referral, incident], { from: '2018-05-20', to: '2019-05-20' });
    expect(range.from).toBeLessThan(Date.UTC(2019, 0, 4));
    expect(range.to).toBeGreaterThan(Date.UTC(2019, 3, 17));
    expect(percentAt(Date.UTC(2019, 0, 4), range)).toBeGreaterThan(0);
    expect(percentAt(Date.UTC(2030, 0, 1), range)).toBe(100);
    const one = stripRange([visit1], { from: '2018-05-20', to: '2019-05-20' });
    expect(one.to - one.from).toBeGreaterThanOrEqual(60 * DAY);
    const filtered = stripRange(
      [visit1],
      { from: '2018-05-20', to: '2019-05-20' },
      {
        from: '2018-06-01',
        to: '2019-05-01',
      },
    );
    expect(filtered.from).toBeLessThanOrEqual(Date.UTC(2018, 5, 1));
    // No events: the review period.
    const empty = stripRange([], { from: '2018-05-20', to: '2019-05-20' });
    expect(empty.from).toBeLessThan(Date.UTC(2018, 4, 20));
  });

  it('orders lanes as the timeline does, and keeps the gaps that touch the walk-through', () => {
    expect(laneOrder(events)).toEqual(['Police', 'Powys Children’s Services']);
    const gaps = [
      { id: 'g1', triggerEventId: 'a', expectedEventId: null },
      { id: 'g2', triggerEventId: 'x', expectedEventId: 'c' },
      { id: 'g3', triggerEventId: 'x', expectedEventId: 'y' },
    ] as unknown as Parameters<typeof gapsIn>[0];
    expect(gapsIn(gaps, new Set(ids)).map((g) => g.id)).toEqual(['g1', 'g2']);
    expect([...flaggedEventIds(gaps)].sort()).toEqual(['a', 'c', 'x', 'y']);
  });
});

describe('following the chair', () => {
  it('shows each position while following, drops stale ones', () => {
    let state = onPosition(START_FOLLOWING, { eventId: 'a', seq: 1 });
    expect(state).toMatchObject({ mode: 'following', shown: 'a', chairAt: 'a', seq: 1 });
    state = onPosition(state, { eventId: 'b', seq: 3 });
    state = onPosition(state, { eventId: 'old', seq: 2 });
    expect(state.shown).toBe('b');
  });

  it('remembers the chair’s moves while away, and applies the latest on re-joining', () => {
    let state = onPosition(START_FOLLOWING, { eventId: 'a', seq: 1 });
    state = stepAway(state, 'z');
    state = onPosition(state, { eventId: 'b', seq: 2 });
    state = onPosition(state, { eventId: 'c', seq: 3 });
    expect(state).toMatchObject({ mode: 'away', shown: 'z', chairAt: 'c' });
    state = rejoin(state);
    expect(state).toMatchObject({ mode: 'following', shown: 'c' });
  });

  it('stops at the end of the meeting', () => {
    const state = ended(onPosition(START_FOLLOWING, { eventId: 'a', seq: 1 }));
    expect(onPosition(state, { eventId: 'b', seq: 2 }).shown).toBe('a');
    expect(rejoin(state).mode).toBe('ended');
  });

  it('sends the chair’s moves one at a time, the latest winning', async () => {
    const sent: string[] = [];
    const waits: (() => void)[] = [];
    const send = positionSender(
      (id) =>
        new Promise<void>((resolve) => {
          sent.push(id);
          waits.push(resolve);
        }),
    );
    void send('a');
    void send('b');
    void send('c');
    expect(sent).toEqual(['a']);
    waits.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['a', 'c']);
    waits.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    void send('d');
    expect(sent).toEqual(['a', 'c', 'd']);
  });

  it('reports a failed move and carries on with the next', async () => {
    const errors: unknown[] = [];
    const sent: string[] = [];
    const send = positionSender(
      async (id) => {
        sent.push(id);
        if (id === 'bad') throw new Error('409');
      },
      (e) => errors.push(e),
    );
    await send('bad');
    await send('good');
    expect(sent).toEqual(['bad', 'good']);
    expect(errors).toHaveLength(1);
  });
});

describe('the annex', () => {
  it('asks for key events only, or the timeline’s filters, with names on request', () => {
    const filters = { ...NO_FILTERS, agency: ['Police'] };
    expect(
      annexQuery({ rows: 'key', view: 'anonymised', dates: 'house' }, filters).toString(),
    ).toBe('annotated=true');
    const named = annexQuery({ rows: 'filters', view: 'named', dates: 'as-written' }, filters);
    expect(named.toString()).toBe('agency=Police&view=named&dateAsWritten=true');
    // The events are asked for without the choice of columns, which the print view reads.
    expect(annexEventsQuery(named).toString()).toBe('agency=Police&view=named');
    expect(annexHeaders(named).map((h) => h.label)).toContain('Date as written');
    expect(annexHeaders(new URLSearchParams('annotated=true')).map((h) => h.key)).not.toContain(
      'dateAsWritten',
    );
    expect(annexDescription(named)).toBe('filtered · names shown');
    expect(annexDescription(new URLSearchParams('annotated=true'))).toBe(
      'Key events only · people as role labels',
    );
    expect(annexDescription(new URLSearchParams('agency=Police&view=named'))).toBe(
      'filtered · names shown',
    );
  });

  it('lays out rows as the server’s annex does: notes, episode ends and themes per event', () => {
    const rows = annexPrintRows(events, notes);
    expect(rows).toHaveLength(5);
    const visitRow = rows[1]!;
    expect(visitRow.notes).toEqual(['Key event: A note', 'Missed opportunity: Not seen alone']);
    expect(visitRow.cells.themes).toBe('Voice of the child');
    expect(rows[0]!.notes).toEqual([
      'Episode starts: Problematic practice episode “The MARF nobody chased”',
    ]);
    // The house form; the date as the agency wrote it beside it.
    expect(rows[2]!.cells.date).toBe('Feb 2019');
    expect(rows[2]!.cells.dateAsWritten).toBe('2019-02');
    expect(Object.keys(visitRow.cells)).toEqual(ANNEX_HEADERS.map((h) => h.key));
  });

  it('puts the marking in the page’s margins without letting its text out of the string', () => {
    expect(cssString('OFFICIAL-SENSITIVE')).toBe('"OFFICIAL-SENSITIVE"');
    const hostile = cssString('x"; } body { display: none } @page { content: "');
    expect(hostile).not.toMatch(/[;{}]/);
    expect(hostile.slice(1, -1)).not.toContain('"');
    const css = pageMarginCss('CPR 3/2026', 'OFFICIAL-SENSITIVE');
    expect(css).toContain('@top-center { content: "OFFICIAL-SENSITIVE"');
    expect(css).toContain('counter(pages)');
  });
});

describe('pages and the glossary', () => {
  it('routes the walk-through’s pages, the annex’s print view included', () => {
    expect(parseRoute('/reviews/r1/notes')).toEqual({ page: 'notes', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/people')).toEqual({ page: 'people', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/present')).toEqual({ page: 'present', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/annex/print')).toEqual({ page: 'annex-print', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/annex')).toEqual({ page: 'not-found' });
    expect(reviewPath('r1', 'annex-print', '?annotated=true')).toBe(
      '/reviews/r1/annex/print?annotated=true',
    );
    expect(reviewPath('r1', 'present')).toBe('/reviews/r1/present');
  });

  it('offers presentation to reviewers and panel members, the rest to reviewers only', () => {
    const reviewer = abilities({ myRole: 'reviewer' }, false);
    const panel = abilities({ myRole: 'panel' }, false);
    const submitter = abilities({ myRole: 'submitter' }, false);
    expect(pageAllowed('present', reviewer)).toBe(true);
    expect(pageAllowed('present', panel)).toBe(true);
    expect(pageAllowed('present', submitter)).toBe(false);
    expect(pageAllowed('notes', panel)).toBe(true);
    expect(pageAllowed('notes', submitter)).toBe(false);
    expect(pageAllowed('people', panel)).toBe(false);
    expect(pageAllowed('annex-print', panel)).toBe(false);
    expect(pageAllowed('annex-print', reviewer)).toBe(true);
    expect(panel.annotate || panel.namedView || panel.chair || panel.exportAnnex).toBe(false);
  });

  it('sends the glossary as the API takes it', () => {
    expect(
      rowsToGlossary([
        { key: '1', label: ' Mother ', names: 'Jane Smith, Jane;  Ms Smith, jane' },
        { key: '2', label: '', names: '' },
        { key: '3', label: 'Father', names: '' },
      ]),
    ).toEqual([
      { label: 'Mother', names: ['Jane Smith', 'Jane', 'Ms Smith'] },
      { label: 'Father', names: [] },
    ]);
  });
});
