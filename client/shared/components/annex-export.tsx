import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { annexUrl } from '../api/api';
import { annexQuery, type AnnexOptions } from '../lib/annex';
import { NO_FILTERS, hasFilters, type EventFilters } from '../lib/filters';
import { reviewPath } from '../lib/routes';

/**
 * "Export annex": the report's summary timeline of significant events as an XLSX, Word or CSV
 * file, or a print view laid out for A4 landscape. Key events only, or the timeline's current
 * filters; role labels (the default) or names (reviewers only; the server records every
 * export); dates in the house form, or with the dates as each agency wrote them beside.
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
    dates: 'house',
  });
  const set = (patch: Partial<AnnexOptions>) => setOptions({ ...options, ...patch });
  const query = annexQuery(options, filters);
  const filtered = hasFilters(filters);
  const groups: readonly AnyChoiceGroup[] = [
    choiceGroup('Rows', 'rows', [
      { value: 'key', label: 'Key events only' },
      {
        value: 'filters',
        label: filtered
          ? `The timeline’s current filters${filteredCount !== undefined ? ` (${filteredCount.toLocaleString('en-GB')} events)` : ''}`
          : 'Every event',
      },
    ]),
    choiceGroup('People', 'view', [
      { value: 'anonymised', label: 'Role labels (anonymised)' },
      {
        value: 'named',
        label: (
          <>
            Names <span class="muted small">(recorded in the audit log)</span>
          </>
        ),
      },
    ]),
    choiceGroup('Dates', 'dates', [
      { value: 'house', label: 'In one form (12 Mar 2018)' },
      { value: 'as-written', label: 'Also as each agency wrote them' },
    ]),
    choiceGroup('File', 'format', [
      { value: 'xlsx', label: 'Excel (XLSX)' },
      { value: 'docx', label: 'Word (DOCX)' },
      { value: 'csv', label: 'CSV' },
    ]),
  ];
  return (
    <details class="menu annex-menu">
      <summary class="button" data-testid="annex-menu">
        Export annex
      </summary>
      <div class="menu-list annex-options" role="group" aria-label="Annex options">
        {groups.map((group) => (
          <OptionGroup key={group.field} group={group} options={options} onPick={set} />
        ))}
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

/** One of the annex's choices: a radio group named `annex-<field>` that sets that option. */
interface ChoiceGroup<K extends keyof AnnexOptions> {
  legend: string;
  field: K;
  choices: readonly { value: AnnexOptions[K]; label: ComponentChildren }[];
}

type AnyChoiceGroup = { [K in keyof AnnexOptions]: ChoiceGroup<K> }[keyof AnnexOptions];

function choiceGroup<K extends keyof AnnexOptions>(
  legend: string,
  field: K,
  choices: ChoiceGroup<K>['choices'],
): ChoiceGroup<K> {
  return { legend, field, choices };
}

function OptionGroup<K extends keyof AnnexOptions>({
  group,
  options,
  onPick,
}: {
  group: ChoiceGroup<K>;
  options: AnnexOptions;
  onPick: (patch: Partial<AnnexOptions>) => void;
}) {
  const { legend, field, choices } = group;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map(({ value, label }) => (
        <label key={value}>
          <input
            type="radio"
            name={`annex-${field}`}
            value={value}
            checked={options[field] === value}
            onChange={() => onPick({ [field]: value } as Pick<AnnexOptions, K>)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
