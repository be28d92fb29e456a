import { WIDGET_LOCALES, type WidgetLocale } from './i18n/locales';

/**
 * The widget's language: the `locale` attribute, else the page's `<html lang>`, else the browser's
 * languages, each matched on its language part (`de-CH` → `de`); English when none is one of ours.
 */
export function pickLocale(attribute: string | null | undefined, pageLang: string | null | undefined, browser: readonly string[]): WidgetLocale {
  for (const candidate of [attribute, pageLang, ...browser]) {
    const language = candidate?.trim().slice(0, 2).toLowerCase();
    if (language && (WIDGET_LOCALES as readonly string[]).includes(language)) return language as WidgetLocale;
  }
  return 'en';
}
