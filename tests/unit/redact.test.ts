import { describe, it, expect } from 'vitest';
import {
  buildRedactor,
  glossaryProblems,
  redactFields,
  type GlossaryEntry,
} from '../../server/anonymise/redact';

const GLOSSARY: GlossaryEntry[] = [
  // Short names first on purpose: the redactor must not depend on the order it is given.
  { label: 'Mother', names: ['Jane', 'Ms Smith', 'Jane Smith'] },
  { label: 'Father', names: ["O'Brien", "John O'Brien", 'John'] },
  { label: 'Infant', names: ['Zoë', 'Zoë Smith-Jones'] },
];
const redact = buildRedactor(GLOSSARY);

describe('buildRedactor: a marker name wherever it can stand', () => {
  const marker = buildRedactor([{ label: 'Mother', names: ['Quillfeather'] }]);

  it.each([
    ['at the start', 'Quillfeather was seen.', 'Mother was seen.'],
    ['at the end', 'Seen: Quillfeather', 'Seen: Mother'],
    ['alone', 'Quillfeather', 'Mother'],
    ['before a full stop', 'Visited Quillfeather.', 'Visited Mother.'],
    ['before a comma', 'Quillfeather, Father', 'Mother, Father'],
    ['in brackets', '(Quillfeather)', '(Mother)'],
    ['in quotes', '"Quillfeather" said', '"Mother" said'],
    ['in curly quotes', '“Quillfeather”', '“Mother”'],
    ['after a slash', 'Father/Quillfeather', 'Father/Mother'],
    ['possessive', "Quillfeather's flat", "Mother's flat"],
    ['curly possessive', 'Quillfeather’s flat', 'Mother’s flat'],
    ['upper case', 'QUILLFEATHER ATTENDED', 'Mother ATTENDED'],
    ['lower case', 'quillfeather attended', 'Mother attended'],
    ['mixed case', 'qUiLlFeAtHeR', 'Mother'],
    ['after a line break', 'Seen:\nQuillfeather', 'Seen:\nMother'],
    ['before a line break', 'Quillfeather\r\nseen', 'Mother\r\nseen'],
    ['after a tab', '\tQuillfeather', '\tMother'],
    ['beside a hyphen', 'Quillfeather-related', 'Mother-related'],
    ['after an underscore', 'file_Quillfeather_2019', 'file_Mother_2019'],
    ['after an em dash', 'visited—Quillfeather', 'visited—Mother'],
    ['twice', 'Quillfeather told Quillfeather', 'Mother told Mother'],
  ])('%s', (_, text, expected) => {
    expect(marker(text)).toBe(expected);
  });

  it.each([
    ['a longer word', 'Quillfeathers'],
    ['a word ending in it', 'Bquillfeather'],
    ['followed by a digit', 'Quillfeather2'],
    ['after a digit', '2Quillfeather'],
    ['followed by an accented letter', 'Quillfeatheré'],
    ['followed by a combining mark that does not compose', 'Quillfeather\u0332'],
    ['split', 'Quill feather'],
  ])('leaves %s alone', (_, text) => {
    expect(marker(text)).toBe(text);
  });
});

describe('buildRedactor: a real glossary', () => {
  it('replaces the longest name first, whatever the glossary order', () => {
    expect(redact('Jane Smith visited')).toBe('Mother visited');
    expect(redact("John O'Brien and Jane")).toBe('Father and Mother');
    expect(redact('Zoë Smith-Jones was weighed')).toBe('Infant was weighed');
    expect(redact('Ms Smith and Jane Smith')).toBe('Mother and Mother');
  });

  it('matches whole words only', () => {
    expect(redact('Janet and Jane')).toBe('Janet and Mother');
    expect(redact('Johnson, John')).toBe('Johnson, Father');
    expect(redact('Smith')).toBe('Smith'); // only "Ms Smith" and "Jane Smith" are names
  });

  it('lets any white space stand for the space inside a name', () => {
    expect(redact('Jane\nSmith')).toBe('Mother');
    expect(redact('Jane\r\nSmith')).toBe('Mother');
    expect(redact('Jane   Smith')).toBe('Mother');
    expect(redact('Jane\tSmith')).toBe('Mother');
    expect(redact('Jane\u00A0Smith')).toBe('Mother');
    expect(redact('Ms\nSMITH')).toBe('Mother');
    // White space inside a glossary name is tidied too.
    expect(buildRedactor([{ label: 'X', names: ['  Jane \n  Smith  '] }])('jane smith')).toBe('X');
  });

  it("treats any apostrophe as an apostrophe: O'Brien, O’Brien, Oʼbrien", () => {
    expect(redact("O'Brien")).toBe('Father');
    expect(redact('O’Brien')).toBe('Father');
    expect(redact('O‘Brien')).toBe('Father');
    expect(redact('oʼbrien')).toBe('Father');
    expect(redact("O'Brien's car")).toBe("Father's car");
    expect(redact('Brien')).toBe('Brien');
    expect(redact("DO'Brien")).toBe("DO'Brien");
    expect(buildRedactor([{ label: 'F', names: ['O’Brien'] }])("O'BRIEN")).toBe('F');
  });

  it('treats a hyphen or en dash in a name alike', () => {
    expect(redact('Zoë Smith–Jones')).toBe('Infant');
    expect(redact('Zoë Smith\u2011Jones')).toBe('Infant');
    expect(redact('Zoë Smith Jones')).toBe('Infant Smith Jones');
  });

  it('is case-insensitive for accented letters, and compares in NFC', () => {
    expect(redact('ZOË')).toBe('Infant');
    expect(redact('zoë')).toBe('Infant');
    expect(redact('Zoe\u0308 was seen')).toBe('Infant was seen'); // decomposed in the text
    const decomposed = buildRedactor([{ label: 'Infant', names: ['Zoe\u0308'] }]);
    expect(decomposed('Zoë')).toBe('Infant'); // decomposed in the glossary
    expect(redact('Zoé')).toBe('Zoé');
    expect(redact('Zoe')).toBe('Zoe');
    expect(redact('Zoëy')).toBe('Zoëy');
  });

  it('finds names in other scripts', () => {
    const r = buildRedactor([
      { label: 'Mother', names: ['Αλεξάνδρα'] },
      { label: 'Father', names: ['Дмитрий'] },
      { label: 'Uncle', names: ['Łukasz Wróbel'] },
    ]);
    expect(r('ΑΛΕΞΆΝΔΡΑ και Дмитрий; ŁUKASZ WRÓBEL')).toBe('Mother και Father; Uncle');
    expect(r('Αλεξάνδρας')).toBe('Αλεξάνδρας');
  });

  it('resolves a match that lower-casing does not (case folding differs)', () => {
    // /iu folds the long s (ſ) to s and a non-final sigma to a final one; toLowerCase does not.
    const r = buildRedactor([
      { label: 'Uncle', names: ['Sam'] },
      { label: 'Aunt', names: ['Άρης'] },
    ]);
    expect(r('ſam')).toBe('Uncle');
    expect(r('Άρησ')).toBe('Aunt');
    expect(r('ΆΡΗΣ')).toBe('Aunt');
  });

  it('escapes regex metacharacters in names', () => {
    const r = buildRedactor([
      { label: 'A', names: ['J. Smith'] },
      { label: 'B', names: ['C++'] },
      { label: 'C', names: ['a|b'] },
      { label: 'D', names: ['(Baby) X', 'K.*', 'Q$[x]{2}\\/^?'] },
    ]);
    expect(r('J. Smith')).toBe('A');
    expect(r('Jx Smith')).toBe('Jx Smith');
    expect(r('C++ said')).toBe('B said');
    expect(r('a b a|b')).toBe('a b C');
    expect(r('(baby) x')).toBe('D');
    expect(r('K.* Kxx')).toBe('D Kxx');
    expect(r('Q$[x]{2}\\/^?')).toBe('D');
  });

  it('writes a label literally, "$&" and all', () => {
    const r = buildRedactor([{ label: '$& $1 $$', names: ['Jane'] }]);
    expect(r('Jane')).toBe('$& $1 $$');
  });

  it('does not replace inside a label it has just written', () => {
    const r = buildRedactor([
      { label: 'Jane', names: ['Mary'] },
      { label: 'Mother', names: ['Jane'] },
    ]);
    expect(r('Mary and Jane')).toBe('Jane and Mother');
  });

  it('returns a text with no name exactly as given, one with a name in NFC', () => {
    const nfd = 'Cafe\u0301 visit';
    expect(redact(nfd)).toBe(nfd);
    expect(redact(`${nfd} with Jane`)).toBe('Café visit with Mother');
    expect(redact('')).toBe('');
  });
});

describe('buildRedactor: the glossary', () => {
  it('is the identity when empty or when every name is blank', () => {
    const text = 'Jane Smith\u0301';
    expect(buildRedactor([])(text)).toBe(text);
    expect(buildRedactor([{ label: 'Mother', names: ['', '   ', '\n'] }])(text)).toBe(text);
  });

  it('ignores blank names beside real ones', () => {
    const r = buildRedactor([{ label: 'Mother', names: ['', 'Jane', ' '] }]);
    expect(r('Jane and  the rest')).toBe('Mother and  the rest');
  });

  it('accepts one name twice under one label', () => {
    const entries = [
      { label: 'Mother', names: ['Jane', 'JANE'] },
      { label: 'Mother', names: ['jane'] },
    ];
    expect(glossaryProblems(entries)).toEqual([]);
    expect(buildRedactor(entries)('Jane')).toBe('Mother');
  });

  it('refuses a blank label and a name under two labels', () => {
    const entries = [
      { label: ' ', names: ['Jane'] },
      { label: 'Mother', names: ['Jane Smith'] },
      { label: 'Aunt', names: ['jane  smith'] },
    ];
    expect(glossaryProblems(entries)).toEqual([
      'Glossary entry 1 has no label.',
      '"jane smith" is listed under both "Mother" and "Aunt".',
    ]);
    expect(() => buildRedactor(entries)).toThrow(/no label.*both "Mother" and "Aunt"/);
  });

  it('redacts 100,000 strings quickly with a realistic glossary', () => {
    const entries: GlossaryEntry[] = [
      ...GLOSSARY,
      ...Array.from({ length: 50 }, (_, i) => ({
        label: `Person ${i}`,
        names: [`Forename${i} Surname${i}`, `Surname${i}`, `Mx Surname${i}`],
      })),
    ];
    const r = buildRedactor(entries);
    const text =
      'Home visit by SW1. Jane said that John had left the property on Friday; the infant was ' +
      'seen asleep in the cot. Surname7 was present. Next visit booked for 05/06/2019. ';
    const start = performance.now();
    let last = '';
    for (let i = 0; i < 100_000; i++) last = r(text + i);
    const ms = performance.now() - start;
    expect(last).toContain('Mother said that Father had left');
    expect(last).toContain('Person 7 was present');
    expect(ms).toBeLessThan(5_000); // about 0.3 s on a laptop; the limit allows for slow CI
  });
});

describe('redactFields', () => {
  interface Row {
    id: number;
    description: string | null;
    outcome: string | null;
    subjects: string[];
    analysis?: string;
    childSeen: boolean | null;
  }
  const row: Row = {
    id: 7,
    description: 'Jane Smith seen with Zoë',
    outcome: null,
    subjects: ['Jane', 'John', 'Grandmother'],
    childSeen: true,
  };

  it('redacts the named text fields and lists of strings, and copies the rest', () => {
    const out = redactFields(row, ['description', 'outcome', 'subjects', 'analysis'], redact);
    expect(out).toEqual({
      id: 7,
      description: 'Mother seen with Infant',
      outcome: null,
      subjects: ['Mother', 'Father', 'Grandmother'],
      childSeen: true,
    });
    expect(out).not.toBe(row);
    expect(row.description).toBe('Jane Smith seen with Zoë');
    expect(row.subjects).toEqual(['Jane', 'John', 'Grandmother']);
  });

  it('leaves fields it is not given alone', () => {
    const withName = { ...row, outcome: 'Jane told' };
    expect(redactFields(withName, ['description'], redact).outcome).toBe('Jane told');
  });

  // Two checks of one rule. At compile time (`npm run typecheck`, tsc includes tests/): naming
  // a field that is not text is a type error, and each @ts-expect-error below fails tsc if that
  // ever stops being one. At run time (a plain JavaScript caller, or a cast): such a field is
  // copied unchanged, neither redacted nor dropped, and the call does not throw.
  it('only accepts text fields, and copies a non-text field named anyway unchanged', () => {
    // @ts-expect-error id is a number, not text
    const byId = redactFields(row, ['id'], redact);
    // @ts-expect-error childSeen is a boolean
    const bySeen = redactFields(row, ['childSeen'], redact);
    expect(byId).toEqual(row);
    expect(bySeen).toEqual(row);
    expect(byId).not.toBe(row);
  });
});
