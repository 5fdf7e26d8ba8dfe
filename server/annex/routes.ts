import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../access/access';
import { viewFor } from '../anonymise/view-request';
import { annexAsSeen } from '../anonymise/as-seen';
import { ReviewParams } from '../contract/common';
import { EventListQuery } from '../contract/events';
import { annexCsv, annexDocx, annexFileName, annexXlsx, buildAnnex } from './annex.service';

/** The events list's filters, and whether to add the dates as the agencies wrote them. */
const AnnexQuery = Type.Object({
  ...EventListQuery.properties,
  dateAsWritten: Type.Optional(
    Type.Boolean({
      description: 'Add a "Date as written" column beside the house form of each date',
    }),
  ),
});

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The annex for the report: the merged chronology as CSV, XLSX or Word, anonymised by default. */
export const annexRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const format of ['csv', 'xlsx', 'docx'] as const) {
    app.get(
      `/api/reviews/:reviewId/annex.${format}`,
      {
        config: { access: access.to('exportAnnex'), asSeen: 'annex' },
        schema: {
          tags: ['walk-through'],
          summary: `The annex (summary timeline of significant events) as ${format.toUpperCase()}`,
          description:
            'Takes the events list’s filters; annotated=true keeps key events only. Dates are in one form (12 Mar 2018); dateAsWritten=true adds each as its agency wrote it. People appear as their glossary labels unless view=named. Cells that a spreadsheet would run as a formula are escaped.',
          params: ReviewParams,
          querystring: AnnexQuery,
        },
      },
      async (request, reply) => {
        const { reviewId } = request.params;
        const { dateAsWritten = false, ...query } = request.query;
        const view = await viewFor(app, request, reviewId, query.view);
        const annex = annexAsSeen(await buildAnnex(app.db, reviewId, query, view.redact), view);
        const columns = { dateAsWritten };
        const body =
          format === 'csv'
            ? annexCsv(annex, columns)
            : format === 'xlsx'
              ? await annexXlsx(annex, columns)
              : annexDocx(annex, columns);
        await app.audit(request, {
          action: 'export.downloaded',
          reviewId,
          detail: { format, view: view.mode, rows: annex.events.length },
        });
        return reply
          .type(FORMATS[format])
          .header(
            'content-disposition',
            `attachment; filename="${annexFileName(annex.reference, view.mode, format)}"`,
          )
          .send(body);
      },
    );
  }
};
