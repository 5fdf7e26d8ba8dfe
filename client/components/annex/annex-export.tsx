import { useState } from 'preact/hooks';
import { annexUrl } from '../../lib/api';
import { annexQuery, type AnnexOptions } from '../../lib/annex';
import { NO_FILTERS, hasFilters, type EventFilters } from '../../lib/filters';
import { reviewPath } from '../../lib/routes';

/**
 * "Export annex": the report's summary timeline of significant events as a CSV or XLSX file, or
 * a print view laid out for A4 landscape. Key events only, or the timeline's current filters;
 * role labels (the default) or names (reviewers only; the server records every export).
 */
export function AnnexExport({
  reviewId,
  filters = NO_FILTERS,
  filteredCount,
}: {
  reviewId: string;
  /** The timeline's filters, when opened from the timeline. */
  filters?: EventFilters;
  filteredCount?: number;
}) {
  const [options, setOptions] = useState<AnnexOptions>({
    format: 'xlsx',
    rows: 'key',
    view: 'anonymised',
  });
  const set = (patch: Partial<AnnexOptions>) => setOptions({ ...options, ...patch });
  const query = annexQuery(options, filters);
  const filtered = hasFilters(filters);
  return (
    <details class="menu annex-menu">
      <summary class="button" data-testid="annex-menu">
        Export annex
      </summary>
      <div class="menu-list annex-options" role="group" aria-label="Annex options">
        <fieldset>
          <legend>Rows</legend>
          <label>
            <input
              type="radio"
              name="annex-rows"
              value="key"
              checked={options.rows === 'key'}
              onChange={() => set({ rows: 'key' })}
            />
            Key events only
          </label>
          <label>
            <input
              type="radio"
              name="annex-rows"
              value="filters"
              checked={options.rows === 'filters'}
              onChange={() => set({ rows: 'filters' })}
            />
            {filtered
              ? `The timeline’s current filters${filteredCount !== undefined ? ` (${filteredCount.toLocaleString('en-GB')} events)` : ''}`
              : 'Every event'}
          </label>
        </fieldset>
        <fieldset>
          <legend>People</legend>
          <label>
            <input
              type="radio"
              name="annex-view"
              value="anonymised"
              checked={options.view === 'anonymised'}
              onChange={() => set({ view: 'anonymised' })}
            />
            Role labels (anonymised)
          </label>
          <label>
            <input
              type="radio"
              name="annex-view"
              value="named"
              checked={options.view === 'named'}
              onChange={() => set({ view: 'named' })}
            />
            Names <span class="muted small">(recorded in the audit log)</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>File</legend>
          <label>
            <input
              type="radio"
              name="annex-format"
              value="xlsx"
              checked={options.format === 'xlsx'}
              onChange={() => set({ format: 'xlsx' })}
            />
            Excel (XLSX)
          </label>
          <label>
            <input
              type="radio"
              name="annex-format"
              value="csv"
              checked={options.format === 'csv'}
              onChange={() => set({ format: 'csv' })}
            />
            CSV
          </label>
        </fieldset>
        <div class="form-actions">
          <a
            class="button-primary"
            href={annexUrl(reviewId, options.format, query)}
            download
            data-testid="annex-download"
          >
            Download {options.format.toUpperCase()}
          </a>
          <a class="button" href={reviewPath(reviewId, 'annex-print', query.toString())}>
            Print view
          </a>
        </div>
      </div>
    </details>
  );
}
