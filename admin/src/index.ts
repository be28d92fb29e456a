import { PLUGIN_ID } from './pluginId';

type TranslationModule = { default: Record<string, string> };

// Locales the plugin ships translations for (CONTRACT: EN, NL, FR, DE, ES, IT, RU).
const translationLoaders: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  nl: () => import('./translations/nl.json'),
  fr: () => import('./translations/fr.json'),
  de: () => import('./translations/de.json'),
  es: () => import('./translations/es.json'),
  it: () => import('./translations/it.json'),
  ru: () => import('./translations/ru.json'),
};

const prefixKeys = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Helpdesk',
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translationLoaders[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        return { data: prefixKeys(data), locale };
      })
    );
  },
};
