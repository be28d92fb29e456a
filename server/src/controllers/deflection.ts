import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { documentIdSchema, localeCodeSchema, parseInput, withoutNul } from '../validation';
import { DEFLECTION_UID } from '../uids';

const createBody = z
  .object({
    data: z
      .object({
        /** `faq`, or a documentation source's content-type uid, as search results give it. */
        source: z.string().trim().min(1).max(255),
        documentId: documentIdSchema,
        query: z.string().trim().max(200).refine(withoutNul, 'must not contain NUL characters').optional(),
        locale: localeCodeSchema.optional(),
      })
      .strict(),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/helpdesk/deflections — "this answer solved my question", for the deflection rate. */
  async create(ctx: any) {
    const { data } = parseInput(createBody, ctx.request.body, 'body');
    const search = getPluginService(strapi, 'search');
    const source = search.sourceNamed(data.source);
    if (!source) {
      throw new errors.ValidationError('body.data.source: must be "faq" or a configured documentation source', {
        errors: [{ path: 'body.data.source', message: 'must be "faq" or a configured documentation source' }],
      });
    }
    if (!(await search.isPublished(source, data.documentId))) {
      throw new errors.ValidationError('body.data.documentId: no published entry of this source has this id', {
        errors: [{ path: 'body.data.documentId', message: 'no published entry of this source has this id' }],
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
