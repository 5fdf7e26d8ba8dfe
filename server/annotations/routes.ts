import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import { getGlossary, saveGlossary } from '../anonymise/glossary.service';
import { viewFor } from '../anonymise/view-request';
import { asWritten, notesAsSeen } from '../anonymise/as-seen';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  AnnotationBody,
  AnnotationParams,
  AnnotationSchema,
  AnnotationsResponse,
  AnnotationUpdateBody,
  EpisodeBody,
  EpisodeParams,
  EpisodeSchema,
  GlossaryBody,
  GlossaryEntrySchema,
  ViewQuery,
} from '../contract/walkthrough';
import {
  createAnnotation,
  deleteAnnotation,
  deleteEpisode,
  resolveNotes,
  saveEpisode,
  updateAnnotation,
} from './annotations.service';

/** The review's own notes on the records, its key practice episodes, and the people glossary. */
export const annotationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/reviews/:reviewId/annotations',
    {
      config: { access: access.to('readNotes'), asSeen: 'notes' },
      schema: {
        tags: ['walk-through'],
        summary: 'Notes and key practice episodes, each placed on the current records',
        description:
          'A note follows its record across re-uploads by the agency’s source reference, or its content: status says whether it is still attached, on a record whose content changed, or orphaned.',
        params: ReviewParams,
        querystring: ViewQuery,
        response: { 200: AnnotationsResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const view = await viewFor(app, request, reviewId, request.query.view);
      return notesAsSeen(await resolveNotes(app.db, reviewId), view);
    },
  );

  app.post(
    '/api/reviews/:reviewId/annotations',
    {
      config: { access: access.to('annotate'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Mark a record: key event, missed opportunity, good practice or learning point',
        params: ReviewParams,
        body: AnnotationBody,
        response: { 201: AnnotationSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const note = await createAnnotation(app.db, reviewId, request.body, request.viewer!.userId);
      await app.audit(request, {
        action: 'annotation.created',
        reviewId,
        target: note.id,
        detail: { kind: note.kind },
      });
      return reply.code(201).send(asWritten(note));
    },
  );

  app.put(
    '/api/reviews/:reviewId/annotations/:annotationId',
    {
      config: { access: access.to('annotate'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Change a note; `reattach` accepts its record as it now reads',
        params: AnnotationParams,
        body: AnnotationUpdateBody,
        response: { 200: AnnotationSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, annotationId } = request.params;
      const note = await updateAnnotation(app.db, reviewId, annotationId, request.body);
      await app.audit(request, {
        action: 'annotation.changed',
        reviewId,
        target: annotationId,
        detail: { kind: note.kind, reattached: request.body.reattach === true },
      });
      return asWritten(note);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/annotations/:annotationId',
    {
      config: { access: access.to('annotate') },
      schema: {
        tags: ['walk-through'],
        summary: 'Delete a note',
        params: AnnotationParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, annotationId } = request.params;
      await deleteAnnotation(app.db, reviewId, annotationId);
      await app.audit(request, { action: 'annotation.deleted', reviewId, target: annotationId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/reviews/:reviewId/episodes',
    {
      config: { access: access.to('annotate'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Mark a key practice episode: a span of records, good or problematic',
        params: ReviewParams,
        body: EpisodeBody,
        response: { 201: EpisodeSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const episode = await saveEpisode(app.db, reviewId, request.body, request.viewer!.userId);
      await app.audit(request, {
        action: 'annotation.created',
        reviewId,
        target: episode.id,
        detail: { kind: 'episode', assessment: episode.assessment },
      });
      return reply.code(201).send(asWritten(episode));
    },
  );

  app.put(
    '/api/reviews/:reviewId/episodes/:episodeId',
    {
      config: { access: access.to('annotate'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Change a key practice episode',
        params: EpisodeParams,
        body: EpisodeBody,
        response: { 200: EpisodeSchema, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, episodeId } = request.params;
      const episode = await saveEpisode(
        app.db,
        reviewId,
        request.body,
        request.viewer!.userId,
        episodeId,
      );
      await app.audit(request, {
        action: 'annotation.changed',
        reviewId,
        target: episodeId,
        detail: { kind: 'episode' },
      });
      return asWritten(episode);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/episodes/:episodeId',
    {
      config: { access: access.to('annotate') },
      schema: {
        tags: ['walk-through'],
        summary: 'Delete a key practice episode',
        params: EpisodeParams,
        response: { 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, episodeId } = request.params;
      await deleteEpisode(app.db, reviewId, episodeId);
      await app.audit(request, { action: 'annotation.deleted', reviewId, target: episodeId });
      return reply.code(204).send(null);
    },
  );

  const GlossaryResponse = Type.Object({ entries: Type.Array(GlossaryEntrySchema) });

  app.get(
    '/api/reviews/:reviewId/glossary',
    {
      config: { access: access.to('glossary'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'The people glossary: names and aliases ⇄ role labels (reviewers only)',
        params: ReviewParams,
        response: { 200: GlossaryResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      // The key from labels back to names: reading it is as good as the named view.
      await app.audit(request, { action: 'glossary.viewed', reviewId });
      return asWritten({ entries: await getGlossary(app.db, reviewId) });
    },
  );

  app.put(
    '/api/reviews/:reviewId/glossary',
    {
      config: { access: access.to('glossary'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Replace the people glossary',
        description:
          'Each entry: a role label ("Mother") and the names and aliases it replaces ("Jane Smith", "Jane", "Ms Smith"), matched as whole words, any case.',
        params: ReviewParams,
        body: GlossaryBody,
        response: { 200: GlossaryResponse, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId } = request.params;
      const entries = await saveGlossary(app.db, reviewId, request.body);
      await app.audit(request, {
        action: 'glossary.changed',
        reviewId,
        detail: { labels: entries.length, names: entries.reduce((n, e) => n + e.names.length, 0) },
      });
      return asWritten({ entries });
    },
  );
};
