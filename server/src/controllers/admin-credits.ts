import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { CREDIT_TRANSACTION_KINDS, InsufficientCreditsError } from '../domain/credits';
import { answerConflicts, ConflictError } from '../errors';
import { adminName, getPluginService } from '../utils';
import { documentIdSchema, instantSchema, parseInput, withoutNul } from '../validation';
import { USER_UID } from '../uids';

const customerParams = z.object({ customerId: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a customer id') }).strict();
const ticketParams = z.object({ documentId: documentIdSchema }).strict();
const page = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
};
const ledgerQuery = z.object(page).strict();
const transactionsQuery = z
  .object({
    customer: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a customer id').transform(Number).optional(),
    kind: z.enum(CREDIT_TRANSACTION_KINDS).optional(),
    ...page,
  })
  .strict();

const reason = z
  .string()
  .trim()
  .min(1, 'must say why')
  .max(500, 'must be at most 500 characters')
  .refine(withoutNul, 'must not contain NUL characters');

/** Grants and refunds give credits; an adjustment corrects either way. A ledger row never has a delta of 0 by hand. */
const adjustBody = z
  .object({
    data: z
      .object({
        kind: z.enum(['grant', 'refund', 'adjustment']),
        credits: z.number().int().min(-10_000).max(10_000).refine((value) => value !== 0, 'must not be 0'),
        reason,
        /** The form's own id for this submission: sending it twice adjusts once. */
        requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8 to 64 letters, digits or dashes').optional(),
      })
      .strict()
      .refine((data) => data.kind === 'adjustment' || data.credits > 0, { message: 'must be positive for a grant or a refund; use an adjustment to take credits', path: ['credits'] }),
  })
  .strict();
const supportFromBody = z.object({ data: z.object({ supportFrom: instantSchema }).strict() }).strict();
const estimateBody = z.object({ data: z.object({ credits: z.number().int().min(1).max(10_000) }).strict() }).strict();
const timeBody = z.object({ data: z.object({ minutes: z.number().int().min(1).max(24 * 60) }).strict() }).strict();

const actorOf = (user: Record<string, any>) => `staff:${user.id} ${adminName(user)}`.slice(0, 120);

/** Staff routes for credits: a customer's ledger, adjustments, the free period, and a ticket's estimate and time. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const credits = () => getPluginService(strapi, 'credits');
  const ticketCredits = () => getPluginService(strapi, 'ticket-credits');

  const customerId = async (ctx: any) => {
    const { customerId: raw } = parseInput(customerParams, { customerId: ctx.params?.customerId }, 'params');
    const id = Number(raw);
    if (!(await strapi.db.query(USER_UID as any).findOne({ where: { id }, select: ['id'] }))) {
      throw new errors.NotFoundError('Customer not found');
    }
    return id;
  };
  const ticketId = async (ctx: any) => {
    const { documentId } = parseInput(ticketParams, { documentId: ctx.params?.documentId }, 'params');
    if (!(await getPluginService(strapi, 'queue').exists(documentId))) throw new errors.NotFoundError('Ticket not found');
    return documentId;
  };

  return {
    /** GET /customers/:customerId/credits — balance, free period and the ledger, newest first. */
    async customer(ctx: any) {
      const id = await customerId(ctx);
      const { page: pageNumber, pageSize } = parseInput(ledgerQuery, ctx.query, 'query');
      const entitlement = await credits().entitlement(id);
      const { results, pagination } = await credits().transactions({ customerId: id, page: pageNumber, pageSize });
      const customer = await strapi.db.query(USER_UID as any).findOne({ where: { id }, select: ['id', 'email', 'username'] });
      ctx.body = {
        data: { customerId: id, customer: { id: customer.id, email: customer.email, username: customer.username }, ...entitlement, transactions: results },
        meta: { pagination },
      };
    },

    /** POST /customers/:customerId/credits — a grant, refund or adjustment, always with a reason. */
    async adjust(ctx: any) {
      const id = await customerId(ctx);
      const { data } = parseInput(adjustBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        try {
          const result = await credits().post({
            customerId: id,
            delta: data.credits,
            kind: data.kind,
            externalRef: data.requestId ? `staff:${data.requestId}` : null,
            actor: actorOf(ctx.state.user),
            note: data.reason,
          });
          ctx.status = result.duplicate ? 200 : 201;
          ctx.body = { data: result.transaction, meta: { balance: result.balance, duplicate: result.duplicate } };
        } catch (error) {
          if (!(error instanceof InsufficientCreditsError)) throw error;
          throw new ConflictError(`The balance is ${error.balance}: taking ${-data.credits} would leave it ${error.missing} below zero.`, {
            balance: error.balance,
            missing: error.missing,
          });
        }
      });
    },

    /** PUT /customers/:customerId/support-from — when the free period starts, e.g. the purchase date. */
    async setSupportFrom(ctx: any) {
      const id = await customerId(ctx);
      const { data } = parseInput(supportFromBody, ctx.request.body, 'body');
      ctx.body = { data: { customerId: id, ...(await credits().setSupportFrom(id, data.supportFrom)) } };
    },

    /** GET /credits/transactions — the whole ledger, newest first, by customer or kind. */
    async transactions(ctx: any) {
      const { customer, kind, page: pageNumber, pageSize } = parseInput(transactionsQuery, ctx.query, 'query');
      const { results, pagination } = await credits().transactions({ customerId: customer, kind, page: pageNumber, pageSize });
      ctx.body = { data: results, meta: { pagination } };
    },

    /** PUT /tickets/:documentId/estimate */
    async estimate(ctx: any) {
      const documentId = await ticketId(ctx);
      const { data } = parseInput(estimateBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        ctx.body = { data: await ticketCredits().revise(documentId, data.credits) };
      });
    },

    /** POST /tickets/:documentId/time — minutes spent, logged on their own. */
    async logTime(ctx: any) {
      const documentId = await ticketId(ctx);
      const { data } = parseInput(timeBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        ctx.status = 201;
        ctx.body = { data: await ticketCredits().logTime(documentId, data.minutes) };
      });
    },
  };
};
