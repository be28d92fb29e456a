import type { Core } from '@strapi/strapi';
import { getPluginService } from '../utils';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Keeps search in line with every write of an FAQ entry or a documentation source, whoever makes
 * it. The write and its change-feed row commit together, so other instances cannot miss a change;
 * this instance re-reads the document into its index once the write has committed.
 */
export function registerSearchSync(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (!WRITES.has(context.action)) return next();
    const search = getPluginService(strapi, 'search');
    if (!search.sourceOf(context.uid)) return next();

    const insideCallerTransaction = strapi.db.inTransaction();
    let documentId: string | undefined;
    const result = await strapi.db.transaction(async ({ onCommit }) => {
      const written = await next();
      documentId = context.params?.documentId ?? written?.documentId ?? written?.entries?.[0]?.documentId;
      if (documentId) {
        await getPluginService(strapi, 'search-feed').record(context.uid, documentId);
        // The caller's transaction may still roll back: index only what it commits.
        if (insideCallerTransaction) {
          const committed = documentId;
          onCommit(() => {
            search.reindex(context.uid, committed).catch((error: Error) => strapi.log.error(`[helpdesk] Search reindex failed: ${error.message}`));
          });
        }
      }
      return written;
    });
    if (!insideCallerTransaction && documentId) await search.reindex(context.uid, documentId);
    return result;
  });
}
