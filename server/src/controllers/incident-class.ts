import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { localeCodeSchema, parseInput } from '../validation';
import { getPluginService } from '../utils';
import { INCIDENT_CLASS_UID } from '../uids';

const listQuery = z
  .object({
    locale: localeCodeSchema.optional(),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/helpdesk/incident-classes — the classes a customer can choose from. */
  async find(ctx: any) {
    const { locale } = parseInput(listQuery, ctx.query, 'query');
    const classes = await getPluginService(strapi, 'incident-classes').list(locale);
    const schema = strapi.getModel(INCIDENT_CLASS_UID);
    const data = await strapi.contentAPI.sanitize.output(classes, schema, { auth: ctx.state.auth });
    ctx.body = { data, meta: {} };
  },
});
