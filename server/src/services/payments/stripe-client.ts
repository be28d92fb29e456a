import Stripe from 'stripe';
import type { HelpdeskConfig } from '../../config/schema';

/**
 * The official Stripe SDK for the site's keys, reaching the API at `apiBaseUrl` when one is set
 * (a proxy, or the local stand-in the tests and the playground start). Null without a secret key.
 */
export function createStripeClient(payments: HelpdeskConfig['payments']): Stripe | null {
  if (!payments.secretKey) return null;
  const base = payments.apiBaseUrl ? new URL(payments.apiBaseUrl) : null;
  const protocol = base?.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(payments.secretKey, {
    ...(base ? { host: base.hostname, port: Number(base.port || (protocol === 'http' ? 80 : 443)), protocol } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'strapi-plugin-helpdesk' },
  });
}

export type { Stripe };
