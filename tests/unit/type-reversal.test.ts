import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../server/ingest/type-codes';
import { decideEventType, matchEventType } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();
const typeOf = (text: string) => matchEventType(text, none);

// A word saying that something ended turns a starting code into its opposite, wherever the
// agency put it and whatever it inserted (server/ingest/type-reversal.ts).
describe('a word saying it ended reverses a starting code', () => {
  it.each([
    ['Removed from the child protection register', 'register.remove'],
    ['Removed from CPR', 'register.remove'],
    ['Child removed from the CP register', 'register.remove'],
    ['Taken off the CP plan', 'register.remove'],
    ['Stepped down from CP plan', 'register.remove'],
    ['CP registration ceased', 'register.remove'],
    ['Allocation ended', 'case.close'],
    ['Case opened – closed same day', 'case.close'],
    ['Parenting assessment closed', 'assessment.complete'],
  ])('"%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    // The starting act itself, with no ending word near it.
    ['Placed on the child protection register', 'register.add'],
    ['Case allocated to social worker', 'case.open'],
    // A denied ending is no ending.
    ['Not removed from register', 'register.add'],
    // "to end" is an intention, not the end.
    ['Registration – discussed whether to end', 'register.add'],
  ])('"%s" stays %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('reaches only within its own sentence', () => {
    const found = matcherFor(undefined).matches(
      'Previous allocation closed. Child registered today',
    );
    expect(found.map((m) => [m.code, m.words])).toContainEqual(['register.add', ['registered']]);
    expect(found.map((m) => m.code)).not.toContain('register.remove');
  });

  // A comma parts two things said of a case: what began and what ended before it, or of
  // someone else.
  it.each([
    ['Case allocated to SW, EH closed', 'case.open'],
    ['Allocated, previous worker ended', 'case.open'],
    ['Initial assessment started, previous closed', 'assessment.start'],
  ])('"%s" stays %s: the ending is in another clause', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('an ending in the same clause still reverses, after a comma elsewhere', () => {
    expect(typeOf('Review held, child removed from the CP register')).toBe('register.remove');
    expect(typeOf('Removed from CP plan, stepped down to CIN')).toBe('register.remove');
  });

  it('says which words decided, the ending word with them', () => {
    const decided = decideEventType(
      { typeText: 'Removed from CPR', agencyKind: 'children-services' },
      none,
    );
    expect(decided).toEqual({
      code: 'register.remove',
      basis: { from: 'type cell', words: ['Removed', 'CPR'] },
    });
  });
});
