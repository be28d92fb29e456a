'use strict';

module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Playground-only keys so the demo starts with no setup; a real site sets APP_KEYS.
    keys: env.array('APP_KEYS', ['playgroundKeyOne', 'playgroundKeyTwo']),
  },
});
