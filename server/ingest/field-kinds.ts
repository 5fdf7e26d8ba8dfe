import type { CanonicalField } from '../contract/fields';
import type { CellKind } from './records';

// JSON only: the kinds of value each field takes besides text. A value of another kind (a
// description of 5, a type of true) is a field filled from the wrong place (RowReader.checkKinds).
const TEXT = { expected: 'text', allowed: ['list'] } as const;
/** What each field takes from JSON besides text: a list of text is joined with "; ". */
export const FIELD_KINDS: Record<
  CanonicalField,
  { expected: string; allowed: readonly CellKind[] }
> = {
  // An Excel serial number (43242) or a bare year (2019).
  date: { expected: 'a date', allowed: ['number'] },
  endDate: { expected: 'a date', allowed: ['number'] },
  // 1430, as a police log writes it.
  time: { expected: 'a time', allowed: ['number'] },
  endTime: { expected: 'a time', allowed: ['number'] },
  childSeen: { expected: 'yes or no', allowed: ['boolean', 'number'] },
  seenAlone: { expected: 'yes or no', allowed: ['boolean', 'number'] },
  sourceRef: { expected: 'a reference', allowed: ['number'] },
  agency: TEXT,
  team: TEXT,
  practitioner: TEXT,
  type: TEXT,
  subjects: TEXT,
  description: TEXT,
  outcome: TEXT,
  analysis: TEXT,
};
