import type { RowIssue } from '../errors';
import { checkHeaders } from './csv';
import type { SourceRecord, SourceTable } from './records';

export type JsonParseResult = { ok: true; table: SourceTable } | { ok: false; reason: string };

/** A JSON file: an array of objects, or an object with an `events` array. */
export function parseJsonText(text: string): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON: ${(error as Error).message}.` };
  }
  const items = Array.isArray(value) ? value : eventsOf(value);
  if (!items) {
    return {
      ok: false,
      reason: 'A JSON file must be an array of events, or an object with an "events" array.',
    };
  }
  return { ok: true, table: tableFromItems(items) };
}

function eventsOf(value: unknown): unknown[] | null {
  if (value && typeof value === 'object' && 'events' in value) {
    const events = (value as { events: unknown }).events;
    if (Array.isArray(events)) return events;
  }
  return null;
}

/**
 * Lays JSON items out as a table so they go through the same mapping as CSV: each distinct
 * key becomes a column, in order of first appearance. Item n is "row n".
 */
export function tableFromItems(items: readonly unknown[]): SourceTable {
  const issues: RowIssue[] = [];
  const headerIndex = new Map<string, number>();
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
    const entries = Object.entries(item);
    for (const [key] of entries) if (!headerIndex.has(key)) headerIndex.set(key, headerIndex.size);
    objects.push({ row, entries });
  });

  const headers = [...headerIndex.keys()];
  issues.push(...checkHeaders(headers, 1));
  const records: SourceRecord[] = objects.map(({ row, entries }) => {
    const cells = new Array<string>(headers.length).fill('');
    for (const [key, value] of entries) {
      const text = cellText(value);
      if (text === null) {
        issues.push({
          row,
          column: key,
          code: 'json.wrong-type',
          message: `Item ${row}, "${key}": expected text, a number, true/false or a list of text; found ${describe(value)}.`,
        });
      } else {
        cells[headerIndex.get(key) as number] = text;
      }
    }
    return { row, cells };
  });
  return { headers, records, issues };
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
