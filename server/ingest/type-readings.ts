import type { TypeBasis, TypeDecision } from './vocabulary';
import { readTypeText } from './type-words';

/** One way a type word was read: the code, what decided it, and on how many rows. */
export interface TypeReadAs {
  code: string;
  from: TypeBasis['from'];
  /** The words that decided, for a reading from the type cell or the type map. */
  words: string[];
  rows: number;
}

/** A distinct type cell of an upload and every code its rows were read as, most rows first. */
export interface TypeReading {
  text: string;
  rows: number;
  readAs: TypeReadAs[];
  /**
   * The word says little on its own ("Contact", a system code, a column that classifies cases):
   * each row's description decides first, and a reviewer's choice for the word applies only
   * to the rows nothing else explains.
   */
  saysLittle: boolean;
}

/**
 * Collects what each distinct type word of an upload was read as, so the upload preview can
 * show every reading, not only the words that matched nothing. On files nobody has seen the
 * vocabulary reads about seven types in ten right (docs/corpus.md); a reviewer who sees
 * "Welfare check – seen" read as a police incident corrects it with one choice before storing.
 * Pure: no I/O.
 */
export class TypeReadings {
  private readonly byText = new Map<string, { rows: number; readAs: Map<string, TypeReadAs> }>();

  add(text: string, decision: TypeDecision): void {
    let held = this.byText.get(text);
    if (!held) {
      held = { rows: 0, readAs: new Map() };
      this.byText.set(text, held);
    }
    held.rows += 1;
    // The same code from the same source is one reading; the words are those of its first row
    // (a type cell's words are the same on every row; a description's differ and are not kept).
    const key = `${decision.code}\u0000${decision.basis.from}`;
    const reading = held.readAs.get(key);
    if (reading) reading.rows += 1;
    else
      held.readAs.set(key, {
        code: decision.code,
        from: decision.basis.from,
        words: wordsOfCell(text, decision.basis),
        rows: 1,
      });
  }

  /** How many distinct type words were read. */
  get size(): number {
    return this.byText.size;
  }

  /**
   * The readings, the words read on most rows first (ties in the order of the words), at most
   * `limit` of them: a free-text "type" column can hold thousands of distinct cells, and a
   * reviewer checks the common ones.
   */
  list(saysLittle: (text: string) => boolean, limit: number): TypeReading[] {
    return [...this.byText]
      .map(([text, held]) => ({
        text,
        rows: held.rows,
        readAs: [...held.readAs.values()].sort((a, b) => b.rows - a.rows),
        saysLittle: saysLittle(text),
      }))
      .sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text, 'en-GB'))
      .slice(0, limit);
  }
}

/**
 * The words that decided, when they are the type cell's (the same on every row): those of the
 * cell or the type map, and the learned reader's when every one of them (a word, or a pair of
 * words) is made of whole words of the cell as written: a description's word never shows as
 * the cell's ("in" is inside "Admin", not a word of it).
 */
function wordsOfCell(text: string, basis: TypeBasis): string[] {
  if (basis.from === 'type cell' || basis.from === 'type map') return [...basis.words];
  if (basis.from !== 'learned' || basis.words.length === 0) return [];
  const cellWords = new Set(readTypeText(text).surface);
  const own = basis.words.every((w) => w.split(' ').every((part) => cellWords.has(part)));
  return own ? [...basis.words] : [];
}
