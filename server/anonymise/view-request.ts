import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ViewMode } from '../contract/walkthrough';
import { AuditThrottle } from '../audit/audit-throttle';
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
    if (throttle.due(`${request.viewer?.sessionId}:${reviewId}`)) {
      await app.audit(request, { action: 'named-view.opened', reviewId });
    }
  }
  // The glossary is read once per request: for the redactor and for refuseNamesInFilters.
  const glossary = mode === 'named' ? [] : await getGlossary(app.db, reviewId);
  return { mode, redact: compiledRedactor(reviewId, glossary), glossary };
}

/**
 * In the anonymised view, a filter may name people by label only: a filter or search on a
 * real name, or on any word of one (a surname alone), would tell whoever tries it which
 * records mention that person.
 */
export function refuseNamesInFilters(
  glossary: readonly GlossaryEntry[],
  values: readonly (string | undefined)[],
): void {
  if (glossary.length === 0) return;
  const labelWords = new Set(glossary.flatMap((e) => wordsOf(e.label)));
  const nameWords = new Set(
    glossary.flatMap((e) => e.names.flatMap(wordsOf)).filter((w) => !labelWords.has(w)),
  );
  for (const value of values) {
    if (value && wordsOf(value).some((w) => nameWords.has(w))) {
      throw new AppError(
        'BAD_REQUEST',
        'In the anonymised view, filter and search by role label (Mother, Infant…), not by name.',
      );
    }
  }
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}
