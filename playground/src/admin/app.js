// The admin panel's interface languages besides English: the plugin ships all of them.
export default {
  config: {
    locales: ['nl', 'fr', 'de', 'es', 'it', 'ru'],
  },
  bootstrap() {},
};
