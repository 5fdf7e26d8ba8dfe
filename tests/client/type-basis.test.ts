import { describe, expect, it } from 'vitest';
import { describeTypeBasis } from '../../client/shared/lib/type-basis';

describe('why an event has its type, in words', () => {
  it('names the text and quotes its words', () => {
    expect(describeTypeBasis({ from: 'description', words: ['strategy', 'meeting'] })).toBe(
      'from the description (‘strategy meeting’)',
    );
    expect(describeTypeBasis({ from: 'type map', words: ['Contact'] })).toBe(
      'from the type map a reviewer chose (‘Contact’)',
    );
  });

  it('names the learned reader and the words that weighed most, each quoted', () => {
    expect(describeTypeBasis({ from: 'learned', words: ['Team', 'family'] })).toBe(
      'from the reader learned from labelled chronologies, weighing most ‘Team’, ‘family’',
    );
    expect(describeTypeBasis({ from: 'learned', words: [] })).toBe(
      'from the reader learned from labelled chronologies',
    );
  });

  it('says when nothing matched, and nothing when the basis was not kept', () => {
    expect(describeTypeBasis({ from: 'none', words: [] })).toMatch(/nothing .* matched/);
    expect(describeTypeBasis(null)).toBeNull();
  });
});
