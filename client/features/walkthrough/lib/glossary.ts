import type { GlossaryEntry } from '../../../shared/api/api-types';
import { parseList } from '../../../shared/lib/notes';

/** One row of the glossary editor: the label, and the names as typed (comma-separated). */
export interface GlossaryRow {
  key: string;
  label: string;
  names: string;
}

export function glossaryRows(entries: readonly GlossaryEntry[]): GlossaryRow[] {
  return entries.map((entry, i) => ({
    key: `saved-${i}`,
    label: entry.label,
    names: entry.names.join(', '),
  }));
}

/**
 * The rows as the API takes them: names split on commas or semicolons and trimmed, repeats
 * dropped. A row with neither a label nor a name is left out (an "Add a person" never filled
 * in); a half-filled row is sent, so the server names what is missing.
 */
export function rowsToGlossary(rows: readonly GlossaryRow[]): GlossaryEntry[] {
  return rows
    .map((row) => ({ label: row.label.trim(), names: parseList(row.names, /[,;\n]/) }))
    .filter((entry) => entry.label !== '' || entry.names.length > 0);
}
