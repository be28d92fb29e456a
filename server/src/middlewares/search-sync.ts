import type { Core } from '@strapi/strapi';
import { getPluginService } from '../utils';

const FAQ_UID = 'plugin::helpdesk.faq';
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Keeps the FAQ search index in line with every write of an FAQ entry, whoever makes it. */
export function registerSearchSync(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== FAQ_UID || !WRITES.has(context.action)) return next();
    const result = await next();
    const documentId = context.params?.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
    if (documentId) await getPluginService(strapi, 'search').reindex(documentId);
    return result;
  });
}
