import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const DIR = path.resolve(__dirname, '..', '..', '..', 'admin', 'src', 'translations');
const LOCALES = ['nl', 'fr', 'de', 'es', 'it', 'ru'];
const read = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(DIR, `${locale}.json`), 'utf8'));
const en = read('en');

/** Every placeholder of a message, with its kind, and the categories of each plural. */
function shape(elements: MessageFormatElement[], out = { args: new Set<string>(), plurals: new Map<string, string[]>() }) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      out.args.add(`${element.value}:${element.type}`);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.args.add(`${element.value}:${element.type}`);
      if (element.type === TYPE.plural) out.plurals.set(element.value, Object.keys(element.options));
      for (const option of Object.values(element.options)) shape(option.value, out);
    }
    if (element.type === TYPE.tag) shape(element.children, out);
  }
  return out;
}

describe.each(LOCALES)('the admin panel in %s', (locale) => {
  const messages = read(locale);

  it('has every English string, and nothing else', () => {
    expect(Object.keys(messages)).toEqual(Object.keys(en));
  });

  it('keeps each message\'s placeholders, and gives each plural the forms the language has', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, english] of Object.entries(en)) {
      const translated = shape(parse(messages[key]));
      expect([key, [...translated.args].sort()]).toEqual([key, [...shape(parse(english)).args].sort()]);
      for (const [argument, forms] of translated.plurals) {
        const named = forms.filter((form) => !form.startsWith('='));
        expect([key, argument, [...named].sort()]).toEqual([key, argument, [...categories].sort()]);
      }
    }
  });

  it('is translated, not copied: most strings differ from the English', () => {
    const copies = Object.keys(en).filter((key) => messages[key] === en[key]);
    // Words such as "SLA", "Status" or "E-mail" are the same in several languages; whole sentences are not.
    expect(copies.length).toBeLessThan(Object.keys(en).length / 10);
    expect(copies.every((key) => en[key].split(' ').length <= 3)).toBe(true);
  });
});
