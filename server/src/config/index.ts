import { resolveConfig } from './schema';

export default {
  // Defaults are filled in by the schema (see schema.ts for why Strapi gets none).
  default: {},
  /** Throwing here stops the boot; the message names every key that is wrong. */
  validator(config: unknown) {
    resolveConfig(config);
  },
};
