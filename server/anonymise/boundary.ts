import type { FastifyInstance } from 'fastify';
import { EventSchema } from '../contract/events';
import { QuestionSchema } from '../contract/questions';
import { ReviewSchema } from '../contract/reviews';
import { GapSchema, RuleDocumentSchema } from '../contract/rules';
import {
  AnnotationSchema,
  EpisodeSchema,
  GlossaryEntrySchema,
  MeetingSchema,
} from '../contract/walkthrough';
import { SHAPES, shapeOf, type Shape } from './as-seen';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Which function of as-seen.ts the route's answer goes through (docs/architecture.md). */
    asSeen?: Shape;
  }
}

/** The contract's shapes that carry a person's name or an agency's or reviewer's words. */
const TEXT_SCHEMAS: ReadonlyMap<object, string> = new Map<object, string>([
  [EventSchema, 'an event'],
  [GapSchema, 'a gap'],
  [RuleDocumentSchema, 'a rule'],
  [AnnotationSchema, 'a note'],
  [EpisodeSchema, 'an episode'],
  [MeetingSchema, 'a meeting'],
  [ReviewSchema, 'a review'],
  [GlossaryEntrySchema, 'the glossary'],
  [QuestionSchema, 'a question'],
]);

/** The first text shape found inside a schema (schemas share their parts by reference). */
function textIn(schema: unknown, seen = new Set<object>()): string | null {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return null;
  seen.add(schema);
  const found = TEXT_SCHEMAS.get(schema);
  if (found) return found;
  for (const part of Object.values(schema)) {
    const inner = textIn(part, seen);
    if (inner) return inner;
  }
  return null;
}

/**
 * The redaction boundary's two checks. When a route is added: one whose answer holds a text
 * shape must say, in config.asSeen, which function of as-seen.ts gives it, and only a route no
 * panel member may call may say "as-written". When it answers: a 2xx answer must come from
 * that function, or the request fails (500) rather than send text no function has been through.
 */
export function installRedactionBoundary(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const declared = route.config?.asSeen;
    const where = `${String(route.method)} ${route.url}`;
    if (declared !== undefined && !SHAPES.includes(declared)) {
      throw new Error(`${where} declares asSeen "${String(declared)}", which is not a shape.`);
    }
    const text = textIn(route.schema?.response);
    if (text && !declared) {
      throw new Error(
        `${where} answers with ${text}: add config.asSeen and return through its function (server/anonymise/as-seen.ts).`,
      );
    }
    const rule = route.config?.access as { kind?: string; roles?: readonly string[] } | undefined;
    const panelMayCall =
      rule?.kind === 'review' ? (rule.roles ?? []).includes('panel') : rule?.kind !== 'admin';
    if (declared === 'as-written' && panelMayCall) {
      throw new Error(`${where} may be called by the panel, so cannot answer as written.`);
    }
  });

  app.addHook('preSerialization', async (request, reply, payload) => {
    const declared = request.routeOptions.config.asSeen;
    // An error's answer is the error handler's; "nothing" (204) holds no text.
    if (!declared || reply.statusCode >= 300 || payload === null) return payload;
    const made = shapeOf(payload);
    if (made !== declared) {
      throw new Error(
        `${request.method} ${request.routeOptions.url} declares asSeen "${declared}" but its answer came from ${made ? `"${made}"` : 'no function of as-seen.ts'}.`,
      );
    }
    return payload;
  });
}
