import fs from 'node:fs';
import path from 'node:path';
import { BASE_URL_ENV, E2E_TMP_DIR, SERVER_STATE_FILE, type ServerState } from './helpers/env';
import { buildPlaygroundAdmin, ensurePluginBuilt, seconds, startPlayground, type PlaygroundServer } from './helpers/playground';
import { startSmtpServer } from '../helpers/smtp';
import { startStripeStandIn } from '../../playground/scripts/stripe-stand-in';

/**
 * Once per e2e run: builds the plugin if dist/ is missing, builds the playground's admin panel
 * (`strapi build`), then serves the playground with `strapi start` on a fresh temp SQLite file with
 * the demo data, and hands its address to the specs (HELPDESK_E2E_BASE_URL and
 * tests/.tmp/e2e/server.json). global-teardown.ts stops it.
 *
 * HELPDESK_E2E_BASE_URL set beforehand runs the specs against that server instead (nothing is built
 * or started); HELPDESK_E2E_SKIP_ADMIN_BUILD=1 serves playground/build as it is.
 */
export default async function globalSetup() {
  if (process.env[BASE_URL_ENV]) {
    console.log(`e2e: using the server at ${process.env[BASE_URL_ENV]} (${BASE_URL_ENV})`);
    return;
  }
  fs.mkdirSync(E2E_TMP_DIR, { recursive: true });
  fs.rmSync(SERVER_STATE_FILE, { force: true });

  const pluginMs = await ensurePluginBuilt(E2E_TMP_DIR);
  if (pluginMs !== null) console.log(`e2e: built the plugin (dist/ was missing) in ${seconds(pluginMs)}`);
  if (process.env.HELPDESK_E2E_SKIP_ADMIN_BUILD === '1') {
    console.log('e2e: serving playground/build as it is (HELPDESK_E2E_SKIP_ADMIN_BUILD=1)');
  } else {
    const buildMs = await buildPlaygroundAdmin(E2E_TMP_DIR);
    console.log(`e2e: built the playground's admin panel in ${seconds(buildMs)} (log: ${path.relative(process.cwd(), path.join(E2E_TMP_DIR, 'admin-build.log'))})`);
  }

  // The playground's mail goes to a real SMTP server here, so the specs see mails delivered.
  const smtp = await startSmtpServer();
  (globalThis as any).__HELPDESK_E2E_SMTP__ = smtp;
  // Payments go to the playground's Stripe stand-in, as under `npm run develop`: its checkout page's
  // Pay button sends the signed webhook to the playground.
  const stripe = await startStripeStandIn({ webhookSecret: 'whsec_playground', apiKey: 'sk_test_playground', webhookUrl: null });
  (globalThis as any).__HELPDESK_E2E_STRIPE__ = stripe;
  const server: PlaygroundServer = await startPlayground({
    seed: true,
    logFile: path.join(E2E_TMP_DIR, 'strapi.log'),
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), HELPDESK_STRIPE_STAND_IN: 'true', STRIPE_STAND_IN_PORT: String(stripe.port) },
  });
  stripe.setWebhookUrl(`${server.baseUrl}/api/helpdesk/stripe/webhook`);
  // A run that ends without the teardown (an error in Jest itself) still takes the server down.
  process.once('exit', () => server.killNow());
  (globalThis as any).__HELPDESK_E2E_SERVER__ = server;
  process.env[BASE_URL_ENV] = server.baseUrl;
  const state: ServerState = { baseUrl: server.baseUrl, pid: server.pid, logFile: server.logFile };
  fs.writeFileSync(SERVER_STATE_FILE, JSON.stringify(state, null, 2));
  console.log(`e2e: the playground (demo data) answers on ${server.baseUrl} after ${seconds(server.bootMs)} (log: ${path.relative(process.cwd(), server.logFile)})`);
}
