import { bootError, bootStrapi } from '../helpers/strapi';
import { getPluginConfig } from '../../server/src/utils';

describe('plugin config', () => {
  it.each([
    ['a malformed sender address', { mail: { from: 'not-an-address' } }, 'mail.from'],
    ['a misspelled key', { mail: { form: 'no-reply@example.com' } }, 'mail.form'],
    ['an unknown top-level key', { stripeKey: 'sk_test' }, 'stripeKey'],
    ['a negative attachment count', { attachments: { maxFiles: -1 } }, 'attachments.maxFiles'],
    ['a currency that is not an ISO code', { payments: { currency: 'EURO' } }, 'payments.currency'],
    ['a string where a boolean belongs', { grantDefaultPermissions: 'yes' }, 'grantDefaultPermissions'],
    ['a mail worker that would poll every millisecond', { mail: { outbox: { intervalMs: 1 } } }, 'mail.outbox.intervalMs'],
    ['a ticket link that is no URL', { mail: { ticketUrl: 'support/tickets/{documentId}' } }, 'mail.ticketUrl'],
    ['a rate-limit store that is no Redis URL', { rateLimits: { redis: 'http://127.0.0.1:6379' } }, 'rateLimits.redis'],
    ['a realtime channel that is no SQL identifier', { realtime: { channel: 'helpdesk; DROP TABLE x' } }, 'realtime.channel'],
  ])('stops the boot on %s, naming the key', async (_case, pluginConfig, key) => {
    const error = await bootError({ pluginConfig });
    expect(error).not.toBeNull();
    expect(error!.message).toContain('helpdesk');
    expect(error!.message).toContain(key);
  });

  it('boots with a partial config and fills in the rest from the defaults', async () => {
    const app = await bootStrapi({
      pluginConfig: { mail: { from: 'no-reply@shop.example', staffRecipients: ['desk@shop.example'] }, attachments: { allowedMimeTypes: ['application/pdf'] } },
    });
    try {
      const config = getPluginConfig(app.strapi);
      expect(config.mail).toEqual({
        from: 'no-reply@shop.example',
        replyTo: null,
        staffRecipients: ['desk@shop.example'],
        enabled: true,
        siteName: null,
        ticketUrl: null,
        // The fixture app turns the worker's timer off; the rest are the defaults.
        outbox: { enabled: false, intervalMs: 10_000, batchSize: 50, concurrency: 5, retryInitialMs: 60_000, retryMaxMs: 21_600_000, giveUpAfterMs: 259_200_000 },
      });
      // A shorter list replaces the default list instead of being merged into it.
      expect(config.attachments.allowedMimeTypes).toEqual(['application/pdf']);
      expect(config.attachments.maxFiles).toBe(5);
      expect(config.payments.currency).toBe('eur');
    } finally {
      await app.stop();
    }
  });
});
