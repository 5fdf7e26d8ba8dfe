// The chronology's header row: a sort button on each sortable column, marked with its direction.
import type { SortKey, SortOrder } from '../../lib/chronology-sort';

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'date', label: 'Date', className: 'c-date' },
  { key: null, label: 'Time', className: 'c-time' },
  { key: 'agency', label: 'Agency', className: 'c-agency' },
  { key: 'type', label: 'Type', className: 'c-type' },
  { key: 'who', label: 'Who', className: 'c-who' },
  { key: null, label: 'Description', className: 'c-desc' },
  { key: null, label: 'Outcome', className: 'c-outcome' },
];

export function ChronologyHead({
  order,
  onSort,
}: {
  order: SortOrder;
  onSort: (key: SortKey) => void;
}) {
  return (
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
              <button type="button" class="sort" onClick={() => onSort(c.key as SortKey)}>
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
  );
}
