import type { Core } from '@strapi/strapi';
import { registerSearchSync } from './middlewares/search-sync';
import { registerSlaStamping } from './middlewares/sla-stamping';
import { registerTicketReference } from './middlewares/ticket-reference';

/**
 * Runs before the database is ready. Document-service middlewares are the plugin's lifecycle
 * hooks: whatever writes a ticket or a message — the REST API, the admin panel, a script — gets
 * the same reference and SLA stamps, and the search index follows every FAQ change.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerTicketReference(strapi);
  registerSlaStamping(strapi);
  registerSearchSync(strapi);
};

export default register;
