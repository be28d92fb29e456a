'use strict';

/**
 * `npm run develop`: Strapi in development mode, and beside it
 * - when no SMTP_HOST is set, a local mail catcher (maildev) that receives every mail the
 *   playground sends: SMTP on 127.0.0.1:1025, its inbox at http://localhost:1080;
 * - when no STRIPE_* variable is set, the local Stripe stand-in (scripts/stripe-stand-in.js): the
 *   API on 127.0.0.1:12111, a test checkout page with Pay and Cancel, and signed webhooks to the
 *   playground. HELPDESK_STRIPE_STAND_IN=false leaves it out (payments are then off).
 * They all stop together.
 */
const path = require('node:path');
const { spawn } = require('node:child_process');

const STRIPE_VARIABLES = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE_URL'];
const STAND_IN_PORT = process.env.STRIPE_STAND_IN_PORT || '12111';

const children = [];
const start = (command, args, env = process.env) => {
  // npm puts node_modules/.bin on the PATH of its scripts.
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env });
  children.push(child);
  return child;
};

if (!process.env.SMTP_HOST) {
  console.log('Mail catcher: the playground\'s mail is in the inbox at http://localhost:1080 (SMTP on 127.0.0.1:1025).');
  const catcher = start('maildev', ['--smtp', '1025', '--ip', '127.0.0.1', '--web', '1080', '--web-ip', '127.0.0.1']);
  catcher.on('exit', (code) => {
    if (code) console.warn(`Mail catcher stopped (exit ${code}); is another one already listening on port 1025?`);
  });
}

const strapiEnv = { ...process.env };
const useStandIn = !STRIPE_VARIABLES.some((name) => process.env[name]) && process.env.HELPDESK_STRIPE_STAND_IN !== 'false';
if (useStandIn) {
  const webhookUrl = `http://127.0.0.1:${process.env.PORT || 1337}/api/helpdesk/stripe/webhook`;
  console.log(
    `Stripe stand-in: no real money; priority tickets and top-ups link to its test checkout pages (Pay / Cancel) at http://127.0.0.1:${STAND_IN_PORT}/checkout/<session id>.`
  );
  const standIn = start(process.execPath, [path.join(__dirname, 'stripe-stand-in.js')], {
    ...process.env,
    STRIPE_STAND_IN_PORT: STAND_IN_PORT,
    STRIPE_WEBHOOK_URL: webhookUrl,
    STRIPE_WEBHOOK_SECRET: 'whsec_playground',
    STRIPE_SECRET_KEY: 'sk_test_playground',
  });
  standIn.on('exit', (code) => {
    if (code) console.warn(`Stripe stand-in stopped (exit ${code}); is something else listening on port ${STAND_IN_PORT}?`);
  });
  // config/plugins.js points the helpdesk's payments at the stand-in.
  Object.assign(strapiEnv, { HELPDESK_STRIPE_STAND_IN: 'true', STRIPE_STAND_IN_PORT: STAND_IN_PORT });
}

const strapi = start('strapi', ['develop', ...process.argv.slice(2)], strapiEnv);
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
strapi.on('exit', (code) => {
  stopAll('SIGTERM');
  process.exit(code ?? 0);
});
