import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import {
  sortEvents,
  stepSelection,
  toggleSort,
  visibleRows,
  type SortOrder,
} from '../../lib/chronology-sort';
import type { EventMark } from '../../../../shared/lib/notes';
import type { RecordStore } from '../../lib/record-store';
import { stepForKey } from '../../lib/selection-keys';
import { ChronologyHead } from './chronology-head';
import { ChronologyRow } from './chronology-row';
import { useRowRecords } from './use-row-records';

interface Props {
  events: readonly TimelineEvent[];
  colours: ReadonlyMap<string, string>;
  flaggedIds: ReadonlySet<string>;
  /** Review notes on events (a marker before the date). */
  marks?: ReadonlyMap<string, EventMark>;
  selectedId: string | null;
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** The full records (the rows' description and outcome), asked for by the rows in view. */
  records: RecordStore;
}

const ROW_HEIGHT = 28;

/**
 * The classic merged chronology, in step with the timeline. Only the rows in view (and a few
 * either side) are in the DOM, so 50,000 rows scroll as smoothly as 50: every row is one line
 * of fixed height, the full text is in the detail panel. The rows' description and outcome are
 * not in the timeline's feed: they come from the full records of the rows in view, fetched in
 * pages (use-row-records.ts).
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
  records: store,
}: Props) {
  const rows = useMemo(() => sortEvents(events, order), [events, order]);
  const rowIds = useMemo(() => rows.map((e) => e.id), [rows]);
  const positions = useMemo(() => new Map(rowIds.map((id, i) => [id, i])), [rowIds]);
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
  const records = useRowRecords(rowIds, { first, last }, store);

  function onKeyDown(event: KeyboardEvent) {
    const step = stepForKey(event.key, 'table');
    if (step) {
      event.preventDefault();
      const next = stepSelection(rowIds, selectedId, step);
      if (next) onSelect(next);
    } else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
    }
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
        <ChronologyHead order={order} onSort={(key) => onOrder(toggleSort(order, key))} />
        <tbody>
          {first > 0 ? (
            <tr class="spacer" style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden="true" />
          ) : null}
          {shown.map((event, i) => (
            <ChronologyRow
              key={event.id}
              event={event}
              record={records.get(event.id)}
              rowIndex={first + i + 2}
              colour={colours.get(event.agency)}
              selected={event.id === selectedId}
              flagged={flaggedIds.has(event.id)}
              mark={marks?.get(event.id)}
              onSelect={onSelect}
              onOpen={onOpen}
            />
          ))}
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
