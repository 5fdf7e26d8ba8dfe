import { useState } from 'preact/hooks';
import { Swatch } from '../../../../shared/ui';

interface Props {
  lanes: readonly string[];
  hidden: readonly string[];
  colours: ReadonlyMap<string, string>;
  onToggle: (lane: string) => void;
  onMove: (lane: string, delta: -1 | 1) => void;
  /** A lane dragged onto another: before it, or after it (dropped on its lower half). */
  onPlace: (lane: string, target: string, after: boolean) => void;
}

/** The drop lands after the row when it is over the row's lower half. */
function overLowerHalf(e: DragEvent): boolean {
  const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
}

/**
 * Show, hide and reorder the agencies' lanes, by dragging a row or with its ↑ ↓ buttons (the
 * keyboard's way); the choice is kept in the URL with the view.
 */
export function LaneMenu({ lanes, hidden, colours, onToggle, onMove, onPlace }: Props) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<{ lane: string; after: boolean } | null>(null);
  const drop = (target: string, after: boolean) => {
    if (dragged) onPlace(dragged, target, after);
    setDragged(null);
    setOver(null);
  };
  return (
    <details class="menu">
      <summary class="button">Lanes{hidden.length > 0 ? ` (${hidden.length} hidden)` : ''}</summary>
      <ul class="menu-list" aria-label="Lanes">
        {lanes.map((lane, i) => (
          <li
            key={lane}
            class={[
              'lane-row',
              dragged === lane ? 'lane-dragged' : '',
              over?.lane === lane ? (over.after ? 'lane-drop-after' : 'lane-drop-before') : '',
            ]
              .filter(Boolean)
              .join(' ')}
            draggable
            title="Drag to reorder"
            onDragStart={(e) => {
              setDragged(lane);
              // Firefox starts a drag only with data set.
              e.dataTransfer?.setData('text/plain', lane);
              if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (!dragged) return;
              e.preventDefault();
              const after = overLowerHalf(e);
              if (over?.lane !== lane || over.after !== after) setOver({ lane, after });
            }}
            onDragLeave={() => setOver((now) => (now?.lane === lane ? null : now))}
            onDrop={(e) => {
              e.preventDefault();
              drop(lane, overLowerHalf(e));
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
          >
            <span class="lane-grip" aria-hidden="true">
              ⠿
            </span>
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
