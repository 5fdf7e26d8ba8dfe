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

// After changes to a review go quiet, its gap flags are worked out in the background
// (gaps/warm-gaps.ts), so the first visit to the timeline after an upload does not wait for them.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const held = async (reviewId: string) =>
  gapsHeld(reviewId, (await findRevision(t.db, reviewId)) as number);

describe('gap flags worked out after a change', () => {
  it('holds the flags of an upload’s revision before anyone asks for them', async () => {
    const reviewId = await createReview(t.app);
    const stored = await upload(t.app, reviewId, fixture('demo', 'police.csv'), {
      agency: 'Dyfed-Powys Police',
    });
    expect(stored.statusCode, stored.body).toBe(201);
    // Not at once: a burst of uploads is one working-out, after it.
    expect(await held(reviewId)).toBe(false);
    await vi.waitFor(async () => expect(await held(reviewId)).toBe(true), {
      timeout: WARM_AFTER_QUIET_MS + 5000,
      interval: 100,
    });
    // The flags held are the ones the gap list then answers with.
    const list = await t.app.inject(`/api/reviews/${reviewId}/gaps`);
    expect(list.statusCode).toBe(200);
  });

  it('works nothing out for a request that only reads', async () => {
    const reviewId = await createReview(t.app, { ...CYSUR_REVIEW, reference: 'WARM 2' });
    expect((await t.app.inject(`/api/reviews/${reviewId}`)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, WARM_AFTER_QUIET_MS + 200));
    expect(await held(reviewId)).toBe(false);
  });
});
