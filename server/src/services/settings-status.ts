import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MAIL_OUTBOX_UID, PAYMENT_EVENT_UID } from '../uids';
import { getPluginConfig, getPluginService, toIso } from '../utils';

/** One test mail per admin per this long. */
export const TEST_MAIL_INTERVAL_MS = 10_000;

/**
 * What the settings page tells staff about mail and payments, which are set up in the site's
 * config rather than here: whether they are configured and how they have been doing. Key values
 * never leave the server, only whether they are set.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => getPluginService(strapi, 'clock').now();
  const lastTestMail = new Map<number, number>();

  const latest = async (uid: string, field: string, where: Record<string, unknown>) => {
    const row = await strapi.db.query(uid as any).findOne({ where: { ...where, [field]: { $notNull: true } }, select: [field], orderBy: { [field]: 'desc' } });
    return toIso(row?.[field]);
  };
  const countOutbox = (status: string[]) => strapi.db.query(MAIL_OUTBOX_UID as any).count({ where: { status: { $in: status } } });

  return {
    async status() {
      const { mail, payments } = getPluginConfig(strapi);
      const provider = (strapi.config.get('plugin::email') as { provider?: unknown } | undefined)?.provider;
      return {
        mail: {
          enabled: mail.enabled,
          providerConfigured: typeof provider === 'string' && provider ? provider : null,
          lastSentAt: await latest(MAIL_OUTBOX_UID, 'sentAt', { status: 'sent' }),
          failed: await countOutbox(['failed']),
          pending: await countOutbox(['pending', 'sending']),
        },
        payments: {
          configured: Boolean(payments.secretKey && payments.webhookSecret),
          currency: payments.currency,
          lastWebhookAt: await latest(PAYMENT_EVENT_UID, 'processedAt', {}),
          keys: { secret: Boolean(payments.secretKey), webhook: Boolean(payments.webhookSecret) },
        },
      };
    },

    /**
     * Sends one mail now through Strapi's email plugin (not the outbox). A refused send is the
     * caller's 400 with the provider's message; an admin may send one per TEST_MAIL_INTERVAL_MS.
     */
    async sendTestMail(to: string, by: number) {
      const at = now().getTime();
      const last = lastTestMail.get(by);
      if (last !== undefined && at - last < TEST_MAIL_INTERVAL_MS && at >= last) {
        throw new errors.RateLimitError(`One test mail per ${TEST_MAIL_INTERVAL_MS / 1000} s: try again in a few seconds`);
      }
      lastTestMail.set(by, at);
      const { mail } = getPluginConfig(strapi);
      const site = mail.siteName ?? mail.from.split('@')[1] ?? 'the helpdesk';
      try {
        await strapi
          .plugin('email')
          .service('email')
          .send({
            to,
            from: mail.from,
            replyTo: mail.replyTo ?? undefined,
            subject: `Test mail from ${site}`,
            text: `This is a test mail from the ${site} helpdesk. Mail from the helpdesk reaches this address.`,
            html: `<p>This is a test mail from the ${site} helpdesk. Mail from the helpdesk reaches this address.</p>`,
          });
      } catch (error) {
        const failure = error as { response?: unknown; message?: unknown; code?: unknown };
        const reason = String(failure.response ?? failure.message ?? 'unknown error').slice(0, 1000);
        throw new errors.ApplicationError(`The mail could not be sent: ${reason}`, { to, code: failure.code ?? null });
      }
      return { sent: true as const, to };
    },
  };
};
