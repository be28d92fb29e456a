import { resolveConfig } from '../../server/src/config/schema';
import configModule from '../../server/src/config';

describe('resolveConfig', () => {
  it('fills every default into an empty config', () => {
    const config = resolveConfig({});
    expect(config.grantDefaultPermissions).toBe(true);
    expect(config.mail.from).toMatch(/^no-reply@/);
    expect(config.payments).toMatchObject({ provider: 'stripe', currency: 'eur', secretKey: null });
    expect(config.attachments.maxFiles).toBe(5);
    expect(config.attachments.allowedMimeTypes).toContain('application/pdf');
    expect(config.search).toEqual({ sources: [], syncIntervalMs: 1000 });
  });

  it('keeps the site admin values next to the defaults of their siblings', () => {
    const config = resolveConfig({ payments: { secretKey: 'sk_test_123' } });
    expect(config.payments).toMatchObject({ secretKey: 'sk_test_123', currency: 'eur', webhookSecret: null });
  });

  it('accepts a documentation content type to search, with one body field or several', () => {
    const config = resolveConfig({
      search: {
        sources: [
          { uid: 'api::article.article', title: 'title', body: 'body', url: '/docs/{slug}' },
          { uid: 'api::guide.guide', title: 'name', body: ['intro', 'steps'] },
        ],
      },
    });
    expect(config.search.sources).toEqual([
      { uid: 'api::article.article', title: 'title', body: ['body'], url: '/docs/{slug}' },
      { uid: 'api::guide.guide', title: 'name', body: ['intro', 'steps'], url: null },
    ]);
  });

  it.each([
    [{ search: { sources: [{ uid: 'article', title: 'title', body: 'body' }] } }, 'search.sources.0.uid'],
    [{ search: { sources: [{ uid: 'api::article.article', title: 'title', body: [] }] } }, 'search.sources.0.body'],
    [{ search: { sources: [{ uid: 'api::article.article', title: 'title', body: 'body', url: '/docs/' }] } }, 'search.sources.0.url'],
    [{ search: { sources: [{ uid: 'api::article.article', titleField: 'title', body: 'body' }] } }, 'search.sources.0.titleField'],
    [{ attachments: { allowedMimeTypes: [] } }, 'attachments.allowedMimeTypes'],
    [{ attachments: { allowedMimeTypes: ['pdf'] } }, 'attachments.allowedMimeTypes.0'],
    [{ mail: { staffRecipients: ['desk@example.com', 'nobody'] } }, 'mail.staffRecipients.1'],
    [{ payments: { provider: 'paypal' } }, 'payments.provider'],
    [{ attachments: { maxFileSize: 10 } }, 'attachments.maxFileSize'],
  ])('refuses %j, naming %s', (input, key) => {
    expect(() => resolveConfig(input)).toThrow(new RegExp(`${key.replace(/\./g, '\\.')}\\b`));
  });

  it('names every wrong key at once', () => {
    expect(() => resolveConfig({ mail: { from: 'x' }, payments: { currency: 'EURO' } })).toThrow(
      /mail\.from.*payments\.currency/
    );
  });

  it('hands Strapi no defaults to merge, so lists are never spliced', () => {
    expect(configModule.default).toEqual({});
    expect(() => configModule.validator({ mail: { from: 'bad' } })).toThrow(/mail\.from/);
  });
});
