import { Swatch } from '../../../../shared/ui';

interface Props {
  lanes: readonly string[];
  hidden: readonly string[];
  colours: ReadonlyMap<string, string>;
  onToggle: (lane: string) => void;
  onMove: (lane: string, delta: -1 | 1) => void;
}

/** Show, hide and reorder the agencies' lanes; the choice is kept in the URL with the view. */
export function LaneMenu({ lanes, hidden, colours, onToggle, onMove }: Props) {
  return (
    <details class="menu">
      <summary class="button">Lanes{hidden.length > 0 ? ` (${hidden.length} hidden)` : ''}</summary>
      <ul class="menu-list" aria-label="Lanes">
        {lanes.map((lane, i) => (
          <li key={lane} class="lane-row">
            <label>
              <input
                type="checkbox"
                checked={!hidden.includes(lane)}
                onChange={() => onToggle(lane)}
              />
              <Swatch colour={colours.get(lane)} /> {lane}
            </label>
            <span class="lane-moves">
              <button
                type="button"
                class="icon-button"
                disabled={i === 0}
                onClick={() => onMove(lane, -1)}
                aria-label={`Move ${lane} up`}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon-button"
                disabled={i === lanes.length - 1}
                onClick={() => onMove(lane, 1)}
                aria-label={`Move ${lane} down`}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
