// bench:ui's generated reviews: six agencies over one year, uploaded through the API as CSV.
import type { ApiSession } from './server-session';

const AGENCIES = [
  ['Bench Police', 'police'],
  ['Bench Health Board', 'health'],
  ["Bench Children's Services", 'children-services'],
  ['Bench Housing', 'housing'],
  ['Bench Education', 'education'],
  ['Bench Probation', 'probation'],
] as const;

/** One review per size: six agencies, events spread over a year, some dated approximately. */
export async function seedReview(
  baseUrl: string,
  size: number,
  session: ApiSession,
): Promise<string> {
  const created = await fetch(`${baseUrl}/api/reviews`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      joinAsReviewer: true,
      reference: `BENCH ${size}`,
      title: 'Bench',
      periodStart: '2018-05-20',
      periodEnd: '2019-05-20',
      jurisdiction: 'wales',
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const perAgency = Math.ceil(size / AGENCIES.length);
  for (const [a, [agency, kind]] of AGENCIES.entries()) {
    const rows = Math.min(perAgency, size - a * perAgency);
    const form = new FormData();
    form.append('agency', agency);
    form.append('agencyKind', kind);
    form.append('file', new Blob([chronology(rows, a)], { type: 'text/csv' }), `${kind}.csv`);
    const response = await fetch(`${baseUrl}/api/reviews/${id}/submissions`, {
      method: 'POST',
      headers: session.headers,
      body: form,
    });
    if (response.status !== 201)
      throw new Error(`seed upload failed: ${response.status} ${await response.text()}`);
  }
  return id;
}

function chronology(rows: number, seed: number): string {
  const types = [
    'Home visit',
    'Tel call',
    'MARF',
    'Strat disc',
    'Letter',
    'Clinic',
    'DNA',
    'Core group',
    'Intel',
  ];
  const lines = ['Date,Time,Worker,Contact Type,Who was seen,Child Seen,Summary of contact,Ref'];
  const start = Date.UTC(2018, 4, 20);
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(((i * 365) / rows) * 86_400_000) + seed * 3_600_000);
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    // One row in twenty is dated to the month only, one in fifty marked uncertain.
    const date =
      i % 20 === 7
        ? `${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`
        : `${i % 50 === 3 ? '?' : ''}${dd}/${mm}/${day.getUTCFullYear()}`;
    lines.push(
      [
        date,
        `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
        `SW${i % 9}`,
        types[(i + seed) % types.length],
        'Mother; Infant',
        i % 3 ? 'Y' : 'N',
        `"Record ${i} of agency ${seed}: seen at home, discussed the plan."`,
        `R-${seed}-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
