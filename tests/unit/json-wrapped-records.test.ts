import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../server/ingest/json-records';

// Systems wrap their export's records in metadata and name the list as they like
// ("records", "rows", "case_notes", "ppns"): the list is found by what it holds.

function readOk(text: string) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.table;
}

describe('a JSON export that wraps its records', () => {
  it('reads the list of records under a name of the system’s own, beside metadata', () => {
    const table = readOk(
      JSON.stringify({
        system: 'Mosaic',
        exportedOn: '2026-10-20',
        filters: ['significant only'],
        records: [
          { eventDate: '07/03/2022', stepOrNote: 'Contact' },
          { eventDate: '08/03/2022', stepOrNote: 'Strategy discussion' },
        ],
      }),
    );
    expect(table.headers).toEqual(['eventDate', 'stepOrNote']);
    expect(table.records.map((r) => r.cells)).toEqual([
      ['07/03/2022', 'Contact'],
      ['08/03/2022', 'Strategy discussion'],
    ]);
  });

  it('looks a few levels down through objects', () => {
    const table = readOk(
      JSON.stringify({ meta: { page: 1 }, data: { child: { contacts: [{ date: '1/2/2019' }] } } }),
    );
    expect(table.records.map((r) => r.cells)).toEqual([['1/2/2019']]);
  });

  it('takes the list holding the most records over a short list of codes', () => {
    const table = readOk(
      JSON.stringify({
        codes: [{ code: 'CN01', meaning: 'Case note' }],
        rows: [{ date: '1/2/2019' }, { date: '2/2/2019' }],
      }),
    );
    expect(table.headers).toEqual(['date']);
    expect(table.records).toHaveLength(2);
  });

  it('still takes an "events" list first, however many records another list holds', () => {
    const table = readOk(
      JSON.stringify({ people: [{ name: 'a' }, { name: 'b' }], events: [{ date: '1/2/2019' }] }),
    );
    expect(table.headers).toEqual(['date']);
  });

  it('refuses two lists of as many records, naming both, rather than choosing one silently', () => {
    const parsed = parseJsonText(
      JSON.stringify({ mother: [{ date: '1/2/2019' }], child: [{ date: '2/2/2019' }] }),
    );
    expect(parsed).toMatchObject({ ok: false });
    expect(!parsed.ok && parsed.reason).toMatch(/"mother" and "child"/);
  });

  it('refuses an object that holds no list of records, saying what it needs', () => {
    const parsed = parseJsonText(JSON.stringify({ title: 'Chronology', tags: ['a', 'b'] }));
    expect(parsed).toMatchObject({ ok: false });
    expect(!parsed.ok && parsed.reason).toMatch(/holds no list of objects/);
  });
});

// APIs and FHIR exports nest what a report flattens: `period: {start, end}`,
// `type: {code, description}`, a list of participants.
describe('a JSON export that nests its fields', () => {
  it('an object’s fields are columns named by their path', () => {
    const table = readOk(
      JSON.stringify([
        {
          id: 'C1',
          contactDate: '12/03/2021',
          type: { code: 'COAP', description: 'Office appointment' },
          staff: { name: 'PO Jones', team: { name: 'Northshire OMU' } },
        },
      ]),
    );
    expect(table.headers).toEqual([
      'id',
      'contactDate',
      'type.code',
      'type.description',
      'staff.name',
      'staff.team.name',
    ]);
    expect(table.records[0]?.cells).toEqual([
      'C1',
      '12/03/2021',
      'COAP',
      'Office appointment',
      'PO Jones',
      'Northshire OMU',
    ]);
  });

  it('a list of objects joins each field’s values; an item that is one object is that object', () => {
    const table = readOk(
      JSON.stringify({
        resourceType: 'Bundle',
        entry: [
          {
            resource: {
              period: { start: '2021-03-12T10:00:00Z' },
              type: [{ text: 'Home visit' }],
              participant: [
                { individual: { display: 'HV A Brown' } },
                { individual: { display: 'SN C Dee' } },
              ],
            },
          },
        ],
      }),
    );
    expect(table.headers).toEqual(['period.start', 'type.text', 'participant.individual.display']);
    expect(table.records[0]?.cells).toEqual([
      '2021-03-12T10:00:00Z',
      'Home visit',
      'HV A Brown; SN C Dee',
    ]);
    expect(table.issues).toEqual([]);
  });

  it('lists of objects stay lined up: an empty value keeps its place', () => {
    const table = readOk(
      JSON.stringify([
        {
          date: '12/03/2021',
          staff: [
            { name: 'A Brown', role: '' },
            { name: 'C Dee', role: 'SN' },
          ],
        },
      ]),
    );
    expect(table.headers).toEqual(['date', 'staff.name', 'staff.role']);
    expect(table.records[0]?.cells).toEqual(['12/03/2021', 'A Brown; C Dee', '; SN']);
  });

  it('a value that is no cell, inside a list of objects, is refused by name, not lost', () => {
    const table = readOk(
      JSON.stringify([{ date: '12/03/2021', codes: [{ ids: [1, 2] }, { ids: [3] }] }]),
    );
    expect(table.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'codes.ids', code: 'json.wrong-type' }),
    ]);
  });

  it('a reserved name is refused, even as the only key; a field’s parts alone are no wrapper', () => {
    const reserved = readOk('[{"constructor": {"date": "12/03/2021", "a": "x", "b": "y"}}]');
    expect(reserved.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'constructor', code: 'json.reserved-key' }),
    ]);
    const parts = readOk(JSON.stringify([{ period: { start: '12/03/2021', end: '13/03/2021' } }]));
    expect(parts.headers).toEqual(['period.start', 'period.end']);
  });
});

// APIs and log exports write one object a line (JSON Lines, `.jsonl`).
describe('JSON Lines', () => {
  it('one object a line is the list of records, item n the nth line with an object', () => {
    const table = readOk(
      '{"date":"12/06/2018","type":"Home visit"}\n\n{"date":"15/06/2018","type":"Phone"}\n',
    );
    expect(table.headers).toEqual(['date', 'type']);
    expect(table.records.map((r) => [r.row, ...r.cells])).toEqual([
      [1, '12/06/2018', 'Home visit'],
      [2, '15/06/2018', 'Phone'],
    ]);
  });

  it('a field written twice on a line is found, naming its item', () => {
    const table = readOk('{"date":"12/06/2018","notes":"a","notes":"b"}\n{"date":"15/06/2018"}');
    expect(table.issues).toEqual([
      expect.objectContaining({ row: 1, column: 'notes', code: 'json.duplicate-key' }),
    ]);
  });

  it('a pretty-printed object is not JSON Lines', () => {
    const parsed = parseJsonText('{\n  "date": "12/06/2018"\n}\n');
    expect(parsed.ok).toBe(false);
  });
});
