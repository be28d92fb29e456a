import type { Core } from '@strapi/strapi';
import { registerSlaStamping } from './middlewares/sla-stamping';
import { registerTicketReference } from './middlewares/ticket-reference';

/**
 * Runs before the database is ready. Document-service middlewares are the plugin's lifecycle
 * hooks: whatever writes a ticket or a message — the REST API, the admin panel, a script — gets
 * the same reference and SLA stamps.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerTicketReference(strapi);
  registerSlaStamping(strapi);
};

export default register;
