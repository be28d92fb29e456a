import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, adminActionDefinitions } from './permissions';
import { mailRenderer } from './services/mail-renderer';
import { getPluginConfig, getPluginService } from './utils';

export const SLA_SWEEPER_JOB = 'helpdesk-sla-sweeper';

/** Whether the app's body parser keeps the raw body the webhook signature is computed over. */
const bodyKeepsRawBody = (strapi: Core.Strapi) => {
  const middlewares = (strapi.config.get('middlewares') ?? []) as Array<string | { name?: string; config?: { includeUnparsed?: boolean } }>;
  return middlewares.some((entry) => typeof entry === 'object' && entry?.name === 'strapi::body' && entry.config?.includeUnparsed === true);
};

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    adminActionDefinitions.map(({ uid, displayName, subCategory }) => ({
      section: 'plugins',
      pluginName: PLUGIN_ID,
      uid,
      displayName,
      subCategory,
    }))
  );

  // Before anything reads the database, so an outage from here on is seen (see middlewares/database-unavailable.ts).
  getPluginService(strapi, 'database-health').watch();

  const config = getPluginConfig(strapi);
  const search = getPluginService(strapi, 'search');
  const searchFeed = getPluginService(strapi, 'search-feed');
  // The feed position is taken before the index is read, so no change falls between the two.
  await searchFeed.prime();
  await search.rebuild();
  searchFeed.start(config.search.syncIntervalMs);

  // Public routes keep the Public role's permissions in memory; a role saved through this instance clears them.
  getPluginService(strapi, 'public-access').watchRoles();
  // The dashboard's day rollups follow writes to the rows they count.
  getPluginService(strapi, 'stats').watchWrites();
  if (config.grantDefaultPermissions) {
    await getPluginService(strapi, 'default-permissions').grant();
  }

  const outbox = getPluginService(strapi, 'mail-outbox');
  outbox.useRenderer(mailRenderer(strapi));
  if (config.mail.outbox.enabled) outbox.start(config.mail.outbox.intervalMs);

  const payments = getPluginService(strapi, 'payments');
  if (payments.available()) {
    if (!bodyKeepsRawBody(strapi)) {
      strapi.log.warn(
        '[helpdesk] Stripe webhooks cannot be verified: set `includeUnparsed: true` on strapi::body in config/middlewares, so the raw body is kept'
      );
    }
    payments.start();
  }

  if (config.slaSweeper.enabled) {
    strapi.cron.add({
      [SLA_SWEEPER_JOB]: {
        // A failed sweep is logged and retried on the next tick; it must never take the process down.
        task: () =>
          getPluginService(strapi, 'sla-sweeper')
            .sweep()
            .catch((error: Error) => strapi.log.error(`[helpdesk] SLA sweep failed: ${error.message}`)),
        options: { rule: config.slaSweeper.schedule },
      },
    });
  }
};

export default bootstrap;
