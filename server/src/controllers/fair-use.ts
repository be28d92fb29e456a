import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { adminName, getPluginService } from '../utils';
import { noFieldsSchema, parseInput, withoutNul } from '../validation';
import { USER_UID } from '../uids';

const customerParams = z.object({ customerId: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a customer id') }).strict();

const overrideBody = z
  .object({
    data: z
      .object({
        /** `clear`: no penalty whatever the signals say; `pin`: this score whatever they say. */
        mode: z.enum(['clear', 'pin']),
        score: z.number().int().min(0).max(100).optional(),
        reason: z.string().trim().min(3, 'must say why, in at least 3 characters').max(500).refine(withoutNul, 'must not contain NUL characters'),
      })
      .strict()
      .refine((data) => data.mode === 'pin' || data.score === undefined, { message: 'only a pin takes a score', path: ['score'] })
      .refine((data) => data.mode === 'clear' || data.score !== undefined, { message: 'a pin needs the score to hold', path: ['score'] }),
  })
  .strict();

/** Staff's view of, and word on, a customer's fair use. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const customerId = async (ctx: any) => {
    const id = Number(parseInput(customerParams, { customerId: ctx.params.customerId }, 'params').customerId);
    const exists = await strapi.db.query(USER_UID as any).findOne({ where: { id }, select: ['id'] });
    if (!exists) throw new errors.NotFoundError('Customer not found');
    return id;
  };
  const fairUse = () => getPluginService(strapi, 'fair-use');

  return {
    /** GET /customers/:customerId/fair-use — the score, its reasons and any override. */
    async find(ctx: any) {
      const id = await customerId(ctx);
      parseInput(noFieldsSchema, ctx.query, 'query');
      ctx.body = { data: await fairUse().standingOf(id) };
    },

    /** PUT /customers/:customerId/fair-use — `{ data: { mode: 'clear' | 'pin', score?, reason } }`. */
    async override(ctx: any) {
      const id = await customerId(ctx);
      const { data } = parseInput(overrideBody, ctx.request.body, 'body');
      const by = { id: ctx.state.user.id, name: adminName(ctx.state.user) || 'staff' };
      ctx.body = { data: await strapi.db.transaction(() => fairUse().setOverride(id, data, by)) };
    },

    /** DELETE /customers/:customerId/fair-use — lifts the override; the signals decide again. */
    async lift(ctx: any) {
      const id = await customerId(ctx);
      parseInput(noFieldsSchema, ctx.query, 'query');
      ctx.body = { data: await strapi.db.transaction(() => fairUse().liftOverride(id)) };
    },
  };
};
