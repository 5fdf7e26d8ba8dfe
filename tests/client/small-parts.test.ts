import { describe, expect, it } from 'vitest';
import { agencyColours } from '../../client/shared/lib/agencies';
import { formatDay, formatInterval, timeOfDayMs, weekStartMs } from '../../client/shared/lib/dates';
import { eventType, typeFamily } from '../../client/shared/lib/event-types';
import { parseRuleText } from '../../client/features/review/lib/rule-text';
import { parseRoute, reviewPath } from '../../client/shared/lib/routes';

describe('dates for display', () => {
  it('writes days the UK way and intervals as ranges', () => {
    expect(formatDay('2019-05-20')).toBe('20 May 2019');
    expect(formatInterval({ earliest: '2018-11-01', latest: '2018-11-30' })).toBe(
      '1 Nov 2018 – 30 Nov 2018',
    );
  });

  it('reads HH:MM times and refuses anything else', () => {
    expect(timeOfDayMs('21:30')).toBe((21 * 60 + 30) * 60_000);
    expect(timeOfDayMs('25:00')).toBeNull();
    expect(timeOfDayMs(null)).toBeNull();
    // One-digit hours, seconds after the minutes; and what is not a time of day.
    expect(timeOfDayMs('9:05')).toBe((9 * 60 + 5) * 60_000);
    expect(timeOfDayMs('09:05:30')).toBe((9 * 60 + 5) * 60_000);
    expect(timeOfDayMs('00:00')).toBe(0);
    expect(timeOfDayMs('23:59')).toBe((23 * 60 + 59) * 60_000);
    for (const bad of ['', '9', '9:5', '095', '123:00', '12-30', 'am', '12:60', ' 9:00']) {
      expect(timeOfDayMs(bad), bad).toBeNull();
    }
  });

  it('finds the Monday of a week, across a year end', () => {
    expect(new Date(weekStartMs(Date.UTC(2019, 0, 1))).toISOString().slice(0, 10)).toBe(
      '2018-12-31',
    );
  });
});

describe('agency colours', () => {
  it('give each agency one colour, the same whatever order they come in', () => {
    const refs = [
      { agency: 'Police B', kind: 'police' as const },
      { agency: 'Police A', kind: 'police' as const },
      { agency: 'Housing', kind: 'housing' as const },
    ];
    const one = agencyColours(refs);
    const two = agencyColours([...refs].reverse());
    expect([...one]).toEqual(expect.arrayContaining([...two]));
    expect(new Set(one.values()).size).toBe(3);
  });
});

describe('event types', () => {
  it('know every vocabulary code and fall back for new ones', () => {
    expect(eventType('referral.sent')).toMatchObject({
      short: 'Referral sent',
      family: 'referral',
    });
    expect(typeFamily('contact.no-access')).toBe('missed');
    expect(eventType('something.new')).toMatchObject({ label: 'something.new', family: 'other' });
  });
});

describe('routes', () => {
  it('map paths to pages and back', () => {
    expect(parseRoute('/')).toEqual({ page: 'reviews' });
    expect(parseRoute('/reviews/r%201/timeline')).toEqual({ page: 'timeline', reviewId: 'r 1' });
    expect(parseRoute('/reviews/r1')).toEqual({ page: 'overview', reviewId: 'r1' });
    expect(parseRoute('/reviews/r1/nonsense')).toEqual({ page: 'not-found' });
    expect(reviewPath('r 1', 'upload')).toBe('/reviews/r%201/upload');
  });
});

describe('parseRuleText', () => {
  it('refuses text that is not a JSON object with an id, saying why', () => {
    expect(parseRuleText('{ "id": ')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not valid JSON'),
    });
    expect(parseRuleText('[]')).toMatchObject({ ok: false });
    expect(parseRuleText('{ "name": "x" }')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"id"'),
    });
    expect(parseRuleText('{ "id": "local.x" }')).toMatchObject({
      ok: true,
      value: { id: 'local.x' },
    });
  });
});
