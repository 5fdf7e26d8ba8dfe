import { describe, expect, it } from 'vitest';
import { REVIEW_KIND_CHOICES, reviewKindName } from '../../client/features/review/lib/review-kinds';

describe('review kinds in the web app', () => {
  it('names each kind as its jurisdiction does', () => {
    expect(reviewKindName('child', 'wales')).toBe('Child Practice Review');
    expect(reviewKindName('child', 'england')).toBe('Child Safeguarding Practice Review');
    expect(reviewKindName('adult', 'wales')).toBe('Adult Practice Review');
    expect(reviewKindName('adult', 'england')).toBe('Safeguarding Adults Review');
    expect(reviewKindName('domestic-homicide', 'england')).toBe('Domestic Homicide Review');
  });

  it('offers every kind the server accepts, child first (the default)', () => {
    expect(REVIEW_KIND_CHOICES.map((c) => c.kind)).toEqual(['child', 'domestic-homicide', 'adult']);
  });
});
