import type { Core } from '@strapi/strapi';
import { INCIDENT_CLASS_UID } from '../uids';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Incident classes a customer can pick when filing a ticket, in the requested language. */
  async list(locale?: string) {
    return strapi.documents(INCIDENT_CLASS_UID).findMany({
      locale,
      sort: [{ sortOrder: 'asc' }, { name: 'asc' }],
      fields: ['name', 'description', 'creditsMin', 'creditsMax', 'alwaysFree', 'sortOrder', 'locale'],
    });
  },
});
