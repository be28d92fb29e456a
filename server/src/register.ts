import type { Core } from '@strapi/strapi';
import { getPluginService } from './utils';
import { registerSearchSync } from './middlewares/search-sync';
import { registerSlaStamping } from './middlewares/sla-stamping';
import { registerTicketReference } from './middlewares/ticket-reference';

/**
 * Runs before the database is ready. Document-service middlewares are the plugin's lifecycle
 * hooks: whatever writes a ticket or a message — the REST API, the admin panel, a script — gets
 * the same reference and SLA stamps, and the search index follows every FAQ change.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // A source that names a missing content type or field stops the boot here, before anything starts.
  getPluginService(strapi, 'search').checkSources();
  registerTicketReference(strapi);
  registerSlaStamping(strapi);
  registerSearchSync(strapi);
};

export default register;
