import ExcelJS from 'exceljs';
import { readWordAnnex } from '../support/word-annex';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CYSUR_REVIEW,
  createReview,
  createTestApp,
  upload,
  type TestApp,
  type TestUser,
} from '../support/app';
import { openEventStream } from '../support/event-stream';

let t: TestApp;
afterEach(() => t?.close());

type Note = { id: string; status: string; eventId: string | null; originalEventId: string };

const V1 = [
  'Date,Type,Description,Outcome,Persons Involved,Source Ref',
  '01/06/2018,Home visit,Visited Zelda Quartermaine at home,Seen,Zelda Quartermaine,R1',
  '05/06/2018,Phone call,Called Ms Quartermaine about the baby,No answer,Ms Quartermaine,R2',
  '09/06/2018,Letter,Letter to Zelda,Sent,Zelda,R3',
  '12/06/2018,Strategy discussion,Strategy discussion held,Section 47,,',
].join('\n');

// R1 unchanged but now on another row; R2 reworded; R3 gone; the unreferenced row unchanged.
const V2 = [
  'Date,Type,Description,Outcome,Persons Involved,Source Ref',
  '12/06/2018,Strategy discussion,Strategy discussion held,Section 47,,',
  '02/06/2018,Home visit,A new record,Seen,,R9',
  '01/06/2018,Home visit,Visited Zelda Quartermaine at home,Seen,Zelda Quartermaine,R1',
  '05/06/2018,Phone call,Called Ms Quartermaine about the baby; she answered,Spoke,Ms Quartermaine,R2',
].join('\n');

async function events(app: TestApp['app'], reviewId: string, query = '') {
  const response = await app.inject({ url: `/api/reviews/${reviewId}/events?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().events as Array<{
    id: string;
    sourceRef: string | null;
    description: string;
  }>;
}

async function annotate(app: TestApp['app'], reviewId: string, eventId: string, text: string) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/reviews/${reviewId}/annotations`,
    payload: { eventId, kind: 'missed-opportunity', text, themes: ['information sharing'] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Note;
}

async function notes(app: TestApp['app'], reviewId: string, query = '') {
  const response = await app.inject({ url: `/api/reviews/${reviewId}/annotations?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    annotations: Array<Note & { text: string }>;
    episodes: Array<{ id: string; title: string; start: Note; end: Note }>;
    themes: string[];
  };
}

describe('annotations survive a re-upload', () => {
  it('stay attached when the record is unchanged, are flagged when it changed, listed when it is gone', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    expect((await upload(t.app, reviewId, V1, { agency: 'Police' })).statusCode).toBe(201);
    const v1 = await events(t.app, reviewId);
    const byRef = (ref: string | null) => v1.find((e) => e.sourceRef === ref)!;
    const n1 = await annotate(t.app, reviewId, byRef('R1').id, 'unchanged');
    const n2 = await annotate(t.app, reviewId, byRef('R2').id, 'reworded');
    const n3 = await annotate(t.app, reviewId, byRef('R3').id, 'removed');
    const n4 = await annotate(t.app, reviewId, byRef(null).id, 'no reference');
    const episode = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/episodes`,
      payload: {
        title: 'Referral to strategy discussion',
        assessment: 'problematic',
        startEventId: byRef('R1').id,
        endEventId: byRef(null).id,
        factors: ['Workload'],
      },
    });
    expect(episode.statusCode, episode.body).toBe(201);

    expect((await upload(t.app, reviewId, V2, { agency: 'Police' })).statusCode).toBe(201);
    const v2 = await events(t.app, reviewId);
    const now = (ref: string | null) => v2.find((e) => e.sourceRef === ref)!;
    const after = await notes(t.app, reviewId);
    const find = (id: string) => after.annotations.find((a) => a.id === id)!;

    expect(find(n1.id)).toMatchObject({ status: 'attached', eventId: now('R1').id });
    expect(now('R1').id).not.toBe(byRef('R1').id);
    expect(find(n2.id)).toMatchObject({ status: 'source-changed', eventId: now('R2').id });
    expect(find(n3.id)).toMatchObject({
      status: 'orphaned',
      eventId: null,
      originalEventId: byRef('R3').id,
    });
    expect(find(n4.id)).toMatchObject({ status: 'attached', eventId: now(null).id });
    expect(after.annotations).toHaveLength(4);
    expect(after.episodes[0]).toMatchObject({
      start: { status: 'attached', eventId: now('R1').id },
      end: { status: 'attached', eventId: now(null).id },
    });
    expect(after.themes).toEqual(['information sharing']);

    // The orphan's original record is still there to read, in its superseded version.
    const original = await t.app.inject({
      url: `/api/reviews/${reviewId}/events/${byRef('R3').id}`,
    });
    expect(original.json()).toMatchObject({ sourceRef: 'R3', version: 1 });

    // A reviewer who has looked again re-attaches the changed one.
    const reattached = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/annotations/${n2.id}`,
      payload: { kind: 'missed-opportunity', text: 'reworded, checked', reattach: true },
    });
    expect(reattached.json()).toMatchObject({ status: 'attached', eventId: now('R2').id });
  });

  it('filters the walk-through to key events, or to a theme', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const all = await events(t.app, reviewId);
    await annotate(t.app, reviewId, all[1]!.id, 'one');
    await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/annotations`,
      payload: {
        eventId: all[3]!.id,
        kind: 'good-practice',
        text: 'two',
        themes: ['Voice of the child'],
      },
    });
    expect((await events(t.app, reviewId, 'annotated=true')).map((e) => e.id)).toEqual([
      all[1]!.id,
      all[3]!.id,
    ]);
    expect(
      (await events(t.app, reviewId, 'theme=voice%20of%20the%20child')).map((e) => e.id),
    ).toEqual([all[3]!.id]);
  });

  it('refuses an episode that ends before it starts, naming the field', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const all = await events(t.app, reviewId);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/episodes`,
      payload: {
        title: 'Backwards',
        assessment: 'good',
        startEventId: all[3]!.id,
        endEventId: all[0]!.id,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^body\/endEventId/);
  });

  it('a theme on an episode keeps every record inside its span, not only its two ends', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const all = await events(t.app, reviewId);
    const episode = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/episodes`,
      payload: {
        title: 'First week',
        assessment: 'problematic',
        startEventId: all[0]!.id,
        endEventId: all[2]!.id,
        themes: ['Workload'],
      },
    });
    expect(episode.statusCode, episode.body).toBe(201);
    // 1, 5 and 9 June: the 5 June record is neither end but lies inside; 12 June lies after.
    expect((await events(t.app, reviewId, 'theme=workload')).map((e) => e.id)).toEqual(
      all.slice(0, 3).map((e) => e.id),
    );
    // Key events are the ends alone.
    expect((await events(t.app, reviewId, 'annotated=true')).map((e) => e.id)).toEqual([
      all[0]!.id,
      all[2]!.id,
    ]);
  });

  it('answers 404 for a note, episode or record of another review, and changes nothing', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const otherId = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'CYSUR 3/2020' });
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    await upload(t.app, otherId, V1, { agency: 'Police' });
    const all = await events(t.app, reviewId);
    const others = await events(t.app, otherId);
    const note = await annotate(t.app, otherId, others[0]!.id, 'elsewhere');
    const episode = (
      await t.app.inject({
        method: 'POST',
        url: `/api/reviews/${otherId}/episodes`,
        payload: {
          title: 'Elsewhere',
          assessment: 'good',
          startEventId: others[0]!.id,
          endEventId: others[1]!.id,
        },
      })
    ).json() as { id: string };

    const deleteNote = await t.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/annotations/${note.id}`,
    });
    expect(deleteNote.statusCode).toBe(404);
    expect(deleteNote.json().error.message).toBe('No annotation with that id in this review.');
    const changeEpisode = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/episodes/${episode.id}`,
      payload: {
        title: 'Taken over',
        assessment: 'problematic',
        startEventId: all[0]!.id,
        endEventId: all[1]!.id,
      },
    });
    expect(changeEpisode.statusCode).toBe(404);
    expect(changeEpisode.json().error.message).toBe('No episode with that id in this review.');
    const deleteEpisode = await t.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/episodes/${episode.id}`,
    });
    expect(deleteEpisode.statusCode).toBe(404);
    expect(deleteEpisode.json().error.message).toBe('No episode with that id in this review.');

    // The other review's note and episode are as they were; this review gained no episode.
    const there = await notes(t.app, otherId);
    expect(there.annotations.map((a) => a.id)).toEqual([note.id]);
    expect(there.episodes.map((e) => ({ id: e.id, title: e.title }))).toEqual([
      { id: episode.id, title: 'Elsewhere' },
    ]);
    expect((await notes(t.app, reviewId)).episodes).toEqual([]);

    // A meeting steps only to a record of its own review.
    const meeting = (
      await t.app.inject({ method: 'POST', url: `/api/reviews/${reviewId}/meetings`, payload: {} })
    ).json() as { id: string };
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/meetings/${meeting.id}/position`,
      payload: { eventId: others[0]!.id },
    });
    expect(moved.statusCode).toBe(404);
    expect(moved.json().error.message).toBe(`No event ${others[0]!.id} in this review.`);
    const current = await t.app.inject({ url: `/api/reviews/${reviewId}/meetings/current` });
    expect(current.json()).toMatchObject({ id: meeting.id, position: null, seq: 0 });
  });
});

describe('the anonymised view', () => {
  const GLOSSARY = {
    entries: [
      { label: 'Mother', names: ['Zelda Quartermaine', 'Zelda', 'Ms Quartermaine'] },
      { label: 'Infant', names: ['Baby Q'] },
    ],
  };
  const NAMES = /Zelda|Quartermaine/i;

  async function setUp() {
    t = await createTestApp();
    const reviewId = await createReview(t.app, {
      ...CYSUR_REVIEW,
      title: 'Practice review: the baby of Zelda Quartermaine',
    });
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: GLOSSARY,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const all = await events(t.app, reviewId, 'view=named');
    await annotate(t.app, reviewId, all[0]!.id, 'Zelda was not asked about the baby');
    const rule = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/rules`,
      payload: {
        id: 'local.visit-after-call',
        name: 'Visit Ms Quartermaine after a call',
        kind: 'follow-up',
        trigger: { types: ['contact.phone'], label: 'a call to Zelda' },
        expect: { types: ['contact.home-visit'], scope: 'any', label: 'a home visit' },
        within: { amount: 2, unit: 'days' },
        basis: 'local',
        source: 'Panel decision',
        why: 'Zelda was not visited after the call.',
      },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const panel = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    return { reviewId, panel, ids: all.map((e) => e.id) };
  }

  it('no glossary name reaches a panel member, in any field of any response', async () => {
    const { reviewId, panel, ids } = await setUp();
    // A meeting whose title and filter a reviewer wrote with a name in them.
    await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/meetings`,
      payload: { title: 'Walk-through for Zelda', filter: 'subject=Zelda+Quartermaine' },
    });
    const urls = [
      `/api/reviews/${reviewId}/meetings/current`,
      `/api/reviews`,
      `/api/reviews/${reviewId}`,
      `/api/reviews/${reviewId}/events`,
      `/api/reviews/${reviewId}/events?facets=true&subject=Mother`,
      `/api/reviews/${reviewId}/events?q=visited`,
      ...ids.map((id) => `/api/reviews/${reviewId}/events/${id}`),
      `/api/reviews/${reviewId}/gaps`,
      `/api/reviews/${reviewId}/rules`,
      `/api/reviews/${reviewId}/annotations`,
    ];
    const bodies: string[] = [];
    for (const url of urls) {
      const response = await panel.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      bodies.push(response.body);
    }
    const all = bodies.join('\n');
    expect(all).not.toMatch(NAMES);
    expect(all).toContain('Visited Mother at home');
    expect(all).toContain('Called Mother about the baby');
    expect(all).toContain('Mother was not asked');
    // The filter by label finds the records that name her.
    const byLabel = JSON.parse(bodies[4]!);
    expect(byLabel.total).toBe(3);
    expect(byLabel.facets.subject).toEqual([{ value: 'Mother', count: 3 }]);
    // The raw cells of the source row are redacted too.
    expect(JSON.parse(bodies[6]!).raw['Persons Involved']).toBe('Mother');
    expect(JSON.parse(bodies[6]!).subjects).toEqual(['Mother']);
    expect(JSON.parse(bodies[0]!)).toMatchObject({
      title: 'Walk-through for Mother',
      filter: 'subject=Mother',
    });
    // Reading records and the glossary is audited, record by record.
    const reads = await t.query(
      "select action, count(*) n from audit_log where action in ('record.viewed', 'glossary.viewed') group by action",
    );
    expect(reads).toEqual([{ action: 'record.viewed', n: ids.length }]);
    await t.app.inject({ url: `/api/reviews/${reviewId}/glossary` });
    expect(
      await t.queryOne("select count(*) n from audit_log where action = 'glossary.viewed'"),
    ).toEqual({ n: 1 });
    expect(all).toContain('Practice review: the baby of Mother');
    expect(all).toContain('Mother was not visited after the call.');
  });

  it('shows the panel no records until a reviewer has set the glossary', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const panel = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    const before = await panel.app.inject({ url: `/api/reviews/${reviewId}/events` });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.message).toMatch(/glossary/);
    expect(before.body).not.toMatch(NAMES);
    const review = (await panel.app.inject({ url: `/api/reviews/${reviewId}` })).json();
    expect(review.title).toBe(review.reference);
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: GLOSSARY,
    });
    expect((await panel.app.inject({ url: `/api/reviews/${reviewId}/events` })).statusCode).toBe(
      200,
    );
  });

  it('answers a name as a filter or search term as it answers a word that is not there', async () => {
    const { reviewId, panel } = await setUp();
    const get = (query: string) =>
      panel.app.inject({ url: `/api/reviews/${reviewId}/events?facets=false&${query}` });
    for (const [name, stranger] of [
      ['subject=Zelda', 'subject=Alice'],
      ['q=Quartermaine', 'q=Xylophone'],
      ['theme=Zelda%27s%20care', 'theme=Alice%27s%20care'],
    ]) {
      const [a, b] = [await get(name!), await get(stranger!)];
      expect(a.statusCode, name).toBe(200);
      expect(a.body, name).toBe(b.body);
      expect(a.json().total, name).toBe(0);
    }
    // The label finds the records that name her, by filter and by search.
    expect((await get('subject=Mother')).json().total).toBe(3);
    expect((await get('q=Mother')).json().total).toBe(3);
  });

  it('refuses a glossary too large to compile into one pattern', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const entries = Array.from({ length: 30 }, (_, i) => ({
      label: `Person ${i}`,
      names: Array.from({ length: 40 }, (_, j) => `Name${i}x${j}`),
    }));
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: { entries },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/at most 1000/);
  });

  it('a panel member cannot ask for names; a reviewer can, and it is audited', async () => {
    const { reviewId, panel } = await setUp();
    const refused = await panel.app.inject({ url: `/api/reviews/${reviewId}/events?view=named` });
    expect(refused.statusCode).toBe(403);

    const labelled = await t.app.inject({ url: `/api/reviews/${reviewId}/events` });
    expect(labelled.body).not.toMatch(NAMES);
    const named = await t.app.inject({ url: `/api/reviews/${reviewId}/events?view=named` });
    expect(named.body).toContain('Zelda Quartermaine');
    const audit = await t.queryOne(
      "select count(*) n from audit_log where action = 'named-view.opened' and review_id = ?",
      reviewId,
    );
    expect(audit).toEqual({ n: 1 });
  });

  it('refuses a glossary that gives one name two labels', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: {
        entries: [
          { label: 'Mother', names: ['Jo'] },
          { label: 'Aunt', names: ['jo'] },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^body\/entries: /);
  });

  it('exports the annex as XLSX and CSV: labels instead of names, formulas escaped, key events only', async () => {
    const { reviewId } = await setUp();
    // A record whose text a spreadsheet would run as a formula.
    await upload(
      t.app,
      reviewId,
      'Date,Type,Description\n03/06/2018,Phone call,"=HYPERLINK(""http://x"",""Zelda"")"\n',
      { agency: 'Health' },
    );
    const health = (await events(t.app, reviewId, 'agency=Health'))[0]!;
    await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/annotations`,
      payload: { eventId: health.id, kind: 'key-event', text: 'Not passed on' },
    });

    const xlsx = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.xlsx?annotated=true` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe(
      'attachment; filename="annex-CYSUR-2-2020-anonymised.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    expect(rows[0]).toContain('What happened');
    expect(rows).toHaveLength(3); // the header and the two annotated events
    const text = rows.flat().join('\n');
    expect(text).not.toMatch(NAMES);
    expect(text).toContain('Visited Mother at home');
    const formulaCell = rows.flat().find((v) => v.includes('HYPERLINK'))!;
    expect(formulaCell).toBe(`'=HYPERLINK("http://x","Mother")`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
    expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
    expect(sheet.headerFooter.oddHeader).toContain('CYSUR 2/2020');

    const csv = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.csv` });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const parsed = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, '')).data.filter(
      (r) => r.length > 1,
    );
    expect(parsed).toHaveLength(6); // the header and all five events
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"",""Mother"")"`);
    expect(csv.body).not.toMatch(NAMES);

    const named = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.csv?view=named` });
    expect(named.body).toContain('Zelda Quartermaine');
    const exports = (await t.query(
      "select detail_json from audit_log where action = 'export.downloaded' order by id",
    )) as Array<{ detail_json: string }>;
    expect(exports.map((e) => JSON.parse(e.detail_json))).toEqual([
      { format: 'xlsx', view: 'anonymised', rows: 2 },
      { format: 'csv', view: 'anonymised', rows: 5 },
      { format: 'csv', view: 'named', rows: 5 },
    ]);
  });

  it('gives the annex as a Word table with the same rows and columns as the CSV', async () => {
    const { reviewId } = await setUp();
    await upload(
      t.app,
      reviewId,
      'Date,Type,Description\n03/06/2018,Phone call,"=HYPERLINK(""http://x"",""Zelda"")"\n',
      { agency: 'Health' },
    );
    const docx = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="annex-CYSUR-2-2020-anonymised.docx"',
    );
    const annex = await readWordAnnex(docx.rawPayload);
    const csv = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.csv` });
    const csvRows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''))
      .data.filter((r) => r.length > 1)
      // The CSV's quote in front of a formula-looking cell is a spreadsheet's need, not Word's.
      .map((r) => r.map((v) => v.replace(/^'(?=[=+\-@])/, '')));
    expect(annex.rows.map((r) => r.cells)).toEqual(csvRows);
    expect(annex.rows[0]!.repeatsAsHeader).toBe(true);
    const text = annex.rows.flatMap((r) => r.cells).join('\n');
    expect(text).not.toMatch(NAMES);
    expect(text).toContain('=HYPERLINK("http://x","Mother")');
    expect(annex.parts['word/header1.xml']).toContain('OFFICIAL-SENSITIVE');
    expect(annex.parts['word/header1.xml']).toContain('CYSUR 2/2020');
  });

  it('writes the annex’s dates in one form, and as each agency wrote them when asked', async () => {
    const { reviewId } = await setUp();
    await upload(
      t.app,
      reviewId,
      'Date,Time,Type,Description\n03.06.18,14:30,Phone call,Rang the school.\n' +
        '"?Aug-18",,Letter,Wrote to the family.\n',
      { agency: 'Dates' },
    );
    const read = async (query: string) => {
      const csv = await t.app.inject({
        url: `/api/reviews/${reviewId}/annex.csv?agency=Dates${query}`,
      });
      expect(csv.statusCode).toBe(200);
      return Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);
    };
    const [head, ...rows] = await read('');
    expect(head!.slice(0, 3)).toEqual(['Date', 'Time', 'Agency']);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['3 Jun 2018', '14:30'],
      ['?Aug 2018', ''],
    ]);
    const [withWritten, ...writtenRows] = await read('&dateAsWritten=true');
    expect(withWritten!.slice(0, 3)).toEqual(['Date', 'Date as written', 'Time']);
    expect(writtenRows.map((r) => r.slice(0, 2))).toEqual([
      ['3 Jun 2018', '03.06.18'],
      ['?Aug 2018', '?Aug-18'],
    ]);
  });
});

describe('a glossary name in every redacted column', () => {
  // Every text column the anonymised view redacts holds a name from the glossary, so dropping
  // any one of them from a redaction list shows the name here. Which test catches which planted
  // removal (each tried one at a time, docs/testing.md "Planted bugs"):
  // - EVENT_KEPT (server/anonymise/as-seen.ts) given any of description, outcome, analysis,
  //   typeText, practitioner, team, subjects, sourceRef: "events list and event detail" (the
  //   field's stand-in is missing and the name is in the body).
  // - eventDetailAsSeen's raw keys or values left as written: "events list and event detail".
  // - the file name left as written: "events list and event detail" (fileName).
  // - events_search_redacted (server/events/search.repository.ts), description,
  //   outcome or type_text indexed as written: "search".
  // - annex-rows.ts (server/annex), practitioner, team, description, outcome, sourceRef,
  //   people, review notes or themes left as written: "annex CSV and XLSX".
  // The meeting stream carries only an event id and a sequence number; the meeting's title and
  // filter are covered by "no glossary name reaches a panel member" above.
  const NAMES = /Zelda|Quartermaine/i;
  const GLOSSARY = {
    entries: [
      {
        label: 'Mother',
        names: ['Zelda Quartermaine', 'Zelda', 'Ms Quartermaine', 'Quartermaine'],
      },
    ],
  };
  const HEADERS = [
    'Date',
    'Type',
    'Team',
    'Practitioner',
    'Persons Involved',
    'Description',
    'Outcome',
    'Analysis',
    'Source Ref',
    'Seen by Zelda',
  ];
  const CSV = [
    HEADERS.join(','),
    [
      '01/06/2018',
      'Home visit to Zelda',
      'Team Quartermaine',
      'Zelda Quartermaine (aunt)',
      'Ms Quartermaine',
      'Visited Zelda at home',
      'Zelda seen',
      'The needs of Zelda were not assessed',
      'QUARTERMAINE-01',
      'Zelda alone',
    ].join(','),
  ].join('\n');
  /** Each redacted field of the event as the panel must read it. */
  const EXPECTED = {
    typeText: 'Home visit to Mother',
    team: 'Team Mother',
    practitioner: 'Mother (aunt)',
    subjects: ['Mother'],
    description: 'Visited Mother at home',
    outcome: 'Mother seen',
    analysis: 'The needs of Mother were not assessed',
    sourceRef: 'Mother-01',
  };

  async function setUp() {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const mapping = Object.fromEntries([
      ...['time', 'endDate', 'endTime', 'agency', 'childSeen', 'seenAlone'].map((f) => [f, null]),
      ['date', 'Date'],
      ['type', 'Type'],
      ['team', 'Team'],
      ['practitioner', 'Practitioner'],
      ['subjects', 'Persons Involved'],
      ['description', 'Description'],
      ['outcome', 'Outcome'],
      ['analysis', 'Analysis'],
      ['sourceRef', 'Source Ref'],
    ]);
    const uploaded = await upload(t.app, reviewId, CSV, {
      agency: 'Police',
      fileName: 'zelda-quartermaine.csv',
      fields: { mapping: JSON.stringify(mapping) },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: GLOSSARY,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [named] = await events(t.app, reviewId, 'view=named');
    // The fixture holds the names, as written, in every column (else the test proves nothing).
    expect(named).toMatchObject({
      typeText: 'Home visit to Zelda',
      team: 'Team Quartermaine',
      practitioner: 'Zelda Quartermaine (aunt)',
      subjects: ['Ms Quartermaine'],
      analysis: 'The needs of Zelda were not assessed',
      sourceRef: 'QUARTERMAINE-01',
    });
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/annotations`,
      payload: {
        eventId: named!.id,
        kind: 'key-event',
        text: 'Zelda was not asked',
        themes: ['Zelda’s care'],
      },
    });
    expect(note.statusCode, note.body).toBe(201);
    const panel = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${panel.id}`,
      payload: { role: 'panel' },
    });
    return { reviewId, panel, eventId: named!.id };
  }

  it('events list and event detail: every field reads the label, none the name', async () => {
    const { reviewId, panel, eventId } = await setUp();
    const list = await panel.app.inject({ url: `/api/reviews/${reviewId}/events` });
    const detail = await panel.app.inject({ url: `/api/reviews/${reviewId}/events/${eventId}` });
    expect([list.statusCode, detail.statusCode]).toEqual([200, 200]);
    expect(list.json().events).toHaveLength(1);
    expect(list.json().events[0]).toMatchObject(EXPECTED);
    expect(detail.json()).toMatchObject(EXPECTED);
    expect(detail.json().fileName).toBe('Mother-Mother.csv');
    expect(detail.json().raw).toEqual({
      Date: '01/06/2018',
      Type: 'Home visit to Mother',
      Team: 'Team Mother',
      Practitioner: 'Mother (aunt)',
      'Persons Involved': 'Mother',
      Description: 'Visited Mother at home',
      Outcome: 'Mother seen',
      Analysis: 'The needs of Mother were not assessed',
      'Source Ref': 'Mother-01',
      'Seen by Mother': 'Mother alone',
    });
    expect(list.body).not.toMatch(NAMES);
    expect(detail.body).not.toMatch(NAMES);
  });

  it('search: a name finds nothing in any searched column; the label finds the record', async () => {
    const { reviewId, panel } = await setUp();
    const search = async (q: string) => {
      const response = await panel.app.inject({
        url: `/api/reviews/${reviewId}/events?facets=false&q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode, q).toBe(200);
      return response.json().total as number;
    };
    // Each searched column on its own: the description, the outcome, the type text.
    for (const [column, words] of [
      ['description', 'visited Zelda'],
      ['outcome', 'Zelda seen'],
      ['type text', 'visit to Zelda'],
    ]) {
      expect(await search(`"${words}"`), column).toBe(0);
      expect(await search(`"${words!.replace('Zelda', 'Mother')}"`), column).toBe(1);
    }
    expect(await search('Zelda')).toBe(0);
    expect(await search('Mother')).toBe(1);
  });

  it('annex CSV and XLSX: every column reads the label, none the name', async () => {
    const { reviewId } = await setUp();
    const expectedRow = {
      Type: 'Home visit',
      People: 'Mother',
      'Practitioner/team': 'Mother (aunt), Team Mother',
      'What happened': 'Visited Mother at home',
      Outcome: 'Mother seen',
      'Review notes': 'Key event: Mother was not asked',
      Themes: 'Mother’s care',
      'Source ref': 'Mother-01',
    };
    const csv = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.csv` });
    expect(csv.statusCode).toBe(200);
    const [header, row] = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, '')).data;
    const csvRow = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(csvRow).toMatchObject(expectedRow);
    expect(csv.body).not.toMatch(NAMES);

    const xlsx = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.xlsx?annotated=true` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    expect(rows).toHaveLength(2);
    expect(Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]))).toMatchObject(expectedRow);
    expect(rows.flat().join('\n')).not.toMatch(NAMES);
  });

  it('annex filters match the text as the anonymised annex reads it', async () => {
    const { reviewId } = await setUp();
    const rowsFor = async (query: string) => {
      const csv = await t.app.inject({ url: `/api/reviews/${reviewId}/annex.csv?${query}` });
      expect(csv.statusCode, query).toBe(200);
      return (
        Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1)
          .length - 1
      );
    };
    // As the timeline does: the label finds the record, the name it replaced finds nothing.
    expect(await rowsFor('q=Mother')).toBe(1);
    expect(await rowsFor('q=Zelda')).toBe(0);
    expect(await rowsFor('subject=Mother')).toBe(1);
    expect(await rowsFor('view=named&q=Zelda')).toBe(1);
  });
});

describe('following the chair', () => {
  /** Follows a meeting as `user`'s browser does. */
  async function follow(url: string, user: TestUser) {
    const stream = await openEventStream(url, { cookie: user.cookie });
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    return stream;
  }

  it('each step by the chair reaches a following panel member within a second', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const ids = (await events(t.app, reviewId)).map((e) => e.id);
    const panel = await t.signUp();
    const otherReviewer = await t.signUp();
    for (const [user, role] of [
      [panel, 'panel'],
      [otherReviewer, 'reviewer'],
    ] as const) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/reviews/${reviewId}/members/${user.id}`,
        payload: { role },
      });
    }
    const base = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/glossary`,
      payload: { entries: [] },
    });

    const started = await t.app.inject({
      method: 'POST',
      url: `/api/reviews/${reviewId}/meetings`,
      payload: { title: 'Panel meeting 2', filter: 'annotated=false&limit=5' },
    });
    expect(started.statusCode).toBe(201);
    const meeting = started.json();
    expect(meeting.filter).toBe('annotated=false');
    const current = await panel.app.inject({ url: `/api/reviews/${reviewId}/meetings/current` });
    expect(current.json().id).toBe(meeting.id);

    const stream = await follow(
      `${base}/api/reviews/${reviewId}/meetings/${meeting.id}/stream`,
      panel,
    );
    expect(await stream.next()).toMatchObject({
      event: 'position',
      data: { eventId: null, seq: 0 },
    });

    let slowest = 0;
    for (const [i, eventId] of ids.slice(0, 3).entries()) {
      const sent = Date.now();
      const moved = await t.app.inject({
        method: 'PUT',
        url: `/api/reviews/${reviewId}/meetings/${meeting.id}/position`,
        payload: { eventId },
      });
      expect(moved.statusCode).toBe(200);
      const message = await stream.next(1000);
      expect(message).toMatchObject({ event: 'position', data: { eventId, seq: i + 1 } });
      slowest = Math.max(slowest, message.at - sent);
    }
    expect(slowest).toBeLessThan(1000);

    // Only the chair moves the meeting.
    const notChair = await otherReviewer.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/meetings/${meeting.id}/position`,
      payload: { eventId: ids[0] },
    });
    expect(notChair.statusCode).toBe(403);

    // A member removed mid-meeting is cut off at the next step.
    await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}/members/${panel.id}` });
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/meetings/${meeting.id}/position`,
      payload: { eventId: ids[3] },
    });
    expect(await stream.next()).toMatchObject({ event: 'ended', data: { reason: 'access' } });
    await stream.done;
  });

  it('a follower who re-joins gets the current position; ending the meeting tells everyone', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    await upload(t.app, reviewId, V1, { agency: 'Police' });
    const ids = (await events(t.app, reviewId)).map((e) => e.id);
    const base = await t.anonymous.listen({ port: 0, host: '127.0.0.1' });
    const reviewer = await t.signUp();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/members/${reviewer.id}`,
      payload: { role: 'reviewer' },
    });
    const meeting = (
      await t.app.inject({ method: 'POST', url: `/api/reviews/${reviewId}/meetings`, payload: {} })
    ).json();
    await t.app.inject({
      method: 'PUT',
      url: `/api/reviews/${reviewId}/meetings/${meeting.id}/position`,
      payload: { eventId: ids[2] },
    });
    const url = `${base}/api/reviews/${reviewId}/meetings/${meeting.id}/stream`;
    const stream = await follow(url, reviewer);
    expect(await stream.next()).toMatchObject({ data: { eventId: ids[2], seq: 1 } });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/reviews/${reviewId}/meetings/${meeting.id}`,
    });
    expect(await stream.next()).toMatchObject({ event: 'ended', data: { reason: 'ended' } });
    await stream.done;
    const none = await t.app.inject({ url: `/api/reviews/${reviewId}/meetings/current` });
    expect(none.statusCode).toBe(204);
    expect(none.body).toBe('');
  });
});
