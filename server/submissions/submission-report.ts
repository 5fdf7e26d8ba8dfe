import type { AgencyKind } from '../contract/common';
import type { SubmissionDto, SubmissionReportDto, TypeReadingDto } from '../contract/submissions';
import type { SubmissionTable } from '../db/schema';
import { AppError, type RowIssue } from '../errors';
import type { MappingOutcome } from '../ingest/headers';
import type { RowReader } from '../ingest/normalise';
import type { SourceRecord, TableOrigin } from '../ingest/records';

const PREVIEW_ROWS = 200;
// Enough for a data officer to see every kind of mistake; a file with 100,000 bad rows does
// not need 100,000 messages to be fixed.
export const MAX_REPORTED_ISSUES = 1000;

/** Throws the 422 that lists what is wrong; the caller stores nothing (or rolls back). */
export function rejectRows(
  issues: RowIssue[],
  mapping: Record<string, string | null>,
  warnings: RowIssue[],
  headers: readonly string[],
  extra: { columns?: MappingOutcome['readings']; source?: TableOrigin } = {},
): never {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES);
  if (issues.length > shown.length) {
    shown.push({
      row: null,
      column: null,
      code: 'issues.truncated',
      message: `${issues.length - shown.length} more problems are not listed; fix these first.`,
    });
  }
  const rows = new Set(issues.map((i) => i.row)).size;
  throw new AppError(
    'ROWS_INVALID',
    `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${rows} row${rows === 1 ? '' : 's'}; nothing was stored.`,
    shown,
    {
      headers,
      mapping,
      warnings: warnings.slice(0, MAX_REPORTED_ISSUES),
      ...(extra.columns ? { columns: extra.columns } : {}),
      ...(extra.source ? { source: extra.source } : {}),
    },
  );
}

/** A dry run: reads every row, keeps the first ones as a preview, stores nothing. */
export function checkAll(reader: RowReader, records: readonly SourceRecord[]) {
  const issues: RowIssue[] = [];
  const preview: SubmissionReportDto['preview'] = [];
  records.forEach((record, seq) => {
    const event = reader.read(record, seq);
    if (!event) issues.push(...reader.problems);
    else if (preview.length < PREVIEW_ROWS) {
      const { row, date, time, type, typeText, subjects, description } = event;
      preview.push({ row, date, time, type, typeText, subjects, description });
    }
  });
  return { issues, preview, warnings: reader.finish() };
}

export function reportOf(
  headers: readonly string[],
  mapping: MappingOutcome,
  warnings: RowIssue[],
  unmappedTypes: Record<string, number> = {},
  types: { readings: TypeReadingDto[]; distinct: number } = { readings: [], distinct: 0 },
) {
  return {
    headers: [...headers],
    mapping: mapping.mapping,
    unmappedColumns: mapping.unmapped,
    columns: mapping.readings,
    unmappedTypes,
    typeReadings: types.readings,
    typeWordCount: types.distinct,
    warnings: warnings.slice(0, MAX_REPORTED_ISSUES),
    preview: [] as SubmissionReportDto['preview'],
  };
}

export function toSubmissionDto(
  row: Omit<SubmissionTable, 'search_indexed_at'>,
  agency: string,
  agencyKind: AgencyKind,
): SubmissionDto {
  return {
    id: row.id,
    agency,
    agencyId: row.agency_id,
    agencyKind,
    version: row.version,
    eventCount: row.event_count,
    warningCount: row.warning_count,
    sha256: row.sha256,
    fileName: row.file_name,
    format: row.format,
    encoding: row.encoding,
    delimiter: row.delimiter,
    byteSize: row.byte_size,
    createdAt: row.created_at,
    supersededAt: row.superseded_at,
    current: row.superseded_at === null,
  };
}
