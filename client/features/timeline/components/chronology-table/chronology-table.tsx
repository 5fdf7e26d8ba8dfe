import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import {
  sortEvents,
  stepSelection,
  visibleRows,
  type SortKey,
  type SortOrder,
} from '../../lib/chronology-sort';
import { formatInterval } from '../../../../shared/lib/dates';
import { eventType } from '../../../../shared/lib/event-types';
import type { EventMark } from '../../../../shared/lib/notes';
import { Swatch } from '../../../../shared/ui';

interface Props {
  events: readonly EventDto[];
  colours: ReadonlyMap<string, string>;
  flaggedIds: ReadonlySet<string>;
  /** Review notes on events (a marker before the date). */
  marks?: ReadonlyMap<string, EventMark>;
  selectedId: string | null;
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

const ROW_HEIGHT = 28;

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'date', label: 'Date', className: 'c-date' },
  { key: null, label: 'Time', className: 'c-time' },
  { key: 'agency', label: 'Agency', className: 'c-agency' },
  { key: 'type', label: 'Type', className: 'c-type' },
  { key: 'who', label: 'Who', className: 'c-who' },
  { key: null, label: 'Description', className: 'c-desc' },
  { key: null, label: 'Outcome', className: 'c-outcome' },
];

/**
 * The classic merged chronology, in step with the timeline. Only the rows in view (and a few
 * either side) are in the DOM, so 50,000 rows scroll as smoothly as 50: every row is one line
 * of fixed height, the full text is in the detail panel.
 */
export function ChronologyTable({
  events,
  colours,
  flaggedIds,
  marks,
  selectedId,
  order,
  onOrder,
  onSelect,
  onOpen,
}: Props) {
  const rows = useMemo(() => sortEvents(events, order), [events, order]);
  const positions = useMemo(() => new Map(rows.map((e, i) => [e.id, i])), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 480 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setScroll({ top: element.scrollTop, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Follow a selection made elsewhere (the timeline, the keyboard, a gap).
  useEffect(() => {
    const element = scroller.current;
    const i = selectedId ? positions.get(selectedId) : undefined;
    if (!element || i === undefined) return;
    const top = i * ROW_HEIGHT;
    const header = ROW_HEIGHT;
    if (
      top < element.scrollTop ||
      top + ROW_HEIGHT > element.scrollTop + element.clientHeight - header
    ) {
      element.scrollTop = Math.max(0, top - ROW_HEIGHT * 3);
    }
  }, [selectedId, positions]);

  const { first, last } = visibleRows(scroll.top, scroll.height, ROW_HEIGHT, rows.length);
  const shown = rows.slice(first, last + 1);

  function onKeyDown(event: KeyboardEvent) {
    const steps: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
      ArrowDown: 'next',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
    };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      const next = stepSelection(
        rows.map((r) => r.id),
        selectedId,
        step,
      );
      if (next) onSelect(next);
    } else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
    }
  }

  function sortBy(key: SortKey) {
    onOrder({ key, direction: order.key === key && order.direction === 'asc' ? 'desc' : 'asc' });
  }

  return (
    <div
      class="chronology"
      ref={scroller}
      tabIndex={0}
      onScroll={(e) =>
        setScroll({
          top: e.currentTarget.scrollTop,
          height: e.currentTarget.clientHeight,
        })
      }
      onKeyDown={onKeyDown}
      aria-label="Merged chronology. Up and down arrows move between rows, Enter opens one."
      data-testid="chronology"
    >
      <table class="grid chronology-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                class={c.className}
                aria-sort={
                  c.key && order.key === c.key
                    ? order.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {c.key ? (
                  <button type="button" class="sort" onClick={() => sortBy(c.key as SortKey)}>
                    {c.label}
                    <span class="sort-mark" aria-hidden="true">
                      {order.key === c.key ? (order.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? (
            <tr class="spacer" style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden="true" />
          ) : null}
          {shown.map((event, i) => {
            const type = eventType(event.type);
            const approximate =
              event.date.precision !== 'day' || event.date.earliest !== event.date.latest;
            const classes = ['row'];
            if (event.id === selectedId) classes.push('row-selected');
            if (flaggedIds.has(event.id)) classes.push('row-flagged');
            const mark = marks?.get(event.id);
            if (mark) classes.push('row-noted');
            return (
              <tr
                key={event.id}
                class={classes.join(' ')}
                aria-rowindex={first + i + 2}
                aria-selected={event.id === selectedId}
                data-event-id={event.id}
                onClick={() => onSelect(event.id)}
                onDblClick={() => onOpen(event.id)}
              >
                <td
                  class="c-date"
                  title={
                    approximate
                      ? `Read as ${formatInterval(event.date)} (${event.date.precision})`
                      : undefined
                  }
                >
                  {mark ? (
                    <span
                      class={`note-mark note-mark-${mark.kind ?? 'episode'}`}
                      title={mark.label}
                      role="img"
                      aria-label={mark.label}
                    />
                  ) : null}
                  <span class={approximate ? 'approx-text' : ''}>{event.date.text}</span>
                  {event.date.uncertain ? (
                    <span class="uncertain-mark" title="The agency marked this date as uncertain">
                      {' '}
                      ?
                    </span>
                  ) : null}
                </td>
                <td class="c-time">{event.time ?? ''}</td>
                <td class="c-agency">
                  <Swatch colour={colours.get(event.agency)} /> {event.agency}
                </td>
                <td class="c-type">
                  <span class={`type-dot t-${type.family}`} aria-hidden="true" />
                  {type.short}
                  {event.typeText ? <span class="muted"> · {event.typeText}</span> : null}
                </td>
                <td class="c-who">{event.subjects.join(', ')}</td>
                <td class="c-desc">{event.description ?? ''}</td>
                <td class="c-outcome">{event.outcome ?? ''}</td>
              </tr>
            );
          })}
          {last < rows.length - 1 ? (
            <tr
              class="spacer"
              style={{ height: `${(rows.length - 1 - last) * ROW_HEIGHT}px` }}
              aria-hidden="true"
            />
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p class="empty">No events match these filters.</p> : null}
    </div>
  );
}
