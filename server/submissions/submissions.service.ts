import { createHash } from 'node:crypto';
import type { AgencyKind } from '../contract/common';
import {
  MAX_TYPE_READINGS,
  type SubmissionDto,
  type SubmissionReportDto,
} from '../contract/submissions';
import { newId } from '../db/ids';
import type { Db } from '../db/handle';
import type { SubmissionTable } from '../db/schema';
import { AppError, type RowIssue } from '../errors';
import { type MappingOutcome, type MappingRequest, resolveMapping } from '../ingest/headers';
import { type NormalisedEvent, RowReader } from '../ingest/normalise';
import { typeClassifiesCases } from '../ingest/type-per-case';
import type { UploadedFile } from '../ingest/read-upload';
import type { SourceRecord } from '../ingest/records';
import { isEventTypeCode, typeMapFrom } from '../ingest/vocabulary';
import { requireReview } from '../core/require-review';
import { bumpRevision } from '../core/review-rows.repository';
import {
  checkAll,
  MAX_REPORTED_ISSUES,
  rejectRows,
  reportOf,
  toSubmissionDto,
} from './submission-report';
import { readSubmissionSource } from './submission-source';
import { agencyOfUpload } from './upload-agency';
import { suggestTypes } from './type-suggestions';
import {
  EVENT_BATCH_SIZE,
  findAgencyByKey,
  findCurrentSubmission,
  findLatestVersion,
  findOtherAgencyTypeMaps,
  findSubmissionsForReview,
  insertAgency,
  insertEvents,
  insertSubmission,
  recordWarnings,
  rememberAgencyChoices,
  supersedeSubmission,
} from './submissions.repository';

type NewSubmission = Omit<SubmissionTable, 'search_indexed_at'>;

export interface SubmitInput {
  reviewId: string;
  agency: string;
  agencyKind?: AgencyKind;
  mapping?: MappingRequest;
  typeMap?: Record<string, string>;
  dryRun?: boolean;
  /** Exactly one of file (multipart) and events (JSON body). */
  file?: UploadedFile;
  events?: unknown[];
  /** Excel only: the sheet to read. */
  sheet?: string;
}

export interface SubmitResult {
  report: SubmissionReportDto;
  /** 201 stored, 200 unchanged (same bytes again) or dry run. */
  status: 200 | 201;
}

/**
 * Checks an agency's chronology and, unless it is a dry run, stores it whole as the agency's
 * next version in one transaction: nothing is half-stored.
 */
export async function submitChronology(db: Db, input: SubmitInput): Promise<SubmitResult> {
  const review = await requireReview(db, input.reviewId);
  const { agencyName, nameKey, existing, displayName, agencyKind } = await agencyOfUpload(
    db,
    review.id,
    input.agency,
    input.agencyKind,
  );
  const source = await readSubmissionSource(input);
  const { table } = source;
  const mapping = atHeaderRow(
    resolveMapping(
      table.headers,
      table.records,
      input.mapping,
      parseStored<MappingRequest>(existing?.mapping_json),
    ),
    table.headerRow,
  );
  const origin = source.origin ? { source: source.origin } : {};
  const typeWords = {
    ...parseStored<Record<string, string>>(existing?.type_map_json),
    ...checkedTypeMap(input.typeMap),
  };
  // An empty JSON list has no fields either: say it is empty, not that it lacks a date column.
  if (table.records.length === 0 && table.headers.length === 0 && table.issues.length === 0) {
    const empty = {
      row: null,
      column: null,
      code: 'file.no-rows',
      message: 'The list of events is empty: there is nothing to store.',
    };
    rejectRows([empty], mapping.mapping, [], table.headers, { source: source.origin });
  }
  const headerProblems = [...table.issues, ...mapping.issues];
  if (headerProblems.length > 0)
    rejectRows(headerProblems, mapping.mapping, mapping.warnings, table.headers, {
      columns: mapping.readings,
      source: source.origin,
    });
  if (table.records.length === 0) {
    const noRows = {
      row: (table.headerRow ?? 1) + 1,
      column: null,
      code: 'file.no-rows',
      message: 'The file has a header row but no events.',
    };
    rejectRows([noRows], mapping.mapping, [], table.headers, { source: source.origin });
  }

  const mappingJson = JSON.stringify(mapping.mapping);
  const typeMapJson = JSON.stringify(typeWords);
  // For a workbook the hash covers the sheet read too: the same file read from another sheet is
  // another chronology, never "unchanged".
  const hash = createHash('sha256').update(source.bytes);
  if (source.format === 'xlsx' && source.origin) hash.update(`\u0000sheet:${source.origin.name}`);
  const sha256 = hash.digest('hex');
  const current = existing ? await findCurrentSubmission(db, existing.id) : undefined;
  if (
    current &&
    current.sha256 === sha256 &&
    current.mapping_json === mappingJson &&
    current.type_map_json === typeMapJson
  ) {
    const warnings = JSON.parse(current.warnings_json) as RowIssue[];
    return {
      status: 200,
      report: {
        ...reportOf(table.headers, mapping, warnings),
        ...origin,
        submission: toSubmissionDto(current, displayName, agencyKind),
        dryRun: Boolean(input.dryRun),
        unchanged: true,
      },
    };
  }

  const reader = new RowReader(table.headers, mapping, {
    agencyName,
    periodStart: review.period_start,
    periodEnd: review.period_end,
    typeMap: typeMapFrom(typeWords),
    agencyKind,
    columnLabels: table.columnLabels,
    typePerCase: typeClassifiesCases(
      table.records,
      mapping.columns.type,
      mapping.columns.sourceRef,
    ),
  });
  reader.warnings.push(...(source.warnings ?? []));
  const now = new Date().toISOString();
  const submissionRow: NewSubmission = {
    id: newId(),
    review_id: review.id,
    agency_id: existing?.id ?? newId(),
    version: existing ? (await findLatestVersion(db, existing.id)) + 1 : 1,
    file_name: source.fileName,
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    sha256,
    byte_size: source.bytes.length,
    // Every record that passes becomes one event; any that fails rejects the whole file.
    event_count: table.records.length,
    warning_count: 0,
    headers_json: JSON.stringify(table.headers),
    mapping_json: mappingJson,
    type_map_json: typeMapJson,
    warnings_json: '[]',
    created_at: now,
    superseded_at: null,
  };

  if (input.dryRun) {
    const result = checkAll(reader, table.records);
    if (result.issues.length > 0) {
      rejectRows(result.issues, mapping.mapping, result.warnings, table.headers, {
        columns: mapping.readings,
        source: source.origin,
      });
    }
    return {
      status: 200,
      report: {
        ...reportOf(
          table.headers,
          mapping,
          result.warnings,
          reader.unmappedTypes,
          reader.typeReadings(MAX_TYPE_READINGS),
        ),
        ...origin,
        typeSuggestions: await typeSuggestionsFor(db, review.id, nameKey, reader.unmappedTypes),
        submission: {
          ...toSubmissionDto(
            { ...submissionRow, warning_count: result.warnings.length },
            displayName,
            agencyKind,
          ),
          id: null,
          createdAt: null,
        },
        dryRun: true,
        unchanged: false,
        preview: result.preview,
      },
    };
  }

  const warnings = await storeSubmission(db, {
    submissionRow,
    agency: { name: displayName, nameKey, kind: agencyKind },
    reader,
    records: table.records,
    rejectWith: (issues, warnings) =>
      rejectRows(issues, mapping.mapping, warnings, table.headers, {
        columns: mapping.readings,
        source: source.origin,
      }),
  });
  return {
    status: 201,
    report: {
      ...reportOf(
        table.headers,
        mapping,
        warnings,
        reader.unmappedTypes,
        reader.typeReadings(MAX_TYPE_READINGS),
      ),
      ...origin,
      typeSuggestions: await typeSuggestionsFor(db, review.id, nameKey, reader.unmappedTypes),
      submission: toSubmissionDto(submissionRow, displayName, agencyKind),
      dryRun: false,
      unchanged: false,
    },
  };
}

interface StorePlan {
  submissionRow: NewSubmission;
  agency: { name: string; nameKey: string; kind: AgencyKind };
  reader: RowReader;
  records: readonly SourceRecord[];
  rejectWith: (issues: RowIssue[], warnings: RowIssue[]) => never;
}

/**
 * Reads and stores the rows in batches inside one transaction, so a 100,000-row file never
 * holds every event in memory. The first bad row stops the inserting but not the reading (the
 * uploader gets every problem at once); any problem rolls the whole transaction back.
 * Agency, current version and version number are read again inside the transaction: another
 * upload for the same agency may have landed since the checks before it.
 */
async function storeSubmission(db: Db, plan: StorePlan): Promise<RowIssue[]> {
  const { submissionRow: row, reader } = plan;
  return db.transaction().execute(async (trx) => {
    const agency = await findAgencyByKey(trx, row.review_id, plan.agency.nameKey);
    const choices = {
      kind: plan.agency.kind,
      mapping_json: row.mapping_json,
      type_map_json: row.type_map_json,
    };
    if (agency) {
      row.agency_id = agency.id;
      row.version = (await findLatestVersion(trx, agency.id)) + 1;
      await rememberAgencyChoices(trx, agency.id, choices);
      const latest = await findCurrentSubmission(trx, agency.id);
      if (latest) await supersedeSubmission(trx, latest.id, row.created_at);
    } else {
      row.version = 1;
      await insertAgency(trx, {
        id: row.agency_id,
        review_id: row.review_id,
        name: plan.agency.name,
        name_key: plan.agency.nameKey,
        created_at: row.created_at,
        ...choices,
      });
    }
    await insertSubmission(trx, row);

    const owner = { reviewId: row.review_id, submissionId: row.id, agencyId: row.agency_id };
    const issues: RowIssue[] = [];
    let batch: NormalisedEvent[] = [];
    for (const [seq, record] of plan.records.entries()) {
      const event = reader.read(record, seq);
      if (!event) issues.push(...reader.problems);
      else if (issues.length === 0) batch.push(event);
      if (batch.length === EVENT_BATCH_SIZE) {
        await insertEvents(trx, owner, batch);
        batch = [];
      }
    }
    const warnings = reader.finish();
    if (issues.length > 0) plan.rejectWith(issues, warnings);
    await insertEvents(trx, owner, batch);
    row.warning_count = warnings.length;
    row.warnings_json = JSON.stringify(warnings.slice(0, MAX_REPORTED_ISSUES));
    await recordWarnings(trx, row.id, row.warning_count, row.warnings_json);
    await bumpRevision(trx, row.review_id);
    return warnings;
  });
}

/** One version of an agency's chronology, with what was reported when it was uploaded. */
export async function getSubmission(
  db: Db,
  reviewId: string,
  submissionId: string,
  agencyScope: string | null = null,
) {
  await requireReview(db, reviewId);
  const row = (await findSubmissionsForReview(db, reviewId)).find(
    (r) => r.id === submissionId && (agencyScope === null || r.agency_key === agencyScope),
  );
  if (!row) throw new AppError('NOT_FOUND', 'No submission with that id in this review.');
  return {
    ...toSubmissionDto(row, row.agency_name, row.agency_kind as AgencyKind),
    headers: JSON.parse(row.headers_json) as string[],
    mapping: JSON.parse(row.mapping_json) as Record<string, string | null>,
    typeMap: JSON.parse(row.type_map_json) as Record<string, string>,
    warnings: JSON.parse(row.warnings_json) as RowIssue[],
  };
}

/** Every version, or with `agencyScope` (a submitter's agency) that agency's only. */
export async function listSubmissions(
  db: Db,
  reviewId: string,
  agencyScope: string | null = null,
): Promise<SubmissionDto[]> {
  await requireReview(db, reviewId);
  const rows = (await findSubmissionsForReview(db, reviewId)).filter(
    (r) => agencyScope === null || r.agency_key === agencyScope,
  );
  return rows.map((r) => toSubmissionDto(r, r.agency_name, r.agency_kind as AgencyKind));
}

/** Codes to offer for the words that matched none, with the review's other agencies' maps. */
async function typeSuggestionsFor(
  db: Db,
  reviewId: string,
  nameKey: string,
  unmapped: Record<string, number>,
) {
  if (Object.keys(unmapped).length === 0) return {};
  const others = await findOtherAgencyTypeMaps(db, reviewId, nameKey);
  return suggestTypes(
    unmapped,
    others.map((o) => ({
      agency: o.name,
      typeMap: parseStored<Record<string, string>>(o.type_map_json) ?? {},
    })),
  );
}

function checkedTypeMap(typeMap: Record<string, string> | undefined): Record<string, string> {
  const entries = Object.entries(typeMap ?? {});
  for (const [words, code] of entries) {
    if (!isEventTypeCode(code)) {
      throw new AppError(
        'BAD_REQUEST',
        `typeMap sends "${words}" to "${code}", which is not a code in the event vocabulary.`,
      );
    }
  }
  return Object.fromEntries(entries);
}

/**
 * Column recognition names row 1, a CSV file's header row; a sheet's header may be lower, under
 * a title block, and its problems name that row.
 */
function atHeaderRow(mapping: MappingOutcome, headerRow: number | undefined): MappingOutcome {
  if (headerRow === undefined || headerRow === 1) return mapping;
  const moved = (issues: RowIssue[]) =>
    issues.map((i) => (i.row === 1 ? { ...i, row: headerRow } : i));
  return { ...mapping, issues: moved(mapping.issues), warnings: moved(mapping.warnings) };
}

function parseStored<T>(json: string | null | undefined): T | undefined {
  return json ? (JSON.parse(json) as T) : undefined;
}
