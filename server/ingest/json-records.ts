import type { RowIssue } from '../errors';
import { RESERVED_NAMES, shownName } from './cells';
import { checkHeaders } from './csv';
import { MAX_JSON_DEPTH, scanJson } from './json-scan';
import type { CellKind, SourceRecord, SourceTable } from './records';

export type JsonParseResult =
  { ok: true; table: SourceTable } | { ok: false; reason: string; issue?: RowIssue };

/**
 * A JSON file: an array of objects, or an object that holds one (`events`, or the list of
 * records a system's export wraps in its own metadata). It is scanned first
 * (scanJson) for what JSON.parse hides or cannot survive: a key written twice (the first value
 * would be lost), nesting too deep, and where a syntax error is.
 */
export function parseJsonText(input: string): JsonParseResult {
  if (input.trim() === '') return { ok: false, reason: 'The file holds no text.' };
  const text = asJsonArray(input);
  const scan = scanJson(text);
  if (scan.fatal) return { ok: false, reason: scan.fatal.message, issue: scan.fatal };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // scanJson accepts only what JSON.parse accepts; this is a second line of defence.
    return { ok: false, reason: `The file is not valid JSON: ${(error as Error).message}.` };
  }
  const found = Array.isArray(value) ? { items: value } : recordsIn(value);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const table = tableFromItems(found.items);
  table.issues.unshift(...scan.duplicates);
  return { ok: true, table };
}

/**
 * JSON Lines (one object a line, as APIs and log exports write them, `.jsonl`, `.ndjson`) read
 * as the list it is: every line that is not blank is one object, so a comma ends each line and
 * the whole is bracketed. Item n is the nth object, and a problem names the line it is on (the
 * first line's characters one further along). Any other text is left as it is.
 */
function asJsonArray(text: string): string {
  // Most files are one document: its first line settles it before the text is split.
  const start = text.search(/\S/);
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || !OBJECT_LINE.test(text.slice(start, firstEnd))) return text;
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length < 2 || !filled.every((line) => OBJECT_LINE.test(line))) return text;
  let last = lines.length - 1;
  while (lines[last]!.trim() === '') last--;
  return `[${lines.map((line, i) => (i < last && line.trim() !== '' ? `${line},` : line)).join('\n')}]`;
}
const OBJECT_LINE = /^\s*\{.*\}\s*$/;

/** How deep under the top object a wrapped list of records is looked for. */
const RECORDS_DEPTH = 3;

/**
 * Finds the list of records in an export that wraps it in metadata: `{"system": "Mosaic",
 * "exportedOn": …, "records": [ … ]}`, `{"report": …, "rows": [ … ]}`, `{"data": {"contacts":
 * [ … ]}}`. Systems name that list as they like, so the name is not what decides: an `events`
 * list is taken as it always was; otherwise the list holding the most objects, looked for a few
 * levels down through objects (never inside another list). Two lists holding as many objects
 * are refused by name rather than one chosen silently.
 */
function recordsIn(value: unknown): { items: unknown[] } | { reason: string } {
  if (value && typeof value === 'object' && Object.hasOwn(value, 'events')) {
    const events = (value as { events: unknown }).events;
    if (Array.isArray(events)) return { items: events };
  }
  const candidates: Array<{ path: string; items: unknown[]; objects: number }> = [];
  let level: Array<{ path: string; value: unknown }> = [{ path: '', value }];
  for (let depth = 0; depth < RECORDS_DEPTH && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const node of level) {
      if (!node.value || typeof node.value !== 'object' || Array.isArray(node.value)) continue;
      for (const [key, child] of Object.entries(node.value)) {
        const path = node.path ? `${node.path}.${key}` : key;
        if (Array.isArray(child)) {
          const objects = child.filter((i) => i && typeof i === 'object' && !Array.isArray(i));
          if (objects.length > 0) candidates.push({ path, items: child, objects: objects.length });
        } else next.push({ path, value: child });
      }
    }
    level = next;
  }
  candidates.sort((a, b) => b.objects - a.objects);
  const [best, second] = candidates;
  if (!best) {
    return {
      reason:
        'A JSON file must be a list of events, or an object holding one list of events (such as "events" or "records"). This file holds no list of objects.',
    };
  }
  if (second && second.objects === best.objects) {
    return {
      reason: `The file holds two lists of ${best.objects} records, "${best.path}" and "${second.path}", and either could be the chronology. Put the chronology in a list named "events", or upload the two lists as separate files.`,
    };
  }
  return { items: best.items };
}

/**
 * Lays JSON items out as a table so they go through the same mapping as CSV: each distinct
 * key becomes a column, in order of first appearance. Item n is "row n". Used for uploaded
 * files (already scanned) and for a JSON body's `events` (parsed by the web framework), so it
 * checks nesting depth itself, without recursion.
 */
export function tableFromItems(items: readonly unknown[]): SourceTable {
  const issues: RowIssue[] = [];
  const headerIndex = new Map<string, number>();
  const firstRow: number[] = [];
  const objects: Array<{ row: number; entries: Array<[string, unknown]> }> = [];

  items.forEach((item, i) => {
    const row = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({
        row,
        column: null,
        code: 'json.not-an-object',
        message: `Item ${row} is ${describe(item)}, not an object of fields.`,
      });
      return;
    }
    // Object.entries keeps a "__proto__" key as plain data; we never merge into an object.
    const entries = flatEntries(item);
    for (const [key] of entries) {
      if (RESERVED_NAMES.has(key)) {
        issues.push({
          row,
          column: key,
          code: 'json.reserved-key',
          message: `Item ${row} has a field named "${key}", a field name that is reserved: it has a special meaning to the programs that read JSON and is never a chronology column. Rename or remove it.`,
        });
        continue;
      }
      if (!headerIndex.has(key)) {
        headerIndex.set(key, headerIndex.size);
        firstRow.push(row);
      }
    }
    objects.push({ row, entries });
  });

  const headers = [...headerIndex.keys()];
  issues.push(...checkHeaders(headers, (index) => firstRow[index] ?? 1, 'json'));
  const records: SourceRecord[] = objects.map(({ row, entries }) => {
    const cells = new Array<string>(headers.length).fill('');
    let kinds: Array<CellKind | undefined> | undefined;
    for (const [key, value] of entries) {
      const index = headerIndex.get(key);
      // A reserved name is refused above and is no column.
      if (index === undefined) continue;
      const text = cellText(value);
      if (text === null) {
        issues.push({
          row,
          column: key,
          code: tooDeep(value) ? 'json.too-deep' : 'json.wrong-type',
          message: tooDeep(value)
            ? `Item ${row}, field "${key}": the data is nested more than ${MAX_JSON_DEPTH} levels deep. An event is a flat set of fields: text, numbers, true/false or a list of text.`
            : `Item ${row}, field "${key}": expected text, a number, true/false or a list of text; found ${describe(value)}.`,
        });
        continue;
      }
      cells[index] = text;
      const kind = kindOf(value);
      if (kind) {
        kinds ??= new Array<CellKind | undefined>(headers.length);
        kinds[index] = kind;
      }
    }
    return kinds ? { row, cells, kinds } : { row, cells };
  });
  return { headers: headers.map(shownName), records, issues };
}

/**
 * An item's fields as columns. APIs and FHIR exports nest what a report would flatten: an
 * object's fields become columns named by their path (`period.start`, `type.description`,
 * `author.name`), and a list of objects gives each field's values joined in the list's order,
 * an empty one kept in its place so the lists still line up (`participant.individual.display`
 * "HV A Brown; SN C Dee" beside `participant.role` "; SN"). An item that is one object of
 * several fields under one name (FHIR's `resource`) is that object. A value nested deeper than
 * the file may be, or one that is no cell (a list of numbers), is kept whole and refused.
 */
function flatEntries(item: object): Array<[string, unknown]> {
  let top = Object.entries(item);
  const [onlyKey, only] = top.length === 1 ? top[0]! : [undefined, undefined];
  if (
    onlyKey !== undefined &&
    !RESERVED_NAMES.has(onlyKey) &&
    isPlainObject(only) &&
    Object.keys(only).length >= WRAPPED_FIELDS &&
    !tooDeep(only)
  )
    top = Object.entries(only);
  const out = new Map<string, unknown>();
  for (const [key, value] of top) {
    if (tooDeep(value) || RESERVED_NAMES.has(key)) out.set(key, value);
    else for (const [path, cell] of flatten(value)) out.set(path ? `${key}.${path}` : key, cell);
  }
  return [...out];
}
// A wrapper holds a whole record; `{"period": {"start", "end"}}` alone is a field's parts.
const WRAPPED_FIELDS = 3;

/** A value's cells by their path below it ('' for the value itself). */
function flatten(value: unknown): Map<string, unknown> {
  if (isPlainObject(value)) {
    const out = new Map<string, unknown>();
    for (const [key, child] of Object.entries(value))
      for (const [path, cell] of flatten(child)) out.set(path ? `${key}.${path}` : key, cell);
    return out;
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
    const each = value.map(flatten);
    const out = new Map<string, unknown>();
    for (const path of new Set(each.flatMap((cells) => [...cells.keys()]))) {
      const values = each.map((cells) => cells.get(path));
      const texts = values.map(cellText);
      const notACell = values.find((_, i) => texts[i] === null);
      out.set(
        path,
        notACell !== undefined ? notACell : texts.some((t) => t !== '') ? texts.join('; ') : '',
      );
    }
    return out;
  }
  return new Map([['', value]]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  return null;
}

function kindOf(value: unknown): CellKind | undefined {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  return undefined;
}

/**
 * Whether a field's value nests deeper than the file may (the list of events and the event
 * itself are the first two levels). Iterative, and it stops at the limit, so a value nested a
 * million levels deep costs no more than one nested thirty.
 */
function tooDeep(value: unknown): boolean {
  const limit = MAX_JSON_DEPTH - 2;
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const v of level) {
      if (v && typeof v === 'object') {
        if (depth >= limit) return true;
        for (const child of Object.values(v)) next.push(child);
      }
    }
    level = next;
  }
  return false;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}
