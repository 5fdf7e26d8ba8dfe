import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRevision } from '../../server/core/review-rows.repository';
import { gapsHeld } from '../../server/gaps/gaps.service';
import { WARM_AFTER_QUIET_MS } from '../../server/gaps/warm-gaps';
import {
  createReview,
  createTestApp,
  CYSUR_REVIEW,
  fixture,
  upload,
  type TestApp,
} from '../support/app';

// After changes to a review in use go quiet, its gap flags are worked out in the background
// (gaps/warm-gaps.ts), so the first visit to the timeline after an upload does not wait.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const held = async (reviewId: string) =>
  gapsHeld(reviewId, (await findRevision(t.db, reviewId)) as number);
const quiet = () => new Promise((r) => setTimeout(r, WARM_AFTER_QUIET_MS + 300));
let references = 0;
const newReview = () => createReview(t.app, { ...CYSUR_REVIEW, reference: `WARM ${++references}` });
const police = (reviewId: string) =>
  upload(t.app, reviewId, fixture('demo', 'police.csv'), { agency: 'Dyfed-Powys Police' });

describe('gap flags worked out after a change', () => {
  it('holds the flags of an upload’s revision, once its changes go quiet, for a review in use', async () => {
    const reviewId = await newReview();
    // Someone is working on the review: its flags were read.
    expect((await t.app.inject(`/api/reviews/${reviewId}/gaps`)).statusCode).toBe(200);
    expect((await police(reviewId)).statusCode).toBe(201);
    // Not at once: a burst of uploads is one working-out, after it.
    expect(await held(reviewId)).toBe(false);
    await vi.waitFor(async () => expect(await held(reviewId)).toBe(true), {
      timeout: WARM_AFTER_QUIET_MS + 5000,
      interval: 100,
    });
  });

  it('leaves a review nobody has looked at to its first visit', async () => {
    const reviewId = await newReview();
    expect((await police(reviewId)).statusCode).toBe(201);
    await quiet();
    expect(await held(reviewId)).toBe(false);
  });

  it('works nothing out for a request that only reads', async () => {
    const reviewId = await newReview();
    expect((await t.app.inject(`/api/reviews/${reviewId}`)).statusCode).toBe(200);
    await quiet();
    expect(await held(reviewId)).toBe(false);
  });

  it('keeps no flags of a deleted review, even worked out as it was deleted', async () => {
    const reviewId = await newReview();
    expect((await t.app.inject(`/api/reviews/${reviewId}/gaps`)).statusCode).toBe(200);
    expect((await police(reviewId)).statusCode).toBe(201);
    const revision = (await findRevision(t.db, reviewId)) as number;
    await t.app.inject(`/api/reviews/${reviewId}/gaps`);
    expect(gapsHeld(reviewId, revision)).toBe(true);
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/reviews/${reviewId}` });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(gapsHeld(reviewId, revision)).toBe(false);
    await quiet();
    expect(gapsHeld(reviewId, revision)).toBe(false);
  });
});
