import type { Core } from '@strapi/strapi';
import { Document } from 'flexsearch';
import { encoderFor } from '../domain/search/encoders';
import { makeSnippet, plainText } from '../domain/search/snippet';

const FAQ_UID = 'plugin::helpdesk.faq';

type IndexedEntry = {
  id: string;
  question: string;
  answer: string;
  [key: string]: string;
};

export interface SearchHit {
  documentId: string;
  source: 'faq';
  title: string;
  snippet: string;
  score: number;
}

/**
 * Suggest-as-you-type over the published FAQ: one flexsearch index per locale, built at boot and
 * kept current by the FAQ's document-service middleware. Drafts are never indexed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const indexes = new Map<string, Document<IndexedEntry>>();
  const entries = new Map<string, Map<string, IndexedEntry>>();

  const indexFor = (locale: string) => {
    let index = indexes.get(locale);
    if (!index) {
      index = new Document<IndexedEntry>({
        tokenize: 'forward',
        encoder: encoderFor(locale),
        document: { id: 'id', index: ['question', 'answer'] },
      });
      indexes.set(locale, index);
      entries.set(locale, new Map());
    }
    return index;
  };

  const add = (row: { documentId: string; locale: string | null; question: string; answer: string | null }) => {
    const locale = row.locale ?? 'en';
    const entry = { id: row.documentId, question: row.question, answer: plainText(row.answer ?? '') };
    indexFor(locale).add(entry);
    entries.get(locale)!.set(row.documentId, entry);
  };

  const publishedRows = (where: Record<string, unknown> = {}) =>
    strapi.db.query(FAQ_UID as any).findMany({
      where: { ...where, publishedAt: { $notNull: true } },
      select: ['documentId', 'locale', 'question', 'answer'],
    });

  const defaultLocale = async (): Promise<string> => {
    try {
      return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) ?? 'en';
    } catch {
      return 'en';
    }
  };

  return {
    /** Builds every index from the database (at boot). */
    async rebuild(): Promise<void> {
      indexes.clear();
      entries.clear();
      for (const row of await publishedRows()) add(row);
    },

    /** Brings one FAQ document (all its locales) in line with what is published now. */
    async reindex(documentId: string): Promise<void> {
      for (const [locale, index] of indexes) {
        if (entries.get(locale)?.delete(documentId)) index.remove(documentId);
      }
      for (const row of await publishedRows({ documentId })) add(row);
    },

    /** Ranked suggestions; a locale without entries falls back to the default locale. */
    async search(query: string, { locale, limit }: { locale?: string; limit: number }): Promise<SearchHit[]> {
      let searchLocale = locale ?? (await defaultLocale());
      if (!entries.get(searchLocale)?.size) searchLocale = await defaultLocale();
      const index = indexes.get(searchLocale);
      if (!index) return [];
      const results = index.search(query, { limit, merge: true, suggest: true }) as unknown as Array<{ id: string; field: string[] }>;
      return results.map((result, rank) => {
        const entry = entries.get(searchLocale)!.get(String(result.id))!;
        // Rank decides the order; a hit in the question itself weighs more than one in the answer.
        const score = Number(((1 / (1 + rank)) * (result.field.includes('question') ? 1 : 0.75)).toFixed(3));
        return {
          documentId: entry.id,
          source: 'faq' as const,
          title: entry.question,
          snippet: makeSnippet(`${entry.answer}`, query),
          score,
        };
      });
    },
  };
};
