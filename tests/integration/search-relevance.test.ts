import request from 'supertest';
import { bootStrapi, PLAYGROUND_APP, type TestApp } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const queries: Array<{ locale: string; q: string; expects: string }> = require('../fixtures/search-relevance-queries');

/** What every language, and all of them together, must reach. */
const MIN_RECALL_AT_5 = 0.9;
const MIN_FIRST_PLACE = 0.8;

/**
 * Relevance over the demo FAQ: for each labelled query (paraphrases, typos, partial words, inflected
 * forms, missing accents, other word order, in every language the labels cover), is the entry that
 * answers it among the first five suggestions, and is it the first?
 */
describe('FAQ search relevance on the demo FAQ', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'true', HELPDESK_SLA_SWEEPER: 'false', HELPDESK_SEARCH_RATE_LIMIT: '10000' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it(`finds the right entry in the top 5 for ${MIN_RECALL_AT_5 * 100} % and first for ${MIN_FIRST_PLACE * 100} % of the labelled queries, in every language`, async () => {
    const english = await app.strapi.db.query('plugin::helpdesk.faq' as any).findMany({
      where: { locale: 'en', publishedAt: { $notNull: true } },
      select: ['documentId', 'question'],
    });
    const documentOf = new Map(english.map((row: any) => [row.question, row.documentId]));

    const misses: string[] = [];
    const perLocale: Record<string, { hits: number; firsts: number; total: number }> = {};
    for (const { locale, q, expects } of queries) {
      expect(documentOf.has(expects)).toBe(true);
      const response = await request(app.server).get('/api/helpdesk/faq/search').query({ q, locale, limit: 5 });
      expect(response.status).toBe(200);
      const ids = response.body.data.map((result: any) => result.documentId);
      const wanted = documentOf.get(expects);
      perLocale[locale] ??= { hits: 0, firsts: 0, total: 0 };
      perLocale[locale].total += 1;
      if (ids[0] === wanted) perLocale[locale].firsts += 1;
      if (ids.includes(wanted)) perLocale[locale].hits += 1;
      if (ids[0] !== wanted) misses.push(`[${locale}] ${q} → ${expects}${ids.includes(wanted) ? ` (place ${ids.indexOf(wanted) + 1})` : ''}`);
    }

    const all = Object.values(perLocale).reduce((sum, row) => ({ hits: sum.hits + row.hits, firsts: sum.firsts + row.firsts, total: sum.total + row.total }), { hits: 0, firsts: 0, total: 0 });
    const rows = { ...perLocale, all };
    const line = (name: string, { hits, firsts, total }: { hits: number; firsts: number; total: number }) =>
      `  ${name.padEnd(4)} recall@5 ${(hits / total).toFixed(3)} (${hits}/${total})  first place ${(firsts / total).toFixed(3)} (${firsts}/${total})`;
    process.stdout.write(`\nFAQ search relevance over ${queries.length} queries:\n${Object.entries(rows).map(([name, row]) => line(name, row)).join('\n')}\n`);
    if (misses.length) process.stdout.write(`not first:\n  ${misses.join('\n  ')}\n`);

    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const [name, { hits, firsts, total }] of Object.entries(rows)) {
      expect({ language: name, recall: hits / total >= MIN_RECALL_AT_5, first: firsts / total >= MIN_FIRST_PLACE }).toEqual({ language: name, recall: true, first: true });
    }
  });
});
