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
      `${date},${pad(8 + (i % 10))}:${pad((i * 13) % 60)},${type},"Mother; Infant",${i % 3 ? 'Y' : 'N'},"Entry ${i}: infant seen at home, ${i % 10 ? 'mother' : `Firstname${i % 60} Surname${i % 60}`} says things are fine"`,
    );
  }
  return lines.join('\n');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
