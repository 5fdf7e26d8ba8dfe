// What the duplicate suggester reads and what it answers: one event of a chronology as the
// scoring needs it, and one suggested pair. similarity.ts suggests; the service builds the
// candidates from the review's events.

export interface DuplicateCandidate {
  id: string;
  /** Events of the same agency are never paired. */
  agency: string;
  /** ISO date, first possible day of the event. */
  earliest: string;
  /** ISO date, last possible day. */
  latest: string;
  /** 'HH:MM' or null. */
  time: string | null;
  /** Vocabulary code, e.g. 'incident.domestic', 'contact.home-visit', 'other'. */
  type: string;
  /** typeText + description + outcome joined, as written. */
  text: string;
  /** e.g. ['Mother', 'Infant']. */
  subjects: string[];
}

export interface DuplicateSuggestion {
  /** Ids with a < b lexicographically, so a pair has one spelling. */
  a: string;
  b: string;
  /** 0..1, rounded to 2 decimals. */
  score: number;
  /** Short plain-English phrases for the reviewer. */
  reasons: string[];
}

export interface DuplicateOptions {
  /** Default 0.35. */
  minScore?: number;
  /** Default 1. */
  dayTolerance?: number;
  /** Default 500. */
  limit?: number;
}
