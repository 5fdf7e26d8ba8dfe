import { describe, expect, it } from 'vitest';
import {
  shownCountText,
  toggle,
  typeFilterLabel,
} from '../../client/features/timeline/lib/filter-choices';
import { eventType } from '../../client/shared/lib/event-types';

describe('the filter bar choices', () => {
  it('adds a choice at the end, or removes it when it is there', () => {
    expect(toggle(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('labels a group of types by its name, a type by its label, an unknown one by its code', () => {
    expect(typeFilterLabel('contact.')).toBe('Any contact');
    expect(typeFilterLabel('nothing.')).toBe('nothing.');
    expect(typeFilterLabel('contact.home-visit')).toBe(eventType('contact.home-visit').label);
    expect(typeFilterLabel('contact.home-visit')).not.toBe('contact.home-visit');
  });

  it('counts the events shown, and of how many while filters hide some', () => {
    expect(shownCountText(1204, 1204)).toBe('1,204 events');
    expect(shownCountText(12, 1204)).toBe('12 of 1,204 events');
  });
});
