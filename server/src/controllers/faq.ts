import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { FAQ_UID } from '../uids';
import { getPluginService } from '../utils';
import { documentIdSchema, localeCodeSchema, parseInput } from '../validation';

const searchQuery = z
  .object({
    q: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters'),
    locale: localeCodeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(20).default(5),
  })
  .strict();

const entryParams = z.object({ documentId: documentIdSchema }).strict();
const entryQuery = z.object({ locale: localeCodeSchema.optional() }).strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/helpdesk/faq/search?q=&locale=&limit= — suggestions while the customer types. */
  async search(ctx: any) {
    const { q, locale, limit } = parseInput(searchQuery, ctx.query, 'query');
    ctx.body = { data: await getPluginService(strapi, 'search').search(q, { locale, limit }), meta: {} };
  },

  /**
   * GET /api/helpdesk/faq/:documentId?locale= — one published FAQ entry, for the answer a customer
   * picked from the suggestions; in the default locale when it has none in the one asked for.
   */
  async findOne(ctx: any) {
    // Only the named parameter: the router also lists its captures by position.
    const { documentId } = parseInput(entryParams, { documentId: ctx.params.documentId }, 'params');
    const { locale } = parseInput(entryQuery, ctx.query, 'query');
    const find = (inLocale?: string) =>
      strapi.documents(FAQ_UID as any).findOne({ documentId, status: 'published', ...(inLocale ? { locale: inLocale } : {}), fields: ['question', 'answer', 'locale'] });
    const entry = (locale ? await find(locale) : null) ?? (await find());
    if (!entry) throw new errors.NotFoundError('FAQ entry not found');
    const data = await strapi.contentAPI.sanitize.output(entry, strapi.getModel(FAQ_UID as any), { auth: ctx.state.auth });
    ctx.body = { data, meta: {} };
  },
});
