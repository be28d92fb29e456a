'use strict';

module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    // The payment webhook verifies Stripe's signature over the exact bytes received, so the body
    // parser must keep the raw body next to the parsed one.
    name: 'strapi::body',
    config: { includeUnparsed: true },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
