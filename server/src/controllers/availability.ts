import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { parseInput } from '../validation';

const availabilityQuery = z
  .object({
    at: z
      .string()
      .max(40)
      .refine((value) => DateTime.fromISO(value, { setZone: true }).isValid, 'must be an ISO 8601 date-time such as 2026-03-10T15:59:00+01:00')
      .optional(),
    tier: z.enum(['standard', 'priority']).default('standard'),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/helpdesk/availability?at=&tier= — is support staffed, and when would a ticket be answered. */
  async find(ctx: any) {
    const { at, tier } = parseInput(availabilityQuery, ctx.query, 'query');
    const instant = at ? DateTime.fromISO(at, { setZone: true }).toJSDate() : getPluginService(strapi, 'clock').now();
    ctx.body = { data: await getPluginService(strapi, 'sla').availability(instant, tier), meta: {} };
  },
});
