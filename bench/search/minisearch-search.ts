import type { Core } from '@strapi/strapi';
import english from 'flexsearch/lang/en';
import MiniSearch from 'minisearch';
import { makeSnippet, plainText } from '../../server/src/domain/search/snippet';
import { linkFor } from '../../server/src/domain/search/source-url';
import { FAQ_UID } from '../../server/src/uids';
import { DOC_UID } from './seed';

/**
 * The in-process competitor: MiniSearch over the same published entries, giving the same result as
 * the plugin's search() — title, the plugin's own snippet for each of the top 5, and the link — so
 * both sides do the same work per query, index lookup and snippets alike. Options are MiniSearch's
 * documented ones for suggest-as-you-type: prefix search (the last word is still being typed) and
 * fuzzy matching (typos), the title weighing more than the body, as in the plugin's score. It gets
 * the plugin's English stop words too: without them "my" or "the" would be prefix- and
 * fuzzy-expanded over the whole vocabulary, which would only make MiniSearch look slower.
 */
interface Entry {
  source: string;
  documentId: string;
  title: string;
  body: string;
  url: string | null;
}

export interface MiniSearchSide {
  search(query: string, limit: number): Array<{ documentId: string; source: string; title: string; snippet: string; score: number; url: string | null }>;
}

const stopWords: Set<string> = english.filter as Set<string>;

/** Reads the published entries as the plugin's rebuild() does (query engine, needed fields only). */
async function publishedEntries(strapi: Core.Strapi): Promise<Entry[]> {
  const published = { publishedAt: { $notNull: true }, locale: 'en' };
  const faqs = await strapi.db.query(FAQ_UID as any).findMany({ where: published, select: ['documentId', 'question', 'answer'] });
  const docs = await strapi.db.query(DOC_UID as any).findMany({ where: published, select: ['documentId', 'title', 'body', 'slug'] });
  return [
    ...faqs.map((row: any) => ({ source: 'faq', documentId: row.documentId, title: row.question, body: plainText(row.answer), url: null })),
    ...docs.map((row: any) => ({ source: DOC_UID, documentId: row.documentId, title: row.title, body: plainText(row.body), url: linkFor('/docs/{slug}', row) })),
  ];
}

export async function buildMiniSearch(strapi: Core.Strapi): Promise<MiniSearchSide> {
  const entries = new Map<string, Entry>();
  const index = new MiniSearch<{ id: string; title: string; body: string }>({
    fields: ['title', 'body'],
    processTerm: (term) => {
      const word = term.toLowerCase();
      return stopWords.has(word) ? null : word;
    },
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
  });
  for (const entry of await publishedEntries(strapi)) {
    const id = `${entry.source}#${entry.documentId}`;
    entries.set(id, entry);
    index.add({ id, title: entry.title, body: entry.body });
  }

  return {
    search(query, limit) {
      // MiniSearch has no limit option: it ranks every match, and the caller keeps the first ones.
      return index
        .search(query)
        .slice(0, limit)
        .map((result) => {
          const entry = entries.get(result.id)!;
          return { documentId: entry.documentId, source: entry.source, title: entry.title, snippet: makeSnippet(entry.body, query), score: result.score, url: entry.url };
        });
    },
  };
}
