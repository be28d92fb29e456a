import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { documents } from '../helpers/documents';

const FAQ = 'plugin::helpdesk.faq';
const DOC_PAGE = 'api::doc-page.doc-page';
/** What the issue promises: a change made through one instance is searchable on the others within this. */
const CONVERGENCE_MS = 5000;

/**
 * Two Strapi instances on one database, the second in its own process with the default settings:
 * every FAQ or documentation change made through the first reaches the second's search index
 * through the database alone.
 */
describe('search across several instances', () => {
  const pluginConfig = { search: { sources: [{ uid: DOC_PAGE, title: 'title', body: 'body', url: '/docs/{slug}' }] } };
  let app: TestApp;
  let other: OtherInstance;

  beforeAll(async () => {
    app = await bootStrapi({ pluginConfig });
    await app.strapi.plugin('i18n').service('locales').create({ code: 'nl', name: 'nl' });
    other = await startOtherInstance(app.database, pluginConfig);
  });

  afterAll(async () => {
    await other?.stop();
    await app?.stop();
  });

  const foundOnOther = async (q: string, locale = 'en'): Promise<string[]> => {
    const response = await request(other.url).get('/api/helpdesk/faq/search').query({ q, locale });
    expect(response.status).toBe(200);
    return response.body.data.map((hit: { documentId: string }) => hit.documentId);
  };

  /** Polls the other instance until `check` holds; returns how long that took. */
  const untilOther = async (check: () => Promise<boolean>): Promise<number> => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > CONVERGENCE_MS) throw new Error(`the other instance did not follow within ${CONVERGENCE_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Date.now() - started;
  };

  it('finds an FAQ entry published through the first instance, and follows its edits, unpublishing and deletion', async () => {
    const faqs = documents(app.strapi, FAQ);
    const entry = await faqs.create({ locale: 'en', data: { question: 'Can I pay with a voucher?', answer: 'Vouchers are accepted at checkout.' }, status: 'published' });
    const id = entry.documentId as string;
    const waits: number[] = [];

    waits.push(await untilOther(async () => (await foundOnOther('voucher')).includes(id)));

    await faqs.update({ documentId: id, locale: 'en', data: { question: 'Can I pay with a gift card?', answer: 'Gift cards are accepted at checkout.' }, status: 'published' });
    waits.push(await untilOther(async () => (await foundOnOther('gift card')).includes(id) && !(await foundOnOther('voucher')).includes(id)));

    await faqs.update({ documentId: id, locale: 'nl', data: { question: 'Kan ik met een cadeaukaart betalen?', answer: 'Cadeaukaarten worden geaccepteerd.' }, status: 'published' });
    waits.push(await untilOther(async () => (await foundOnOther('cadeaukaart', 'nl')).includes(id)));

    await faqs.unpublish({ documentId: id, locale: 'en' });
    waits.push(await untilOther(async () => !(await foundOnOther('gift card')).includes(id)));
    expect(await foundOnOther('cadeaukaart', 'nl')).toContain(id);

    await faqs.delete({ documentId: id, locale: '*' });
    waits.push(await untilOther(async () => !(await foundOnOther('cadeaukaart', 'nl')).includes(id)));

    console.log(`search convergence across instances: ${waits.join(', ')} ms`);
  });

  it('never shows the other instance a draft', async () => {
    const draft = await documents(app.strapi, FAQ).create({ locale: 'en', data: { question: 'Is there a student discount?', answer: 'Not yet.' } });
    // A published entry written after the draft: once it shows, the draft's change has been read too.
    const marker = await documents(app.strapi, FAQ).create({ locale: 'en', data: { question: 'Is there a teacher discount?', answer: 'Not yet.' }, status: 'published' });
    await untilOther(async () => (await foundOnOther('teacher discount')).includes(marker.documentId));
    expect(await foundOnOther('student discount')).not.toContain(draft.documentId);
  });

  it('follows the documentation sources too, with their links', async () => {
    const page = await documents(app.strapi, DOC_PAGE).create({
      locale: 'en',
      data: { title: 'Configuring the mail relay', slug: 'mail-relay', body: 'Point the SMTP relay at port 587.' },
      status: 'published',
    });
    await untilOther(async () => (await foundOnOther('smtp relay')).includes(page.documentId));
    const response = await request(other.url).get('/api/helpdesk/faq/search').query({ q: 'smtp relay' });
    expect(response.body.data.find((hit: { documentId: string }) => hit.documentId === page.documentId)).toMatchObject({
      source: DOC_PAGE,
      title: 'Configuring the mail relay',
      url: '/docs/mail-relay',
    });
  });
});
