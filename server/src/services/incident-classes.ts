import type { Core } from '@strapi/strapi';

const UID = 'plugin::helpdesk.incident-class';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Incident classes a customer can pick when filing a ticket, in the requested language. */
  async list(locale?: string) {
    return strapi.documents(UID).findMany({
      locale,
      sort: [{ sortOrder: 'asc' }, { name: 'asc' }],
      fields: ['name', 'description', 'creditsMin', 'creditsMax', 'alwaysFree', 'sortOrder', 'locale'],
    });
  },
});
