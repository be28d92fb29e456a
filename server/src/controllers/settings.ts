import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { settingsUpdateSchema } from '../settings/schema';
import { getPluginService } from '../utils';
import { noFieldsSchema, parseInput } from '../validation';

const updateBody = z.object({ data: settingsUpdateSchema }).strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /helpdesk/settings */
  async find(ctx: any) {
    parseInput(noFieldsSchema, ctx.query, 'query');
    ctx.body = { data: await getPluginService(strapi, 'settings').get() };
  },

  /** PUT /helpdesk/settings — `{ data: { sla?, fairUse? } }`; each given section is replaced whole. */
  async update(ctx: any) {
    const { data } = parseInput(updateBody, ctx.request.body, 'body');
    const settings = await getPluginService(strapi, 'settings').update(data);
    // New thresholds or weights: every customer is re-scored, in batches, by the next sweeps.
    if (data.fairUse) await getPluginService(strapi, 'fair-use').recheckAll();
    ctx.body = { data: settings };
  },
});
