// The pieces every date builder shares (dates.ts, date-serial.ts): what a builder gives, the
// context it reads, and the failure it throws. Pure: no I/O.
import type { DateNote, DatePrecision } from './date-types';

export interface Parsed {
  earliest: string;
  latest: string;
  precision: DatePrecision;
  time: string | null;
  notes: DateNote[];
}
export interface Ctx {
  src: string; // the text as written, quoted in every message
  referenceYear: number;
  latestTwoDigitYear?: number;
  defaultYear?: number; // borrowed from the end of a range
}
export type Builder = (m: RegExpExecArray, ctx: Ctx) => Parsed | null;
export interface Rule {
  re: RegExp;
  build: Builder;
}

// Builders throw a DateFailure for a definite error; returning null means "not this form".
export class DateFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function fail(code: string, message: string): never {
  throw new DateFailure(code, message);
}

export function impossible(ctx: Ctx, reason: string): never {
  fail('date.impossible', `"${ctx.src}" is not a real date: ${reason}.`);
}

export function span(
  earliest: string,
  latest: string,
  precision: DatePrecision,
  notes: DateNote[] = [],
) {
  return { earliest, latest, precision, time: null, notes } satisfies Parsed;
}

/** Whole-text regex over the lower-cased input; `${MONTH}` etc. splice in as regex source. */
export function re(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(`^${String.raw(strings, ...parts)}$`);
}
