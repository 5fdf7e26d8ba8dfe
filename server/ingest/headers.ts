import type { RowIssue } from '../errors';
import data from './data/header-synonyms.json';
import { headerKey } from './phrases';

export const CANONICAL_FIELDS = [
  'date',
  'time',
  'endDate',
  'endTime',
  'agency',
  'team',
  'practitioner',
  'type',
  'subjects',
  'childSeen',
  'seenAlone',
  'description',
  'outcome',
  'analysis',
  'sourceRef',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Canonical field → the file's header, as written; null where the file has no such column. */
export type ResolvedMapping = Record<CanonicalField, string | null>;
/** What an uploader (or a remembered upload) asks for: field → header, or null for "none". */
export type MappingRequest = Partial<Record<string, string | null>>;

const SYNONYMS = data.fields as Record<CanonicalField, string[]>;

export function isCanonicalField(name: string): name is CanonicalField {
  return (CANONICAL_FIELDS as readonly string[]).includes(name);
}

export interface MappingOutcome {
  mapping: ResolvedMapping;
  /** Column index for each mapped field. */
  columns: Partial<Record<CanonicalField, number>>;
  /** Headers that feed no field: kept in each event's raw record. */
  unmapped: string[];
  issues: RowIssue[];
  warnings: RowIssue[];
}

/**
 * Decides which column feeds each field: the uploader's explicit mapping first, then the
 * mapping remembered from this agency's last upload (where its headers still exist), then
 * header synonyms. Problems name row 1, the header row.
 */
export function resolveMapping(
  headers: readonly string[],
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

  for (const field of CANONICAL_FIELDS) {
    if (decided.has(field)) continue;
    for (const synonym of SYNONYMS[field]) {
      const index = byKey.get(synonym);
      if (index !== undefined && !Object.values(columns).includes(index)) {
        columns[field] = index;
        break;
      }
    }
  }

  if (columns.date === undefined) {
    issues.push(
      headerIssue(
        null,
        'mapping.missing-date',
        `No column holds the date of each event. Name it "Date", or choose the date column in the mapping. Columns found: ${listHeaders(headers)}.`,
      ),
    );
  }
  if (columns.description === undefined && columns.type === undefined) {
    issues.push(
      headerIssue(
        null,
        'mapping.missing-description',
        `No column holds what happened. Name one "Description" (or "Event type"), or choose it in the mapping. Columns found: ${listHeaders(headers)}.`,
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
  return { mapping, columns, unmapped, issues, warnings };
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
