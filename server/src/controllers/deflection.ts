import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { documentIdSchema, localeCodeSchema, parseInput } from '../validation';

const FAQ_UID = 'plugin::helpdesk.faq';
const DEFLECTION_UID = 'plugin::helpdesk.deflection';

const createBody = z
  .object({
    data: z
      .object({
        source: z.literal('faq'),
        documentId: documentIdSchema,
        query: z.string().trim().max(200).optional(),
        locale: localeCodeSchema.optional(),
      })
      .strict(),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/helpdesk/deflections — "this answer solved my question", for the deflection rate. */
  async create(ctx: any) {
    const { data } = parseInput(createBody, ctx.request.body, 'body');
    const published = await strapi.db
      .query(FAQ_UID as any)
      .findOne({ where: { documentId: data.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
    if (!published) {
      throw new errors.ValidationError('body.data.documentId: no published FAQ entry has this id', {
        errors: [{ path: 'body.data.documentId', message: 'no published FAQ entry has this id' }],
      });
    }
    const deflection = await strapi.db.query(DEFLECTION_UID as any).create({
      data: {
        source: data.source,
        sourceDocumentId: data.documentId,
        query: data.query ?? null,
        language: data.locale ?? null,
        customer: ctx.state?.user?.id ?? null,
      },
    });
    ctx.status = 201;
    ctx.body = {
      data: { documentId: deflection.documentId, source: data.source, sourceDocumentId: data.documentId, createdAt: deflection.createdAt },
      meta: {},
    };
  },
});
