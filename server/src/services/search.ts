import type { Core } from '@strapi/strapi';
import { Index } from 'flexsearch';
import { detectLanguage } from '../domain/search/detect-language';
import { encoderFor } from '../domain/search/encoders';
import { fieldText } from '../domain/search/field-text';
import { makeSnippet, mentions, plainText, queryWords } from '../domain/search/snippet';
import { createStrictSearch, type StrictSearchable } from '../domain/search/strict-search';
import { fieldsOf, linkFor } from '../domain/search/source-url';
import { getPluginConfig } from '../utils';
import { FAQ_UID } from '../uids';

/** What FAQ results give as their source; documentation results give their content type's uid. */
export const FAQ_SOURCE = 'faq';

/** Field types whose text can be searched. */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks', 'email', 'uid']);
/** Names a URL pattern may use besides the content type's attributes. */
const ENTRY_KEYS = new Set(['documentId', 'locale']);

/** A content type whose published entries are searchable. */
export interface Source {
  name: string;
  uid: string;
  titleField: string;
  bodyFields: string[];
  urlPattern: string | null;
  localized: boolean;
  draftAndPublish: boolean;
}

interface Entry {
  /** The entry's number in the index (see `numberOf`). */
  id: number;
  title: string;
  body: string;
  source: Source;
  documentId: string;
  url: string | null;
}

export interface SearchHit {
  documentId: string;
  /** `faq`, or the documentation content type's uid. */
  source: string;
  title: string;
  snippet: string;
  score: number;
  /** The page of a documentation result (from the source's `url` pattern); null for the FAQ. */
  url: string | null;
}

/** The index key: one document of one source (documentIds are only unique within a content type). */
const keyOf = (source: Source, documentId: string) => `${source.uid}#${documentId}`;

/**
 * Suggest-as-you-type over the published FAQ and the site's documentation content types
 * (`search.sources`): one flexsearch index per locale over each entry's title followed by its body,
 * built at boot and kept current by the document-service middleware in `middlewares/search-sync.ts`
 * and, for writes made through other instances, by the change feed (`search-feed`). Drafts are
 * never indexed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const indexes = new Map<string, Index>();
  const entries = new Map<string, Map<number, Entry>>();
  const numbers = new Map<string, number>();
  let sources: Source[] | undefined;
  const strictSearch = createStrictSearch();

  /**
   * The index knows each entry by a number, the same one for a document in every locale: a search
   * counts the hits of every matching word by id, and small integers are counted without reading
   * a long key string for each one (a quarter faster on the suggest bench).
   */
  const numberOf = (key: string) => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size + 1;
      numbers.set(key, number);
    }
    return number;
  };

  const describe = (uid: string, name: string, titleField: string, bodyFields: string[], urlPattern: string | null): Source => {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as any;
    return {
      name,
      uid,
      titleField,
      bodyFields,
      urlPattern,
      localized: Boolean(contentType?.pluginOptions?.i18n?.localized),
      draftAndPublish: Boolean(contentType?.options?.draftAndPublish),
    };
  };

  /** The FAQ, then the configured documentation content types. */
  const allSources = (): Source[] => {
    sources ??= [
      describe(FAQ_UID, FAQ_SOURCE, 'question', ['answer'], null),
      ...getPluginConfig(strapi).search.sources.map((source) => describe(source.uid, source.uid, source.title, source.body, source.url)),
    ];
    return sources;
  };

  const indexFor = (locale: string) => {
    let index = indexes.get(locale);
    if (!index) {
      // One text per entry, title first: a field per index would search twice and allocate twice
      // as much per query, and words near the start (the title) already rank higher.
      index = new Index({ tokenize: 'forward', encoder: encoderFor(locale) });
      indexes.set(locale, index);
      entries.set(locale, new Map());
    }
    return index;
  };

  const defaultLocale = async (): Promise<string> => {
    try {
      return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) ?? 'en';
    } catch {
      return 'en';
    }
  };

  /** Published rows of a source (every row when it has no drafts), with just the fields search needs. */
  const publishedRows = (source: Source, where: Record<string, unknown> = {}) => {
    const urlFields = source.urlPattern ? fieldsOf(source.urlPattern).filter((field) => !ENTRY_KEYS.has(field)) : [];
    return strapi.db.query(source.uid as any).findMany({
      where: source.draftAndPublish ? { ...where, publishedAt: { $notNull: true } } : where,
      select: [...new Set(['documentId', ...(source.localized ? ['locale'] : []), source.titleField, ...source.bodyFields, ...urlFields])],
    }) as Promise<Array<Record<string, unknown>>>;
  };

  /** Entries of a content type without locales are searched in the default locale. */
  const add = (source: Source, row: Record<string, unknown>, fallbackLocale: string) => {
    const locale = (row.locale as string | null | undefined) ?? fallbackLocale;
    const documentId = String(row.documentId);
    const entry: Entry = {
      id: numberOf(keyOf(source, documentId)),
      title: fieldText(row[source.titleField]).trim(),
      body: plainText(source.bodyFields.map((field) => fieldText(row[field])).join('\n')),
      source,
      documentId,
      url: source.urlPattern ? linkFor(source.urlPattern, { ...row, locale }) : null,
    };
    indexFor(locale).add(entry.id, `${entry.title}\n${entry.body}`);
    entries.get(locale)!.set(entry.id, entry);
  };

  /** The locale with entries whose language the query is clearly written in, if any. */
  const detectedLocale = (query: string): string | undefined => {
    const byLanguage = new Map<string, string>();
    for (const [locale, localeEntries] of entries) {
      const language = locale.slice(0, 2).toLowerCase();
      // `de` itself before a regional `de-CH` when both have entries.
      if (localeEntries.size && (!byLanguage.has(language) || locale.length === 2)) byLanguage.set(language, locale);
    }
    if (byLanguage.size < 2) return undefined;
    const language = detectLanguage(query, [...byLanguage.keys()]);
    return language ? byLanguage.get(language) : undefined;
  };

  const remove = (key: string) => {
    const number = numbers.get(key);
    if (number === undefined) return;
    for (const [locale, index] of indexes) {
      if (entries.get(locale)?.delete(number)) index.remove(number);
    }
  };

  return {
    /**
     * Stops the boot when `search.sources` names a content type or field that does not exist, with
     * the config key in the message, instead of searching nothing.
     */
    checkSources(): void {
      const problems: string[] = [];
      getPluginConfig(strapi).search.sources.forEach((source, position) => {
        const key = `search.sources.${position}`;
        const contentType = strapi.contentTypes[source.uid as keyof typeof strapi.contentTypes] as any;
        if (!contentType) {
          problems.push(`${key}.uid: no content type ${source.uid}`);
          return;
        }
        const fields: Array<[string, string]> = [[`${key}.title`, source.title], ...source.body.map((field, n): [string, string] => [`${key}.body.${n}`, field])];
        for (const [path, field] of fields) {
          const type = contentType.attributes?.[field]?.type;
          if (!type) problems.push(`${path}: ${source.uid} has no attribute "${field}"`);
          else if (!TEXT_TYPES.has(type)) problems.push(`${path}: "${field}" is a ${type} field, not text`);
        }
        for (const field of source.url ? fieldsOf(source.url) : []) {
          if (!ENTRY_KEYS.has(field) && !contentType.attributes?.[field]) {
            problems.push(`${key}.url: ${source.uid} has no attribute "${field}"`);
          }
        }
      });
      if (problems.length) throw new Error(`Invalid helpdesk plugin config: ${problems.join('; ')}`);
    },

    /** The source a content type feeds, if it is searchable. */
    sourceOf(uid: string): Source | undefined {
      return allSources().find((source) => source.uid === uid);
    },

    /** The source that results name `name` (`faq` or a documentation uid). */
    sourceNamed(name: string): Source | undefined {
      return allSources().find((source) => source.name === name);
    },

    /** Whether a document of a source is published (so a deflection can only name a real answer). */
    async isPublished(source: Source, documentId: string): Promise<boolean> {
      return (await publishedRows(source, { documentId })).length > 0;
    },

    /** Builds every index from the database (at boot). */
    async rebuild(): Promise<void> {
      indexes.clear();
      entries.clear();
      const fallbackLocale = await defaultLocale();
      for (const source of allSources()) {
        for (const row of await publishedRows(source)) add(source, row, fallbackLocale);
      }
    },

    /** Brings one document (all its locales) in line with what is published now. */
    async reindex(uid: string, documentId: string): Promise<void> {
      const source = this.sourceOf(uid);
      if (!source) return;
      const rows = await publishedRows(source, { documentId });
      remove(keyOf(source, documentId));
      const fallbackLocale = await defaultLocale();
      for (const row of rows) add(source, row, fallbackLocale);
    },

    /** An indexed entry's title and link (null for the FAQ), in `locale` or else the default locale; null when not indexed. */
    async entryOf(sourceName: string, documentId: string, locale?: string | null): Promise<{ title: string; url: string | null } | null> {
      const source = this.sourceNamed(sourceName);
      if (!source) return null;
      const number = numbers.get(keyOf(source, documentId));
      if (number === undefined) return null;
      const entry = (locale ? entries.get(locale)?.get(number) : undefined) ?? entries.get(await defaultLocale())?.get(number);
      return entry ? { title: entry.title, url: entry.url } : null;
    },

    /**
     * Ranked suggestions. A locale without entries falls back to the default locale; without a
     * locale, the query's own language when it is clearly one that has entries, else the default.
     */
    async search(query: string, { locale, limit }: { locale?: string; limit: number }): Promise<SearchHit[]> {
      let searchLocale = locale ?? detectedLocale(query) ?? (await defaultLocale());
      // Asked for no locale, it already is the default or a locale with entries: read the default once.
      if (locale && !entries.get(searchLocale)?.size) searchLocale = await defaultLocale();
      const index = indexes.get(searchLocale);
      const localeEntries = entries.get(searchLocale);
      if (!index || !localeEntries) return [];
      // Entries holding every word first (flexsearch's strict search, counted faster: see
      // strict-search.ts): given a limit, it stops as soon as that many are found, which is most
      // queries. Only when fewer hold them all does the suggest search run (entries holding most of
      // the words first), which reads every match of every word. Its first hits are the entries
      // holding every word, in the same order, so the answer is the same.
      const strict = strictSearch(index as unknown as StrictSearchable, query, limit) ?? (index.search(query, { limit }) as number[]);
      const ids = strict.length >= limit ? strict : (index.search(query, { limit, suggest: true }) as number[]);
      const words = queryWords(query);
      return ids.map((id, rank) => {
        const entry = localeEntries.get(id)!;
        // Rank decides the order; a query word in the title itself weighs more than in the body only.
        const score = Number(((1 / (1 + rank)) * (mentions(entry.title, words) ? 1 : 0.75)).toFixed(3));
        return {
          documentId: entry.documentId,
          source: entry.source.name,
          title: entry.title,
          snippet: makeSnippet(entry.body, words, 160, { plain: true }),
          score,
          url: entry.url,
        };
      });
    },
  };
};
