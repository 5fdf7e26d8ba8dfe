// What the date and time readers (dates.ts, times.ts) return.

export type DatePrecision =
  'day' | 'week' | 'part-month' | 'month' | 'quarter' | 'season' | 'year' | 'range';
export interface FuzzyDate {
  text: string; // as written, trimmed
  earliest: string; // ISO, first possible day
  latest: string; // ISO, last possible day (inclusive)
  precision: DatePrecision;
  uncertain: boolean; // the writer flagged doubt: '?', 'c.', 'approx'…
}
export interface DateNote {
  code: string;
  message: string;
}
export type DateResult =
  | { ok: true; value: FuzzyDate; time: string | null; notes: DateNote[] }
  | { ok: false; code: string; message: string };
export interface DateContext {
  referenceYear?: number; // for two-digit years; default: the current UTC year
  /**
   * A two-digit year read as a later year than this is refused as ambiguous (see
   * TWO_DIGIT_YEAR_NOTE); unset, every two-digit year is read in the reference year's window.
   */
  latestTwoDigitYear?: number;
}
export type TimeResult =
  { ok: true; value: string | null } | { ok: false; code: string; message: string };
