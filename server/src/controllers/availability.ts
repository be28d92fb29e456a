import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { instantSchema, parseInput } from '../validation';

const availabilityQuery = z
  .object({
    at: instantSchema.optional(),
    tier: z.enum(['standard', 'priority']).default('standard'),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/helpdesk/availability?at=&tier= — is support staffed, and when would a ticket be answered. */
  async find(ctx: any) {
    const { at, tier } = parseInput(availabilityQuery, ctx.query, 'query');
    const instant = at ?? getPluginService(strapi, 'clock').now();
    ctx.body = { data: await getPluginService(strapi, 'sla').availability(instant, tier), meta: {} };
  },
});
