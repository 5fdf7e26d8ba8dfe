import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, mayDo } from '../access/access';
import { findLiveSessionById, findMembership } from '../auth/accounts.service';
import { Type } from 'typebox';
import { ErrorResponse, ReviewParams } from '../contract/common';
import { MeetingParams, MeetingSchema, MoveBody, StartMeetingBody } from '../contract/walkthrough';
import { viewFor } from '../anonymise/view-request';
import { asWritten, meetingAsSeen } from '../anonymise/as-seen';
import { AppError } from '../errors';
import { createMeetingHub } from './cross-instance';
import type { MeetingMessage } from './hub';
import { StreamLimits } from './stream-limits';
import {
  currentMeeting,
  endMeeting,
  findMeeting,
  meetingState,
  moveMeeting,
  startMeeting,
} from './meetings.service';

/** Comment lines keep proxies and browsers from timing out a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
/** Following a meeting, and its stream's re-checks: one ability of the access table. */
const FOLLOW = 'present';

/**
 * Follow the chair: the reviewer chairing a meeting steps through the walk-through; every
 * follower's stream (server-sent events) is told the new position at once. The stream carries
 * event ids only: each follower loads the record through their own role's view of it.
 */
export const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const hub = createMeetingHub(app.db, app.config.databaseUrl, app.log);
  const streams = new StreamLimits();
  // Streams end before the server waits on its connections; then the LISTEN connection goes.
  app.addHook('preClose', async () => hub.closeAll());
  app.addHook('onClose', () => hub.close());

  app.post(
    '/api/reviews/:reviewId/meetings',
    {
      config: { access: access.to('chair'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'Start a meeting chaired by you (ends any other running for the review)',
        params: ReviewParams,
        body: StartMeetingBody,
        response: { 201: MeetingSchema, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const { meeting, ended } = await startMeeting(
        app.db,
        reviewId,
        request.viewer!.userId,
        request.body,
      );
      for (const id of ended) await hub.publish(id, { type: 'ended', data: { reason: 'ended' } });
      await app.audit(request, { action: 'meeting.started', reviewId, target: meeting.id });
      return reply.code(201).send(asWritten(meeting));
    },
  );

  app.get(
    '/api/reviews/:reviewId/meetings/current',
    {
      config: { access: access.to(FOLLOW), asSeen: 'meeting' },
      schema: {
        tags: ['walk-through'],
        summary: 'The meeting running now (204 when none is)',
        params: ReviewParams,
        response: { 200: MeetingSchema, 204: Type.Null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId } = request.params;
      const meeting = await currentMeeting(app.db, reviewId);
      // Pages poll this every few seconds: "none" must not read as a failure in a console.
      if (!meeting) return reply.code(204).send(null);
      // Its title and filter are a reviewer's words (?subject=…): the panel reads labels.
      return meetingAsSeen(meeting, await viewFor(app, request, reviewId, undefined));
    },
  );

  app.put(
    '/api/reviews/:reviewId/meetings/:meetingId/position',
    {
      config: { access: access.to('chair'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'The chair steps to a record; followers follow',
        params: MeetingParams,
        body: MoveBody,
        response: {
          200: MeetingSchema,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { reviewId, meetingId } = request.params;
      const meeting = await moveMeeting(
        app.db,
        reviewId,
        meetingId,
        request.viewer!.userId,
        request.body.eventId,
      );
      await hub.publish(meetingId, {
        type: 'position',
        data: { eventId: meeting.position, seq: meeting.seq },
      });
      return asWritten(meeting);
    },
  );

  app.delete(
    '/api/reviews/:reviewId/meetings/:meetingId',
    {
      config: { access: access.to('chair'), asSeen: 'as-written' },
      schema: {
        tags: ['walk-through'],
        summary: 'End the meeting: followers are told and their streams close',
        params: MeetingParams,
        response: { 200: MeetingSchema, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { reviewId, meetingId } = request.params;
      const meeting = await endMeeting(app.db, reviewId, meetingId);
      await hub.publish(meetingId, { type: 'ended', data: { reason: 'ended' } });
      await app.audit(request, { action: 'meeting.ended', reviewId, target: meetingId });
      return asWritten(meeting);
    },
  );

  app.get(
    '/api/reviews/:reviewId/meetings/:meetingId/stream',
    {
      config: { access: access.to(FOLLOW) },
      // Never compressed: a compressor holds bytes until its buffer fills (app.ts).
      compress: false,
      schema: {
        tags: ['walk-through'],
        summary: 'Follow the chair: a text/event-stream of `position` and `ended` events',
        params: MeetingParams,
        response: { 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { reviewId, meetingId } = request.params;
      const meeting = await findMeeting(app.db, reviewId, meetingId);
      const viewer = request.viewer!;
      await app.audit(request, { action: 'meeting.joined', reviewId, target: meetingId });
      const headers = {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      };
      // An ended meeting's stream says so and closes at once: it takes no slot.
      const release = meeting.endedAt ? () => {} : streams.acquire(viewer.sessionId, viewer.userId);
      if (!release) {
        throw new AppError('TOO_MANY_ATTEMPTS', 'You already follow enough meeting streams.');
      }
      reply.hijack();
      const raw = reply.raw;
      // However the stream closes (ended, access lost, the client gone, shutdown, an error),
      // the socket closes, and the slot is given back once.
      raw.once('close', release);
      raw.writeHead(200, headers);
      const send = (message: MeetingMessage) =>
        raw.write(`event: ${message.type}\ndata: ${JSON.stringify(message.data)}\n\n`);
      if (meeting.endedAt) {
        send({ type: 'ended', data: { reason: 'ended' } });
        raw.end();
        return;
      }
      // The newest step this stream has sent: one arriving twice (its message and a re-read
      // after a gap) or late (two instances' messages crossing) is dropped, never re-sent.
      let seq = meeting.seq;
      const sendPosition = (position: { eventId: string | null; seq: number }) => {
        if (position.seq <= seq) return;
        seq = position.seq;
        send({ type: 'position', data: position });
      };
      send({ type: 'position', data: { eventId: meeting.position, seq } });

      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(keepAlive);
        unsubscribe();
        release();
        raw.end();
      };
      // A stream is one long request: the user's access is checked again at every step, so
      // a member removed (or signed out) mid-meeting stops receiving at the next one.
      const stillAllowed = async () => {
        const session = await findLiveSessionById(
          app.db,
          viewer.sessionId,
          app.config.sessionIdleMinutes,
        );
        if (!session) return false;
        // The route's own ability, asked of the table as the route's check asks it.
        const membership = await findMembership(app.db, reviewId, viewer.userId);
        return mayDo(FOLLOW, membership, viewer.isAdmin);
      };
      const endWith = (reason: 'ended' | 'access') => {
        if (!open) return;
        send({ type: 'ended', data: { reason } });
        close();
      };
      const unsubscribe = hub.subscribe(meetingId, (message) => {
        if (message.type === 'ended') {
          send(message);
          close();
          return;
        }
        if (message.data.seq <= seq) return;
        void stillAllowed().then(
          (allowed) => {
            if (!open) return;
            if (allowed) sendPosition(message.data);
            else endWith('access');
          },
          // The database gone (the server closing, PostgreSQL unreachable): the stream ends.
          () => close(),
        );
      });
      // An end or a step published between reading the meeting and subscribing would be
      // missed, as would one whose message was lost between instances; so the meeting is read
      // again now, and at every keep-alive, which also re-checks access: signed out, removed
      // or ended, the stream closes within KEEP_ALIVE_MS, and a lost step arrives by then.
      const check = async () => {
        const state = await meetingState(app.db, reviewId, meetingId);
        if (!state || state.ended) return endWith('ended');
        if (!(await stillAllowed())) return endWith('access');
        if (!open) return;
        if (state.position.seq > seq) sendPosition(state.position);
        else raw.write(': keep-alive\n\n');
      };
      // A check that fails (the server closing, the database unreachable) ends the stream
      // instead of leaving an unhandled rejection: the follower reconnects.
      const checkOrClose = () => void check().catch(() => close());
      checkOrClose();
      const keepAlive = setInterval(checkOrClose, KEEP_ALIVE_MS);
      request.raw.on('close', close);
    },
  );
};
