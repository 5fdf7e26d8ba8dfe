import { afterEach, describe, expect, it } from 'vitest';
import {
  createReview,
  createTestApp,
  signUpMember,
  upload,
  type TestApp,
  type TestUser,
} from '../support/app';

// Issue #16, questions on records: a question asked, seen only by its agency's submitter
// (another agency's submitter gets 404), answered by a new upload, and shown answered.

let t: TestApp;
afterEach(() => t?.close());

/** A name in the glossary: the panel must read "Mother" wherever a question or answer has it. */
const NAME = 'Quillfeather';
const POLICE = 'Dyfed-Powys Police';
const HEALTH = 'Powys Teaching Health Board';

const POLICE_V1 =
  'Date,Type,Description,Source Ref\n' +
  `01/06/2018,Home visit,Visited ${NAME} at home,R1\n` +
  '05/06/2018,Phone call,Called about the baby,R2\n';
// R1 reworded (what happened after the visit); R2 as it was.
const POLICE_V2 =
  'Date,Type,Description,Source Ref\n' +
  `01/06/2018,Home visit,Visited ${NAME} at home; referred to the health visitor the same day,R1\n` +
  '05/06/2018,Phone call,Called about the baby,R2\n';
const HEALTH_V1 = 'Date,Type,Description\n02/06/2018,Home visit,Health visitor saw the family\n';

type Question = {
  id: string;
  agency: string;
  status: 'open' | 'answered';
  on: 'event' | 'chronology';
  eventId: string | null;
  anchor: string | null;
  text: string;
  answerText: string | null;
  answerSubmissionId: string | null;
  answerVersion: number | null;
};

interface Cast {
  reviewId: string;
  base: string;
  police: TestUser;
  health: TestUser;
  panel: TestUser;
  r1: string;
}

/** A review with two agencies' uploads, each agency's submitter, a panel member and a glossary. */
async function castReview(): Promise<Cast> {
  t = await createTestApp();
  const reviewId = await createReview(t.app);
  const base = `/api/reviews/${reviewId}`;
  const member = async (agency: string) => {
    const user = await t.signUp();
    const joined = await t.app.inject({
      method: 'PUT',
      url: `${base}/members/${user.id}`,
      payload: { role: 'submitter', agency },
    });
    expect(joined.statusCode).toBe(204);
    return user;
  };
  const police = await member(POLICE);
  const health = await member(HEALTH);
  const panel = await signUpMember(t, reviewId, 'panel');
  expect((await upload(police.app, reviewId, POLICE_V1, { agency: POLICE })).statusCode).toBe(201);
  expect((await upload(health.app, reviewId, HEALTH_V1, { agency: HEALTH })).statusCode).toBe(201);
  const glossary = await t.app.inject({
    method: 'PUT',
    url: `${base}/glossary`,
    payload: { entries: [{ label: 'Mother', names: [NAME] }] },
  });
  expect(glossary.statusCode).toBe(200);
  const { events } = (await t.app.inject({ url: `${base}/events?view=named` })).json();
  const r1 = events.find((e: { sourceRef: string }) => e.sourceRef === 'R1').id as string;
  return { reviewId, base, police, health, panel, r1 };
}

async function ask(base: string, payload: object): Promise<Question> {
  const response = await t.app.inject({ method: 'POST', url: `${base}/questions`, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function list(app: TestApp['app'], base: string, query = '') {
  const response = await app.inject({ url: `${base}/questions${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    questions: Question[];
    counts: { agency: string; open: number; answered: number }[];
  };
}

describe('questions on records', () => {
  it('reaches only its agency’s submitter, is answered by a new upload, and moves to the record in it', async () => {
    const { reviewId, base, police, health, panel, r1 } = await castReview();

    const onRecord = await ask(base, {
      eventId: r1,
      text: `What happened after the visit to ${NAME}?`,
    });
    expect(onRecord).toMatchObject({
      agency: POLICE,
      status: 'open',
      on: 'event',
      eventId: r1,
      anchor: 'attached',
    });
    const onChronology = await ask(base, { agency: POLICE, text: 'Is anything missing for May?' });
    expect(onChronology).toMatchObject({ on: 'chronology', eventId: null, anchor: null });
    const toHealth = await ask(base, { agency: HEALTH, text: 'Who referred the family?' });

    // The police submitter sees their agency's two, and not health's.
    const policeList = await list(police.app, base);
    expect(policeList.questions.map((q) => q.id).sort()).toEqual(
      [onRecord.id, onChronology.id].sort(),
    );
    expect(policeList.counts).toEqual([{ agency: POLICE, open: 2, answered: 0 }]);
    // Another agency's submitter: not in their list, and 404 however asked for.
    expect((await list(health.app, base)).questions.map((q) => q.id)).toEqual([toHealth.id]);
    for (const [method, url, payload] of [
      ['GET', `${base}/questions/${onRecord.id}`, undefined],
      ['POST', `${base}/questions/${onRecord.id}/answer`, { text: 'Not ours' }],
    ] as const) {
      const refused = await health.app.inject({ method, url, payload });
      expect(refused.statusCode, `${method} ${url}`).toBe(404);
      expect(refused.json().error.code).toBe('NOT_FOUND');
    }
    // A submitter cannot ask, nor withdraw.
    expect(
      (
        await police.app.inject({
          method: 'POST',
          url: `${base}/questions`,
          payload: { agency: POLICE, text: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    // The panel reads answers, not open questions.
    expect((await list(panel.app, base)).questions).toEqual([]);
    expect((await panel.app.inject({ url: `${base}/questions/${onRecord.id}` })).statusCode).toBe(
      404,
    );

    // Answered by an upload before any new upload: refused, saying why.
    const early = await police.app.inject({
      method: 'POST',
      url: `${base}/questions/${onRecord.id}/answer`,
      payload: { byUpload: true },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/no version since the question was asked/);

    // Version 2, then the answer by it.
    const v2 = await upload(police.app, reviewId, POLICE_V2, { agency: POLICE });
    expect(v2.statusCode).toBe(201);
    const v2Id = v2.json().submission.id as string;
    const named = (await t.app.inject({ url: `${base}/events?view=named` })).json().events;
    const r1v2 = named.find((e: { sourceRef: string }) => e.sourceRef === 'R1').id as string;
    expect(r1v2).not.toBe(r1);
    // Before the answer the question already follows R1 (its content changed: flagged).
    expect(
      (await police.app.inject({ url: `${base}/questions/${onRecord.id}` })).json(),
    ).toMatchObject({
      eventId: r1v2,
      anchor: 'source-changed',
    });
    const answered = await police.app.inject({
      method: 'POST',
      url: `${base}/questions/${onRecord.id}/answer`,
      payload: { byUpload: true, text: `${NAME} was referred to the health visitor.` },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'answered',
      eventId: r1v2,
      // Moved to the record as version 2 holds it: attached, no longer "source changed".
      anchor: 'attached',
      answerSubmissionId: v2Id,
      answerVersion: 2,
    });
    const stored = await t.queryOne<{ event_id: string; answer_submission_id: string }>(
      'select event_id, answer_submission_id from questions where id = ?',
      onRecord.id,
    );
    expect(stored).toEqual({ event_id: r1v2, answer_submission_id: v2Id });

    // Answering twice is refused, by the submitter and the reviewer alike.
    for (const app of [police.app, t.app]) {
      const again = await app.inject({
        method: 'POST',
        url: `${base}/questions/${onRecord.id}/answer`,
        payload: { text: 'Again' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toMatch(/already answered|was answered on/);
    }
    // An answer needs words or the upload.
    const empty = await police.app.inject({
      method: 'POST',
      url: `${base}/questions/${onChronology.id}/answer`,
      payload: { text: '  ' },
    });
    expect(empty.statusCode).toBe(400);
    const inWords = await police.app.inject({
      method: 'POST',
      url: `${base}/questions/${onChronology.id}/answer`,
      payload: { text: 'Nothing is missing.' },
    });
    expect(inWords.json()).toMatchObject({ status: 'answered', answerSubmissionId: null });

    // The reviewer's counts: police's two answered, health's one open; open listed first.
    const all = await list(t.app, base, '?view=named');
    expect(all.counts).toEqual(
      [
        { agency: POLICE, open: 0, answered: 2 },
        { agency: HEALTH, open: 1, answered: 0 },
      ].sort((a, b) => a.agency.localeCompare(b.agency)),
    );
    expect(all.questions[0]!.id).toBe(toHealth.id);

    // The panel sees the two answers, with the name replaced by its label.
    const seen = await list(panel.app, base);
    expect(seen.questions.map((q) => q.status)).toEqual(['answered', 'answered']);
    const panelOne = seen.questions.find((q) => q.id === onRecord.id)!;
    expect(panelOne.text).toBe('What happened after the visit to Mother?');
    expect(panelOne.answerText).toBe('Mother was referred to the health visitor.');
    expect(JSON.stringify(seen)).not.toContain(NAME);
    const single = await panel.app.inject({ url: `${base}/questions/${onRecord.id}` });
    expect(single.statusCode).toBe(200);
    expect(single.body).not.toContain(NAME);
    // A panel member may not ask for names here either.
    expect((await panel.app.inject({ url: `${base}/questions?view=named` })).statusCode).toBe(403);

    // Withdrawn by the reviewer; a submitter may not.
    expect(
      (await health.app.inject({ method: 'DELETE', url: `${base}/questions/${toHealth.id}` }))
        .statusCode,
    ).toBe(403);
    const withdrawn = await t.app.inject({
      method: 'DELETE',
      url: `${base}/questions/${toHealth.id}`,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await list(health.app, base)).questions).toEqual([]);

    // The audit log: ids, never the words of a question or an answer.
    const rows = await t.query<{ action: string; target: string; detail_json: string | null }>(
      "select action, target, detail_json from audit_log where action like 'question.%' order by id",
    );
    expect(rows.map((r) => [r.action, r.target])).toEqual([
      ['question.asked', onRecord.id],
      ['question.asked', onChronology.id],
      ['question.asked', toHealth.id],
      ['question.answered', onRecord.id],
      ['question.answered', onChronology.id],
      ['question.withdrawn', toHealth.id],
    ]);
    expect(JSON.parse(rows[3]!.detail_json!)).toEqual({ byUpload: true, submissionId: v2Id });
    const audit = JSON.stringify(rows);
    for (const words of [
      NAME,
      'What happened',
      'missing for May',
      'Nothing is missing',
      'referred',
    ]) {
      expect(audit).not.toContain(words);
    }
  });

  it('asks clearly: a record or an agency, one that exists', async () => {
    const { base, r1 } = await castReview();
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: `${base}/questions`, payload });
    expect((await post({ eventId: r1, agency: POLICE, text: 'Both?' })).statusCode).toBe(400);
    expect((await post({ text: 'Neither?' })).statusCode).toBe(400);
    expect((await post({ agency: 'Nobody Agency', text: 'Who?' })).statusCode).toBe(404);
    expect((await post({ eventId: 'no-such-event', text: 'Which?' })).statusCode).toBe(404);
    // An agency is matched by its name as uploads match it: case and spacing aside.
    expect((await post({ agency: ' dyfed-powys  police ', text: 'May?' })).statusCode).toBe(201);
  });

  it('erasing the version that answered: back to the record left; an answer that was only the version is open again', async () => {
    const { reviewId, base, police, r1 } = await castReview();
    const question = await ask(base, { eventId: r1, text: 'After the visit?' });
    const inWords = await ask(base, { agency: POLICE, text: 'Anything else?' });
    const v2 = await upload(police.app, reviewId, POLICE_V2, { agency: POLICE });
    const v2Id = v2.json().submission.id as string;
    for (const [id, payload] of [
      [question.id, { byUpload: true }],
      [inWords.id, { byUpload: true, text: 'Nothing else was recorded' }],
    ] as const) {
      const answered = await police.app.inject({
        method: 'POST',
        url: `${base}/questions/${id}/answer`,
        payload,
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    const erase = await t.app.inject({ method: 'DELETE', url: `${base}/submissions/${v2Id}` });
    expect(erase.statusCode).toBe(204);
    const after = (await t.app.inject({ url: `${base}/questions/${question.id}` })).json();
    // R1 is still held by version 1, reading as it did before the answer's version; the answer
    // was that version alone, so there is no answer left: the agency is asked again.
    expect(after).toMatchObject({
      status: 'open',
      eventId: r1,
      anchor: 'source-changed',
      answerSubmissionId: null,
      answeredAt: null,
      text: 'After the visit?',
    });
    // An answer with words keeps them, and stays answered.
    const kept = (await t.app.inject({ url: `${base}/questions/${inWords.id}` })).json();
    expect(kept).toMatchObject({
      status: 'answered',
      answerText: 'Nothing else was recorded',
      answerSubmissionId: null,
    });
  });
});
