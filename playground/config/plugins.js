'use strict';

const path = require('path');

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
