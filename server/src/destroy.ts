import type { Core } from '@strapi/strapi';
import { SLA_SWEEPER_JOB } from './bootstrap';
import { getPluginService } from './utils';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(SLA_SWEEPER_JOB);
  getPluginService(strapi, 'search-feed').stop();
  // A batch being sent finishes first, so no row is left `sending` by a clean shutdown.
  await getPluginService(strapi, 'mail-outbox').stop();
  await getPluginService(strapi, 'payments').stop();
  await getPluginService(strapi, 'rate-limits').stop();
  getPluginService(strapi, 'ticket-streams').closeAll();
  await getPluginService(strapi, 'realtime').stop();
};

export default destroy;
