import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { localeCodeSchema, parseInput } from '../validation';

const searchQuery = z
  .object({
    q: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters'),
    locale: localeCodeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(20).default(5),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/helpdesk/faq/search?q=&locale=&limit= — suggestions while the customer types. */
  async search(ctx: any) {
    const { q, locale, limit } = parseInput(searchQuery, ctx.query, 'query');
    ctx.body = { data: await getPluginService(strapi, 'search').search(q, { locale, limit }), meta: {} };
  },
});
