import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { calendarSettingsSchema, fairUseSettingsSchema, slaSettingsSchema } from '../settings/schema';
import { getPluginService } from '../utils';
import { instantSchema, localeCodeSchema, parseInput } from '../validation';

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, 'must be a date YYYY-MM-DD');

const holidaysBody = z
  .object({ data: z.object({ calendar: calendarSettingsSchema, from: localDate.optional(), months: z.number().int().min(1).max(24).default(12) }).strict() })
  .strict();

const dueBody = z
  .object({
    data: z
      .object({
        receivedAt: instantSchema,
        sla: slaSettingsSchema.optional(),
      })
      .strict(),
  })
  .strict();

const regionsQuery = z.object({ locale: localeCodeSchema.optional() }).strict();

const fairUseBody = z.object({ data: z.object({ fairUse: fairUseSettingsSchema }).strict() }).strict();

/** The settings page's previews of unsaved settings; each answers from what it is given and writes nothing. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const previews = () => getPluginService(strapi, 'settings-previews');

  return {
    /** POST /helpdesk/settings/preview/holidays — `{ data: { calendar, from?, months? } }` */
    async holidays(ctx: any) {
      const { calendar, from, months } = parseInput(holidaysBody, ctx.request.body, 'body').data;
      ctx.body = previews().holidays(calendar, { from, months });
    },

    /** POST /helpdesk/settings/preview/due — `{ data: { receivedAt, sla? } }` */
    async due(ctx: any) {
      const { receivedAt, sla } = parseInput(dueBody, ctx.request.body, 'body').data;
      ctx.body = { data: await previews().due(receivedAt, sla) };
    },

    /** GET /helpdesk/settings/holiday-regions?locale= — the countries and regions a calendar's holidays can follow. */
    async holidayRegions(ctx: any) {
      const { locale } = parseInput(regionsQuery, ctx.query ?? {}, 'query');
      ctx.body = { data: previews().holidayRegions(locale) };
    },

    /** POST /helpdesk/settings/preview/fair-use — `{ data: { fairUse } }` */
    async fairUse(ctx: any) {
      const { fairUse } = parseInput(fairUseBody, ctx.request.body, 'body').data;
      ctx.body = { data: await previews().fairUse(fairUse) };
    },
  };
};
