import * as cal from '../shared/calendar';
import type { DateNote } from './date-types';

// An ISO date-time with its zone: "2020-01-07T09:20:00Z" (Dynamics, OData, most APIs),
// "2022-05-03T10:15:00.000+01:00". Lower case: `normaliseDate` reads the text lower-cased.
const ZONED =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)? ?(z|utc|[+-]\d{2}(?::?\d{2})?)$/;
// Microsoft's JSON date, "/Date(1528761600000)/" (Dynamics CRM and OData v2 exports, ASP.NET):
// milliseconds since 1970 in UTC, with an optional offset that says only where it was written.
const MICROSOFT_JSON = /^\/date\((-?\d{1,15})(?:[+-]\d{4})?\)\/$/;
const UK_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO date-time with a zone, as the UK clock read it then: a system that stores UTC writes
 * 23:30 on 30 June for half past midnight on 1 July, and the event happened on 1 July. A note
 * says so when the clock moved. Midnight in UTC is left as a date with no time: systems store a
 * date with no time as midnight UTC, and an hour added in summer would invent a time. Null when
 * the text is no zoned date-time.
 */
export function inUkTime(
  core: string,
  src: string,
): { core: string; note: DateNote | null } | null {
  const ms = MICROSOFT_JSON.exec(core);
  if (ms) {
    const instant = new Date(Number(ms[1]));
    if (Number.isNaN(instant.getTime())) return null;
    return inUkTime(instant.toISOString().toLowerCase(), src);
  }
  const m = ZONED.exec(core);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  );
  const zone = m[7] ?? 'z';
  const offset =
    zone === 'z' || zone === 'utc'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || 0));
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (offset === 0 && h === 0 && mi === 0 && sec === 0) return { core: date, note: null };
  const instant = Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000;
  // A date that does not exist ("2021-02-30T…") is left for the usual rules to refuse.
  if (Number.isNaN(instant) || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  const parts = Object.fromEntries(
    UK_CLOCK.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  const written = `${date} ${m[4]}:${m[5]}`;
  const note =
    local === written
      ? null
      : {
          code: 'date.time-zone',
          message: `"${src}" is written in ${zone === 'z' || zone === 'utc' ? 'UTC' : `UTC${zone}`}: read as UK time, ${cal.formatUkDate(local.slice(0, 10))} ${local.slice(11)}.`,
        };
  return { core: local, note };
}
