import { phraseKey } from '../shared/phrases';
import type { SourceRecord } from './records';

/**
 * A type column that classifies each case, not each event: every row of a case (the same
 * source reference) carries the same type cell, over at least two cases of two rows or more,
 * while the cells differ between cases ("CYP - DA" on each row of one PPN, "ADULT - DA" on each
 * row of another). The cell then says what the case is about; what each row did is in its
 * description. Pure: no I/O.
 */
export function typeClassifiesCases(
  records: readonly SourceRecord[],
  typeColumn: number | undefined,
  referenceColumn: number | undefined,
): boolean {
  if (typeColumn === undefined || referenceColumn === undefined) return false;
  // Per case: its first type, how many rows, and whether another type came up.
  const byCase = new Map<string, { type: string; rows: number; mixed: boolean }>();
  const types = new Set<string>();
  // A type column repeats a few words on many rows: each is keyed once.
  const keys = new Map<string, string>();
  for (const record of records) {
    const ref = (record.cells[referenceColumn] ?? '').trim();
    const cell = record.cells[typeColumn] ?? '';
    let type = keys.get(cell);
    if (type === undefined) {
      type = phraseKey(cell);
      keys.set(cell, type);
    }
    if (!ref || !type) continue;
    types.add(type);
    const seen = byCase.get(ref);
    if (!seen) byCase.set(ref, { type, rows: 1, mixed: false });
    else {
      seen.rows++;
      if (seen.type !== type) seen.mixed = true;
    }
  }
  const cases = [...byCase.values()].filter((c) => c.rows >= 2);
  return types.size >= 2 && cases.length >= 2 && cases.every((c) => !c.mixed);
}
