// What may stand around a date in a cell, read off before the date itself (normaliseDate in
// dates.ts): doubt, a day's name, a time after it, seconds' fractions, and relative words that
// make the cell no date at all.

// Doubt is marked with '?' before or after (Chronolator's convention) or c./circa/approx/about.
// A leading '?' followed by '?' or '/' is an unknown day (??/05/2016), not doubt.
export const LEADING_DOUBT =
  /^(?:\?(?![?/])|(?:circa|approximately|approx|about|around|ca|c)(?:\.|(?=[ \d])))\s*/;
export const TRAILING_DOUBT =
  / ?(?:\?|\((?:\?|approx\.?|approximately|circa)\)|approx\.?|approximately)$/;
// A day's name before its date says nothing the date does not: at the start ("Mon 3 June 2019",
// "Monday, June 2019") or before a day number anywhere ("w/c Monday 03/06/2019", "Tue 4 June -
// Thu 6 June 2019"). Elsewhere (after the date) it is left to the rules, which refuse it.
const DAY_NAME =
  '(?:monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\\.?,? ';
export const WEEKDAY = new RegExp(`^${DAY_NAME}|\\b${DAY_NAME}(?=\\d)`, 'g');
// A time may follow a full date: "22/05/2016 14:30", ISO "2016-05-22T14:30", "22 May 2016 at 2pm",
// and in police and health logs "12.03.2018 @ 14:30" or "12/03/2018 @1430hrs".
// A 24-hour time with a dot ("12.03.2018 14.30") is read as with a colon: police and health
// logs write both. A bare "1430" is not: after "12 03" it could be a year.
export const TRAILING_TIME =
  /^(.*\d)(?:t|,? (?:at |@ ?)?| ?@ ?)(\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}(?:[:.]\d{2}(?::\d{2})?)? ?[ap]\.?m\.?|\d{3,4} ?(?:hrs?|h))$/;
// Excel exports a date-only cell as "22/05/2016 00:00:00", and a 12-hour export (.NET, SSRS) as
// "22/05/2016 12:00:00 AM", so a written midnight means no time.
export const EXCEL_MIDNIGHT = /^(?:0?0:00(?::00)?|12:00(?::00)? ?a\.?m\.?)$/;
// Rows copied from case notes say "the next day" or "two weeks later": only meaningful beside
// another row, so they are refused rather than guessed.
export const RELATIVE =
  /\b(?:later|earlier|before|after|afterwards|next|previous|prior|following|same|yesterday|tomorrow|ago|that (?:day|week|month|morning|afternoon|evening|night))\b/;

export const SECOND_FRACTION = /(\d:\d{2}:\d{2})\.\d{1,9}$/;

// "early", "mid" or "late" before a month or a year, and the week a date starts or ends.
export const PART_OF_MONTH =
  '(?:the )?(early|beginning of|start of|mid|middle of|late|end of)[ -](?:the )?';
export const WEEK_START = '(?:week (?:commencing|beginning|starting)|w/c|w\\.c\\.?|wc|w/b|wb)[: ]*';
export const WEEK_END = '(?:week ending|w/e|w\\.e\\.?|we)[: ]*';

/** Which third of a month or year a part word names: early 0, mid 1, late 2. */
export function thirdOf(word = ''): 0 | 1 | 2 {
  return /^(early|beginning|start)/.test(word) ? 0 : /^mid/.test(word) ? 1 : 2;
}

// A bare four-digit number in this span is a year; outside it, an Excel serial. Written years
// outside it are almost always typing errors (0216 for 2016).
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

export const ACCEPTED_FORMS =
  '22/05/2016, 22 May 2016, May 2016, mid May 2016, Q2 2016, Spring 2016, 2016, ' +
  'w/c 3 June 2019 or between 26 April and 7 July 2011';

// A month's name or its short form, a day's ordinal ending, and a year of four or two digits.
export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** The same without capturing: a month's name must come here ("June/July", not "Oct/2018"). */
export const MONTH_NAMED = MONTH.replace('(', '(?:');
export const ORDINAL = '(?:st|nd|rd|th)?';
export const YEAR = String.raw`(\d{4}|\d{2})`;

// Excel's serial number for 1 January 1950.
export const FIRST_PLAUSIBLE_SERIAL = 18264;
