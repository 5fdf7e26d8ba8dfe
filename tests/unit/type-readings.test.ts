import { describe, expect, it } from 'vitest';
import { TypeReadings } from '../../server/ingest/type-readings';

const cell = (code: string, ...words: string[]) => ({
  code,
  basis: { from: 'type cell' as const, words },
});

describe('TypeReadings', () => {
  it('keeps the commonest words up to the limit, and counts every distinct word', () => {
    const readings = new TypeReadings();
    for (let i = 0; i < 3; i++) readings.add('Tel call', cell('contact.phone', 'Tel', 'call'));
    readings.add('Arrears letter', cell('housing', 'Arrears'));
    readings.add('Payment received', { code: 'other', basis: { from: 'none', words: [] } });
    readings.add('Payment received', { code: 'other', basis: { from: 'none', words: [] } });
    const listed = readings.list(() => false, 2);
    expect(readings.size).toBe(3);
    expect(listed.map((r) => [r.text, r.rows])).toEqual([
      ['Tel call', 3],
      ['Payment received', 2],
    ]);
  });

  it('keeps the learned reader’s words only when they are the type cell’s own', () => {
    const readings = new TypeReadings();
    const learned = (...words: string[]) => ({
      code: 'meeting.planning',
      basis: { from: 'learned' as const, words },
    });
    readings.add('TAC meeting', learned('TAC'));
    readings.add('Zebra', learned('Team', 'family'));
    // A word inside one of the cell's words is not one of them; a pair of the cell's is.
    readings.add('Admin', learned('in', 'Admin'));
    readings.add('Information received', learned('Information received', 'received'));
    const listed = readings.list(() => false, 10);
    const wordsOf = (text: string) => listed.find((r) => r.text === text)?.readAs[0]?.words;
    expect(wordsOf('TAC meeting')).toEqual(['TAC']);
    expect(wordsOf('Zebra')).toEqual([]);
    expect(wordsOf('Admin')).toEqual([]);
    expect(wordsOf('Information received')).toEqual(['Information received', 'received']);
  });

  it('keeps no words of a description: they differ per row and are the agency’s narrative', () => {
    const readings = new TypeReadings();
    readings.add('Contact', {
      code: 'strategy',
      basis: { from: 'description', words: ['Strategy', 'meeting'] },
    });
    readings.add('Contact', {
      code: 'strategy',
      basis: { from: 'description', words: ['strategy', 'discussion'] },
    });
    const [contact] = readings.list((text) => text === 'Contact', 10);
    expect(contact).toEqual({
      text: 'Contact',
      rows: 2,
      saysLittle: true,
      readAs: [{ code: 'strategy', from: 'description', words: [], rows: 2 }],
    });
  });
});
