import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import { annexRoutes } from './annex/routes';
import { annotationRoutes } from './annotations/routes';
import { auditRoutes } from './audit/routes';
import { installRedactionBoundary } from './anonymise/boundary';
import { installAuth } from './auth/plugin';
import { authRoutes } from './auth/routes';
import { clientAssets, CSP_DIRECTIVES } from './client-assets';
import type { AppConfig } from './config';
import { DeferredWrites } from './db/deferred-writes';
import type { Db } from './db/handle';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';
import { knownError, MULTIPART_LIMITS, oversizedField } from './http-errors';
import { duplicateRoutes } from './duplicates/routes';
import { eventRoutes } from './events/routes';
import { gapRoutes } from './timeline/gap-routes';
import { meetingRoutes } from './meetings/routes';
import { questionRoutes } from './questions/routes';
import { memberRoutes } from './reviews/members.routes';
import { expectedAgencyRoutes } from './reviews/agencies.routes';
import { invitationRoutes } from './reviews/invitation.routes';
import { reviewRoutes } from './reviews/routes';
import { ruleRoutes } from './gaps/rules.routes';
import { submissionRoutes } from './submissions/routes';
import { MAX_JSON_DEPTH, scanJson } from './ingest/json-scan';
import { templateRoutes } from './submissions/template.routes';
import { timelineRoutes } from './timeline/routes';
import { warmGapsAfterChanges } from './gaps/warm-gaps';
import { userRoutes } from './users/routes';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: AppConfig;
    /**
     * Side writes of a request (an audit entry, a session's last-seen time): queued and
     * retried when another connection holds the write lock, never failing the request.
     */
    sideWrites: DeferredWrites;
  }
}

export interface BuildAppOptions {
  db: Db;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
  /** The one-time first-run setup token (server/auth/first-run.ts), when no user exists. */
  setupToken?: string | null;
}

/**
 * Builds the whole application: every Fastify option lives here, so tests get exactly the
 * server that `npm start` runs. It never listens; server/main.ts does.
 */
export async function buildApp({ db, config, logger = false, setupToken = null }: BuildAppOptions) {
  const app = Fastify({
    logger: withoutCaseContent(logger),
    bodyLimit: config.uploadLimitBytes,
    // A slow or stalled client must not hold a connection (and an upload) open forever.
    requestTimeout: 120_000,
    // Believe X-Forwarded-* from as many proxy hops as configured; none by default.
    trustProxy:
      config.trustProxyHops > 0
        ? (_address: string, hop: number) => hop < config.trustProxyHops
        : false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', db);
  app.decorate('config', config);
  const sideWrites = new DeferredWrites((dropped) =>
    app.log.error({ dropped }, 'side writes (audit entries) dropped while the database was busy'),
  );
  app.decorate('sideWrites', sideWrites);
  app.addHook('onClose', () => sideWrites.flush());
  warmGapsAfterChanges(app);
  app.setErrorHandler(errorHandler);
  // No route reads plain text: without this, a CSV posted as text/plain would fail schema
  // validation (400) instead of being told which content types are accepted (415).
  app.removeContentTypeParser('text/plain');
  // JSON bodies get the checks uploaded JSON files get (server/ingest/json-scan.ts): nesting
  // deeper than MAX_JSON_DEPTH (a 10,000-deep body is a 400, not a stack overflow further in)
  // and a key written twice (JSON.parse would keep one value silently), named by item and
  // field. Then Fastify's own parser, which refuses __proto__ and constructor.prototype keys.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const scan = scanJson(body as string, MAX_JSON_DEPTH);
    const problems = scan.fatal ? [scan.fatal] : scan.duplicates;
    if (problems.length > 0) {
      done(
        new AppError(
          'BAD_REQUEST',
          `The JSON body cannot be used: ${problems.map((p) => p.message).join(' ')}`,
          problems,
        ),
        undefined,
      );
      return;
    }
    parseJson(request, body as string, (error, value) => {
      if (error) {
        const reserved = /__proto__|constructor/.test(body as string);
        done(
          new AppError(
            'BAD_REQUEST',
            reserved
              ? 'The JSON body uses a reserved field name (__proto__ or constructor.prototype).'
              : `The JSON body cannot be read: ${error.message}`,
          ),
          undefined,
        );
        return;
      }
      done(null, value);
    });
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // The app is served to same-origin pages only; no cross-origin embedding of anything.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    hsts: config.secureCookies ? { maxAge: 31_536_000 } : false,
  });
  // Answers are compressed (brotli at its plugin's quality 4, else gzip): the timeline feed at
  // 50,000 events is a tenth of its size in brotli. Before @fastify/static, as its README
  // requires, so the web app's files are compressed too. zstd is left out: Node 20 has none.
  // Request bodies are not inflated: an upload is refused by its size as sent (bodyLimit), and
  // a small compressed body must not become a large one past that check. The meeting stream
  // (text/event-stream) opts out on its route: it writes to the socket itself, and an event
  // held in a compressor's buffer would reach a follower late.
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    globalDecompression: false,
  });
  // Case data must not be left in a browser's or proxy's cache; the timeline feed and its
  // week totals say otherwise themselves (private, revalidated by ETag: timeline-tag.ts).
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (reply.statusCode >= 400) reply.removeHeader('etag');
    if (!reply.hasHeader('etag')) reply.header('cache-control', 'no-store');
  });
  await installAuth(app, config);
  installRedactionBoundary(app);

  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // Keep the name as the browser sent it, path and all, so a crafted "../x.csv" is refused
    // by name (submission-source.ts) rather than silently trimmed to "x.csv".
    preservePath: true,
    limits: {
      fileSize: config.uploadLimitBytes,
      files: MULTIPART_LIMITS.files,
      fields: MULTIPART_LIMITS.fields,
      // One byte over the limit, so a field that was cut can be told apart (oversizedField).
      fieldSize: MULTIPART_LIMITS.fieldBytes + 1,
    },
    // Keep the part's name and type beside its bytes: the body then validates like JSON.
    async onFile(part) {
      const bytes = await part.toBuffer();
      (part as unknown as { value: unknown }).value = {
        fileName: part.filename,
        mediaType: part.mimetype,
        bytes,
      };
    },
  });

  // After the multipart hook has read the form: a field cut at its limit is refused by name.
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const tooLarge = oversizedField(request.body);
    if (tooLarge) throw tooLarge;
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tapestry API',
        description: 'Multi-agency merged chronologies for safeguarding case reviews.',
        version: '0.1.0',
      },
      tags: [
        { name: 'accounts', description: 'Sign-in, users, review membership and the audit log' },
        { name: 'reviews', description: 'Case reviews and their period' },
        { name: 'submissions', description: "Agencies' uploaded chronologies" },
        { name: 'events', description: 'The merged timeline' },
        { name: 'rules', description: 'Gap rules: statutory and local timescales, per review' },
        { name: 'gaps', description: 'Where the records show a delay or a missing step' },
        {
          name: 'walk-through',
          description: 'Notes, key practice episodes, the people glossary, meetings and the annex',
        },
        {
          name: 'duplicates',
          description: 'One incident in two chronologies: suggestions and links',
        },
        {
          name: 'questions',
          description: 'A reviewer’s questions to an agency on its records, and the answers',
        },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(authRoutes, { setupToken });
  await app.register(userRoutes);
  await app.register(reviewRoutes);
  await app.register(memberRoutes);
  await app.register(expectedAgencyRoutes);
  await app.register(invitationRoutes);
  await app.register(auditRoutes);
  await app.register(submissionRoutes);
  await app.register(timelineRoutes);
  await app.register(eventRoutes);
  await app.register(templateRoutes);
  await app.register(ruleRoutes);
  await app.register(gapRoutes);
  await app.register(duplicateRoutes);
  await app.register(annotationRoutes);
  await app.register(questionRoutes);
  await app.register(annexRoutes);
  await app.register(meetingRoutes);
  await app.register(clientAssets);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * Request logs name the method and path only. The query string is dropped: it can hold a
 * search term or a person's name (?q=…, ?subject=…), and logs must never hold case content.
 */
function withoutCaseContent(logger: BuildAppOptions['logger']): BuildAppOptions['logger'] {
  if (!logger) return logger;
  const base = typeof logger === 'object' ? logger : {};
  return {
    ...base,
    serializers: {
      ...(base as { serializers?: object }).serializers,
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
    },
  };
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_FILE_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_FILE_TYPE',
};

/** The one place errors become HTTP responses. */
function errorHandler(
  this: FastifyInstance,
  thrown: FastifyError | AppError,
  request: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[1],
  reply: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[2],
) {
  const error =
    thrown instanceof AppError ? thrown : (knownError(thrown, isMultipart(request)) ?? thrown);
  if (error instanceof AppError && error !== thrown && error.status >= 500) {
    // Busy and full are the operator's to see: the SQLite code, never the statement or values.
    const log = error.code === 'STORAGE_FULL' ? request.log.error : request.log.warn;
    log.call(
      request.log,
      { err: { code: (thrown as FastifyError).code, message: thrown.message.slice(0, 120) } },
      error.code === 'STORAGE_FULL'
        ? 'storage full: the database could not grow (SQLITE_FULL)'
        : 'database busy: another connection held the write lock',
    );
  }
  if (error instanceof AppError) {
    if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.code(error.status).send({
      error: { code: error.code, message: error.message },
      ...(error.issues ? { issues: error.issues } : {}),
      ...error.details,
    });
  }
  if ('validation' in error && error.validation) {
    return reply.code(400).send({
      error: { code: 'BAD_REQUEST', message: `Invalid request: ${describeValidation(error)}` },
    });
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) {
    const message =
      mapped === 'FILE_TOO_LARGE'
        ? `The upload is larger than the limit of ${Math.round(this.config.uploadLimitBytes / 1024 / 1024)} MB.`
        : ERROR_CODES[mapped].message;
    return reply.code(ERROR_CODES[mapped].status).send({ error: { code: mapped, message } });
  }
  const status = error.statusCode ?? 500;
  if (status < 500) {
    return reply.code(status).send({ error: { code: 'BAD_REQUEST', message: error.message } });
  }
  // The error's kind, the start of its message and where it was thrown: a message can quote
  // data (a regular expression built from names, a value SQLite rejected), so no more.
  request.log.error(
    {
      err: {
        type: error.name,
        code: error.code,
        message: error.message.slice(0, 120),
        stack: error.stack?.split('\n').slice(1, 8).join('\n'),
      },
    },
    'request failed',
  );
  return reply
    .code(500)
    .send({ error: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message } });
}

function isMultipart(request: { isMultipart?: () => boolean }): boolean {
  return typeof request.isMultipart === 'function' && request.isMultipart();
}

/** "body/within/unit must be equal to one of the allowed values (hours, days, …)". */
function describeValidation(error: FastifyError): string {
  return (error.validation ?? [])
    .map((v) => {
      const where = `${error.validationContext ?? 'request'}${v.instancePath}`;
      const params = v.params as {
        additionalProperty?: string;
        allowedValues?: unknown[];
        format?: string;
      };
      if (params.format === 'date') return `${where} must be a real date, YYYY-MM-DD`;
      const detail = params.additionalProperty
        ? `: "${params.additionalProperty}"`
        : params.allowedValues
          ? ` (${params.allowedValues.join(', ')})`
          : '';
      return `${where} ${v.message ?? 'is invalid'}${detail}`;
    })
    .join('; ');
}
