import type { ExpectedAgencyDto } from '../../../../server/contract/agencies';
import { DAY_MS, isoDateToMs } from '../../../shared/lib/dates';

// Pure: how an expected agency stands against its due date, in words for the overview.

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Today's date where the review is held (the UK), as yyyy-mm-dd. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/**
 * "due in 3 days", "due today", "5 days overdue"; for a chronology that is in, whether its first
 * version came by the due date ("on time", "2 days late", counted from its day in the UK; a
 * correction sent later does not make it late). Null with no due date.
 */
export function dueText(
  agency: Pick<ExpectedAgencyDto, 'dueDate' | 'submitted'>,
  today: string,
): string | null {
  if (!agency.dueDate) return null;
  const due = isoDateToMs(agency.dueDate);
  if (agency.submitted) {
    const came = isoDateToMs(londonToday(new Date(agency.submitted.firstAt)));
    const late = Math.round((came - due) / DAY_MS);
    return late > 0 ? `${days(late)} late` : 'on time';
  }
  const left = Math.round((due - isoDateToMs(today)) / DAY_MS);
  if (left === 0) return 'due today';
  return left > 0 ? `due in ${days(left)}` : `${days(-left)} overdue`;
}
