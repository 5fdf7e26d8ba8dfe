// The filter bar's agency chips: one toggle per agency of the review, with its colour and how many events it has in view.
import { Swatch } from '../../../../shared/ui';

export function AgencyChips({
  agencies,
  chosen,
  counts,
  colours,
  onToggle,
}: {
  agencies: readonly string[];
  chosen: readonly string[];
  counts: ReadonlyMap<string, number>;
  colours: ReadonlyMap<string, string>;
  onToggle: (agency: string) => void;
}) {
  return (
    <div class="filter-row">
      <span class="filter-label" id="agency-filter-label">
        Agencies
      </span>
      <div class="chips" role="group" aria-labelledby="agency-filter-label">
        {agencies.map((agency) => {
          const on = chosen.includes(agency);
          return (
            <button
              key={agency}
              type="button"
              class={on ? 'chip chip-on' : 'chip'}
              aria-pressed={on}
              data-agency={agency}
              onClick={() => onToggle(agency)}
            >
              <Swatch colour={colours.get(agency)} />
              {agency}
              <span class="chip-count">{counts.get(agency) ?? 0}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
