import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getPluginService } from '../utils';
import { noFieldsSchema, parseInput } from '../validation';

const LANGUAGES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;

const listQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
const checkoutBody = z
  .object({ data: z.object({ pack: z.string().min(1).max(40), locale: z.enum(LANGUAGES).optional() }).strict() })
  .strict();

const customerOf = (ctx: any): { id: number; email: string | null } => {
  const user = ctx.state?.user;
  if (!user?.id) throw new errors.UnauthorizedError('Log in to use the helpdesk');
  return { id: user.id, email: user.email ?? null };
};

/** A ledger row as the customer sees it: who at the desk made it stays with staff. */
const customerRow = ({ id, delta, balanceAfter, kind, note, ticket, createdAt }: Record<string, any>) => ({
  id,
  delta,
  balanceAfter,
  kind,
  note,
  ticket: ticket ? { documentId: ticket.documentId, reference: ticket.reference } : null,
  createdAt,
});

/** The customer's credits: balance and free period, the ledger, the packs on offer and the top-up. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /credits */
  async find(ctx: any) {
    const { page, pageSize } = parseInput(listQuery, ctx.query, 'query');
    const customer = customerOf(ctx);
    const credits = getPluginService(strapi, 'credits');
    const entitlement = await credits.entitlement(customer.id);
    const { results, pagination } = await credits.transactions({ customerId: customer.id, page, pageSize });
    ctx.body = { data: { ...entitlement, transactions: results.map(customerRow) }, meta: { pagination } };
  },

  /** GET /credits/packs — public: what a top-up costs, and the priority fee. */
  async packs(ctx: any) {
    parseInput(noFieldsSchema, ctx.query, 'query');
    const { packs, ...meta } = await getPluginService(strapi, 'payments').offer();
    ctx.body = { data: packs, meta };
  },

  /** POST /credits/checkout — a Stripe Checkout page for one pack. */
  async checkout(ctx: any) {
    const { data } = parseInput(checkoutBody, ctx.request.body, 'body');
    const customer = customerOf(ctx);
    const session = await getPluginService(strapi, 'payments').checkoutForCredits(customer, data.pack, data.locale ?? null);
    ctx.status = 201;
    ctx.body = { data: session, meta: {} };
  },
});
