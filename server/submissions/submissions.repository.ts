import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { AgencyTable, Database, EventTable, SubmissionTable } from '../db/schema';
import { newId } from '../db/ids';
import type { NormalisedEvent } from '../ingest/normalise';

type Db = Kysely<Database> | Transaction<Database>;

export async function findAgencyByKey(db: Db, reviewId: string, nameKey: string) {
  return db
    .selectFrom('agencies')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('name_key', '=', nameKey)
    .executeTakeFirst();
}

/** The type maps reviewers made for the review's other agencies (name, JSON). */
export async function findOtherAgencyTypeMaps(db: Db, reviewId: string, nameKey: string) {
  return db
    .selectFrom('agencies')
    .select(['name', 'type_map_json'])
    .where('review_id', '=', reviewId)
    .where('name_key', '!=', nameKey)
    .where('type_map_json', 'is not', null)
    .orderBy('name')
    .execute();
}

export async function insertAgency(db: Db, agency: AgencyTable): Promise<void> {
  await db.insertInto('agencies').values(agency).execute();
}

export async function rememberAgencyChoices(
  db: Db,
  agencyId: string,
  choices: Pick<AgencyTable, 'kind' | 'mapping_json' | 'type_map_json'>,
): Promise<void> {
  await db.updateTable('agencies').set(choices).where('id', '=', agencyId).execute();
}

export async function findCurrentSubmission(db: Db, agencyId: string) {
  return db
    .selectFrom('submissions')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

export async function findLatestVersion(db: Db, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('submissions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function supersedeSubmission(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('submissions').set({ superseded_at: at }).where('id', '=', id).execute();
}

export async function recordWarnings(
  db: Db,
  id: string,
  count: number,
  json: string,
): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ warning_count: count, warnings_json: json })
    .where('id', '=', id)
    .execute();
}

export async function insertSubmission(
  db: Db,
  submission: Insertable<SubmissionTable>,
): Promise<void> {
  await db.insertInto('submissions').values(submission).execute();
}

// 31 columns × 500 rows stays well under SQLite's 32,766 bound parameters per statement.
export const EVENT_BATCH_SIZE = 500;

type EventOwner = { reviewId: string; submissionId: string; agencyId: string };

/** Column order of the bulk insert; `eventValues` returns values in this order. */
const EVENT_COLUMNS = [
  'id',
  'review_id',
  'submission_id',
  'agency_id',
  'seq',
  'row_number',
  'date_text',
  'date_earliest',
  'date_latest',
  'date_precision',
  'date_uncertain',
  'time',
  'end_date_text',
  'end_date_earliest',
  'end_date_latest',
  'end_date_precision',
  'end_date_uncertain',
  'end_time',
  'type',
  'type_text',
  'type_basis_json',
  'team',
  'practitioner',
  'subjects_json',
  'child_seen',
  'seen_alone',
  'description',
  'outcome',
  'analysis',
  'source_ref',
  'cells_json',
] as const satisfies ReadonlyArray<keyof EventTable>;

/**
 * Inserts events in multi-row batches. Kysely compiles the INSERT for a batch size once (its
 * compiler, so the SQL stays dialect-correct) and each batch runs that text with new values:
 * compiling 15,000 value nodes per batch cost more than SQLite's own work.
 */
export async function insertEvents(
  db: Db,
  owner: EventOwner,
  events: readonly NormalisedEvent[],
): Promise<void> {
  for (let start = 0; start < events.length; start += EVENT_BATCH_SIZE) {
    const batch = events.slice(start, start + EVENT_BATCH_SIZE);
    const sqlText = eventInsertSql(db, batch.length);
    const parameters: unknown[] = [];
    for (const event of batch) parameters.push(...eventValues(owner, event));
    await db.executeQuery(CompiledQuery.raw(sqlText, parameters));
  }
}

// Keyed by the dialect's adapter, so two databases of different kinds never share SQL text.
const compiledInserts = new WeakMap<object, Map<number, string>>();

function eventInsertSql(db: Db, rows: number): string {
  const adapter = db.getExecutor().adapter;
  let bySize = compiledInserts.get(adapter);
  if (!bySize) compiledInserts.set(adapter, (bySize = new Map()));
  let sqlText = bySize.get(rows);
  if (!sqlText) bySize.set(rows, (sqlText = compileEventInsert(db, rows)));
  return sqlText;
}

function compileEventInsert(db: Db, rows: number): string {
  const placeholder = Object.fromEntries(
    EVENT_COLUMNS.map((c) => [c, null]),
  ) as unknown as EventTable;
  const query = db
    .insertInto('events')
    .values(Array.from({ length: rows }, () => placeholder))
    .compile();
  if (query.parameters.length !== rows * EVENT_COLUMNS.length) {
    throw new Error('event insert did not compile to one parameter per value');
  }
  return query.sql;
}

function eventValues(owner: EventOwner, e: NormalisedEvent): unknown[] {
  return [
    newId(),
    owner.reviewId,
    owner.submissionId,
    owner.agencyId,
    e.seq,
    e.row,
    e.date.text,
    e.date.earliest,
    e.date.latest,
    e.date.precision,
    e.date.uncertain ? 1 : 0,
    e.time,
    e.endDate?.text ?? null,
    e.endDate?.earliest ?? null,
    e.endDate?.latest ?? null,
    e.endDate?.precision ?? null,
    e.endDate ? (e.endDate.uncertain ? 1 : 0) : null,
    e.endTime,
    e.type,
    e.typeText,
    JSON.stringify(e.typeBasis),
    e.team,
    e.practitioner,
    JSON.stringify(e.subjects),
    toFlag(e.childSeen),
    toFlag(e.seenAlone),
    e.description,
    e.outcome,
    e.analysis,
    e.sourceRef,
    JSON.stringify(e.cells),
  ];
}

function toFlag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

export async function findSubmissionsForReview(db: Db, reviewId: string) {
  return db
    .selectFrom('submissions as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select(['a.name as agency_name', 'a.kind as agency_kind', 'a.name_key as agency_key'])
    .where('s.review_id', '=', reviewId)
    .orderBy('a.name')
    .orderBy('s.version', 'desc')
    .execute();
}
