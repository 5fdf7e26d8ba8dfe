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

  it('says when nothing matched, and nothing when the basis was not kept', () => {
    expect(describeTypeBasis({ from: 'none', words: [] })).toMatch(/nothing .* matched/);
    expect(describeTypeBasis(null)).toBeNull();
  });
});
