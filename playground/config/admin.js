'use strict';

// Playground-only secrets: a real site sets these through its environment.
module.exports = ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'playground-admin-jwt-secret'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'playground-api-token-salt'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', 'playground-transfer-token-salt'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'playground-encryption-key'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // Strapi lets one address log in 5 times in 5 minutes from one IP; the e2e run logs in more often
  // (it sets HELPDESK_LOGIN_RATE_LIMIT=false). On everywhere else.
  rateLimit: { enabled: env.bool('HELPDESK_LOGIN_RATE_LIMIT', true) },
});
