import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createReview, createTestApp, onPostgres, upload, type TestApp } from '../support/app';

// Issue #16: an admin erases one version of an agency's upload, shared by mistake, short of
// deleting the review. Its text must be found nowhere afterwards: in no answer of the API and
// (SQLite) not in the database file's bytes.

let t: TestApp;
afterEach(() => t?.close());

/** A word only the wrong file holds, as the search index keeps it too (lower case). */
const ERASED = 'Zqxwrongfile';

const V1 = 'Date,Type,Description,Ref\n01/06/2018,Home visit,Seen at home,R1\n';
const V2 =
  'Date,Type,Description,Ref\n' +
  `01/06/2018,Home visit,${ERASED} seen at home,R1\n` +
  `03/06/2018,Letter,Letter to ${ERASED} family,R3\n`;

describe('erasing one version of an upload', () => {
  it('takes its text out of every answer and of the file; notes found again or orphaned; one audit row', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const base = `/api/reviews/${reviewId}`;
    for (const [csv, agency] of [
      [V1, 'Police'],
      [V2, 'Police'],
      ['Date,Type,Description\n02/06/2018,Home visit,Health visitor saw the family\n', 'Health'],
    ] as const) {
      expect((await upload(t.app, reviewId, csv, { agency })).statusCode).toBe(201);
    }
    const { submissions } = (await t.app.inject({ url: `${base}/submissions` })).json();
    const wrong = submissions.find((s: any) => s.agency === 'Police' && s.version === 2);
    const right = submissions.find((s: any) => s.agency === 'Police' && s.version === 1);
    // Both search indexes hold the wrong file's words before the erase.
    const search = async (view: string) =>
      (await t.app.inject({ url: `${base}/events?q=${ERASED}&view=${view}` })).json().total;
    expect(await search('named')).toBe(2);
    expect(await search('anonymised')).toBe(2);

    // A note, an episode from the wrong file's record to Health's, and a link between them.
    const { events } = (await t.app.inject({ url: `${base}/events?view=named` })).json();
    // R1 is in both versions, reading differently; R3 only in the wrong file.
    const onWrong = events.find((e: any) => e.description?.startsWith(ERASED)).id;
    const onlyWrong = events.find((e: any) => e.description?.startsWith('Letter')).id;
    const health = events.find((e: any) => e.agency === 'Health').id;
    for (const [url, payload] of [
      ['annotations', { eventId: onlyWrong, kind: 'key-event', text: 'Chased by the reviewer' }],
      [
        'episodes',
        { title: 'Visits', assessment: 'good', startEventId: onWrong, endEventId: health },
      ],
      ['links', { a: onWrong, b: health, kind: 'related' }],
    ] as const) {
      const made = await t.app.inject({ method: 'POST', url: `${base}/${url}`, payload });
      expect(made.statusCode, url).toBe(201);
    }

    const erase = await t.app.inject({
      method: 'DELETE',
      url: `${base}/submissions/${wrong.id}`,
    });
    expect(erase.statusCode).toBe(204);

    // The version before it is current again; the other agency is untouched.
    const after = (await t.app.inject({ url: `${base}/submissions` })).json().submissions;
    expect(after.map((s: any) => [s.agency, s.version, s.current]).sort()).toEqual([
      ['Health', 1, true],
      ['Police', 1, true],
    ]);
    expect(after.find((s: any) => s.agency === 'Police').id).toBe(right.id);
    const named = (await t.app.inject({ url: `${base}/events?view=named` })).json();
    expect(named.events.map((e: any) => e.description).sort()).toEqual([
      'Health visitor saw the family',
      'Seen at home',
    ]);
    expect(await search('named')).toBe(0);
    expect(await search('anonymised')).toBe(0);

    // The note on R3 keeps its own words, tied to no record; the episode's start, made on R1,
    // is on version 1's R1 now, flagged because that record reads differently.
    const notes = (await t.app.inject({ url: `${base}/annotations?view=named` })).json();
    expect(notes.annotations).toHaveLength(1);
    expect(notes.annotations[0]).toMatchObject({
      text: 'Chased by the reviewer',
      status: 'orphaned',
    });
    expect(notes.episodes[0].start.status).toBe('source-changed');
    expect(notes.episodes[0].end.status).toBe('attached');
    expect((await t.app.inject({ url: `${base}/links` })).json().links).toEqual([]);

    // In no answer of the API.
    for (const url of [
      `${base}/events?view=named&limit=100`,
      `${base}/events?limit=100`,
      `${base}/timeline/feed?view=named`,
      `${base}/timeline/feed`,
      `${base}/gaps?view=named`,
      `${base}/annotations?view=named`,
      `${base}/submissions`,
      `${base}/submissions/${right.id}`,
      `${base}/annex.csv?view=named`,
      `${base}/audit`,
      `${base}`,
    ]) {
      const answer = await t.app.inject({ url });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.body.toLowerCase(), url).not.toContain(ERASED.toLowerCase());
    }
    expect((await t.app.inject({ url: `${base}/submissions/${wrong.id}` })).statusCode).toBe(404);

    // One audit row for it: ids and counts, no content.
    const rows = await t.query<{ detail_json: string; target: string }>(
      "select detail_json, target from audit_log where action = 'submission.erased'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target).toBe(wrong.id);
    expect(JSON.parse(rows[0]!.detail_json)).toMatchObject({
      submissionId: wrong.id,
      version: 2,
      events: 2,
      notesOrphaned: 1,
      notesKept: 0,
      episodeEndsOrphaned: 0,
      linksRemoved: 1,
      currentAgain: right.id,
    });

    if (!onPostgres) {
      // Not in the file's bytes either: the freed pages zeroed (secure_delete), the search
      // index's old segments merged away, the WAL emptied into the file.
      await t.query("insert into events_search(events_search) values('integrity-check')");
      await t.query(
        "insert into events_search_redacted(events_search_redacted) values('integrity-check')",
      );
      for (const file of [t.databasePath, `${t.databasePath}-wal`]) {
        if (!fs.existsSync(file)) continue;
        const bytes = fs.readFileSync(file).toString('latin1').toLowerCase();
        expect(bytes.includes(ERASED.toLowerCase()), file).toBe(false);
      }
    }

    // Erased is erased: a second erase finds nothing.
    const again = await t.app.inject({ method: 'DELETE', url: `${base}/submissions/${wrong.id}` });
    expect(again.statusCode).toBe(404);
  });
});

describe('erasing a version that is not the current one, then the only one left', () => {
  it('leaves a note the current version carries where it is; with the last version the agency goes', async () => {
    t = await createTestApp();
    const reviewId = await createReview(t.app);
    const base = `/api/reviews/${reviewId}`;
    const v1 = 'Date,Type,Description,Ref\n01/06/2018,Home visit,Seen at home,R1\n';
    const v2 = `${v1}05/06/2018,Phone call,Rang the school,R2\n`;
    expect((await upload(t.app, reviewId, v1, { agency: 'Police' })).statusCode).toBe(201);
    const first = (await t.app.inject({ url: `${base}/events` })).json().events[0].id;
    const note = await t.app.inject({
      method: 'POST',
      url: `${base}/annotations`,
      payload: { eventId: first, kind: 'key-event', text: 'Seen, as planned' },
    });
    expect(note.statusCode).toBe(201);
    // Version 2 still holds the record the note was made on (R1, unchanged): it carries over.
    expect((await upload(t.app, reviewId, v2, { agency: 'Police' })).statusCode).toBe(201);
    const status = async () =>
      (await t.app.inject({ url: `${base}/annotations` })).json().annotations[0].status;
    expect(await status()).toBe('attached');
    const { submissions } = (await t.app.inject({ url: `${base}/submissions` })).json();
    const byVersion = (v: number) => submissions.find((s: any) => s.version === v).id;

    // Erasing the superseded version 1 leaves version 2 current, and the note on its R1.
    const erase = (id: string) =>
      t.app.inject({ method: 'DELETE', url: `${base}/submissions/${id}` });
    expect((await erase(byVersion(1))).statusCode).toBe(204);
    expect(await status()).toBe('attached');
    const left = (await t.app.inject({ url: `${base}/submissions` })).json().submissions;
    expect(left.map((s: any) => [s.version, s.current])).toEqual([[2, true]]);
    const audit = async () =>
      (
        await t.query<{ detail_json: string }>(
          "select detail_json from audit_log where action = 'submission.erased' order by id",
        )
      ).map((r) => JSON.parse(r.detail_json));
    expect((await audit())[0]).toMatchObject({
      notesKept: 1,
      notesOrphaned: 0,
      currentAgain: null,
    });

    // Erasing the only version left: the note is orphaned, and the agency goes with it.
    expect((await erase(byVersion(2))).statusCode).toBe(204);
    expect(await status()).toBe('orphaned');
    expect((await audit())[1]).toMatchObject({ notesKept: 0, notesOrphaned: 1, events: 2 });
    expect((await t.app.inject({ url: `${base}/submissions` })).json().submissions).toEqual([]);
    const review = (await t.app.inject({ url: base })).json();
    expect([review.agencyCount, review.eventCount]).toEqual([0, 0]);
    expect(
      (await t.queryOne<{ n: number }>(
        'select count(*) n from agencies where review_id = ?',
        reviewId,
      ))!.n,
    ).toBe(0);
  });
});
