// Reads a time of day as agencies write it (14:30, 2.30pm, 1430hrs, noon) into "HH:MM".
import * as cal from '../shared/calendar';
import type { TimeResult } from './date-types';

export const TIME_HELP = 'write times as 14:30, 2.30pm, 1430hrs, noon or midnight';

type TimeReader = (m: RegExpExecArray) => [hours: number, minutes: number] | null;
const TIME_RULES: ReadonlyArray<[RegExp, TimeReader]> = [
  // 14:30, 14.30, 14:30:59 (seconds dropped), 14:30hrs
  [
    /^(\d{1,2})[:.](\d{2})(?::(\d{2}))? ?(?:hrs?|h)?$/,
    (m) => (Number(m[3] ?? 0) < 60 ? [Number(m[1]), Number(m[2])] : null),
  ],
  // 2pm, 2.30pm, 2:30 pm, 9:05:00 AM (seconds dropped, as .NET and SSRS exports write it);
  // 12am is midnight and 12pm noon
  [
    /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)? ?([ap])\.?m\.?$/,
    (m) => {
      const h = Number(m[1]);
      if (h < 1 || h > 12 || Number(m[3] ?? 0) >= 60) return null;
      return [(h % 12) + (m[4] === 'p' ? 12 : 0), Number(m[2] ?? 0)];
    },
  ],
  // 1430, 1430hrs, 1430 hrs, 0930h: the 24-hour clock of police and ambulance logs
  [/^(\d{1,2})(\d{2}) ?(?:hrs?|h|hours)?$/, (m) => [Number(m[1]), Number(m[2])]],
  [/^(?:noon|midday)$/, () => [12, 0]],
  [/^midnight$/, () => [0, 0]],
];

export function normaliseTime(input: string): TimeResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: null };
  for (const [pattern, read] of TIME_RULES) {
    const m = pattern.exec(text);
    const hm = m && read(m);
    if (hm && hm[0] <= 23 && hm[1] <= 59) return { ok: true, value: cal.clock(hm[0], hm[1]) };
  }
  return {
    ok: false,
    code: 'time.invalid',
    message: `"${input.trim()}" is not a time we can read: ${TIME_HELP}. Words such as "evening" belong in the description.`,
  };
}
