// The overview strip's heading: what it counts (a choice), how many weeks are silent, and how to read it.
import { STRIP_MEASURES, type StripMeasure } from '../../lib/weekly-counts';

export function StripHead({
  measure,
  onMeasure,
  silent,
  weeks,
  filtered,
  scope,
}: {
  measure: StripMeasure;
  onMeasure: (measure: StripMeasure) => void;
  /** Weeks with nothing recorded, of `weeks`. */
  silent: number;
  weeks: number;
  filtered: boolean;
  scope: string | null;
}) {
  return (
    <div class="strip-head">
      <label>
        <span class="filter-label">Overview per week:</span>{' '}
        <select value={measure} onChange={(e) => onMeasure(e.currentTarget.value as StripMeasure)}>
          {Object.entries(STRIP_MEASURES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <span class="muted small">
        {silent > 0
          ? `${silent} of ${weeks} weeks with nothing ${filtered ? 'matching the filters' : scope ? `recorded by ${scope}` : 'recorded by any agency'}. `
          : ''}
        Hatched: dated only approximately. Click a week to zoom there.
      </span>
    </div>
  );
}
