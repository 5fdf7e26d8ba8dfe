import fs from 'node:fs';
import path from 'node:path';
import { FIELDS, type Field } from '../corpus/spec';
import {
  listEvents,
  listGaps,
  newReview,
  uploadCorpusFile,
  uploadFile,
  WIDE_PERIOD,
  type StoredEvent,
  type TestApp,
  type UploadBody,
} from './client';
import type { CorpusEntry, ReviewCase, TriggerRecord, TypePhrase } from './corpus';

// Each measure uploads through the API and compares what the app stored or reported with the
// corpus's expected reading. Failures are kept, with the reason, for the per-file printout.

/** Headers compare as a reader sees them: case, spacing and line breaks do not matter. */
export const sameHeader = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() ===
  (b ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export interface FileResult {
  file: string;
  format: string;
  stored: boolean;
  status: number;
  refusal: string | null;
  events: { expected: number; stored: number };
  fieldsRight: number;
  wrongFields: { field: Field; expected: string | null; got: string | null }[];
  /** 'wrong': the app read another column as the event date. */
  dateColumn: 'right' | 'wrong' | 'none';
  kind: { expected: string; got: string | null };
  typesRight: number;
  typeMisses: { record: number; expected: string; got: string | null; typeText: string | null }[];
}

export async function measureFile(t: TestApp, entry: CorpusEntry): Promise<FileResult> {
  const { expected } = entry;
  const { reviewId, status, body } = await uploadCorpusFile(t, entry, 'corpus');
  const stored = status === 201 || status === 200;
  const mapping = (body.mapping ?? null) as Record<string, string | null> | null;
  const wrongFields = FIELDS.filter((f) => !sameHeader(mapping?.[f], expected.mapping[f])).map(
    (field) => ({ field, expected: expected.mapping[field], got: mapping?.[field] ?? null }),
  );
  // Without any reading (a refusal that names no mapping) every field counts as missed.
  const fieldsRight = mapping ? FIELDS.length - wrongFields.length : 0;
  const gotDate = mapping?.date ?? null;
  const dateColumn = !gotDate
    ? 'none'
    : sameHeader(gotDate, expected.eventDateColumn)
      ? 'right'
      : 'wrong';
  const events = stored ? await listEvents(t, reviewId) : [];
  const typeMisses = compareTypes(expected.rows, events);
  return {
    file: expected.file,
    format: expected.format,
    stored,
    status,
    refusal: stored ? null : describeRefusal(body),
    events: { expected: expected.events, stored: body.submission?.eventCount ?? 0 },
    fieldsRight,
    wrongFields: mapping
      ? wrongFields
      : FIELDS.map((field) => ({ field, expected: expected.mapping[field], got: null })),
    dateColumn,
    kind: { expected: expected.kind, got: body.submission?.agencyKind ?? null },
    typesRight: expected.rows.length - typeMisses.length,
    typeMisses,
  };
}

function describeRefusal(body: UploadBody): string {
  const error = body.error ?? { code: '?', message: '' };
  const issues = body.issues ?? [];
  const first = issues
    .slice(0, 2)
    .map((i) => `${i.row !== null ? `row ${i.row}: ` : ''}${i.message}`)
    .join('; ');
  return `${error.code ?? '?'}: ${error.message ?? ''}${first ? ` (${first})` : ''}`.slice(0, 300);
}

/**
 * Rows are matched by their place in the file when every row was stored; otherwise by a
 * source reference that names one row only, so a dropped row does not shift the rest.
 */
function compareTypes(
  rows: { record: number; sourceRef: string | null; code: string }[],
  events: StoredEvent[],
): FileResult['typeMisses'] {
  const byRef = new Map<string, StoredEvent[]>();
  for (const e of events)
    if (e.sourceRef) byRef.set(e.sourceRef, [...(byRef.get(e.sourceRef) ?? []), e]);
  return rows.flatMap((row, i) => {
    const unique = row.sourceRef ? byRef.get(row.sourceRef) : undefined;
    const event =
      events.length === rows.length ? events[i] : unique?.length === 1 ? unique[0] : undefined;
    if (event?.type === row.code) return [];
    return [
      {
        record: row.record,
        expected: row.code,
        got: event?.type ?? null,
        typeText: event?.typeText ?? null,
      },
    ];
  });
}

export interface PhraseResult {
  total: number;
  right: number;
  misses: { typeText: string; description: string; expected: string; got: string | null }[];
}

/** The phrases, one JSON chronology per agency kind, with the columns named: types only. */
export async function measurePhrases(
  t: TestApp,
  phrases: TypePhrase[],
  reference = 'corpus type phrases',
): Promise<PhraseResult> {
  const reviewId = await newReview(t, {
    reference,
    title: 'Type phrases',
    jurisdiction: 'england',
    ...WIDE_PERIOD,
  });
  const kinds = [...new Set(phrases.map((p) => p.agencyKind))];
  const misses: PhraseResult['misses'] = [];
  for (const kind of kinds) {
    const group = phrases.filter((p) => p.agencyKind === kind);
    const agency = `Phrases ${kind}`;
    const events = group.map((p) => ({
      date: '01/06/2020',
      type: p.typeText,
      description: p.description,
    }));
    const { status, body } = await uploadFile(
      t,
      reviewId,
      Buffer.from(JSON.stringify({ events })),
      'phrases.json',
      agency,
      {
        agencyKind: kind,
        mapping: JSON.stringify({ date: 'date', type: 'type', description: 'description' }),
      },
    );
    const stored =
      status === 201 || status === 200
        ? (await listEvents(t, reviewId)).filter((e) => e.agency === agency)
        : [];
    group.forEach((p, i) => {
      const got = stored.length === group.length ? (stored[i]?.type ?? null) : null;
      if (got !== p.code)
        misses.push({ typeText: p.typeText, description: p.description, expected: p.code, got });
    });
    if (stored.length !== group.length) {
      misses.push({
        typeText: `(upload of ${kind} phrases: ${status})`,
        description: describeRefusal(body),
        expected: '-',
        got: null,
      });
    }
  }
  const total = phrases.length;
  return { total, right: total - misses.filter((m) => m.expected !== '-').length, misses };
}

export interface CaseResult {
  name: string;
  uploads: { file: string; status: number; refusal: string | null }[];
  found: string[];
  missed: string[];
  /** Each missed gap's trigger rows as read: what a developer looks at first. */
  missedReadings: { gap: string; triggers: string[] }[];
  flags: number;
  noiseFlags: number;
  noise: { rule: string; message: string }[];
}

export async function measureCase(t: TestApp, reviewCase: ReviewCase): Promise<CaseResult> {
  const reviewId = await newReview(t, {
    reference: reviewCase.reference,
    title: reviewCase.title,
    periodStart: reviewCase.period.start,
    periodEnd: reviewCase.period.end,
    jurisdiction: reviewCase.jurisdiction,
    kind: reviewCase.kind,
  });
  const uploads: CaseResult['uploads'] = [];
  for (const agency of reviewCase.agencies) {
    const bytes = fs.readFileSync(path.join(reviewCase.dir, agency.file));
    const { status, body } = await uploadFile(
      t,
      reviewId,
      bytes,
      path.basename(agency.file),
      agency.name,
      {
        agencyKind: agency.kind,
      },
    );
    const ok = status === 200 || status === 201;
    uploads.push({ file: agency.file, status, refusal: ok ? null : describeRefusal(body) });
  }
  const events = await listEvents(t, reviewId);
  const flags = await listGaps(t, reviewId);
  const byId = new Map(events.map((e) => [e.id, e]));
  const isTrigger = (event: StoredEvent | undefined, trigger: TriggerRecord) =>
    !!event &&
    sameHeader(event.agency, trigger.agency) &&
    recordOf(events, event) === trigger.record;
  const matches = (flagEvent: StoredEvent | undefined, triggers: TriggerRecord[]) =>
    triggers.some(
      (tr) =>
        isTrigger(flagEvent, tr) ||
        (!!tr.sourceRef &&
          flagEvent?.sourceRef === tr.sourceRef &&
          sameHeader(flagEvent.agency, tr.agency)),
    );
  const found: string[] = [];
  const missed: string[] = [];
  const missedReadings: CaseResult['missedReadings'] = [];
  for (const gap of reviewCase.gaps) {
    const hit = flags.some((f) => matches(byId.get(f.triggerEventId), gap.triggers));
    (hit ? found : missed).push(gap.id);
    if (hit) continue;
    const triggers = gap.triggers.map((tr) => {
      const event = events.find((e) => isTrigger(e, tr));
      const where = `${tr.file} record ${tr.record}`;
      return event
        ? `${where} read as ${event.type} (${JSON.stringify(event.typeText)})`
        : `${where} not stored`;
    });
    missedReadings.push({ gap: gap.id, triggers });
  }
  const allTriggers = reviewCase.gaps.flatMap((g) => g.triggers);
  const noisy = flags.filter((f) => !matches(byId.get(f.triggerEventId), allTriggers));
  return {
    name: reviewCase.name,
    uploads,
    found,
    missed,
    missedReadings,
    flags: flags.length,
    noiseFlags: noisy.length,
    noise: noisy.slice(0, 5).map((f) => ({ rule: f.ruleId, message: f.message })),
  };
}

/** The event's 1-based place among its agency's stored records, in file order. */
function recordOf(events: StoredEvent[], event: StoredEvent): number {
  return events.filter((e) => e.agency === event.agency).indexOf(event) + 1;
}
