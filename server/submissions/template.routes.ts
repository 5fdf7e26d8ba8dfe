import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../access/access';
import { Type } from 'typebox';
import { templateCsv } from './template';

export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/template.csv',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['submissions'],
        summary: 'The chronology template for agencies: headers and one example row',
        produces: ['text/csv'],
        response: { 200: Type.String() },
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tapestry-chronology-template.csv"')
        .send(templateCsv()),
  );
};
