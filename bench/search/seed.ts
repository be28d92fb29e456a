import type { Core } from '@strapi/strapi';
import { FAQ_UID, PERMISSION_UID, ROLE_UID } from '../../server/src/uids';
import type { Corpus } from './corpus';

export const DOC_UID = 'api::doc-page.doc-page';

/**
 * Puts the corpus in the database as published entries in one locale (English by default), fast: rows go in with the query
 * engine's batched createMany rather than 10,000 document-service calls. Each document gets a draft
 * row and a published row, one after the other, as publishing through Strapi leaves it, so the
 * tables the `$containsi` baseline scans are the size a real site's are. Inserting below the
 * document service also skips the plugin's search-sync middleware: the bench rebuilds the index
 * once, afterwards.
 */
export async function seedCorpus(strapi: Core.Strapi, corpus: Corpus, locale = 'en'): Promise<void> {
  const now = new Date();
  const rows = <T extends { documentId: string }>(entries: T[], fields: (entry: T) => Record<string, unknown>) =>
    entries.flatMap((entry) => {
      const common = { documentId: entry.documentId, locale, createdAt: now, updatedAt: now, ...fields(entry) };
      return [
        { ...common, publishedAt: null },
        { ...common, publishedAt: now },
      ];
    });

  await strapi.db.query(FAQ_UID as any).createMany({ data: rows(corpus.faqs, ({ question, answer }) => ({ question, answer })) });
  await strapi.db.query(DOC_UID as any).createMany({ data: rows(corpus.docs, ({ title, slug, body }) => ({ title, slug, body })) });

  // What the bench compares must be what Strapi itself calls published.
  for (const [uid, expected] of [
    [FAQ_UID, corpus.faqs.length],
    [DOC_UID, corpus.docs.length],
  ] as const) {
    const published = await strapi.documents(uid as any).count({ status: 'published', locale });
    if (published !== expected) throw new Error(`seeding ${uid}: the document service sees ${published} published entries, expected ${expected}`);
  }
}

/**
 * Lets anonymous visitors call GET /api/doc-pages, as a site serving its documentation through
 * Strapi's REST API would (the helpdesk's own search route is granted by the plugin at boot).
 */
export async function allowPublicDocPages(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions has no public role');
  await strapi.db.query(PERMISSION_UID).create({ data: { action: `${DOC_UID}.find`, role: role.id } });
}
