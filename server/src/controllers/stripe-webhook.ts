import type { Core } from '@strapi/strapi';
import { getPluginService } from '../utils';

/** Where Strapi's body parser keeps the bytes it parsed, with `includeUnparsed: true`. */
const RAW_BODY = Symbol.for('unparsedBody');

/** POST /stripe/webhook — Stripe's events, verified over the exact bytes received. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async receive(ctx: any) {
    const raw = ctx.request.body?.[RAW_BODY];
    const signature = ctx.get('stripe-signature') || undefined;
    const { eventId, duplicate } = await getPluginService(strapi, 'payments').handleWebhook(raw, signature);
    ctx.body = { received: true, eventId, duplicate };
  },
});
