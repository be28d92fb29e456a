import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { IncomingFile } from '../services/attachments';
import { submissionWarnings } from '../domain/text/questions';
import { getPluginConfig, getPluginService } from '../utils';
import { documentIdSchema, MESSAGE_MAX_LENGTH, noFieldsSchema, parseInput, readLastEventId, withoutNul } from '../validation';
import { answerConflicts } from '../errors';
import { TICKET_MESSAGE_UID, TICKET_UID } from '../uids';

/** Languages the desk answers in (CONTRACT §1). */
const LANGUAGES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;
const MAX_SUBJECT = 200;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(withoutNul, 'must not contain NUL characters');

const createBody = z
  .object({
    data: z
      .object({
        subject: text(MAX_SUBJECT),
        body: text(MESSAGE_MAX_LENGTH),
        incidentClass: documentIdSchema.optional(),
        locale: z.enum(LANGUAGES).optional(),
        tier: z.enum(['standard', 'priority']).optional(),
      })
      .strict(),
  })
  .strict();
const checkBody = z
  .object({ data: z.object({ subject: z.string().max(MAX_SUBJECT).default(''), body: z.string().max(MESSAGE_MAX_LENGTH) }).strict() })
  .strict();
const chatBody = z
  .object({ data: z.object({ body: text(MESSAGE_MAX_LENGTH), locale: z.enum(LANGUAGES).optional() }).strict() })
  .strict();
const replyBody = z.object({ data: z.object({ body: text(MESSAGE_MAX_LENGTH) }).strict() }).strict();
// Not strict: the router adds positional captures next to the named parameter.
const params = z.object({ documentId: documentIdSchema });
const listQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/**
 * A JSON request, or a multipart one (the attachments route): then `data` is a JSON string as in
 * Strapi's own upload convention, and files come in the `attachments` field.
 */
const readSubmission = (ctx: any): { body: unknown; files: IncomingFile[] } => {
  const fileFields = ctx.request.files ?? {};
  const unknownFile = Object.keys(fileFields).find((name) => name !== 'attachments');
  if (unknownFile) {
    throw new errors.ValidationError(`files.${unknownFile}: is not an allowed field; send files as "attachments"`);
  }
  const files = ([] as IncomingFile[]).concat(fileFields.attachments ?? []);
  if (!ctx.is('multipart')) return { body: ctx.request.body, files };

  const { data, ...others } = ctx.request.body ?? {};
  const unknownField = Object.keys(others)[0];
  if (unknownField) throw new errors.ValidationError(`body.${unknownField}: is not an allowed field`);
  try {
    return { body: { data: typeof data === 'string' ? JSON.parse(data) : data }, files };
  } catch {
    throw new errors.ValidationError('body.data: must be a JSON object');
  }
};

/** The authenticated customer; the route's users-permissions check has already let them in. */
const customerId = (ctx: any): number => {
  const id = ctx.state?.user?.id;
  if (!id) throw new errors.UnauthorizedError('Log in to use the helpdesk');
  return id;
};

/**
 * Customer ticket routes. Input is parsed strictly (unknown fields are refused, not ignored), so a
 * customer can never set status, tier beyond the offer, scores, stamps, assignee or internal flags.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getPluginService(strapi, 'customer-tickets');
  const sanitizeTicket = (ticket: unknown, ctx: any) =>
    strapi.contentAPI.sanitize.output(ticket, strapi.getModel(TICKET_UID as any), { auth: ctx.state.auth });
  const sanitizeMessage = (message: unknown, ctx: any) =>
    strapi.contentAPI.sanitize.output(message, strapi.getModel(TICKET_MESSAGE_UID as any), { auth: ctx.state.auth });

  return {
    /** GET /tickets/form — what the ticket form must check before sending: the attachment limits. */
    async form(ctx: any) {
      customerId(ctx);
      parseInput(noFieldsSchema, ctx.query, 'query');
      const { maxFiles, maxFileSizeBytes, allowedMimeTypes } = getPluginConfig(strapi).attachments;
      ctx.body = { data: { attachments: { maxFiles, maxFileSizeBytes, allowedMimeTypes } }, meta: {} };
    },

    /** POST /tickets/check — the warnings filing this text would give (the one-question hint), without filing it. */
    async check(ctx: any) {
      customerId(ctx);
      const { data } = parseInput(checkBody, ctx.request.body, 'body');
      ctx.body = { data: { warnings: submissionWarnings(data.subject, data.body) }, meta: {} };
    },

    /** POST /tickets */
    async create(ctx: any) {
      const { body, files } = readSubmission(ctx);
      const { data } = parseInput(createBody, body, 'body');
      const { ticket, meta } = await service().create(customerId(ctx), { ...data, registeredAt: ctx.state.user?.createdAt }, files);
      ctx.status = 201;
      ctx.body = { data: await sanitizeTicket(ticket, ctx), meta };
    },

    /**
     * POST /chats — the chat box's first message: a live chat waiting for an agent while support
     * is staffed, else a ticket answered by mail; `meta.chat` says which, and by when.
     */
    async startChat(ctx: any) {
      const { data } = parseInput(chatBody, ctx.request.body, 'body');
      const { ticket, meta } = await service().startChat(customerId(ctx), { ...data, registeredAt: ctx.state.user?.createdAt });
      ctx.status = 201;
      ctx.body = { data: await sanitizeTicket(ticket, ctx), meta };
    },

    /** GET /tickets */
    async find(ctx: any) {
      const { page, pageSize } = parseInput(listQuery, ctx.query, 'query');
      const { results, pagination } = await service().listOwn(customerId(ctx), { page, pageSize });
      ctx.body = { data: await Promise.all(results.map((ticket: unknown) => sanitizeTicket(ticket, ctx))), meta: { pagination } };
    },

    /** GET /tickets/:documentId */
    async findOne(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.query, 'query');
      const { messages, ...ticket } = await service().getOwn(customerId(ctx), id);
      ctx.body = {
        data: {
          ...((await sanitizeTicket(ticket, ctx)) as Record<string, unknown>),
          messages: await Promise.all(messages.map((message: unknown) => sanitizeMessage(message, ctx))),
        },
        meta: {},
      };
    },

    /**
     * GET /tickets/:documentId/events — the thread live, as Server-Sent Events: each public message
     * (after `Last-Event-ID` when the client reconnects), and the agent typing. 404 for a ticket
     * that is not the customer's.
     */
    async events(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.query, 'query');
      const lastEventId = readLastEventId(ctx);
      const ticket = await service().own(customerId(ctx), id);
      await getPluginService(strapi, 'ticket-streams').open(
        ctx,
        {
          documentId: id,
          typingOf: 'staff',
          messagesAfter: async (afterId, limit) =>
            Promise.all((await service().publicMessagesAfter(Number(ticket.id), afterId, limit)).map((message: any) => sanitizeMessage(message, ctx) as Promise<any>)),
        },
        lastEventId
      );
    },

    /** POST /tickets/:documentId/typing — the customer is typing: the agents on the ticket see it. */
    async typing(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.request.body ?? {}, 'body');
      await service().own(customerId(ctx), id);
      await getPluginService(strapi, 'realtime').publish({ type: 'typing', ticket: id, by: 'customer', name: null });
      ctx.status = 204;
    },

    /** POST /tickets/:documentId/messages */
    async reply(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      const { body, files } = readSubmission(ctx);
      const { data } = parseInput(replyBody, body, 'body');
      await answerConflicts(ctx, async () => {
        const message = await service().reply(customerId(ctx), id, data, files);
        ctx.status = 201;
        ctx.body = { data: await sanitizeMessage(message, ctx), meta: {} };
      });
    },

    /** POST /tickets/:documentId/confirm-credits — the customer accepts the estimate; 409 with what is missing when the balance is short. */
    async confirmCredits(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.request.body ?? {}, 'body');
      await answerConflicts(ctx, async () => {
        const credits = await getPluginService(strapi, 'ticket-credits').confirm(customerId(ctx), id);
        ctx.body = { data: await sanitizeTicket(await service().own(customerId(ctx), id), ctx), meta: { credits } };
      });
    },

    /** POST /tickets/:documentId/cancel-priority — gives up the priority payment; the ticket goes on as a standard one. */
    async cancelPriority(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.request.body ?? {}, 'body');
      await answerConflicts(ctx, async () => {
        await getPluginService(strapi, 'payments').cancelPriority(customerId(ctx), id);
        ctx.body = { data: await sanitizeTicket(await service().own(customerId(ctx), id), ctx), meta: {} };
      });
    },

    /** POST /tickets/:documentId/resolve */
    async resolve(ctx: any) {
      const { documentId: id } = parseInput(params, ctx.params, 'params');
      parseInput(noFieldsSchema, ctx.request.body ?? {}, 'body');
      await answerConflicts(ctx, async () => {
        const ticket = await service().resolve(customerId(ctx), id);
        ctx.body = { data: await sanitizeTicket(ticket, ctx), meta: {} };
      });
    },
  };
};
