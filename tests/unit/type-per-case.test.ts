import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../server/ingest/headers';
import { normaliseRecords } from '../../server/ingest/normalise';
import { typeClassifiesCases } from '../../server/ingest/type-per-case';

// A screening log whose "Category" names what each case is about ("CHILD - DV" on every row of
// one notification): what each row did is in its description. Invented rows, in the style of a
// police public protection unit's workbook.
const HEADERS = ['Ref', 'Date', 'Category', 'Details'];
const ROWS: string[][] = [
  [
    'VPN/23/0041',
    '02/03/2023',
    'CHILD - DV',
    'PPN from response officers: baby present at a DV assault.',
  ],
  [
    'VPN/23/0041',
    '03/03/2023',
    'CHILD - DV',
    'Referral to children’s services front door by secure email.',
  ],
  [
    'VPN/23/0057',
    '09/03/2023',
    'ADULT - DV',
    'PPN from neighbourhood team: threats by ex-partner.',
  ],
  ['VPN/23/0057', '10/03/2023', 'ADULT - DV', 'MARAC referral made on professional judgement.'],
];
const records = (rows: string[][]) => rows.map((cells, i) => ({ row: i + 2, cells }));

describe('a type column that classifies each case, not each event', () => {
  it('is found when every case carries one type cell, and the cells differ between cases', () => {
    expect(typeClassifiesCases(records(ROWS), 2, 0)).toBe(true);
    // One case's rows of two types: the column types events.
    const mixed = ROWS.map((r, i) => (i === 1 ? [r[0]!, r[1]!, 'CHILD - MISPER', r[3]!] : r));
    expect(typeClassifiesCases(records(mixed), 2, 0)).toBe(false);
    // One case only, or one type cell everywhere, says nothing.
    expect(typeClassifiesCases(records(ROWS.slice(0, 2)), 2, 0)).toBe(false);
    expect(typeClassifiesCases(records(ROWS), 2, undefined)).toBe(false);
  });

  it('lets each row’s description say what happened, the case’s type cell as the fallback', () => {
    const rs = records(ROWS);
    const mapping = resolveMapping(HEADERS, rs, {
      sourceRef: 'Ref',
      date: 'Date',
      type: 'Category',
      description: 'Details',
    });
    const { events } = normaliseRecords(HEADERS, rs, mapping, {
      agencyName: 'Northshire Police',
      agencyKind: 'police',
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      typeMap: new Map(),
    });
    expect(events.map((e) => e.type)).toEqual([
      'referral.received',
      'referral.sent',
      'referral.received',
      'marac.referral',
    ]);
  });
});
