'use strict';

const path = require('path');

/**
 * Payments: Stripe itself (in test mode, say) when any STRIPE_* variable is set. Otherwise, under
 * `npm run develop`, which starts the local Stripe stand-in (scripts/stripe-stand-in.js) and sets
 * HELPDESK_STRIPE_STAND_IN=true, that stand-in. Otherwise none: priority tickets and top-ups are
 * refused with a 400 that says payments are not set up.
 */
const STRIPE_VARIABLES = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE_URL'];

const payments = (env) => {
  // The address the playground's pages are opened at (the e2e tests open them on 127.0.0.1).
  const site = env('HELPDESK_PLAYGROUND_URL', `http://localhost:${env.int('PORT', 1337)}`);
  const returnPages = {
    // The demo support page (public/support/): its widget opens where the customer left for Checkout.
    successUrl: `${site}/support/?helpdesk-checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${site}/support/?helpdesk-checkout=cancel`,
  };
  if (STRIPE_VARIABLES.some((name) => env(name))) {
    return {
      secretKey: env('STRIPE_SECRET_KEY') || null,
      webhookSecret: env('STRIPE_WEBHOOK_SECRET') || null,
      apiBaseUrl: env('STRIPE_API_BASE_URL') || null,
      ...returnPages,
    };
  }
  if (env.bool('HELPDESK_STRIPE_STAND_IN', false)) {
    return {
      secretKey: 'sk_test_playground',
      webhookSecret: 'whsec_playground',
      apiBaseUrl: `http://127.0.0.1:${env.int('STRIPE_STAND_IN_PORT', 12111)}`,
      ...returnPages,
    };
  }
  return {};
};

module.exports = ({ env }) => ({
  helpdesk: {
    enabled: true,
    // The plugin is this repository itself: its package.json points Strapi at the built dist/.
    resolve: path.resolve(__dirname, '..', '..'),
    config: {
      mail: {
        from: env('HELPDESK_MAIL_FROM', 'no-reply@helpdesk.local'),
        replyTo: null,
        staffRecipients: env.array('HELPDESK_STAFF_RECIPIENTS', ['support@helpdesk.local']),
      },
      slaSweeper: { enabled: env.bool('HELPDESK_SLA_SWEEPER', true) },
      // Searches per visitor per minute: a site behind one proxy address, or a relevance run, wants more.
      // REDIS_URL (e.g. redis://127.0.0.1:6379) shares the counters between several playground instances.
      rateLimits: {
        search: { points: env.int('HELPDESK_SEARCH_RATE_LIMIT', 120), durationSeconds: 60 },
        ...(env('REDIS_URL') ? { redis: env('REDIS_URL') } : {}),
      },
      payments: payments(env),
      // The site's documentation, suggested next to the FAQ.
      search: {
        sources: [{ uid: 'api::doc-page.doc-page', title: 'title', body: 'body', url: '/{locale}/docs/{slug}' }],
      },
    },
  },
  // Every mail of the site, the helpdesk's too, goes through Strapi's email plugin. Without SMTP_HOST
  // it goes to a local mail catcher on port 1025.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env('SMTP_HOST'),
        auth: env('SMTP_USER') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS') } : undefined,
        // Connections stay open between mails, up to five at once.
        pool: true,
        maxConnections: 5,
      },
      settings: { defaultFrom: env('HELPDESK_MAIL_FROM', 'no-reply@helpdesk.local') },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret'),
      // Customer logins (/api/auth/local): 5 in 5 minutes per IP, off for the e2e run (see config/admin.js).
      ratelimit: { enabled: env.bool('HELPDESK_LOGIN_RATE_LIMIT', true) },
    },
  },
});
