import { describe, expect, it } from 'vitest';
import { dueText, londonToday } from '../../client/features/review/lib/due-dates';

// The overview's words for an expected agency against its due date (issue #16).

describe('dueText', () => {
  const open = (dueDate: string | null) => ({ dueDate, submitted: null });
  const sent = (dueDate: string, firstAt: string, at = firstAt) => ({
    dueDate,
    submitted: { version: 1, at, firstAt },
  });

  it('counts days to and past the due date', () => {
    expect(dueText(open(null), '2026-12-07')).toBeNull();
    expect(dueText(open('2026-12-07'), '2026-12-07')).toBe('due today');
    expect(dueText(open('2026-12-08'), '2026-12-07')).toBe('due in 1 day');
    expect(dueText(open('2027-01-15'), '2026-12-07')).toBe('due in 39 days');
    expect(dueText(open('2026-12-01'), '2026-12-07')).toBe('6 days overdue');
    // Across the end of British Summer Time: still whole days.
    expect(dueText(open('2026-10-26'), '2026-10-24')).toBe('due in 2 days');
  });

  it('says whether the first version came by the due date, on its day in the UK', () => {
    expect(dueText(sent('2026-12-01', '2026-12-01T22:00:00.000Z'), '2026-12-07')).toBe('on time');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time): a day late there.
    expect(dueText(sent('2026-06-30', '2026-06-30T23:30:00.000Z'), '2026-12-07')).toBe(
      '1 day late',
    );
    // A correction after the date does not make an agency that sent on time late.
    expect(
      dueText(
        sent('2026-12-01', '2026-11-30T09:00:00.000Z', '2026-12-05T09:00:00.000Z'),
        '2026-12-07',
      ),
    ).toBe('on time');
  });

  it('takes today in London, not in the browser’s zone', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00.000Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00.000Z'))).toBe('2026-12-31');
  });
});
