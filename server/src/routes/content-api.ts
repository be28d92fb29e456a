/**
 * Customer and public routes, served under `/api/helpdesk`. Who may call each one is decided by
 * the users-permissions roles; `permissions.ts` lists them by audience for the default grants.
 */
const limited = (bucket: 'createTicket' | 'reply' | 'search') => ({ name: 'plugin::helpdesk.rate-limit', config: { bucket } });

export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/availability', handler: 'availability.find', config: { policies: [] } },
    { method: 'POST', path: '/deflections', handler: 'deflection.create', config: { policies: [], middlewares: [limited('search')] } },
    { method: 'GET', path: '/faq/search', handler: 'faq.search', config: { policies: [], middlewares: [limited('search')] } },
    { method: 'GET', path: '/incident-classes', handler: 'incident-class.find', config: { policies: [] } },
    { method: 'POST', path: '/tickets', handler: 'ticket.create', config: { policies: [], middlewares: [limited('createTicket')] } },
    { method: 'GET', path: '/tickets', handler: 'ticket.find', config: { policies: [] } },
    { method: 'GET', path: '/tickets/:documentId', handler: 'ticket.findOne', config: { policies: [] } },
    {
      method: 'POST',
      path: '/tickets/:documentId/messages',
      handler: 'ticket.reply',
      config: { policies: [], middlewares: [limited('reply')] },
    },
    { method: 'POST', path: '/tickets/:documentId/resolve', handler: 'ticket.resolve', config: { policies: [] } },
  ],
};
