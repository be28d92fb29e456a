import { startStripeStandIn, type StripeStandIn as StandIn } from '../../playground/scripts/stripe-stand-in';
import { bootStrapi, type BootOptions, type TestApp } from './strapi';

export const WEBHOOK_SECRET = 'whsec_helpdesk_test_secret';
export const STRIPE_KEY = 'sk_test_helpdesk';

export interface PaymentsApp {
  app: TestApp;
  stripe: StandIn;
  stop(): Promise<void>;
}

/**
 * A booted Strapi whose payments go to a local Stripe stand-in, through the real `stripe` SDK: the
 * stand-in signs its events with the webhook secret and posts them to the plugin's webhook route.
 */
export async function bootWithPayments(options: BootOptions & { deliverWebhooks?: boolean } = {}): Promise<PaymentsApp> {
  const stripe = await startStripeStandIn({ webhookSecret: WEBHOOK_SECRET, apiKey: STRIPE_KEY, webhookUrl: null });
  const pluginConfig = (options.pluginConfig ?? {}) as Record<string, unknown>;
  let app: TestApp;
  try {
    app = await bootStrapi({
      ...options,
      pluginConfig: {
        ...pluginConfig,
        payments: {
          secretKey: STRIPE_KEY,
          webhookSecret: WEBHOOK_SECRET,
          apiBaseUrl: stripe.apiBase,
          successUrl: 'https://shop.example/support?paid={CHECKOUT_SESSION_ID}',
          cancelUrl: 'https://shop.example/support?cancelled=1',
          reconcile: { enabled: false },
          ...((pluginConfig.payments as object) ?? {}),
        },
      },
    });
  } catch (error) {
    await stripe.close();
    throw error;
  }
  const { port } = app.server.address() as { port: number };
  if (options.deliverWebhooks !== false) stripe.setWebhookUrl(`http://127.0.0.1:${port}/api/helpdesk/stripe/webhook`);
  return {
    app,
    stripe,
    async stop() {
      await app.stop();
      await stripe.close();
    },
  };
}
