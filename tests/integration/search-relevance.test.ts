import request from 'supertest';
import { bootStrapi, PLAYGROUND_APP, type TestApp } from '../helpers/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const queries: Array<{ locale: string; q: string; expects: string }> = require('../fixtures/search-relevance-queries');

/**
 * Relevance over the demo FAQ: for each labelled query (paraphrases, typos, partial words, other
 * word order, in EN/NL/FR), is the entry that answers it among the first five suggestions?
 */
describe('FAQ search relevance on the demo FAQ', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'true', HELPDESK_SLA_SWEEPER: 'false' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('finds the right entry in the top 5 for at least 90 % of the labelled queries', async () => {
    const english = await app.strapi.db.query('plugin::helpdesk.faq' as any).findMany({
      where: { locale: 'en', publishedAt: { $notNull: true } },
      select: ['documentId', 'question'],
    });
    const documentOf = new Map(english.map((row: any) => [row.question, row.documentId]));

    const misses: string[] = [];
    let firsts = 0;
    const perLocale: Record<string, { hits: number; total: number }> = {};
    for (const { locale, q, expects } of queries) {
      const response = await request(app.server).get('/api/helpdesk/faq/search').query({ q, locale, limit: 5 });
      expect(response.status).toBe(200);
      const hit = response.body.data.some((result: any) => result.documentId === documentOf.get(expects));
      if (response.body.data[0]?.documentId === documentOf.get(expects)) firsts += 1;
      perLocale[locale] ??= { hits: 0, total: 0 };
      perLocale[locale].total += 1;
      if (hit) perLocale[locale].hits += 1;
      else misses.push(`[${locale}] ${q} → ${expects}`);
    }

    const hits = Object.values(perLocale).reduce((sum, { hits }) => sum + hits, 0);
    const recall = hits / queries.length;
    const lines = Object.entries(perLocale).map(([locale, { hits, total }]) => `${locale}: ${(hits / total).toFixed(3)} (${hits}/${total})`);
    process.stdout.write(
      `\nFAQ search recall@5: ${recall.toFixed(3)} over ${queries.length} queries; ${lines.join(', ')}; ` +
        `first place: ${(firsts / queries.length).toFixed(3)}\n`
    );
    if (misses.length) process.stdout.write(`misses:\n  ${misses.join('\n  ')}\n`);

    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
