import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { agencyScope } from '../access/access';
import type { ViewMode } from '../contract/walkthrough';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { findRevision } from '../core/review-rows.repository';
import { glossaryKeyOf } from '../anonymise/glossary.service';
import type { Redactor } from '../anonymise/redact';
import { notesSignature } from '../annotations/annotations.service';
import { refuseScopedFlagsAndNotes } from './timeline.service';

/**
 * The entity tag of a timeline answer (the feed, the week totals, the gap flags' pages): a hash of everything the
 * answer is made from, worked out without reading a single event, so that a browser holding
 * the answer gets 304 for the price of two or three small reads.
 *
 * - The review, and its revision: an upload, a withdrawal, a rule or a duplicate link bumps
 *   it, and the events and their gap flags are made from nothing else.
 * - The glossary (its key, a SHA-256 of it) in the anonymised view: saving a glossary does not
 *   bump the revision, but changes every text, the subject and theme filters and search.
 * - The view, the viewer's role and agency scope: a submitter sees one agency, and a tag made
 *   for one view is never taken for another's.
 * - The query, normalised (keys sorted, lists sorted and deduplicated: agency=A&agency=B is
 *   agency=B&agency=A).
 * - With the notes or themes filter, the notes' and episodes' counts and latest change, since
 *   notes do not bump the revision either.
 * The tag is weak (W/): a compressed answer and the plain one are the same answer.
 */
export async function timelineTag(
  db: Db,
  reviewId: string,
  input: {
    resource: string;
    query: Record<string, unknown>;
    view: { mode: ViewMode; redact: Redactor };
    role: string | null;
    agencyScope: string | null;
  },
): Promise<string> {
  const { query } = input;
  // Refused before any tag, so a 304 never stands for an answer the viewer may not have.
  refuseScopedFlagsAndNotes(query, input.agencyScope);
  const usesNotes = Boolean(query.annotated) || (Array.isArray(query.theme) && query.theme.length);
  const [revision, notes] = await Promise.all([
    findRevision(db, reviewId),
    usesNotes ? notesSignature(db, reviewId) : null,
  ]);
  if (revision === null) throw new AppError('NOT_FOUND', 'No review with that id.');
  const key = JSON.stringify([
    input.resource,
    // A browser keys what it holds by address, which names the review; the server's held
    // answers (held-feeds.ts) are keyed by this tag, so it names the review too: two reviews
    // at the same revision, seen the same way, are two answers.
    reviewId,
    revision,
    input.view.mode,
    input.view.mode === 'named' ? null : glossaryKeyOf(input.view.redact),
    input.role,
    input.agencyScope,
    notes,
    normalisedQuery(query),
  ]);
  return `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
}

/** The query's parameters in one order, each list sorted and without repeats. */
export function normalisedQuery(query: Record<string, unknown>): Array<[string, unknown]> {
  return Object.keys(query)
    .sort()
    .filter((k) => query[k] !== undefined)
    .map((k) => {
      const value = query[k];
      return [k, Array.isArray(value) ? [...new Set(value.map(String))].sort() : value];
    });
}

/** Whether an If-None-Match header names this tag (a list, or `*`; weak comparison). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag));
}

/**
 * The tag of this request's answer (timelineTag, for its viewer, view and query) set on the
 * reply, with the caching every tagged answer shares: the browser may keep the answer, but
 * must ask each time (it gets 304 while it holds). `notModified`: the browser holds it
 * already (If-None-Match), and the route answers 304 without working anything out.
 */
export async function tagReply(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  resource: string,
  view: { mode: ViewMode; redact: Redactor },
): Promise<{ tag: string; notModified: boolean }> {
  const viewer = request.viewer!;
  const { reviewId } = request.params as { reviewId: string };
  const tag = await timelineTag(db, reviewId, {
    resource,
    query: request.query as Record<string, unknown>,
    view,
    role: viewer.membership?.role ?? null,
    agencyScope: agencyScope(viewer),
  });
  reply.header('etag', tag).header('cache-control', 'private, no-cache');
  return { tag, notModified: matchesTag(request.headers['if-none-match'], tag) };
}
