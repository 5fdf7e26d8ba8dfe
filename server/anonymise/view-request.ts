import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ViewMode } from '../contract/walkthrough';
import { redactorFor, viewModeFor } from './glossary.service';
import type { Redactor } from './redact';

/**
 * Records an event at most once per session and review in a while: a timeline view or a
 * switch to names, not every page and filter change that follows it.
 */
export class AuditThrottle {
  private readonly last = new Map<string, number>();
  constructor(private readonly intervalMs = 10 * 60 * 1000) {}

  due(key: string, now = Date.now()): boolean {
    if (now - (this.last.get(key) ?? 0) <= this.intervalMs) return false;
    if (this.last.size > 10_000) this.last.clear();
    this.last.set(key, now);
    return true;
  }
}

const namedViews = new WeakMap<FastifyInstance, AuditThrottle>();

/** The view this request gets and its redactor; a reviewer's switch to names is audited. */
export async function viewFor(
  app: FastifyInstance,
  request: FastifyRequest,
  reviewId: string,
  requested: ViewMode | undefined,
): Promise<{ mode: ViewMode; redact: Redactor }> {
  const mode = viewModeFor(request.viewer, requested);
  if (mode === 'named' && request.viewer?.membership?.role !== 'submitter') {
    let throttle = namedViews.get(app);
    if (!throttle) namedViews.set(app, (throttle = new AuditThrottle()));
    if (throttle.due(`${request.viewer?.sessionId}:${reviewId}`)) {
      await app.audit(request, { action: 'named-view.opened', reviewId });
    }
  }
  return { mode, redact: await redactorFor(app.db, reviewId, mode) };
}
