import { describe, it, expect } from 'vitest';
import { buildRedactor, glossaryProblems, IDENTITY } from '../../server/anonymise/redact';

// The anonymised view's redactor where real names are awkward: names that begin or end with a
// character that is not a letter, every kind of hyphen and apostrophe, letters whose upper and
// lower case differ in length (ß), Greek's final sigma, and the glossary's own checks. Found by
// mutation testing (docs/testing.md). Every redactor here is built inside its test: one built
// at import time fails the whole file before any test runs, which Stryker cannot count.

describe('names that begin or end with a character that is not a letter', () => {
  it('finds a handle that begins with @ even run into the word before it', () => {
    const redact = buildRedactor([{ label: 'Father', names: ['@jsmith'] }]);
    expect(redact('Messaged via@jsmith today')).toBe('Messaged viaFather today');
  });

  it('finds initials written with full stops even run into the next word', () => {
    const redact = buildRedactor([{ label: 'Mother', names: ['J.S.'] }]);
    expect(redact('Seen by J.S.at home')).toBe('Seen by Motherat home');
  });

  it('leaves other text alone when every name begins with such a character', () => {
    const redact = buildRedactor([{ label: 'Father', names: ['@jsmith'] }]);
    expect(redact('email @other and @jsmithson')).toBe('email @other and @jsmithson');
  });
});

describe('spelling variants of one name', () => {
  it('matches any hyphen or en dash for a hyphen, both ways round', () => {
    const ascii = buildRedactor([{ label: 'Infant', names: ['Smith-Jones'] }]);
    expect(ascii('Smith–Jones and Smith‐Jones')).toBe('Infant and Infant');
    const dash = buildRedactor([{ label: 'Infant', names: ['Smith–Jones'] }]);
    expect(dash('Smith-Jones')).toBe('Infant');
  });

  it('matches ß as written, in any case of the letters around it', () => {
    const redact = buildRedactor([{ label: 'Father', names: ['Strauß'] }]);
    expect(redact('Met Strauß and STRAUß')).toBe('Met Father and Father');
  });

  it('matches a run of spaces and line breaks for a space', () => {
    const redact = buildRedactor([{ label: 'Mother', names: ['Jane Smith'] }]);
    expect(redact('Jane \n Smith')).toBe('Mother');
  });

  it('gives the right label to a Greek name typed with a plain sigma for the final one', () => {
    // The regex folds σ and ς together; lower-casing keeps them apart, so the label is found by
    // trying each name's own pattern, which must read the line breaks as the space they are.
    const redact = buildRedactor([
      { label: 'Grandmother', names: ['Ελένη Γεωργίου Παπαδοπούλου'] },
      { label: 'Father', names: ['Νίκος Παπάς'] },
    ]);
    expect(redact('νίκοσ\n\nπαπάσ attended')).toBe('Father attended');
  });
});

describe('glossaryProblems: one name under two labels', () => {
  it('takes names that differ only in an apostrophe or hyphen as the same name', () => {
    expect(
      glossaryProblems([
        { label: 'Father', names: ['O’Brien-O’Neil'] },
        { label: 'Uncle', names: ["o'brien-o'neil"] },
      ]),
    ).toEqual(['"o\'brien-o\'neil" is listed under both "Father" and "Uncle".']);
    expect(
      glossaryProblems([
        { label: 'Infant', names: ['Smith–Jones–Brown'] },
        { label: 'Sibling', names: ['Smith-Jones-Brown'] },
      ]),
    ).toHaveLength(1);
  });

  it('keeps apart names that differ by a letter, an apostrophe or hyphen dropped, or ß for ss', () => {
    expect(
      glossaryProblems([
        { label: 'Father', names: ["O'Brien", 'Smith-Jones', 'Strauß'] },
        { label: 'Uncle', names: ['OBrien', 'SmithJones', 'Strauss'] },
      ]),
    ).toEqual([]);
  });

  it('reports a blank label, and nothing for a good glossary', () => {
    expect(glossaryProblems([{ label: ' ', names: ['Jane'] }])).toEqual([
      'Glossary entry 1 has no label.',
    ]);
    expect(glossaryProblems([{ label: 'Mother', names: ['Jane'] }])).toEqual([]);
  });
});

describe('buildRedactor', () => {
  it('refuses a glossary with problems, naming them all', () => {
    expect(() =>
      buildRedactor([
        { label: '', names: ['X'] },
        { label: 'Mother', names: ['Jane'] },
        { label: 'Aunt', names: ['jane'] },
      ]),
    ).toThrow(
      'The glossary cannot be used: Glossary entry 1 has no label. "jane" is listed under both "Mother" and "Aunt".',
    );
  });

  it('builds for a good glossary, and ignores blank names', () => {
    const redact = buildRedactor([{ label: 'Mother', names: ['  ', 'Jane', ''] }]);
    expect(redact('Jim and Jane and  others')).toBe('Jim and Mother and  others');
    expect(buildRedactor([{ label: 'Mother', names: [' '] }])('a b')).toBe('a b');
  });

  it('leaves text alone in the named view', () => {
    expect(IDENTITY('Jane Smith')).toBe('Jane Smith');
  });
});
