import { domainCell } from './type-context';
import type { LearnedTypeReader } from './type-learned';
import { OTHER_TYPE, type TypeDecision, type TypeSources } from './type-codes';
import { overruledCell } from './type-overrule';
import { saysLittle } from './type-words';

/**
 * Where the rule-based reading of a row's type is weak, and the learned reader
 * (type-learned.ts) may answer instead (docs/uploading.md, "The learned reader"):
 * - `nothing matched`: no rule read a code (`other`, or the code an agency's kind gives a row
 *   nothing explains), unless the type cell says little;
 * - `no type cell`: the row has no type (no column, or an empty cell) and its description was
 *   read by the vocabulary;
 * - `cell unmatched`: the type cell says something, but no synonym matched it, and the
 *   description was read instead.
 * Everywhere else the rules stand: a type cell a synonym matched, a say-little cell (`Contact`,
 * `Case note`) or a column that classifies cases, read from the description or not, a form of contact,
 * a reviewer's type map, the vocabulary's own word-by-word scorer. Cross-validation found the
 * learned reader no better than the rules there (docs/corpus.md, 06/12/2026).
 */
export type WeakReading = 'nothing matched' | 'no type cell' | 'cell unmatched';

/**
 * The share of the likelihood the learned code must hold to replace each weak reading: where
 * the rules said nothing, a likelier-than-not guess; where they read the description, only a
 * confident one. Chosen by cross-validation, grouped by file (scripts/eval-type-model.ts).
 */
export const LEARNED_THRESHOLDS: Readonly<Record<WeakReading, number>> = {
  'nothing matched': 0.6,
  'no type cell': 0.95,
  'cell unmatched': 0.9,
};

/** How many distinct words of the row the learned reader must know to answer. */
export const MIN_KNOWN_WORDS = 2;

/**
 * How many of the row's words must each have been seen with the learned code in two or more
 * training rows. A code with few rows wins on words that say nothing (it is penalised least
 * for the words it never saw): with the training phrases, "Wibble review" / "Nothing of note
 * was said at all today" read as a developmental check (share 0.97) on "review" and on "note"
 * and "all", each seen once with it. Chosen by cross-validation (docs/corpus.md, "07/12/2026:
 * independent training phrases").
 */
export const MIN_SUPPORT = 2;

/**
 * How weak the rules' reading is, or null where it stands. `cell` is what the type cell alone
 * read (decideFromTypeCell), before the rest of the row was read.
 */
export function weakReading(
  decided: TypeDecision,
  cell: TypeDecision | null,
  sources: TypeSources,
): WeakReading | null {
  const from = decided.basis.from;
  const typeText = sources.typeText?.trim() ?? '';
  // A say-little cell ("Contact") whose description says nothing a rule reads stays `other`,
  // listed for the reviewer: the model's guess would rest on the cell's one word.
  const vague = typeText !== '' && (saysLittle(typeText) || sources.perCase === true);
  if (from === 'none') return vague ? null : 'nothing matched';
  if (from !== 'description' && from !== 'outcome') return null;
  if (!typeText) return 'no type cell';
  if (vague) return null;
  return (cell ?? domainCell(typeText)) === null ? 'cell unmatched' : null;
}

/**
 * The rules' decision, or the learned reader's where the rules are weak and it is confident
 * enough. Its basis is `learned`, with the words that weighed most for its code. Where a matched
 * type cell stands, the description's reading when it overrules the cell (type-overrule.ts).
 */
export function withLearned(
  decided: TypeDecision,
  cell: TypeDecision | null,
  sources: TypeSources,
  reader: LearnedTypeReader,
): TypeDecision {
  const weak = weakReading(decided, cell, sources);
  if (!weak)
    return overruledCell(decided, cell, sources, reader, MIN_KNOWN_WORDS, MIN_SUPPORT) ?? decided;
  const learned = reader.read(sources);
  if (!learned || learned.share < LEARNED_THRESHOLDS[weak] || learned.code === decided.code)
    return decided;
  // One known word is a guess ("hour" in "Twelve-hour" as a police incident): it takes two.
  if (learned.known < MIN_KNOWN_WORDS) return decided;
  if (learned.support < MIN_SUPPORT) return decided;
  if (learned.code === OTHER_TYPE) return decided;
  return { code: learned.code, basis: { from: 'learned', words: learned.words } };
}
