import { WIDGET_LOCALES, type WidgetLocale } from './locales';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import nl from './nl';
import ru from './ru';

export type Strings = typeof en;
export type StringKey = keyof Strings;

export const STRINGS: Record<WidgetLocale, Strings> = { en, nl, fr, de, es, it, ru };
export { WIDGET_LOCALES, type WidgetLocale };

/** A string in the locale with its `{placeholders}` filled. */
export function translate(locale: WidgetLocale, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
