// The bench:ingest chronology (scripts/bench-ingest.ts): one agency's rows, its type words and
// near-identical descriptions, generated the same way for the bench and for the in-process
// profile of type reading (scripts/profile-types.ts).

/** The type cells and people the rows cycle through; the XLSX row writes the same (bench-xlsx.ts). */
export const TYPES = [
  'Home visit',
  'Tel call',
  'MARF',
  'Strat disc',
  'Letter',
  'Clinic',
  'DNA',
  'Core group',
];
export const PEOPLE = ['Mother; Infant', 'Mother; Father', 'Father', 'Mum, Dad & baby'];

export function generateChronology(rows: number): string {
  const types = TYPES;
  const people = PEOPLE;
  const lines = [
    'Date,Time,Team,Worker,Contact Type,Who was seen,Child Seen,Summary of contact,Outcome,Ref',
  ];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(i / 20) * 86_400_000);
    const date = `${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const time = `${pad(8 + (i % 10))}:${pad((i * 7) % 60)}`;
    lines.push(
      [
        date,
        time,
        'Care & Support',
        `SW${i % 9}`,
        types[i % types.length],
        `"${people[i % people.length]}"`,
        i % 3 === 0 ? 'Y' : 'N',
        `"Visit ${i}: mother said things were fine, home conditions adequate, infant seen in cot and appeared well."`,
        'Next visit booked in 10 working days',
        `MOS-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
