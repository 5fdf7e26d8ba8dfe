import type { ColumnReadingDto } from '../../../../server/contract/submissions';

export type ColumnReading = ColumnReadingDto;

const SOURCE_LABELS: Record<ColumnReading['source'], string> = {
  uploader: 'your choice',
  remembered: 'as last time',
  recognised: 'recognised',
  none: 'not used',
};

export interface ColumnRow {
  header: string;
  /** The field it feeds, or '' when its cells are only kept with each event. */
  field: string;
  /** "high · 0.97 · recognised" */
  sureness: string;
  confidence: ColumnReading['confidence'];
  why: string;
}

/** One row per column of the file, in its order, as the upload preview shows them. */
export function columnRows(readings: readonly ColumnReading[]): ColumnRow[] {
  return readings.map((r) => ({
    header: r.header === '' ? '(no header)' : r.header,
    field: r.field ?? '',
    sureness:
      r.source === 'uploader' || r.source === 'remembered'
        ? SOURCE_LABELS[r.source]
        : `${r.confidence} · ${r.score.toFixed(2)} · ${SOURCE_LABELS[r.source]}`,
    confidence: r.confidence,
    why: r.reasons.join('; '),
  }));
}

/**
 * The mapping changes that read `header` as `field` ('' for none): the field now comes from
 * this column, and the field this column fed before is let go, so a column feeds one field.
 */
export function chooseColumnField(
  readings: readonly ColumnReading[],
  header: string,
  field: string,
): Record<string, string | null> {
  const before = readings.find((r) => r.header === header)?.field ?? null;
  const changes: Record<string, string | null> = {};
  if (before && before !== field) changes[before] = null;
  if (field) changes[field] = header;
  return changes;
}
