import type { FuzzyDate } from './dates';
import type { TypeBasis } from './vocabulary';

/** One row of an agency's chronology as the reader stores it (RowReader, normalise.ts). */
export interface NormalisedEvent {
  row: number;
  seq: number;
  date: FuzzyDate;
  time: string | null;
  endDate: FuzzyDate | null;
  endTime: string | null;
  type: string;
  typeText: string | null;
  /** Which text decided `type` (type cell, description, outcome, type map) and its words. */
  typeBasis: TypeBasis;
  team: string | null;
  practitioner: string | null;
  subjects: string[];
  childSeen: boolean | null;
  seenAlone: boolean | null;
  description: string | null;
  outcome: string | null;
  analysis: string | null;
  sourceRef: string | null;
  /** The source row's cells as written, in header order: the provenance. */
  cells: string[];
}
