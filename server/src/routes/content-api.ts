import type { Core } from '@strapi/strapi';
import { contentApiActions } from '../permissions';
import { getPluginService } from '../utils';

/**
 * Customer and public routes, served under `/api/helpdesk`. Who may call each one is decided by
 * the users-permissions roles; `permissions.ts` lists them by audience for the default grants.
 * The public ones check the Public role from memory first (`services/public-access.ts`).
 */
const limited = (bucket: 'createTicket' | 'reply' | 'search') => ({ name: 'plugin::helpdesk.rate-limit', config: { bucket } });

const routes = [
  { method: 'GET', path: '/availability', handler: 'availability.find', config: { policies: [] } },
  { method: 'POST', path: '/deflections', handler: 'deflection.create', config: { policies: [], middlewares: [limited('search')] } },
  { method: 'GET', path: '/faq/search', handler: 'faq.search', config: { policies: [], middlewares: [limited('search')] } },
  { method: 'GET', path: '/faq/:documentId', handler: 'faq.findOne', config: { policies: [] } },
  { method: 'GET', path: '/incident-classes', handler: 'incident-class.find', config: { policies: [] } },
  { method: 'POST', path: '/tickets', handler: 'ticket.create', config: { policies: [], middlewares: [limited('createTicket')] } },
  { method: 'GET', path: '/tickets', handler: 'ticket.find', config: { policies: [] } },
  { method: 'POST', path: '/chats', handler: 'ticket.startChat', config: { policies: [], middlewares: [limited('createTicket')] } },
  // Before /tickets/:documentId, which would take "form" and "check" for ids.
  { method: 'GET', path: '/tickets/form', handler: 'ticket.form', config: { policies: [] } },
  { method: 'POST', path: '/tickets/check', handler: 'ticket.check', config: { policies: [], middlewares: [limited('search')] } },
  { method: 'GET', path: '/tickets/:documentId', handler: 'ticket.findOne', config: { policies: [] } },
  { method: 'GET', path: '/tickets/:documentId/events', handler: 'ticket.events', config: { policies: [] } },
  // Typing notices share the search bucket: a client sends one every few seconds at most.
  { method: 'POST', path: '/tickets/:documentId/typing', handler: 'ticket.typing', config: { policies: [], middlewares: [limited('search')] } },
  { method: 'POST', path: '/tickets/:documentId/messages', handler: 'ticket.reply', config: { policies: [], middlewares: [limited('reply')] } },
  { method: 'POST', path: '/tickets/:documentId/resolve', handler: 'ticket.resolve', config: { policies: [] } },
  { method: 'POST', path: '/tickets/:documentId/confirm-credits', handler: 'ticket.confirmCredits', config: { policies: [] } },
  { method: 'POST', path: '/tickets/:documentId/cancel-priority', handler: 'ticket.cancelPriority', config: { policies: [] } },
  { method: 'GET', path: '/credits', handler: 'credits.find', config: { policies: [] } },
  { method: 'GET', path: '/credits/packs', handler: 'credits.packs', config: { policies: [] } },
  { method: 'POST', path: '/credits/checkout', handler: 'credits.checkout', config: { policies: [], middlewares: [limited('createTicket')] } },
  // The customer widget's script files: static code, for anyone (see controllers/widget.ts).
  { method: 'GET', path: '/widget.js', handler: 'widget.loader', config: { policies: [], auth: false } },
  { method: 'GET', path: '/widget/:file', handler: 'widget.app', config: { policies: [], auth: false } },
  // Stripe calls this with no user: its signature, checked over the raw body, is the authentication.
  { method: 'POST', path: '/stripe/webhook', handler: 'stripe-webhook.receive', config: { policies: [], auth: false } },
];

const publicActions = new Set(contentApiActions.public);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicAccess = getPluginService(strapi, 'public-access');
  return {
    type: 'content-api',
    routes: routes.map((route) => (publicActions.has(route.handler) ? { ...route, config: { ...route.config, auth: publicAccess.routeAuth() } } : route)),
  };
};
