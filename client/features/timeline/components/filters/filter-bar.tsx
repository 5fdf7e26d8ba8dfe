import { useRef, useState } from 'preact/hooks';
import { NO_FILTERS, hasFilters, type EventFilters } from '../../../../shared/lib/filters';
import type { EventFacets } from '../../../../shared/api/api-types';
import {
  CheckLabel,
  DateBoundInput,
  ThemeSelect,
} from '../../../../shared/components/filter-inputs';
import { shownCountText, toggle } from '../../lib/filter-choices';
import { AgencyChips } from './agency-chips';
import { ChosenChips } from './chosen-chips';
import { TypeSelect } from './type-select';
import { useSearchText } from './use-search-text';

interface Props {
  filters: EventFilters;
  facets: EventFacets;
  colours: ReadonlyMap<string, string>;
  /** Every agency of the review, so a filtered-out one can be chosen again. */
  agencies: readonly string[];
  shown: number;
  total: number;
  /** The server is filtering: `shown` is still the previous result's count. */
  pending?: boolean;
  gapsAvailable: boolean;
  /** No "flagged only" at all: the user's role has no gap flags (a submitter). */
  flaggedHidden?: boolean;
  /**
   * The review's note themes, for the Theme filter and "Key events only"; null when the user's
   * role has no notes (a submitter), which hides both.
   */
  themes?: readonly string[] | null;
  onChange: (filters: EventFilters) => void;
}

/** The filters that drive the timeline, the table and the gap list together. */
export function FilterBar({
  filters,
  facets,
  colours,
  agencies,
  shown,
  total,
  pending = false,
  gapsAvailable,
  flaggedHidden = false,
  themes = null,
  onChange,
}: Props) {
  const latest = useRef(filters);
  latest.current = filters;
  const set = (patch: Partial<EventFilters>) => onChange({ ...latest.current, ...patch });
  const agencyCounts = new Map(facets.agency.map((f) => [f.value, f.count]));
  const [clears, setClears] = useState(0);
  const [text, setText] = useSearchText(
    filters.q,
    () => latest.current.q,
    (q) => set({ q }),
  );

  return (
    <section class="filters" aria-label="Filters">
      <AgencyChips
        agencies={agencies}
        chosen={filters.agency}
        counts={agencyCounts}
        colours={colours}
        onToggle={(agency) => set({ agency: toggle(filters.agency, agency) })}
      />
      <div class="filter-row">
        <TypeSelect
          chosen={filters.type}
          facets={facets.type}
          onPick={(type) => set({ type: toggle(filters.type, type) })}
        />
        <label class="filter-field">
          <span class="filter-label">Person</span>
          <select
            name="subject"
            value=""
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value) set({ subject: toggle(filters.subject, value) });
            }}
          >
            <option value="">Add a person…</option>
            {facets.subject.map((f) => (
              <option key={f.value} value={f.value} disabled={filters.subject.includes(f.value)}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
        </label>
        {/* Keyed by the clears: "Clear filters" empties a bound whose refused text never
            became a value, and so never changed the value the field was given. */}
        <DateBoundInput
          key={`from-${clears}`}
          class="filter-field"
          labelClass="filter-label"
          name="from"
          value={filters.from}
          onChange={(from) => set({ from })}
        />
        <DateBoundInput
          key={`to-${clears}`}
          class="filter-field"
          labelClass="filter-label"
          name="to"
          value={filters.to}
          onChange={(to) => set({ to })}
        />
        <label class="filter-field">
          <span class="filter-label">Child seen</span>
          <select
            name="childSeen"
            value={filters.childSeen === null ? '' : String(filters.childSeen)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ childSeen: v === 'true' ? true : v === 'false' ? false : null });
            }}
          >
            <option value="">Any</option>
            <option value="true">Seen</option>
            <option value="false">Not seen</option>
          </select>
        </label>
        {themes !== null ? (
          <label class="filter-field">
            <span class="filter-label">Theme</span>
            <ThemeSelect
              themes={themes}
              chosen={filters.theme}
              title={themes.length === 0 ? 'No note carries a theme yet' : undefined}
              onPick={(theme) => set({ theme: toggle(filters.theme, theme) })}
            />
          </label>
        ) : null}
        <label class="filter-field filter-search">
          <span class="filter-label">Text</span>
          <input
            type="search"
            name="q"
            value={text}
            placeholder="Words in any field"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        {flaggedHidden ? null : (
          <CheckLabel
            class="filter-check"
            title={
              gapsAvailable
                ? 'Only events where a gap flag starts or ends'
                : 'This server does not flag gaps yet'
            }
            name="flagged"
            checked={filters.flagged}
            disabled={!gapsAvailable && !filters.flagged}
            onChange={(flagged) => set({ flagged })}
          >
            Flagged only
          </CheckLabel>
        )}
        {themes !== null ? (
          <CheckLabel
            class="filter-check"
            title="Events with a review note, or where an episode starts or ends"
            name="annotated"
            checked={filters.annotated}
            onChange={(annotated) => set({ annotated })}
          >
            Key events only
          </CheckLabel>
        ) : null}
        <span class="filter-summary" role="status" aria-busy={pending}>
          {shownCountText(shown, total)}
          {pending ? <span class="muted"> · filtering…</span> : null}
        </span>
        {hasFilters(filters) ? (
          <button
            type="button"
            class="button-link"
            onClick={() => {
              setClears((n) => n + 1);
              onChange(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      <ChosenChips filters={filters} set={set} />
    </section>
  );
}
