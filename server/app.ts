import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import type { Kysely } from 'kysely';
import { clientAssets } from './client-assets';
import type { AppConfig } from './config';
import type { Database } from './db/schema';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';
import { duplicateRoutes } from './duplicates/routes';
import { eventRoutes } from './events/routes';
import { gapRoutes } from './gaps/routes';
import { reviewRoutes } from './reviews/routes';
import { ruleRoutes } from './rules/routes';
import { submissionRoutes } from './submissions/routes';
import { templateRoutes } from './submissions/template.routes';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    config: AppConfig;
  }
}

export interface BuildAppOptions {
  db: Kysely<Database>;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the whole application: every Fastify option lives here, so tests get exactly the
 * server that `npm start` runs. It never listens; server/main.ts does.
 */
export async function buildApp({ db, config, logger = false }: BuildAppOptions) {
  const app = Fastify({
    logger,
    bodyLimit: config.uploadLimitBytes,
    // A slow or stalled client must not hold a connection (and an upload) open forever.
    requestTimeout: 120_000,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', db);
  app.decorate('config', config);
  app.setErrorHandler(errorHandler);
  // No route reads plain text: without this, a CSV posted as text/plain would fail schema
  // validation (400) instead of being told which content types are accepted (415).
  app.removeContentTypeParser('text/plain');

  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 20, fieldSize: 1024 * 1024 },
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

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tapestry API',
        description: 'Multi-agency merged chronologies for safeguarding case reviews.',
        version: '0.1.0',
      },
      tags: [
        { name: 'reviews', description: 'Case reviews and their period' },
        { name: 'submissions', description: "Agencies' uploaded chronologies" },
        { name: 'events', description: 'The merged timeline' },
        { name: 'rules', description: 'Gap rules: statutory and local timescales, per review' },
        { name: 'gaps', description: 'Where the records show a delay or a missing step' },
        {
          name: 'duplicates',
          description: 'One incident in two chronologies: suggestions and links',
        },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(reviewRoutes);
  await app.register(submissionRoutes);
  await app.register(eventRoutes);
  await app.register(templateRoutes);
  await app.register(ruleRoutes);
  await app.register(gapRoutes);
  await app.register(duplicateRoutes);
  await app.register(clientAssets);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_FILE_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_FILE_TYPE',
};

/** The one place errors become HTTP responses. */
function errorHandler(
  this: FastifyInstance,
  error: FastifyError | AppError,
  request: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[1],
  reply: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[2],
) {
  if (error instanceof AppError) {
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
  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .send({ error: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message } });
}

/** "body/within/unit must be equal to one of the allowed values (hours, days, …)". */
function describeValidation(error: FastifyError): string {
  return (error.validation ?? [])
    .map((v) => {
      const where = `${error.validationContext ?? 'request'}${v.instancePath}`;
      const params = v.params as { additionalProperty?: string; allowedValues?: unknown[] };
      const detail = params.additionalProperty
        ? `: "${params.additionalProperty}"`
        : params.allowedValues
          ? ` (${params.allowedValues.join(', ')})`
          : '';
      return `${where} ${v.message ?? 'is invalid'}${detail}`;
    })
    .join('; ');
}
