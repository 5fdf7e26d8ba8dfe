// Synthetic chronologies for the benchmarks: five agencies over ten years, shaped like real
// exports, so the gap rules raise flags in realistic numbers.

export const AGENCIES = [
  ['Police', 'police'],
  ['Health Board', 'health'],
  ["Children's Services", 'children-services'],
  ['Housing', 'housing'],
  ['Education', 'education'],
] as const;

// Proportions like a real chronology's: mostly contacts, with the events rules start from
// (referrals, decisions, incidents, meetings, intelligence) about one row in six.
const TYPES = [
  ...Array<string>(6).fill('Home visit'),
  ...Array<string>(5).fill('Tel call'),
  ...Array<string>(3).fill('Letter'),
  ...Array<string>(3).fill('Clinic'),
  'DNA',
  'No access',
  'MARF',
  'Referral received',
  'Management decision',
  'Parents informed',
  'Strategy discussion',
  'Domestic incident',
  'Intelligence',
  'C&S meeting',
  'Minutes circulated',
  'Assessment completed',
  'Assessment started',
];

/** One agency's CSV of `rows` events spread over 2015–2024. */
export function chronology(rows: number, agencyIndex: number): string {
  const lines = ['Date,Time,Event type,Who was involved,Child seen,Description'];
  const start = Date.UTC(2015, 0, 1);
  const span = 3650;
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor((i / rows) * span) * 86_400_000);
    const date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const type = TYPES[(i * 7 + agencyIndex) % TYPES.length];
    lines.push(
      `${date},${pad(8 + (i % 10))}:${pad((i * 13) % 60)},${type},"Mother; Infant",${i % 3 ? 'Y' : 'N'},"${description(i, agencyIndex)}"`,
    );
  }
  return lines.join('\n');
}

/** The benchmarks' glossary: 60 people, each written four ways. */
export const GLOSSARY = Array.from({ length: 60 }, (_, i) => ({
  label: `Person ${i + 1}`,
  names: [`Firstname${i} Surname${i}`, `Firstname${i}`, `Ms Surname${i}`, `Mr Surname${i}`],
}));

/** One of the ways a chronology writes glossary person `n`. */
function named(n: number, form: number): string {
  const k = n % GLOSSARY.length;
  return [`Firstname${k} Surname${k}`, `Firstname${k}`, `Ms Surname${k}`, `Mr Surname${k}`][
    form % 4
  ] as string;
}

const OPENINGS = [
  'Unannounced home visit',
  'Telephone call received',
  'Planned visit to the family home',
  'Letter sent',
  'Attended clinic appointment',
  'Discussion with the duty manager',
  'Contact from the school nurse',
];
const BODIES = [
  'said the infant had been unsettled at night but was feeding better since the last contact',
  'reported that the home was cold and that the rent arrears letter had not been answered',
  'was not present; the infant was asleep upstairs and was not seen during the visit',
  'agreed to attend the parenting group and to keep the next appointment at the clinic',
  'described an argument the previous weekend and said the police had not been called',
  'asked for help with nursery fees; the worker will find out about funded places',
];

/**
 * A description as an agency writes one: over 80 characters, never the same twice, and naming
 * people from the glossary in three rows out of four (the rest write roles only), so that
 * redacting it is real work rather than a look-up of a text already seen.
 */
export function description(i: number, agencyIndex: number): string {
  const opening = OPENINGS[(i + agencyIndex) % OPENINGS.length] as string;
  const body = BODIES[(i * 5 + agencyIndex) % BODIES.length] as string;
  const who =
    i % 4 === 3
      ? 'Mother'
      : `${named(i * 7 + agencyIndex, i)} (mother), with ${named(i * 13 + 5, i + 1)} present,`;
  return `${opening} (entry ${i}, agency ${agencyIndex + 1}): ${who} ${body}.`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
