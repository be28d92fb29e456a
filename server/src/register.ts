import type { Core } from '@strapi/strapi';
import { getPluginService } from './utils';
import { registerCreditCharging } from './middlewares/credit-charging';
import { registerDatabaseUnavailable } from './middlewares/database-unavailable';
import { registerFairUseScoring } from './middlewares/fair-use-scoring';
import { registerLedgerGuard } from './middlewares/ledger-guard';
import { registerMailNotifications } from './middlewares/mail-notifications';
import { registerRealtimeMessages } from './middlewares/realtime-messages';
import { registerSearchSync } from './middlewares/search-sync';
import { registerSlaStamping } from './middlewares/sla-stamping';
import { registerTicketReference } from './middlewares/ticket-reference';

/**
 * Runs before the database is ready. Document-service middlewares are the plugin's lifecycle
 * hooks: whatever writes a ticket or a message — the REST API, the admin panel, a script — gets
 * the same reference, SLA stamps, fair-use scoring, credit charges and mails, and search follows every FAQ and
 * documentation change.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // A source that names a missing content type or field stops the boot here, before anything starts.
  getPluginService(strapi, 'search').checkSources();
  // A koa middleware, added before Strapi's own ones are (at bootstrap), so it sees their answers.
  registerDatabaseUnavailable(strapi);
  registerLedgerGuard(strapi);
  // Outermost first: scoring reads what the inner middlewares have written.
  registerRealtimeMessages(strapi);
  registerFairUseScoring(strapi);
  registerMailNotifications(strapi);
  registerCreditCharging(strapi);
  registerTicketReference(strapi);
  registerSlaStamping(strapi);
  registerSearchSync(strapi);
};

export default register;
