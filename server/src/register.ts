import type { Core } from '@strapi/strapi';

/**
 * Runs before the database is ready. Document-service middlewares (the plugin's lifecycle hooks:
 * SLA stamps, search sync, scoring) are registered here as they land.
 */
const register = (_context: { strapi: Core.Strapi }) => {};

export default register;
