import { normaliseDate, normaliseTime } from '../dates';
import { parseYesNo, splitPeople } from '../people';
import { phraseKey } from '../../shared/phrases';
import type { SourceRecord } from '../records';
import { matchEventType, OTHER_TYPE } from '../vocabulary';

/** What a sample of one column's cells look like: counts out of `sampled` non-empty cells. */
export interface CellProfile {
  sampled: number;
  /**
   * The rows looked at to take the sample, empty cells included: `sampled / rows` is how much
   * of the file the column fills. A column filled on a few rows (a presenting complaint only
   * for attendances) names no kind for the others.
   */
  rows: number;
  /** The first sampled cell, cut short: quoted in the report as an example. */
  example: string;
  /** Read as a date by the project's own parser, day first. */
  dates: number;
  /** Of those, bare numbers read as Excel serials or years: they could as well be ids. */
  numberDates: number;
  /** Failed as a date in a way only a date can (31/02/2019, 12/31/2018, "five months later"). */
  dateLike: number;
  /** Dates that carry a time as well (22/05/2016 14:30). */
  dateTimes: number;
  /** Times with a separator or a suffix (14:30, 2.30pm, 1430hrs). */
  times: number;
  /** Three or four digits that read as a 24-hour time (1430): a time only if the header says so. */
  digitTimes: number;
  yesNo: number;
  /** Only Y, N, Yes, No, true, false: no tick marks or numbers. */
  plainYesNo: number;
  ids: number;
  people: number;
  roles: number;
  /**
   * Of the roles, letters and a number alone whose letters name no role (`OP4471`, `TM12`): a
   * staff or log-on code, but the same shape as a grade (`G1`), a school year (`Y5`), an action
   * code (`ARR1`) or a record number (`LCS 88410`).
   */
  staffCodes: number;
  teams: number;
  /** A person's name (`Dr H Okoye`, `Leanne BRIGGS`): someone, not a category. */
  names: number;
  /** A person described, not named (`Female 34`, `M, 16`): a demographic, never an event type. */
  demographics: number;
  /** A courtesy title alone (`Mr`, `Mrs`, `Dr`): part of a person's name, never an event type. */
  titles: number;
  /** Short cells whose words the event vocabulary knows (Home visit, Strat disc). */
  vocabulary: number;
  distinct: number;
  meanWords: number;
  meanLength: number;
}

// Enough to tell a column's kind; a 100,000-row file costs no more than a 200-row one.
export const SAMPLE_CELLS = 200;
const MAX_ROWS_SCANNED = 5000;
// Longer cells are free text: they are not run through the date and code checks.
const SHORT_CELL = 120;

// Record ids: one token with a digit (AB/19/0123, 123456, INC-2019-0456, MOS-1, H-1).
const ID = /^(?=.*\d)[a-z0-9][a-z0-9\-/_.:#]{0,29}$/i;
// A bare number is a date only as a year (2016) or an Excel serial of 1950–2100; 123456 is an id.
const DIGITS = /^\d+(?:\.\d+)?$/;
const SERIAL_TO = 73051;
const TIME_MARK = /[:.]|[ap]\.?m\.?$|hrs?$|h$|noon|midday|midnight/i;
const DIGIT_TIME = /^\d{3,4}$/;
const RELATIONS =
  /\b(mother|mum|mam|mom|father|dad|child|children|infant|baby|son|daughter|brother|sister|siblings?|grandmother|grandfather|nan|nana|grandparents?|aunt|uncle|partner|ex-partner|step-?father|step-?mother|boyfriend|girlfriend|carer|foster|victim|perpetrator|suspect|associate|young person|yp|cyp|patient|client|husband|wife|cousin|parents?|twins?|family|adult \d|child \d)\b/i;
// A practitioner's role as agencies write it, in a cell ("PC 4471 HALE", "HV2") or as a header.
const ROLES =
  'social worker|sw\\d*|hv\\d*|health visitor|gp|pc|ps|dc|ds|sgt|officer|nurse|midwife|mw\\d*|manager|pa\\d*|personal adviser|teacher|dsl|idva|isva|consultant|doctor|dr|paramedic|practitioner|worker|clinician|receptionist|ho\\d*|iro|sergeant|constable|inspector|therapist|psychologist|psychiatrist|cpn|keyworker|key worker|probation officer|pso|po\\d*|registrar|health care assistant|hca|sn\\d*|senco|head teacher|headteacher';
const ROLE_WORDS = new RegExp(`\\b(${ROLES})\\b`, 'i');
/**
 * A header that is a role and nothing else ("IDVA", "Social Worker", "Allocated SW"'s head):
 * the column names who in that role made the record.
 */
export const ROLE_HEADER = new RegExp(`^(?:allocated |named |lead )?(?:${ROLES})$`, 'i');
const ROLE_CODE = /^[a-z]{1,4} ?\d{1,5}$/i;
const TEAM_WORDS =
  /\b(team|services?|unit|hub|mash|department|dept|ward|clinic|surgery|practice|station|cid|directorate|early help|leaving care|children'?s services|safeguarding|health visiting|midwifery|duty|intake|locality|front door|probation|school|nursery|a ?& ?e|emergency department|maternity|camhs|cmht|housing|police)\b/i;
// A name as systems print it: an optional title, then two or three capitalised words or initials.
// The title in any case (Mrs, MRS, mrs): the rest is case-sensitive, so it is spelt out.
const PERSON_NAME =
  /^(?:(?:[Mm](?:rs?|s|iss|x)|MRS?|MS|MISS|MX|[Dd]r|DR|[Pp]rof|PROF)\.?\s+)?[A-Z][A-Za-z'’-]*\.?(?:\s+[A-Z][A-Za-z'’-]*\.?){1,2}(?:\s*\([^)]{1,12}\))?$/;
// Sex or gender with an age (`Female 34`, `M 16`, `Male, 7 months`): describes a patient.
const DEMOGRAPHIC =
  /^(?:male|female|man|woman|boy|girl|m|f)\b[\s,/-]*(?:aged\s*)?\d{1,3}\s*(?:y|yrs?|years?|m|months?|weeks?|wks?)?$/i;

// A courtesy title on its own, as a person's record keeps it in a column of its own ("Title":
// Mrs, MR, Dr., Rev): how someone is addressed. Header words cannot tell it from a heading
// ("Entry Title"); the cells can.
const COURTESY_TITLE =
  /^(?:mr|mrs|ms|miss|mx|master|dr|doctor|prof|professor|rev|revd|reverend|sir|dame|lady|lord|fr|sr)\.?$/i;

/** Reads up to SAMPLE_CELLS non-empty cells of each column. Pure: no I/O. */
export function profileColumns(
  columnCount: number,
  records: readonly SourceRecord[],
): CellProfile[] {
  const samples: string[][] = Array.from({ length: columnCount }, () => []);
  const limit = Math.min(records.length, MAX_ROWS_SCANNED);
  // Each column's rows looked at: all of them, unless its sample filled first.
  const rows = new Array<number>(columnCount).fill(limit);
  let full = 0;
  for (let r = 0; r < limit && full < columnCount; r++) {
    const cells = records[r]!.cells;
    for (let c = 0; c < columnCount; c++) {
      const sample = samples[c]!;
      if (sample.length >= SAMPLE_CELLS) continue;
      const text = (cells[c] ?? '').trim();
      if (!text) continue;
      sample.push(text);
      if (sample.length === SAMPLE_CELLS) {
        full++;
        rows[c] = r + 1;
      }
    }
  }
  return samples.map((sample, c) => ({ ...profileCells(sample), rows: rows[c]! }));
}

export function profileCells(cells: readonly string[]): CellProfile {
  const p: CellProfile = {
    sampled: cells.length,
    rows: cells.length,
    example: cells[0] ? cutShort(cells[0]) : '',
    dates: 0,
    numberDates: 0,
    dateLike: 0,
    dateTimes: 0,
    times: 0,
    digitTimes: 0,
    yesNo: 0,
    plainYesNo: 0,
    ids: 0,
    people: 0,
    roles: 0,
    staffCodes: 0,
    teams: 0,
    names: 0,
    demographics: 0,
    titles: 0,
    vocabulary: 0,
    // Keys and word counts from the start of each cell: a 30,000-character cell costs no more.
    distinct: new Set(cells.map((c) => phraseKey(c.slice(0, 200)))).size,
    meanWords: 0,
    meanLength: 0,
  };
  let words = 0;
  let length = 0;
  // Exports repeat the same type, people and dates on many rows: each distinct text is read once.
  const counts = new Map<string, number>();
  for (const text of cells) counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const [text, n] of counts) {
    const wordCount = text.slice(0, 2000).split(/\s+/).length;
    words += wordCount * n;
    length += text.length * n;
    if (text.length > SHORT_CELL) continue;
    const date = readDate(text, p, n);
    if (DIGIT_TIME.test(text)) {
      if (normaliseTime(text).ok) p.digitTimes += n;
    } else if (!date && TIME_MARK.test(text)) {
      const time = normaliseTime(text);
      if (time.ok && time.value !== null) p.times += n;
    }
    if (text.length <= 20) {
      const yn = parseYesNo(text);
      // "1" and "0" are answers to the reader of a seen column, but a column of numbers is counts,
      // ids or measures ("1.5" hours), not yes or no.
      if (yn.ok && !DIGITS.test(text)) p.yesNo += n;
      if (/^(y|n|yes|no|true|false)$/i.test(text)) p.plainYesNo += n;
    }
    if (ID.test(text) && !isDate(text)) p.ids += n;
    if (text.length <= 80 && isPeopleList(text)) p.people += n;
    if (wordCount <= 5 && ROLE_WORDS.test(text)) p.roles += n;
    else if (ROLE_CODE.test(text)) {
      p.roles += n;
      p.staffCodes += n;
    }
    if (wordCount <= 8 && TEAM_WORDS.test(text)) p.teams += n;
    if (PERSON_NAME.test(text)) p.names += n;
    if (DEMOGRAPHIC.test(text)) p.demographics += n;
    if (COURTESY_TITLE.test(text)) p.titles += n;
    if (wordCount <= 8 && matchEventType(text, new Map()) !== OTHER_TYPE) p.vocabulary += n;
  }
  // 1, 2, 3…: the row's place in the document ("Item", "Seq"), not a reference to a record.
  if (counting(cells)) p.ids = 0;
  p.meanWords = cells.length ? words / cells.length : 0;
  p.meanLength = cells.length ? length / cells.length : 0;
  return p;
}

/** Three or more whole numbers, each one more than the one before. */
function counting(cells: readonly string[]): boolean {
  if (cells.length < 3 || !cells.every((c) => /^\d{1,5}$/.test(c))) return false;
  const first = Number(cells[0]);
  return cells.every((c, i) => Number(c) === first + i);
}

const dateCache = new Map<string, ReturnType<typeof normaliseDate>>();

function parseDate(text: string) {
  let parsed = dateCache.get(text);
  if (!parsed) {
    parsed = normaliseDate(text);
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(text, parsed);
  }
  return parsed;
}

function isDate(text: string): boolean {
  // The date reader takes a year of 1800–2199 and a serial from 1950 to 2199; a column of
  // dates has serials up to 2100 only: a larger number is an id.
  if (DIGITS.test(text) && Number(text) >= SERIAL_TO) return false;
  return parseDate(text).ok;
}

/** Counts the cell as a date (or a failed one); true when it reads as a date. */
function readDate(text: string, p: CellProfile, n: number): boolean {
  if (isDate(text)) {
    p.dates += n;
    p.dateLike += n;
    if (DIGITS.test(text)) p.numberDates += n;
    const parsed = parseDate(text);
    if (parsed.ok && parsed.time) p.dateTimes += n;
    return true;
  }
  if (DIGITS.test(text)) return false;
  const parsed = parseDate(text);
  // Failures only a date can have: it was meant as a date, and the row check will say what is wrong.
  if (!parsed.ok && parsed.code !== 'date.unrecognised' && parsed.code !== 'date.empty') {
    p.dateLike += n;
  }
  return false;
}

function isPeopleList(text: string): boolean {
  const people = splitPeople(text);
  if (people.length === 0 || people.some((p) => p.split(/\s+/).length > 3)) return false;
  return people.filter((p) => RELATIONS.test(p)).length * 2 >= people.length;
}

function cutShort(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
