import { describe, expect, it } from 'vitest';
import { dayInputText, readDayInput } from '../../client/shared/lib/day-input';

const read = (text: string, edge: 'earliest' | 'latest' = 'earliest') =>
  readDayInput(text, edge, 2026);

describe('a day typed into the web app', () => {
  it('is read day first, whatever the browser would say', () => {
    expect(read('03/06/2019')).toEqual({ iso: '2019-06-03' });
    expect(read('3/6/2019')).toEqual({ iso: '2019-06-03' });
    expect(read('12/01/2019')).toEqual({ iso: '2019-01-12' });
    expect(read('3.6.19')).toEqual({ iso: '2019-06-03' });
  });

  it('takes the forms an upload takes: a month name, ISO, a weekday', () => {
    expect(read('3 Jun 2019')).toEqual({ iso: '2019-06-03' });
    expect(read('3rd June 2019')).toEqual({ iso: '2019-06-03' });
    expect(read('2019-06-03')).toEqual({ iso: '2019-06-03' });
    expect(read('Monday 3 June 2019')).toEqual({ iso: '2019-06-03' });
  });

  it('stands a less exact date for its first day as a start and its last as an end', () => {
    expect(read('June 2019')).toEqual({ iso: '2019-06-01' });
    expect(read('June 2019', 'latest')).toEqual({ iso: '2019-06-30' });
    expect(read('Q4 2019', 'latest')).toEqual({ iso: '2019-12-31' });
    expect(read('2020', 'latest')).toEqual({ iso: '2020-12-31' });
  });

  it('is no bound when blank, and says why when it is not a date', () => {
    expect(read('  ')).toEqual({ iso: null });
    const impossible = read('31/02/2019');
    expect('error' in impossible && impossible.error).toContain('31/02/2019');
    expect('error' in impossible && impossible.error).toContain('February 2019 has 28 days');
    const words = read('the Tuesday');
    expect('error' in words && words.error).toMatch(/not a date we can read/);
    const relative = read('after the meeting');
    expect('error' in relative && relative.error).toMatch(/relative date/);
  });

  it('refuses what an upload tolerates in an agency’s cell but is a slip when typed', () => {
    const serial = read('43000');
    expect('error' in serial && serial.error).toMatch(/a number, not a date/);
    const doubtful = read('?03/06/2019');
    expect('error' in doubtful && doubtful.error).toMatch(/doubtful/);
    const timed = read('03/06/2019 14:30');
    expect('error' in timed && timed.error).toMatch(/without a time/);
    const mark = read('?');
    expect('error' in mark && mark.error).toBe('"?" gives no date: type a day such as 03/06/2019.');
  });

  it('is shown day first, as dd/mm/yyyy', () => {
    expect(dayInputText('2019-06-03')).toBe('03/06/2019');
    expect(dayInputText(null)).toBe('');
    expect(dayInputText('')).toBe('');
  });
});
