import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { QUEUE_SORTS, TICKET_STATUSES, TICKET_TIERS } from '../domain/tickets';
import { answerConflicts, ConflictError } from '../errors';
import { adminName, getPluginService } from '../utils';
import { documentIdSchema, instantSchema, MESSAGE_MAX_LENGTH, noFieldsSchema, parseInput, readLastEventId, withoutNul } from '../validation';

const positiveId = /^[1-9]\d{0,9}$/;

// eslint-disable-next-line no-control-regex
const withoutControlCharacters = (value: string) => !/[\u0000-\u001f\u007f]/.test(value);

const ticketParams = z.object({ documentId: documentIdSchema }).strict();
const mailParams = z.object({ documentId: documentIdSchema, mailId: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a mail id') }).strict();

/** Statuses as `status=new,open` or repeated `status=new&status=open`. */
const statusList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value),
  z.array(z.enum(TICKET_STATUSES)).min(1).max(TICKET_STATUSES.length)
);

const listQuery = z
  .object({
    status: statusList.optional(),
    tier: z.enum(TICKET_TIERS).optional(),
    assignee: z.string().regex(/^(me|none|[1-9]\d{0,9})$/, 'must be "me", "none" or an admin user id').optional(),
    breached: z.enum(['true', 'false']).optional(),
    customer: z
      .string()
      .max(254)
      .refine((value) => positiveId.test(value) || z.email().safeParse(value).success, 'must be a customer id or e-mail address')
      .optional(),
    q: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200)
      .refine(withoutControlCharacters, 'must not contain control characters')
      .optional(),
    createdAfter: instantSchema.optional(),
    /** Minutes from now: tickets whose answer falls due within them (at most a week). */
    dueWithin: z.coerce.number().int().min(1).max(7 * 24 * 60).optional(),
    sort: z.enum(QUEUE_SORTS).default('queue'),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** A message body is stored as plain text and shown as text, never as HTML. */
const messageBody = z
  .object({
    data: z
      .object({
        body: z
          .string()
          .max(MESSAGE_MAX_LENGTH)
          .refine((value) => value.trim().length > 0, 'must not be empty')
          .refine(withoutNul, 'must not contain NUL characters'),
        /** Time spent, logged with the message. */
        minutes: z.number().int().min(1).max(24 * 60).optional(),
      })
      .strict(),
  })
  .strict();

const statusBody = z.object({ data: z.object({ status: z.enum(TICKET_STATUSES) }).strict() }).strict();
const tierBody = z.object({ data: z.object({ tier: z.enum(TICKET_TIERS) }).strict() }).strict();
const assigneeBody = z
  .object({ data: z.object({ assignee: z.number().int().positive().max(2_147_483_647).nullable() }).strict() })
  .strict();

const notFound = () => new errors.NotFoundError('Ticket not found');

/** Staff routes for the ticket queue and the ticket view (`/helpdesk/tickets...`). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queue = () => getPluginService(strapi, 'queue');
  // Only the route's own parameter: on GET, Strapi's catch-all public route adds its match as `params[0]`.
  const ticketId = (ctx: any) => parseInput(ticketParams, { documentId: ctx.params?.documentId }, 'params').documentId;
  /** The ticket a read names; reads take no query parameters. */
  const readTicketId = (ctx: any) => {
    const documentId = ticketId(ctx);
    parseInput(noFieldsSchema, ctx.query, 'query');
    return documentId;
  };

  return {
    /** GET /tickets — the queue, filtered and paged. */
    async find(ctx: any) {
      const { assignee, breached, customer, dueWithin, ...query } = parseInput(listQuery, ctx.query, 'query');
      const now = getPluginService(strapi, 'clock').now();
      const { results, pagination } = await queue().list({
        ...query,
        due: dueWithin === undefined ? undefined : { after: now, before: new Date(now.getTime() + dueWithin * 60_000) },
        assignee: assignee === undefined || assignee === 'none' ? assignee : assignee === 'me' ? ctx.state.user.id : Number(assignee),
        breached: breached === undefined ? undefined : breached === 'true',
        customer: customer === undefined ? undefined : positiveId.test(customer) ? Number(customer) : customer,
      });
      ctx.body = { data: results, meta: { pagination } };
    },

    /** GET /assignees — the active admin users a ticket can be assigned to. */
    async assignees(ctx: any) {
      parseInput(noFieldsSchema, ctx.query, 'query');
      ctx.body = { data: await queue().assignees() };
    },

    /** GET /tickets/:documentId — the ticket view: thread with internal notes, the customer's other tickets. */
    async findOne(ctx: any) {
      const ticket = await queue().detail(readTicketId(ctx));
      if (!ticket) throw notFound();
      ctx.body = { data: ticket };
    },

    /**
     * GET /tickets/:documentId/events — the thread live, as Server-Sent Events: every message and
     * note (after `Last-Event-ID` when the client reconnects), and the customer typing.
     */
    async events(ctx: any) {
      const documentId = readTicketId(ctx);
      const lastEventId = readLastEventId(ctx);
      const ticketRowId = await queue().idOf(documentId);
      if (ticketRowId === null) throw notFound();
      await getPluginService(strapi, 'ticket-streams').open(
        ctx,
        { documentId, typingOf: 'customer', messagesAfter: (afterId, limit) => queue().messagesAfter(ticketRowId, afterId, limit) },
        lastEventId
      );
    },

    /** POST /tickets/:documentId/typing — the agent is typing: the customer and the other agents on the ticket see it. */
    async typing(ctx: any) {
      const documentId = ticketId(ctx);
      parseInput(noFieldsSchema, ctx.request.body ?? {}, 'body');
      if (!(await queue().exists(documentId))) throw notFound();
      await getPluginService(strapi, 'realtime').publish({ type: 'typing', ticket: documentId, by: 'staff', name: adminName(ctx.state.user) ?? null });
      ctx.status = 204;
    },

    /** GET /tickets/:documentId/mails — the mails the ticket caused: queued, sent or failed, with attempts and the last error. */
    async mails(ctx: any) {
      const documentId = readTicketId(ctx);
      if (!(await queue().exists(documentId))) throw notFound();
      ctx.body = { data: await getPluginService(strapi, 'mail-outbox').ofTicket(documentId) };
    },

    /** POST /tickets/:documentId/mails/:mailId/resend — queues a failed mail of the ticket again. */
    async resendMail(ctx: any) {
      const { documentId, mailId } = parseInput(mailParams, { documentId: ctx.params?.documentId, mailId: ctx.params?.mailId }, 'params');
      if (!(await queue().exists(documentId))) throw notFound();
      const outbox = getPluginService(strapi, 'mail-outbox');
      await answerConflicts(ctx, async () => {
        if (!(await outbox.resend(documentId, Number(mailId)))) {
          throw new ConflictError(`Mail ${mailId} is not a failed mail of this ticket`, { mailId: Number(mailId) });
        }
        ctx.body = { data: await outbox.ofTicket(documentId) };
      });
    },

    /** POST /tickets/:documentId/reply — a public answer to the customer. */
    async reply(ctx: any) {
      const documentId = ticketId(ctx);
      const { data } = parseInput(messageBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        const { message, ticket } = await queue().reply(documentId, ctx.state.user, data);
        ctx.status = 201;
        ctx.body = { data: message, meta: { ticket } };
      });
    },

    /** POST /tickets/:documentId/notes — an internal note the customer never sees. */
    async note(ctx: any) {
      const documentId = ticketId(ctx);
      const { data } = parseInput(messageBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        const { message, ticket } = await queue().note(documentId, ctx.state.user, data);
        ctx.status = 201;
        ctx.body = { data: message, meta: { ticket } };
      });
    },

    /** PUT /tickets/:documentId/status */
    async setStatus(ctx: any) {
      const documentId = ticketId(ctx);
      const { data } = parseInput(statusBody, ctx.request.body, 'body');
      await answerConflicts(ctx, async () => {
        ctx.body = { data: await queue().setStatus(documentId, data) };
      });
    },

    /** PUT /tickets/:documentId/assignee — `{ data: { assignee: adminUserId | null } }`. */
    async assign(ctx: any) {
      const documentId = ticketId(ctx);
      const { data } = parseInput(assigneeBody, ctx.request.body, 'body');
      if (data.assignee !== null && !(await queue().isAssignable(data.assignee))) {
        const problem = { path: 'body.data.assignee', message: 'is not an active admin user' };
        throw new errors.ValidationError(`${problem.path}: ${problem.message}`, { errors: [problem] });
      }
      ctx.body = { data: await queue().assign(documentId, data) };
    },

    /** PUT /tickets/:documentId/tier */
    async setTier(ctx: any) {
      const documentId = ticketId(ctx);
      const { data } = parseInput(tierBody, ctx.request.body, 'body');
      ctx.body = { data: await queue().setTier(documentId, data) };
    },
  };
};
