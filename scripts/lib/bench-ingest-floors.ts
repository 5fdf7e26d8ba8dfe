// bench:ingest's floors, one per dialect: decode and parse the same bytes, then store the same
// rows (every event column the app stores, the row's cells as JSON, a time-ordered id) in one
// transaction, as submission `run` of the floor's own database. No mapping, no normalisation,
// no HTTP. Each floor's database is opened and migrated before its timed runs, as the server's
// is before it listens; wall and CPU time are counted from the same start to the same end.
import path from 'node:path';
import Papa from 'papaparse';
import pg from 'pg';
import { openDatabase } from '../../server/db/connection';
import { newId } from '../../server/db/ids';
import { migrateToLatest } from '../../server/db/migrate';

/** One timed run of either side: wall time and CPU time, in ms. */
export interface Run {
  ms: number;
  cpuMs: number;
}

export interface IngestFloor {
  /** What the floor does, for its line of output. */
  label: string;
  measure(file: Buffer, run: number): Promise<Run>;
  close(): Promise<void>;
}

const SEED = `insert into reviews (id, reference, title, period_start, period_end, jurisdiction, created_at)
    values ('r', 'ref', 't', '2015-01-01', '2025-01-01', 'wales', 'now');
  insert into agencies (id, review_id, name, name_key, kind, created_at)
    values ('a', 'r', 'Floor', 'floor', 'other', 'now')`;

const SUBMISSION = `insert into submissions (id, review_id, agency_id, version, format, sha256,
  byte_size, event_count, warning_count, headers_json, mapping_json, type_map_json, warnings_json,
  created_at) values (?, 'r', 'a', ?, 'csv', 'x', 0, 0, 0, '[]', '{}', '{}', '[]', 'now')`;

const EVENT_COLUMNS = `id, review_id, submission_id, agency_id, seq, row_number, date_text,
  date_earliest, date_latest, date_precision, date_uncertain, time, type, type_text, team,
  practitioner, subjects_json, child_seen, description, outcome, source_ref, cells_json`;
/** One event's VALUES tuple: the 17 `?` are floorValues' values, the rest constants. */
const EVENT_TUPLE = `(?, 'r', ?, 'a', ?, ?, ?, ?, ?, 'day', 0, ?, 'other', ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const VALUES_PER_ROW = 17;

/** The generated chronology's rows, decoded and parsed, its header left out. */
function parseRows(file: Buffer): string[][] {
  const text = new TextDecoder().decode(file);
  return Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data.slice(1);
}

function floorValues(c: string[], i: number, submission: string): unknown[] {
  return [
    newId(),
    submission,
    i,
    i + 2,
    c[0],
    c[0],
    c[0],
    c[1],
    c[4],
    c[2],
    c[3],
    JSON.stringify([c[5]]),
    c[6] === 'Y' ? 1 : 0,
    c[7],
    c[8],
    c[9],
    JSON.stringify(c),
  ];
}

function timed<T>(work: () => Promise<T>): Promise<Run> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  return work().then(() => {
    const cpu = process.cpuUsage(cpuStart);
    return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
  });
}

/** SQLite: one prepared INSERT run per row, in one transaction (better-sqlite3). */
export async function openSqliteFloor(work: string): Promise<IngestFloor> {
  const floor = openDatabase(path.join(work, 'floor.sqlite'));
  await migrateToLatest(floor.db);
  const { sqlite } = floor;
  sqlite.exec(SEED);
  const insert = sqlite.prepare(`insert into events (${EVENT_COLUMNS}) values ${EVENT_TUPLE}`);
  return {
    label: 'parse + raw prepared INSERT, one transaction',
    measure: (file, run) => {
      const submission = `s${run}`;
      sqlite.prepare(SUBMISSION).run(submission, run + 1);
      return timed(async () => {
        const rows = parseRows(file);
        sqlite.transaction(() => {
          rows.forEach((c, i) => insert.run(...floorValues(c, i, submission)));
        })();
      });
    },
    close: () => floor.db.destroy(),
  };
}

/**
 * PostgreSQL's floor as one would write it by hand with `pg`: multi-row INSERTs, each as many
 * rows as fit under the protocol's 65,535 bound parameters (3,855 rows of 17), as a named
 * statement, so the server parses and plans it once and later batches only bind and execute;
 * one transaction. A row per statement would pay a round trip per row; COPY is not something
 * the app can use through Kysely, so it would be a floor of another kind of work. Tried here
 * (2026-12-05): 500-row batches and unnest() over arrays (10,000 and 100,000 rows a statement)
 * were no faster; the GIN search index the events table carries is most of either's time.
 */
export async function openPostgresFloor(url: string): Promise<IngestFloor> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(SEED);
  const batch = Math.floor(65_535 / VALUES_PER_ROW);
  const texts = new Map<number, string>();
  const insertText = (rows: number) =>
    texts.get(rows) ??
    texts
      .set(
        rows,
        numbered(
          `insert into events (${EVENT_COLUMNS}) values ${Array(rows).fill(EVENT_TUPLE).join(', ')}`,
        ),
      )
      .get(rows)!;
  return {
    label: `parse + pg multi-row INSERT of ${batch.toLocaleString('en-GB')} rows, prepared once, one transaction`,
    measure: async (file, run) => {
      const submission = `s${run}`;
      await client.query(numbered(SUBMISSION), [submission, run + 1]);
      return timed(async () => {
        const rows = parseRows(file);
        await client.query('begin');
        for (let start = 0; start < rows.length; start += batch) {
          const chunk = rows.slice(start, start + batch);
          const values = chunk.flatMap((c, i) => floorValues(c, start + i, submission));
          // Only the full-sized statement is reused; the last, shorter one runs once.
          const name = chunk.length === batch ? 'floor_events' : undefined;
          await client.query({ name, text: insertText(chunk.length), values });
        }
        await client.query('commit');
      });
    },
    close: () => client.end(),
  };
}

/** `?` placeholders as PostgreSQL's $1, $2, … */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}
