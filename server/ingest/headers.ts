import type { RowIssue } from '../errors';
import {
  assignColumns,
  type ColumnReading,
  confidenceOf,
  unusedReasons,
  whyNotDate,
  whyNotDescription,
} from './columns/assign-columns';
import { profileColumns } from './columns/cell-profile';
import { ACCEPT_SCORE, scoreColumns } from './columns/column-scores';
import { compareDateColumns } from './columns/date-order';
import { readHeader } from './columns/header-words';
import { CANONICAL_FIELDS, type CanonicalField, isCanonicalField } from '../contract/fields';
import { headerKey } from '../shared/phrases';
import type { SourceRecord } from './records';

export { CANONICAL_FIELDS, type CanonicalField, isCanonicalField } from '../contract/fields';

/** Canonical field → the file's header, as written; null where the file has no such column. */
export type ResolvedMapping = Record<CanonicalField, string | null>;
/** What an uploader (or a remembered upload) asks for: field → header, or null for "none". */
export type MappingRequest = Partial<Record<string, string | null>>;

export interface MappingOutcome {
  mapping: ResolvedMapping;
  /** Column index for each mapped field. */
  columns: Partial<Record<CanonicalField, number>>;
  /** Headers that feed no field: kept in each event's raw record. */
  unmapped: string[];
  issues: RowIssue[];
  warnings: RowIssue[];
  /** Every column, in file order: what it was read as, why, and how sure. */
  readings: ColumnReading[];
}

/**
 * Decides which column feeds each field: the uploader's explicit mapping first, then the
 * mapping remembered from this agency's last upload (where its headers still exist), then
 * recognition from each column's header words and a sample of its cells (see columns/).
 * Problems name row 1, the header row.
 */
export function resolveMapping(
  headers: readonly string[],
  records: readonly SourceRecord[],
  explicit: MappingRequest = {},
  remembered: MappingRequest = {},
): MappingOutcome {
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const byKey = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (key && !byKey.has(key)) byKey.set(key, i);
  });
  const findHeader = (header: string) => byKey.get(headerKey(header));

  const columns: Partial<Record<CanonicalField, number>> = {};
  const decided = new Set<CanonicalField>();
  const explicitColumns = new Set<number>();

  for (const [field, header] of Object.entries(explicit)) {
    if (!isCanonicalField(field)) {
      issues.push(headerIssue(null, 'mapping.unknown-field', unknownFieldMessage(field)));
      continue;
    }
    decided.add(field);
    if (header === null || header === undefined || header === '') continue;
    const index = findHeader(header);
    if (index === undefined) {
      issues.push(
        headerIssue(
          header,
          'mapping.unknown-header',
          `The mapping sends "${header}" to ${field}, but the file has no column "${header}". Columns found: ${listHeaders(headers)}.`,
        ),
      );
    } else {
      columns[field] = index;
      explicitColumns.add(index);
    }
  }

  for (const [field, header] of Object.entries(remembered)) {
    if (!isCanonicalField(field) || decided.has(field) || !header) continue;
    const index = findHeader(header);
    if (index !== undefined && !Object.values(columns).includes(index)) {
      columns[field] = index;
      decided.add(field);
    }
  }

  const evidence = scoreColumns(
    headers,
    headers.map(readHeader),
    profileColumns(headers.length, records),
  );
  const taken = new Map<number, CanonicalField>();
  const sources = new Map<number, ColumnReading['source']>();
  for (const [field, index] of Object.entries(columns) as Array<[CanonicalField, number]>) {
    taken.set(index, field);
    sources.set(index, explicitColumns.has(index) ? 'uploader' : 'remembered');
  }
  const recognised = assignColumns(evidence, taken, decided, (a, b) =>
    compareDateColumns(records, a, b),
  );
  for (const [index, chosen] of recognised.chosen) columns[chosen.field] = index;
  for (const w of recognised.warnings) warnings.push(headerIssue(w.column, w.code, w.message));
  const fieldAt = new Map<number, CanonicalField>(
    (Object.entries(columns) as Array<[CanonicalField, number]>).map(([f, i]) => [i, f]),
  );

  if (columns.date === undefined) {
    issues.push(
      headerIssue(
        null,
        'mapping.missing-date',
        `No column holds the date of each event. Columns considered: ${considered(evidence.map((e) => whyNotDate(e, fieldAt.get(e.index))))}. Name the date column "Date", or choose it in the mapping.`,
      ),
    );
  }
  if (columns.description === undefined && columns.type === undefined) {
    issues.push(
      headerIssue(
        null,
        'mapping.missing-description',
        `No column holds what happened. Columns considered: ${considered(evidence.map((e) => whyNotDescription(e, fieldAt.get(e.index))))}. Name one "Description" (or "Event type"), or choose it in the mapping.`,
      ),
    );
  }

  const used = new Set(Object.values(columns));
  const unmapped = headers.filter((h, i) => !used.has(i) && h.trim() !== '');
  for (const header of unmapped) {
    warnings.push(
      headerIssue(
        header,
        'mapping.unmapped-column',
        `Column "${header}" matches no field; its cells are kept with each event as written.`,
      ),
    );
  }

  const mapping = Object.fromEntries(
    CANONICAL_FIELDS.map((f) => [f, columns[f] === undefined ? null : headers[columns[f]]]),
  ) as ResolvedMapping;
  const owners = new Map<CanonicalField, string>(
    (Object.entries(columns) as Array<[CanonicalField, number]>).map(([f, i]) => [f, headers[i]!]),
  );
  const readings = evidence.map((e): ColumnReading => {
    const field = fieldAt.get(e.index) ?? null;
    const source = sources.get(e.index);
    if (field && source) {
      const why =
        source === 'uploader'
          ? 'chosen in the mapping'
          : "remembered from this agency's last upload";
      return { header: e.header, field, source, score: 1, confidence: 'high', reasons: [why] };
    }
    const chosen = recognised.chosen.get(e.index);
    if (chosen) {
      const { score, reasons } = chosen;
      return {
        header: e.header,
        field: chosen.field,
        source: 'recognised',
        score: round(score),
        confidence: confidenceOf(score),
        reasons,
      };
    }
    const near = e.scores[0]?.score ?? 0;
    return {
      header: e.header,
      field: null,
      source: 'none',
      score: round(near),
      // How sure it is that nothing fits: a near miss is worth the uploader's look.
      // A column that lost its field to a better one (a second date column) is a decision
      // with its own warning, not a near miss.
      confidence:
        near < 0.3 ? 'high' : near >= ACCEPT_SCORE || near < ACCEPT_SCORE - 0.05 ? 'medium' : 'low',
      reasons: unusedReasons(e, owners),
    };
  });
  return { mapping, columns, unmapped, issues, warnings, readings };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

function considered(reasons: readonly string[]): string {
  return reasons.length > 0 ? reasons.join('; ') : 'none (the file has no columns)';
}

function headerIssue(column: string | null, code: string, message: string): RowIssue {
  return { row: 1, column, code, message };
}

function listHeaders(headers: readonly string[]): string {
  return headers.map((h) => `"${h}"`).join(', ');
}

function unknownFieldMessage(field: string): string {
  return `The mapping names "${field}", which is not a field. Fields: ${CANONICAL_FIELDS.join(', ')}.`;
}
