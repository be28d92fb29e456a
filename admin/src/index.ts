import { Headphones } from '@strapi/icons';
import { permissions, settingsPermissions } from './permissions';
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
    // Shown only to admins who may read the queue; the pages check again, and the server on every route.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Headphones,
      intlLabel: { id: `${PLUGIN_ID}.menu.label`, defaultMessage: 'Helpdesk' },
      permissions: permissions.readQueue,
      Component: () => import('./pages/App'),
    });
    app.widgets?.register({
      id: 'helpdesk-now',
      pluginId: PLUGIN_ID,
      icon: Headphones,
      title: { id: `${PLUGIN_ID}.widget.title`, defaultMessage: 'Helpdesk now' },
      link: { label: { id: `${PLUGIN_ID}.widget.link`, defaultMessage: 'Open the queue' }, href: `/plugins/${PLUGIN_ID}` },
      component: async () => (await import('./components/HelpdeskNowWidget')).HelpdeskNowWidget,
      permissions: permissions.readQueue,
    });
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: `${PLUGIN_ID}.settings.link`, defaultMessage: 'Helpdesk' },
      permissions: settingsPermissions.read,
      Component: () => import('./pages/SettingsPage'),
    });
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
