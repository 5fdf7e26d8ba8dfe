// bench:ui's generated reviews: six agencies over one year, uploaded through the API as CSV.
import type { ApiSession } from './server-session';
import { MONTH_ABBREVIATIONS } from '../../server/contract/house-date';

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

/**
 * Summaries as long as agencies write them (a few sentences; 150–420 characters), so that the
 * feed's labels (the first LABEL_LENGTH characters) weigh what they weigh on a real review.
 * Until 07/12/2026 every summary was one short line (58 characters), and the page's figures
 * were those of a feed half its real size.
 */
const SUMMARIES = [
  'Unannounced home visit. Mother and infant seen; infant asleep in a Moses basket in the living room. Home cold and cluttered, dog loose in the kitchen. Mother said she had not slept and that her partner left after an argument on Friday. Safe sleep advice repeated; to discuss at supervision and tell the health visitor.',
  'Telephone call from the school: attendance down to 82% this half term, two late marks this week and the child arrived hungry on Monday. DSL to speak to mother at pick-up and send the attendance letter.',
  'Strategy discussion held with police, health and education. Agreed threshold met for a section 47 enquiry; joint visit to be arranged within 24 hours. Police to check for previous call-outs to the address; health to share the ED attendance of last month.',
  'Clinic appointment attended with mother. Weight 4.2 kg, dropped from the 25th to the 9th centile since the last review. Feeding plan discussed, referral to the dietitian made, review in two weeks.',
  'Letter sent to mother inviting her to the initial child protection conference on the 14th, with the social work report enclosed and the advocacy service leaflet.',
  'Did not attend the planned appointment. No contact from the family to rearrange; second appointment letter sent and the GP informed. Third missed appointment since March.',
  'Core group meeting held at the family centre: mother, social worker, health visitor and nursery keyworker present; father did not attend. Plan reviewed: actions on home conditions and nursery attendance outstanding. Next core group in four weeks.',
  'Police attended the address after a neighbour reported shouting. Both adults present and intoxicated; infant in the bedroom, unharmed. No offences disclosed; DASH completed as medium risk and a PPN sent to the MASH.',
];

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
  const months = MONTH_ABBREVIATIONS;
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
        `"Record ${i} of agency ${seed}: ${SUMMARIES[(i * 7 + seed) % SUMMARIES.length]}"`,
        `R-${seed}-${i}`,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
