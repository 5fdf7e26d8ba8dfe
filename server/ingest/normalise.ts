import type { RowIssue } from '../errors';
import { agencyCellOf } from './agency-kind';
import { cellProblem } from './cells';
import { type DateResult, normaliseDate, normaliseTime, type TimeResult } from './dates';
import type { CanonicalField, MappingOutcome } from './headers';
import { parseYesNo, splitPeople } from './people';
import type { CellKind, SourceRecord } from './records';
import { FIELD_KINDS } from './field-kinds';
import type { NormalisedEvent } from './normalised-event';
import { learnedTypeReader } from './type-learned-data';
import { withLearned } from './type-learned-combine';
import { typeClassifiesCases } from './type-per-case';
import { type TypeReading, TypeReadings } from './type-readings';
import { saysLittle } from './type-words';
import {
  decideEventType,
  decideFromTypeCell,
  OTHER_TYPE,
  type TypeDecision,
  type TypeMap,
} from './vocabulary';

export interface NormaliseOptions {
  agencyName: string;
  periodStart: string;
  periodEnd: string;
  typeMap: TypeMap;
  /** The agency's kind: its type words are read as that kind of agency means them. */
  agencyKind?: string;
  /** Excel: each column's letter, so a message names "column C" beside the sheet and row. */
  columnLabels?: readonly string[];
  /** The type column classifies each case, not each event (see `typeClassifiesCases`). */
  typePerCase?: boolean;
}

export interface NormaliseResult {
  events: NormalisedEvent[];
  issues: RowIssue[];
  warnings: RowIssue[];
  /** The type words that matched nothing in the vocabulary, with how often they occur. */
  unmappedTypes: Record<string, number>;
}

/**
 * Turns mapped source records into events, collecting every row problem rather than stopping
 * at the first: a data officer fixes a file in one pass. Pure: no I/O.
 */
export function normaliseRecords(
  headers: readonly string[],
  records: readonly SourceRecord[],
  mapping: MappingOutcome,
  options: NormaliseOptions,
): NormaliseResult {
  const reader = new RowReader(headers, mapping, {
    ...options,
    typePerCase:
      options.typePerCase ??
      typeClassifiesCases(records, mapping.columns.type, mapping.columns.sourceRef),
  });
  const events: NormalisedEvent[] = [];
  const issues: RowIssue[] = [];
  records.forEach((record, seq) => {
    const event = reader.read(record, seq);
    if (event) events.push(event);
    else issues.push(...reader.problems);
  });
  return { events, issues, warnings: reader.finish(), unmappedTypes: reader.unmappedTypes };
}

/**
 * Reads one row at a time, so a large upload can be stored batch by batch without holding
 * every event. Agencies repeat the same dates, times and type words on many rows, so each
 * distinct text is parsed once per upload.
 */
export class RowReader {
  readonly warnings: RowIssue[] = [];
  readonly unmappedTypes: Record<string, number> = {};
  private readonly readings = new TypeReadings();
  problems: RowIssue[] = [];
  private row = 0;
  /** Excel and Word: the row's place in the file's own terms (SourceRecord.place). */
  private place: string | undefined;
  private cells: string[] = [];
  private readonly referenceYear: number;
  /** Each distinct agency cell's reading (agency-kind.ts), and whether it was said yet. */
  private readonly agencyCells = new Map<string, ReturnType<typeof agencyCellOf>>();
  private readonly dates = new Map<string, DateResult>();
  private readonly times = new Map<string, TimeResult>();
  private readonly typeCells = new Map<string, TypeDecision | null>();
  /** Indexes of this row's cells already refused (a control character, too long…). */
  private readonly badCells = new Set<number>();
  /** Each mapped column's field, in column order. */
  private readonly fieldsByColumn: ReadonlyArray<[number, CanonicalField]>;

  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: MappingOutcome,
    private readonly options: NormaliseOptions,
  ) {
    this.referenceYear = Number(options.periodEnd.slice(0, 4));
    this.fieldsByColumn = (Object.entries(mapping.columns) as Array<[CanonicalField, number]>)
      .map(([field, index]): [number, CanonicalField] => [index, field])
      .sort((a, b) => a[0] - b[0]);
  }

  /**
   * What each distinct type word was read as (the upload preview's "Event types"), the words on
   * most rows first, at most `limit`; and how many distinct words there were in all.
   */
  typeReadings(limit: number): { readings: TypeReading[]; distinct: number } {
    const little = (text: string) => this.options.typePerCase === true || saysLittle(text);
    return { readings: this.readings.list(little, limit), distinct: this.readings.size };
  }

  /** Every warning so far, plus one per type word that matched no code. Call once, at the end. */
  finish(): RowIssue[] {
    for (const [typeText, count] of Object.entries(this.unmappedTypes)) {
      this.warnings.push({
        row: null,
        column: this.mapping.mapping.type,
        code: 'type.unmapped',
        message: `The event type "${typeText}" (${count} row${count === 1 ? '' : 's'}) matches no code in the vocabulary; stored as "other". Map it with a type map to use it in gap rules.`,
      });
    }
    return [...this.mapping.warnings, ...this.warnings];
  }

  /** The event, or null with `problems` saying why. */
  read(record: SourceRecord, seq: number): NormalisedEvent | null {
    this.row = record.row;
    this.place = record.place;
    this.cells = record.cells;
    this.problems = [];
    this.badCells.clear();
    record.cells.forEach((value, i) => {
      const problem = cellProblem(value);
      if (problem) {
        const message = this.place ? `${this.placeOf(i)}: ${problem.message}` : problem.message;
        this.problems.push({ row: this.row, column: this.headers[i] ?? null, ...problem, message });
        this.badCells.add(i);
      }
    });
    if (record.kinds) this.checkKinds(record.kinds);

    const start = this.dateOf('date', true);
    const time = this.timeOf('time') ?? start?.time ?? null;
    const end = this.dateOf('endDate', false);
    const endTime = this.timeOf('endTime') ?? end?.time ?? null;
    if (start && end && end.value.latest < start.value.earliest) {
      this.issue(
        'endDate',
        'date.end-before-start',
        `The end date "${end.value.text}" is before the start date "${start.value.text}".`,
      );
    }
    this.checkAgency();
    const childSeen = this.yesNo('childSeen');
    const seenAlone = this.yesNo('seenAlone');
    const description = this.text('description');
    const typeText = this.text('type');
    if (!description && !typeText) {
      this.issue(
        'description',
        'row.no-description',
        `${this.rowName()} has a date but says nothing about what happened: fill in the description or the event type.`,
        true,
      );
    }
    if (this.problems.length > 0 || !start) return null;

    const date = start.value;
    if (date.latest < this.options.periodStart || date.earliest > this.options.periodEnd) {
      this.warn(
        'date',
        'date.outside-period',
        `"${date.text}" is outside the review period (${this.options.periodStart} to ${this.options.periodEnd}); the event is kept.`,
      );
    }
    const outcome = this.text('outcome');
    const decided = this.typeOf(typeText, description, outcome);
    return {
      row: this.row,
      seq,
      date,
      time,
      endDate: end?.value ?? null,
      endTime,
      type: decided.code,
      typeText,
      typeBasis: decided.basis,
      team: this.text('team'),
      practitioner: this.text('practitioner'),
      subjects: splitPeople(this.cell('subjects')),
      childSeen,
      seenAlone,
      description,
      outcome,
      analysis: this.text('analysis'),
      sourceRef: this.text('sourceRef'),
      cells: record.cells,
    };
  }

  private cell(field: CanonicalField): string {
    const index = this.mapping.columns[field];
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  /** The field's cell was already refused: reading it again would only repeat the problem. */
  private refused(field: CanonicalField): boolean {
    const index = this.mapping.columns[field];
    return index !== undefined && this.badCells.has(index);
  }

  /**
   * JSON only: a value that was a number or true/false where the field needs text (a
   * description of 5, a type of true) is a field filled from the wrong place, not text.
   */
  private checkKinds(kinds: ReadonlyArray<CellKind | undefined>): void {
    // In the file's own column order, as every other problem in a row is reported.
    for (const [index, field] of this.fieldsByColumn) {
      const kind = kinds[index];
      if (kind === undefined || this.badCells.has(index)) continue;
      const { expected, allowed } = FIELD_KINDS[field];
      if (allowed.includes(kind)) continue;
      const value = this.cells[index] ?? '';
      const found =
        kind === 'number'
          ? `the number ${value}`
          : kind === 'boolean'
            ? `the value ${value === 'yes' ? 'true' : 'false'}`
            : 'a list';
      this.badCells.add(index);
      this.issue(
        field,
        'json.wrong-type',
        `Item ${this.row}, field "${this.headerOf(field)}": expected ${expected}; found ${found}. Write it as text in "double quotes", or map another field.`,
      );
    }
  }

  private text(field: CanonicalField): string | null {
    return this.cell(field) || null;
  }

  private headerOf(field: CanonicalField): string {
    return this.mapping.mapping[field] ?? field;
  }

  /** `namesRow`: the message already says which row (rowName); otherwise a place leads it. */
  private issue(field: CanonicalField, code: string, message: string, namesRow = false): void {
    const text =
      this.place && !namesRow
        ? `${this.placeOf(this.mapping.columns[field])}: ${message}`
        : message;
    this.problems.push({ row: this.row, column: this.headerOf(field), code, message: text });
  }

  private warn(field: CanonicalField, code: string, message: string): void {
    const text = this.place ? `${this.placeOf(this.mapping.columns[field])}: ${message}` : message;
    this.warnings.push({ row: this.row, column: this.headerOf(field), code, message: text });
  }

  /** "Row 14" for CSV; "Sheet 'Chronology', row 14" or "Table 1, row 9" for Excel and Word. */
  private rowName(): string {
    return this.place ?? `Row ${this.row}`;
  }

  /** The row's place and, for Excel, the column's letter: "Sheet 'Chronology', row 14, column C". */
  private placeOf(index: number | undefined): string {
    const label = index === undefined ? undefined : this.options.columnLabels?.[index];
    return label ? `${this.place}, column ${label}` : (this.place ?? `Row ${this.row}`);
  }

  private dateOf(field: 'date' | 'endDate', required: boolean) {
    if (this.refused(field)) return null;
    const text = this.cell(field);
    if (!text) {
      if (required)
        this.issue(
          field,
          'date.empty',
          `${this.rowName()} has no date; every event needs one.`,
          true,
        );
      return null;
    }
    let parsed = this.dates.get(text);
    if (!parsed) {
      parsed = normaliseDate(text, {
        referenceYear: this.referenceYear,
        // A two-digit year read as later than the year after the review period is refused as
        // ambiguous (22/05/30: 1930 or 2030?) rather than guessed.
        latestTwoDigitYear: this.referenceYear + 1,
      });
      this.dates.set(text, parsed);
    }
    if (!parsed.ok) {
      this.issue(field, parsed.code, parsed.message);
      return null;
    }
    for (const note of parsed.notes) this.warn(field, note.code, note.message);
    return parsed;
  }

  private timeOf(field: 'time' | 'endTime'): string | null {
    if (this.refused(field)) return null;
    const text = this.cell(field);
    if (!text) return null;
    let parsed = this.times.get(text);
    if (!parsed) {
      parsed = normaliseTime(text);
      this.times.set(text, parsed);
    }
    if (parsed.ok) return parsed.value;
    this.issue(field, parsed.code, parsed.message);
    return null;
  }

  /**
   * The type cell is matched once per distinct text; the description per row, if needed. Where
   * the rules are weak (nothing matched, or a description read for want of a type), the learned
   * reader may decide (type-learned-combine.ts).
   */
  private typeOf(
    typeText: string | null,
    description: string | null,
    outcome: string | null,
  ): TypeDecision {
    const key = typeText ?? '';
    let cell = this.typeCells.get(key);
    if (cell === undefined) {
      cell = decideFromTypeCell(key, this.options.typeMap, this.options.agencyKind);
      this.typeCells.set(key, cell);
    }
    const sources = {
      typeText,
      description,
      outcome,
      agencyKind: this.options.agencyKind,
      agencyName: this.options.agencyName,
      typeHeader: this.mapping.mapping.type ?? undefined,
      perCase: this.options.typePerCase,
    };
    const decided = withLearned(
      decideEventType(sources, this.options.typeMap, cell),
      cell,
      sources,
      learnedTypeReader(),
    );
    if (typeText) this.readings.add(typeText, decided);
    if (decided.code === OTHER_TYPE && typeText) {
      this.unmappedTypes[typeText] = (this.unmappedTypes[typeText] ?? 0) + 1;
    }
    return decided;
  }

  /**
   * A row's agency cell: this agency, one of its services (said once, in a warning), or refused
   * (agency-kind.ts). Read once per distinct cell: most files repeat one name on every row.
   */
  private checkAgency(): void {
    const named = this.refused('agency') ? null : this.cell('agency');
    if (!named) return;
    const { agencyName, agencyKind } = this.options;
    let said = this.agencyCells.get(named);
    if (said === undefined) {
      said = agencyCellOf(named, agencyName, agencyKind ?? 'other');
      this.agencyCells.set(named, said);
      if (said === 'service') {
        const message = `Rows name "${named}" as the agency: read as a service of "${agencyName}", this upload's agency (the cell is kept with each row).`;
        this.warn('agency', 'agency.service', message);
      }
    }
    if (said === 'other') {
      const message = `${this.rowName()} names the agency "${named}", but this upload is for "${agencyName}". An agency uploads only its own records.`;
      this.issue('agency', 'agency.mismatch', message, true);
    }
  }

  private yesNo(field: 'childSeen' | 'seenAlone'): boolean | null {
    if (this.refused(field)) return null;
    const value = this.cell(field);
    const parsed = parseYesNo(value);
    if (parsed.ok) return parsed.value;
    this.issue(
      field,
      'answer.not-yes-no',
      `"${value}" is not yes or no (Y/N, or blank if not known).`,
    );
    return null;
  }
}

export type { NormalisedEvent } from './normalised-event';
