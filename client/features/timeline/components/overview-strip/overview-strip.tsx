import { useState } from 'preact/hooks';
import { DAY_MS, formatDay } from '../../../../shared/lib/dates';
import {
  heatLevel,
  STRIP_MEASURES,
  type StripMeasure,
  type WeekRow,
} from '../../lib/weekly-counts';
import { cellFill, monthTicks, silentWeeks, weekAt, windowBox } from '../../lib/strip-layout';
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

const ROW = 11;
const GAP = 2;
const OPACITY = [0, 0.22, 0.45, 0.7, 0.95];

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
  const [measure, setMeasure] = useState<StripMeasure>('contacts');
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
  const height = rows.length * (ROW + GAP);
  const first = counts.weekStarts[0] as number;
  const span = weeks * 7 * DAY_MS;
  const silent = silentWeeks(counts.all);
  const months = monthTicks(first, first + span);
  const inView = windowBox(window, first, weeks);

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
              style={{ height: `${ROW}px`, marginBottom: `${GAP}px` }}
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
              const svg = e.currentTarget as SVGSVGElement;
              const box = svg.getBoundingClientRect();
              const week = weekAt((e.clientX - box.left) / box.width, weeks);
              const start = counts.weekStarts[week] as number;
              onPickWeek(start, start + 7 * DAY_MS);
            }}
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
            {rows.map(({ label, row, colour, all }, r) =>
              row.certain.map((certain, w) => {
                const possible = row.possible[w] ?? 0;
                const level = heatLevel(certain, all ? maxAll : max);
                const y = r * (ROW + GAP);
                const fill = cellFill(level, possible, colour, all);
                return (
                  <rect
                    key={`${r}-${w}`}
                    x={w + 0.06}
                    y={y}
                    width={0.88}
                    height={ROW}
                    fill={fill}
                    fill-opacity={level > 0 ? OPACITY[level] : 1}
                  >
                    <title>
                      {`${label}, week of ${formatDay(counts.weekStarts[w] as number)}: ${certain} ${STRIP_MEASURES[measure].toLowerCase()}${possible > 0 ? ` (+${possible} dated only approximately)` : ''}`}
                    </title>
                  </rect>
                );
              }),
            )}
            {inView ? (
              <rect class="strip-window" x={inView.x} y={0} width={inView.w} height={height} />
            ) : null}
          </svg>
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
