import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { TICKET_TIERS } from '../domain/tickets';
import { getPluginService } from '../utils';
import { instantSchema, parseInput } from '../validation';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

const statsQuery = z
  .object({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    tier: z.enum(TICKET_TIERS).optional(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .strict();

const invalid = (path: string, message: string) =>
  new errors.ValidationError(`${path}: ${message}`, { errors: [{ path, message }] });

/** GET /stats — the dashboard's figures, as JSON or the per-day rows as CSV. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const query = parseInput(statsQuery, ctx.query, 'query');
    const to = query.to ?? getPluginService(strapi, 'clock').now();
    const from = query.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
    if (to <= from) throw invalid('query.to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw invalid('query.to', `must be at most ${MAX_DAYS} days after from`);

    const stats = getPluginService(strapi, 'stats');
    const data = await stats.compute({ from, to, tier: query.tier });

    const wantsCsv = query.format === 'csv' || (query.format === undefined && ctx.accepts('application/json', 'text/csv') === 'text/csv');
    if (wantsCsv) {
      const day = (value: string) => value.slice(0, 10);
      ctx.set('Content-Disposition', `attachment; filename="helpdesk-stats-${day(data.from)}-${day(data.to)}.csv"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stats.dailyCsv(data);
      return;
    }
    ctx.body = { data };
  },
});
