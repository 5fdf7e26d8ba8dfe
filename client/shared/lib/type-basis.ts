import type { TypeBasisDto } from '../../../server/contract/events';

const SOURCES: Record<TypeBasisDto['from'], string> = {
  'type cell': 'the type column',
  description: 'the description',
  outcome: 'the outcome',
  'type map': 'the type map a reviewer chose',
  learned: 'the reader learned from labelled chronologies',
  none: '',
};

/**
 * Why an event has its type, in words: "from the description ('strategy meeting')". Null when
 * the basis was not kept (events stored before it was). Plain text: the words are the agency's.
 */
export function describeTypeBasis(basis: TypeBasisDto | null | undefined): string | null {
  if (!basis) return null;
  if (basis.from === 'none') return 'nothing in the type, description or outcome matched a type';
  const words = basis.words.join(' ').trim();
  // The learned reader weighs every word; it names those that weighed most, not a match.
  if (basis.from === 'learned')
    return words
      ? `from ${SOURCES.learned}, weighing most ${basis.words.map((w) => `‘${w}’`).join(', ')}`
      : `from ${SOURCES.learned}`;
  return words ? `from ${SOURCES[basis.from]} (‘${words}’)` : `from ${SOURCES[basis.from]}`;
}
