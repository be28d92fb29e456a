/** The languages the widget speaks. */
export const WIDGET_LOCALES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;
export type WidgetLocale = (typeof WIDGET_LOCALES)[number];
