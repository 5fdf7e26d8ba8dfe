// The events filter as plain data, and the search box's text made into an FTS5 query: the
// pure half. Its WHERE expression is built in events.repository.ts.

export interface EventFilter {
  /** A submitter's own agency: applied on top of every other filter, never widened. */
  scopeAgencyKey?: string | null;
  agencyKeys?: string[];
  agencyKinds?: string[];
  types?: string[];
  subjects?: string[];
  from?: string;
  to?: string;
  /** An FTS5 query built by `searchQuery`, never the user's raw text. */
  search?: string;
  /**
   * Which index `search` runs on: the text as written, or as the anonymised view shows it
   * (names replaced by labels: a name cannot match there, because it is not there).
   */
  searchIndex?: 'as-written' | 'redacted';
  childSeen?: boolean;
  ids?: string[];
}

/**
 * Turns what a reviewer types into a safe FTS5 query: each word must appear (as a prefix, so
 * "strat" finds "strategy"); quotes keep FTS syntax such as NEAR or * out of their hands.
 */
export function searchQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  return words.map((w) => `"${w}"*`).join(' ');
}
