import { useState } from 'preact/hooks';
import { FIRST_STRIP_MEASURE } from '../../../../shared/api/early-feed';
import { DAY_MS, formatDay } from '../../../../shared/lib/dates';
import {
  heatLevel,
  STRIP_MEASURES,
  type StripMeasure,
  type WeekRow,
} from '../../lib/weekly-counts';
import {
  cellAt,
  cellShapes,
  monthTicks,
  silentWeeks,
  STRIP_ROW,
  STRIP_ROW_GAP,
  weekAt,
  windowBox,
} from '../../lib/strip-layout';
import { StripHead } from './strip-head';
import { useStripCounts, type LoadWeeks } from './use-strip-counts';

interface Props {
  /** Asks the server for the per-week totals (GET …/timeline/weeks). */
  loadWeeks: LoadWeeks;
  /** The timeline's filters, as their query: the server counts the events they keep. */
  filterKey: string;
  lanes: readonly string[];
  colours: ReadonlyMap<string, string>;
  window: { from: number; to: number } | null;
  /** Filters are on: the counts are of the filtered events only. */
  filtered: boolean;
  /** The one agency whose events the user may see (a submitter's), or null for every agency. */
  scope?: string | null;
  onPickWeek: (start: number, end: number) => void;
}

/** Where a pointer event is on the strip: across (0–1), and in px from its left and top. */
function pointer(e: MouseEvent): { fraction: number; x: number; y: number } {
  const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
  const x = e.clientX - box.left;
  return { fraction: x / box.width, x, y: e.clientY - box.top };
}

/**
 * Contacts per agency per week across the whole review (the server counts them) as a small heat map, with a row for all
 * agencies together: a pale cell there is a week when nobody recorded seeing the family.
 * Clicking a week zooms the timeline to it.
 */
export function OverviewStrip({
  loadWeeks,
  filterKey,
  lanes,
  colours,
  window,
  filtered,
  scope = null,
  onPickWeek,
}: Props) {
  const [measure, setMeasure] = useState<StripMeasure>(FIRST_STRIP_MEASURE);
  const [hover, setHover] = useState<{ row: number; week: number; x: number; side: string } | null>(
    null,
  );
  const counts = useStripCounts(loadWeeks, filterKey, measure, lanes);
  if (!counts) return null;
  const weeks = counts.weekStarts.length;
  if (weeks === 0) return null;
  const rows: { label: string; row: WeekRow; colour: string; all: boolean }[] = [
    {
      label: scope ? 'All you see' : 'All agencies',
      row: counts.all,
      colour: '#3d4451',
      all: true,
    },
    ...counts.rows.map((row) => ({
      label: row.lane,
      row,
      colour: colours.get(row.lane) ?? '#5b6472',
      all: false,
    })),
  ];
  const max = Math.max(1, ...counts.rows.flatMap((r) => r.certain));
  const maxAll = Math.max(1, ...counts.all.certain);
  const height = rows.length * (STRIP_ROW + STRIP_ROW_GAP);
  const first = counts.weekStarts[0] as number;
  const span = weeks * 7 * DAY_MS;
  const silent = silentWeeks(counts.all);
  const months = monthTicks(first, first + span);
  const inView = windowBox(window, first, weeks);
  const shapes = cellShapes(rows, (count, all) => heatLevel(count, all ? maxAll : max));
  /** What a cell counts, in words: shown as the pointer rests on it. */
  const cellText = (row: (typeof rows)[number] | undefined, w: number) => {
    const certain = row?.row.certain[w] ?? 0;
    const possible = row?.row.possible[w] ?? 0;
    const approx = possible > 0 ? ` (+${possible} dated only approximately)` : '';
    return `${row?.label}, week of ${formatDay(counts.weekStarts[w] as number)}: ${certain} ${STRIP_MEASURES[measure].toLowerCase()}${approx}`;
  };

  return (
    <section class="strip" aria-label="Overview: records per agency per week">
      <StripHead
        measure={measure}
        onMeasure={setMeasure}
        silent={silent}
        weeks={weeks}
        filtered={filtered}
        scope={scope}
      />
      <div class="strip-body">
        <div class="strip-labels" style={{ height: `${height}px` }}>
          {rows.map(({ label, all }) => (
            <div
              key={label}
              class={all ? 'strip-label strip-label-all' : 'strip-label'}
              style={{ height: `${STRIP_ROW}px`, marginBottom: `${STRIP_ROW_GAP}px` }}
              title={label}
            >
              {label}
            </div>
          ))}
        </div>
        <div class="strip-plot">
          <svg
            class="strip-svg"
            viewBox={`0 0 ${weeks} ${height}`}
            preserveAspectRatio="none"
            style={{ height: `${height}px` }}
            role="img"
            aria-label={`Heat map of ${STRIP_MEASURES[measure].toLowerCase()} per week`}
            onClick={(e) => {
              const week = weekAt(pointer(e).fraction, weeks);
              const start = counts.weekStarts[week] as number;
              onPickWeek(start, start + 7 * DAY_MS);
            }}
            onMouseMove={(e) => {
              const { fraction, y, x } = pointer(e);
              const cell = cellAt(fraction, y, weeks, rows.length);
              // A new readout only when the pointer moves to another cell: each one draws the
              // strip again.
              setHover((was) =>
                cell && was?.row === cell.row && was.week === cell.week
                  ? was
                  : cell && {
                      ...cell,
                      x,
                      side: fraction < 0.2 ? ' start' : fraction > 0.8 ? ' end' : '',
                    },
              );
            }}
            onMouseLeave={() => setHover(null)}
          >
            <defs>
              <pattern
                id="strip-hatch"
                width="0.5"
                height="4"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(0)"
              >
                <rect width="0.5" height="4" fill="#eef0f3" />
                <rect width="0.18" height="4" fill="#b9bfc8" />
              </pattern>
            </defs>
            {shapes.map((shape) => (
              <path
                key={`${shape.fill} ${shape.opacity}`}
                d={shape.d}
                fill={shape.fill}
                fill-opacity={shape.opacity}
              />
            ))}
            {inView ? (
              <rect class="strip-window" x={inView.x} y={0} width={inView.w} height={height} />
            ) : null}
          </svg>
          {hover && rows[hover.row] && hover.week < weeks ? (
            <div
              class={`strip-tip${hover.side}`}
              style={{ left: `${hover.x}px`, top: `${hover.row * (STRIP_ROW + STRIP_ROW_GAP)}px` }}
            >
              {cellText(rows[hover.row], hover.week)}
            </div>
          ) : null}
          <div class="strip-months" aria-hidden="true">
            {months.map((m) => (
              <span key={m.at} style={{ left: `${((m.at - first) / span) * 100}%` }}>
                {m.label}
              </span>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
