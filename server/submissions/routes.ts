import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access, agencyScope } from '../access/access';
import { headerKey } from '../shared/phrases';
import { ErrorResponse, ReviewParams } from '../contract/common';
import {
  SubmissionBody,
  SubmissionDetail,
  SubmissionListResponse,
  SubmissionParams,
  SubmissionRejected,
  SubmissionReport,
  type SubmissionBodyInput,
} from '../contract/submissions';
import { databaseLocation } from '../config';
import { AppError } from '../errors';
import type { UploadedFile } from '../ingest/read-upload';
import { noteRefusedUpload } from './refused-uploads';
import { getSubmission, listSubmissions } from './submissions.service';
import { UploadQueue } from './upload-queue';
import { UploadRateLimit } from './upload-rate';

/** Refusals that are the file's fault (not a throttle or a busy server): see noteRefusedUpload. */
const FILE_REFUSALS = new Set([400, 413, 415, 422]);

export const submissionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Parsing and storing run in a worker thread (upload-queue.ts); the route only checks who
  // may upload, counts the session's uploads, and writes the audit entry.
  const uploads = new UploadQueue(app.db, {
    database: databaseLocation(app.config),
    maxMegabytes: app.config.databaseMaxMegabytes,
  });
  app.addHook('onClose', () => uploads.close());
  const rate = new UploadRateLimit(app.config.uploadsPerMinute, app.config.uploadsAtOnce);

  app.post(
    '/api/reviews/:reviewId/submissions',
    {
      config: { access: access.to('submit') },
      schema: {
        tags: ['submissions'],
        summary: "Upload an agency's chronology (CSV, JSON, Excel .xlsx or Word .docx)",
        description:
          'multipart/form-data with fields agency, agencyKind?, mapping? (JSON), typeMap? (JSON), dryRun?, sheet? (Excel) and the part `file`; or application/json with {agency, events, …}. 422 lists every row problem and stores nothing.',
        consumes: ['multipart/form-data', 'application/json'],
        params: ReviewParams,
        body: SubmissionBody,
        response: {
          200: SubmissionReport,
          201: SubmissionReport,
          400: ErrorResponse,
          404: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          422: SubmissionRejected,
          429: ErrorResponse,
          503: ErrorResponse,
          507: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const { reviewId } = request.params;
      const scope = agencyScope(request.viewer);
      if (scope !== null && headerKey(body.agency) !== scope) {
        throw new AppError(
          'FORBIDDEN',
          `You upload for ${request.viewer!.membership!.agencyName} only, not for "${body.agency}".`,
        );
      }
      const done = rate.begin(request.viewer!.sessionId);
      let result: Awaited<ReturnType<UploadQueue['submit']>>;
      try {
        result = await uploads.submit({
          reviewId,
          agency: body.agency,
          agencyKind: body.agencyKind,
          mapping: jsonField(body.mapping, 'mapping'),
          typeMap: jsonField(body.typeMap, 'typeMap') as Record<string, string> | undefined,
          dryRun: body.dryRun,
          file: uploadedFile(body),
          events: body.events,
          sheet: body.sheet,
        });
      } catch (error) {
        if (error instanceof AppError) {
          await app.audit(request, {
            action: 'submission.rejected',
            reviewId,
            detail: { status: error.status, code: error.code, issues: error.issues?.length ?? 0 },
          });
          // Noted beside the answer, never instead of it: a busy database must not turn the
          // list of row problems into a 503.
          if (FILE_REFUSALS.has(error.status)) {
            await noteRefusedUpload(app.db, reviewId, body.agency).catch((noteError: unknown) =>
              request.log.warn({ err: noteError }, 'could not note a refused upload'),
            );
          }
        }
        throw error;
      } finally {
        done();
      }
      const { status, report } = result;
      if (!body.dryRun && status === 201) {
        await app.audit(request, {
          action: 'submission.uploaded',
          reviewId,
          target: report.submission.id,
          detail: { version: report.submission.version, events: report.submission.eventCount },
        });
      }
      return reply.code(status).send(report);
    },
  );

  app.get(
    '/api/reviews/:reviewId/submissions',
    {
      config: { access: access.to('submit') },
      schema: {
        tags: ['submissions'],
        summary: 'Every version of every agency’s chronology, newest first',
        params: ReviewParams,
        response: { 200: SubmissionListResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({
      submissions: await listSubmissions(
        app.db,
        request.params.reviewId,
        agencyScope(request.viewer),
      ),
    }),
  );

  app.get(
    '/api/reviews/:reviewId/submissions/:submissionId',
    {
      config: { access: access.to('submit') },
      schema: {
        tags: ['submissions'],
        summary: 'One version: its headers, mapping, type map and the warnings of its upload',
        params: SubmissionParams,
        response: { 200: SubmissionDetail, 404: ErrorResponse },
      },
    },
    async (request) =>
      getSubmission(
        app.db,
        request.params.reviewId,
        request.params.submissionId,
        agencyScope(request.viewer),
      ),
  );
};

/** multipart sends the mapping as JSON text; application/json sends an object. */
function jsonField(
  value: SubmissionBodyInput['mapping'] | SubmissionBodyInput['typeMap'],
  name: string,
): Record<string, string | null> | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new AppError(
      'BAD_REQUEST',
      `${name} must be a JSON object, e.g. {"date": "Date of Contact"}.`,
    );
  }
  const isFlatObject =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => v === null || typeof v === 'string');
  if (!isFlatObject) {
    throw new AppError('BAD_REQUEST', `${name} must be a JSON object of text values.`);
  }
  return parsed as Record<string, string | null>;
}

function uploadedFile(body: SubmissionBodyInput): UploadedFile | undefined {
  const file = body.file as UploadedFile | undefined;
  if (file === undefined) return undefined;
  if (!file || !(file.bytes instanceof Uint8Array)) {
    throw new AppError('BAD_REQUEST', '"file" must be an uploaded file part, not a text field.');
  }
  return file;
}
