import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ViewMode } from '../contract/walkthrough';
import { AuditThrottle } from '../core/audit-throttle';
import { AppError } from '../errors';
import { compiledRedactor, getGlossary, glossaryConfirmed, viewModeFor } from './glossary.service';
import type { Redactor } from './redact';

type GlossaryEntry = { label: string; names: string[] };

const namedViews = new WeakMap<FastifyInstance, AuditThrottle>();

/**
 * The view this request gets and its redactor. A reviewer's switch to names is audited; a
 * panel member asking for names is refused and audited; and the panel sees no records at all
 * until a reviewer has saved the glossary, since with none nothing would be anonymised.
 */
export async function viewFor(
  app: FastifyInstance,
  request: FastifyRequest,
  reviewId: string,
  requested: ViewMode | undefined,
): Promise<{ mode: ViewMode; redact: Redactor; glossary: GlossaryEntry[] }> {
  let mode: ViewMode;
  try {
    mode = viewModeFor(request.viewer, requested);
  } catch (error) {
    await app.audit(request, {
      action: 'access.denied',
      reviewId,
      detail: { reason: 'named view', route: request.routeOptions.url ?? null },
    });
    throw error;
  }
  const role = request.viewer?.membership?.role;
  if (role === 'panel' && !(await glossaryConfirmed(app.db, reviewId))) {
    throw new AppError(
      'CONFLICT',
      'The review’s reviewer has not yet set the people glossary, so the records cannot be shown by role label yet.',
    );
  }
  if (mode === 'named' && role !== 'submitter') {
    let throttle = namedViews.get(app);
    if (!throttle) namedViews.set(app, (throttle = new AuditThrottle()));
    const once = throttle.due(`${request.viewer?.sessionId}:${reviewId}`);
    if (once) await app.audit(request, { action: 'named-view.opened', reviewId }, once);
  }
  // The glossary is read once per request. Filters and search are not checked against it:
  // they match the redacted text (events.service.ts), so a name simply is not there.
  const glossary = mode === 'named' ? [] : await getGlossary(app.db, reviewId);
  return { mode, redact: compiledRedactor(reviewId, glossary), glossary };
}
