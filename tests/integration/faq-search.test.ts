import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';
import { documents } from '../helpers/documents';

const FAQ = 'plugin::helpdesk.faq';

describe('FAQ search', () => {
  let app: TestApp;
  const faqs = () => documents(app.strapi, FAQ);
  const search = (query: Record<string, string | number>) => request(app.server).get('/api/helpdesk/faq/search').query(query);
  const found = async (q: string, locale = 'en') => ((await search({ q, locale })).body.data ?? []).map((hit: any) => hit.documentId);

  beforeAll(async () => {
    app = await bootStrapi();
    for (const code of ['nl', 'fr', 'ru']) await app.strapi.plugin('i18n').service('locales').create({ code, name: code });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const publish = async (question: string, answer: string, translations: Record<string, { question: string; answer: string }> = {}) => {
    const entry = await faqs().create({ locale: 'en', data: { question, answer }, status: 'published' });
    for (const [locale, data] of Object.entries(translations)) {
      await faqs().update({ documentId: entry.documentId, locale, data, status: 'published' });
    }
    return entry.documentId as string;
  };

  it('suggests published answers while the customer types, tolerating typos and partial words', async () => {
    const password = await publish('How do I reset my password?', 'Use the **reset link** on the login page.');
    const invoice = await publish('Where can I find my invoices?', 'Invoices are listed under Billing in your account.');

    expect((await found('reset my pasword'))[0]).toBe(password);
    expect((await found('invoic'))[0]).toBe(invoice);
    const response = await search({ q: 'password reset' });
    expect(response.status).toBe(200);
    expect(response.body.data[0]).toMatchObject({ documentId: password, source: 'faq', title: 'How do I reset my password?' });
    expect(response.body.data[0].score).toBeGreaterThan(0);
    expect(response.body.data[0].snippet).toContain('<mark>reset</mark>');
  });

  it('keeps drafts out, follows edits, unpublishing and deletion at once', async () => {
    const draft = await faqs().create({ locale: 'en', data: { question: 'Can I pay by wire transfer?', answer: 'Yes, by wire transfer.' } });
    expect(await found('wire transfer')).not.toContain(draft.documentId);

    await faqs().publish({ documentId: draft.documentId, locale: 'en' });
    expect(await found('wire transfer')).toContain(draft.documentId);

    await faqs().update({ documentId: draft.documentId, locale: 'en', data: { question: 'Can I pay by bank giro?', answer: 'Yes, by giro.' }, status: 'published' });
    expect(await found('giro')).toContain(draft.documentId);
    expect(await found('wire transfer')).not.toContain(draft.documentId);

    await faqs().unpublish({ documentId: draft.documentId, locale: 'en' });
    expect(await found('giro')).not.toContain(draft.documentId);

    await faqs().publish({ documentId: draft.documentId, locale: 'en' });
    await faqs().delete({ documentId: draft.documentId, locale: '*' });
    expect(await found('giro')).not.toContain(draft.documentId);
  });

  it('searches per language and falls back to the default language when one has no entries', async () => {
    const hours = await publish('When is support open?', 'Monday to Friday from 9 to 5.', {
      nl: { question: 'Wanneer is de helpdesk open?', answer: 'Maandag tot en met vrijdag van 9 tot 5.' },
    });
    expect(await found('helpdesk open', 'nl')).toContain(hours);
    expect(await found('wanneer open', 'nl')).toContain(hours);
    expect(await found('support open', 'de')).toContain(hours);
  });

  it('searches the language a query without a locale is clearly written in, else the default', async () => {
    const refund = await publish('Can I get my money back?', 'Ask for a refund within 14 days.', {
      nl: { question: 'Kan ik mijn geld terugkrijgen?', answer: 'Vraag binnen 14 dagen je geld terug; het antwoord op je verzoek volgt snel.' },
      ru: { question: 'Можно ли вернуть деньги?', answer: 'Запросите возврат в течение 14 дней.' },
    });
    const unlocalized = async (q: string) => ((await search({ q })).body.data ?? []).map((hit: any) => hit.documentId);
    // Dutch, long and clear: searched in Dutch (the English index has no such words).
    expect(await unlocalized('Waarom duurt het antwoord zo lang?')).toContain(refund);
    // Cyrillic is Russian at once, short or not.
    expect(await unlocalized('вернуть деньги')).toContain(refund);
    // Short and ambiguous: the default language, as without detection.
    expect(await unlocalized('geld')).not.toContain(refund);
    expect(await unlocalized('money back')).toContain(refund);
  });

  it('suggests answers when a ticket is filed and keeps the matches on the ticket', async () => {
    const credits = await publish('Do support credits expire?', 'No, credits never expire.');
    const customer = await createCustomer(app.strapi);
    const response = await request(app.server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .send({ data: { subject: 'Credits expire?', body: 'Do my support credits expire after a year?' } });
    expect(response.status).toBe(201);
    expect(response.body.meta.suggestions[0]).toMatchObject({ documentId: credits, source: 'faq' });
    const ticket = await app.strapi.db.query('plugin::helpdesk.ticket' as any).findOne({ where: { documentId: response.body.data.documentId } });
    expect(ticket.faqMatches[0]).toMatchObject({ documentId: credits, score: expect.any(Number) });
    expect(ticket.faqStrongMatch).toBe(true);
  });

  it.each([
    [{ q: 'a' }, 'query.q'],
    [{ q: 'x'.repeat(201) }, 'query.q'],
    [{ q: '   ' }, 'query.q'],
    [{ q: 'reset', limit: 0 }, 'query.limit'],
    [{ q: 'reset', limit: 500 }, 'query.limit'],
    [{ q: 'reset', locale: '../../etc' }, 'query.locale'],
    [{ q: 'reset', sort: 'score' }, 'query.sort'],
  ])('answers %j with a 400 naming %s', async (query, field) => {
    const response = await search(query as Record<string, string | number>);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });

  describe('POST /deflections', () => {
    const deflect = (body: object, jwt?: string) => {
      const call = request(app.server).post('/api/helpdesk/deflections');
      return (jwt ? call.set('Authorization', `Bearer ${jwt}`) : call).send(body);
    };
    const count = () => app.strapi.db.query('plugin::helpdesk.deflection' as any).count({});

    it('records that a suggestion solved the question, with the customer when logged in', async () => {
      const answer = await publish('How do I change my e-mail address?', 'Open your profile and edit the address.');
      const anonymous = await deflect({ data: { source: 'faq', documentId: answer, query: 'change email', locale: 'en' } });
      expect(anonymous.status).toBe(201);
      const customer = await createCustomer(app.strapi);
      expect((await deflect({ data: { source: 'faq', documentId: answer } }, customer.jwt)).status).toBe(201);

      const rows = await app.strapi.db
        .query('plugin::helpdesk.deflection' as any)
        .findMany({ where: { sourceDocumentId: answer }, populate: ['customer'], orderBy: { id: 'asc' } });
      expect(rows.map((row: any) => [row.query, row.language, row.customer?.id ?? null])).toEqual([
        ['change email', 'en', null],
        [null, null, customer.id],
      ]);
    });

    it.each([
      [{ data: { source: 'faq', documentId: 'abcdefghijklmnopqrstuvwx' } }, 'body.data.documentId'],
      [{ data: { source: 'faq', documentId: "1' OR 1=1" } }, 'body.data.documentId'],
      [{ data: { source: 'blog', documentId: 'abcdefghijklmnopqrstuvwx' } }, 'body.data.source'],
      [{ data: { source: 'faq', documentId: 'abcdefghijklmnopqrstuvwx', query: 'x'.repeat(201) } }, 'body.data.query'],
      [{ data: { source: 'faq', documentId: 'abcdefghijklmnopqrstuvwx', customer: 1 } }, 'body.data.customer'],
      [{ source: 'faq' }, 'body.data'],
    ])('refuses %j with a 400 naming %s and records nothing', async (body, field) => {
      const before = await count();
      const response = await deflect(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(await count()).toBe(before);
    });
  });

  it('needs no query string at all to be refused politely', async () => {
    const response = await request(app.server).get('/api/helpdesk/faq/search');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('query.q');
  });
});
