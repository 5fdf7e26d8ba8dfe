import { useEffect, useRef, useState } from 'preact/hooks';
import { eventType, TYPE_PREFIXES } from '../../../../shared/lib/event-types';
import { NO_FILTERS, hasFilters, type EventFilters } from '../../../../shared/lib/filters';
import type { EventFacets } from '../../../../shared/api/api-types';
import { Swatch } from '../../../../shared/ui';
import {
  CheckLabel,
  DateBoundInput,
  ThemeSelect,
} from '../../../../shared/components/filter-inputs';

interface Props {
  filters: EventFilters;
  facets: EventFacets;
  colours: ReadonlyMap<string, string>;
  /** Every agency of the review, so a filtered-out one can be chosen again. */
  agencies: readonly string[];
  shown: number;
  total: number;
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
  gapsAvailable,
  flaggedHidden = false,
  themes = null,
  onChange,
}: Props) {
  const latest = useRef(filters);
  latest.current = filters;
  const set = (patch: Partial<EventFilters>) => onChange({ ...latest.current, ...patch });
  const toggle = (list: readonly string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const agencyCounts = new Map(facets.agency.map((f) => [f.value, f.count]));
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text.trim() === latest.current.q) return;
    const timer = setTimeout(() => set({ q: text.trim() }), 250);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <section class="filters" aria-label="Filters">
      <div class="filter-row">
        <span class="filter-label" id="agency-filter-label">
          Agencies
        </span>
        <div class="chips" role="group" aria-labelledby="agency-filter-label">
          {agencies.map((agency) => {
            const on = filters.agency.includes(agency);
            return (
              <button
                key={agency}
                type="button"
                class={on ? 'chip chip-on' : 'chip'}
                aria-pressed={on}
                data-agency={agency}
                onClick={() => set({ agency: toggle(filters.agency, agency) })}
              >
                <Swatch colour={colours.get(agency)} />
                {agency}
                <span class="chip-count">{agencyCounts.get(agency) ?? 0}</span>
              </button>
            );
          })}
        </div>
      </div>
      <div class="filter-row">
        <label class="filter-field">
          <span class="filter-label">Type</span>
          <select
            name="type"
            value=""
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value) set({ type: toggle(filters.type, value) });
            }}
          >
            <option value="">Add a type…</option>
            <optgroup label="Groups">
              {TYPE_PREFIXES.map((p) => (
                <option key={p.prefix} value={p.prefix} disabled={filters.type.includes(p.prefix)}>
                  {p.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Types in this view">
              {facets.type.map((f) => (
                <option key={f.value} value={f.value} disabled={filters.type.includes(f.value)}>
                  {eventType(f.value).label} ({f.count})
                </option>
              ))}
            </optgroup>
          </select>
        </label>
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
        <label class="filter-field">
          <span class="filter-label">From</span>
          <DateBoundInput name="from" value={filters.from} onChange={(from) => set({ from })} />
        </label>
        <label class="filter-field">
          <span class="filter-label">To</span>
          <DateBoundInput name="to" value={filters.to} onChange={(to) => set({ to })} />
        </label>
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
        <span class="filter-summary" role="status">
          {shown === total
            ? `${total.toLocaleString('en-GB')} events`
            : `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} events`}
        </span>
        {hasFilters(filters) ? (
          <button type="button" class="button-link" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </div>
      {filters.type.length + filters.subject.length + filters.theme.length > 0 ? (
        <div class="filter-row">
          <div class="chips">
            {filters.type.map((t) => (
              <button
                key={t}
                type="button"
                class="chip chip-on"
                aria-label={`Remove type filter ${t}`}
                onClick={() => set({ type: filters.type.filter((v) => v !== t) })}
              >
                {t.endsWith('.')
                  ? (TYPE_PREFIXES.find((p) => p.prefix === t)?.label ?? t)
                  : eventType(t).label}{' '}
                ×
              </button>
            ))}
            {filters.subject.map((s) => (
              <button
                key={s}
                type="button"
                class="chip chip-on"
                aria-label={`Remove person filter ${s}`}
                onClick={() => set({ subject: filters.subject.filter((v) => v !== s) })}
              >
                {s} ×
              </button>
            ))}
            {filters.theme.map((t) => (
              <button
                key={`theme:${t}`}
                type="button"
                class="chip chip-on chip-theme"
                aria-label={`Remove theme filter ${t}`}
                onClick={() => set({ theme: filters.theme.filter((v) => v !== t) })}
              >
                Theme: {t} ×
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
