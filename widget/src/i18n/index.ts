import en from './en';
import { WIDGET_LOCALES, type WidgetLocale } from './locales';

export type Strings = typeof en;
export type StringKey = keyof Strings;
export { WIDGET_LOCALES, type WidgetLocale };

/**
 * The strings the widget has: English is built in; each other language arrives as its own small
 * script (built from ./<locale>.ts by widget/build.mjs) that the loader adds for the page's
 * language only, so the widget carries one language rather than seven.
 */
const STRINGS: Partial<Record<WidgetLocale, Strings>> = { en };

export function addStrings(locale: WidgetLocale, strings: Strings): void {
  STRINGS[locale] = strings;
}

export const hasStrings = (locale: WidgetLocale): boolean => Boolean(STRINGS[locale]);

/** A string in the locale (English until that language's strings have arrived) with its `{placeholders}` filled. */
export function translate(locale: WidgetLocale, key: StringKey, values: Record<string, string | number> = {}): string {
  const text = (STRINGS[locale] ?? en)[key];
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
