import { addStrings, translate, WIDGET_LOCALES } from '../../../widget/src/i18n';
import de from '../../../widget/src/i18n/de';
import en from '../../../widget/src/i18n/en';
import es from '../../../widget/src/i18n/es';
import fr from '../../../widget/src/i18n/fr';
import italian from '../../../widget/src/i18n/it';
import nl from '../../../widget/src/i18n/nl';
import ru from '../../../widget/src/i18n/ru';

const STRINGS = { en, nl, fr, de, es, it: italian, ru };
import { pickLocale } from '../../../widget/src/locale';
import { answerBlocks, snippetParts } from '../../../widget/src/snippet';
import { describeInstant } from '../../../widget/src/when';
import { fileProblems } from '../../../widget/src/format';

describe('snippet parts', () => {
  it('splits marked words from the rest and decodes what the server escaped', () => {
    expect(snippetParts('Send the <mark>invoice</mark> &amp; the <mark>receipt</mark> &quot;now&quot;')).toEqual([
      { text: 'Send the ', marked: false },
      { text: 'invoice', marked: true },
      { text: ' & the ', marked: false },
      { text: 'receipt', marked: true },
      { text: ' "now"', marked: false },
    ]);
  });

  it('keeps markup that was text as text: an escaped tag comes back as its characters, never as an element', () => {
    const parts = snippetParts('see &lt;img src=x onerror=alert(1)&gt; <mark>here</mark>');
    expect(parts[0]).toEqual({ text: 'see <img src=x onerror=alert(1)> ', marked: false });
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['here']);
  });
});

describe('answer blocks', () => {
  it('reads Markdown as plain paragraphs and lists', () => {
    expect(answerBlocks('## Hours\nOpen **Settings** and see [the guide](/docs/guide).\n\n- Monday: 09:00\n- *Sunday*: closed\n\n1. one')).toEqual([
      { list: false, text: 'Hours Open Settings and see the guide.' },
      { list: true, items: ['Monday: 09:00', 'Sunday: closed'] },
      { list: true, items: ['one'] },
    ]);
  });
});

describe('the widget language', () => {
  it('takes the attribute, then the page language, then the browser, on the language part', () => {
    expect(pickLocale('ru', 'de', ['fr'])).toBe('ru');
    expect(pickLocale(null, 'de-CH', ['fr'])).toBe('de');
    expect(pickLocale('', '', ['pt-BR', 'it-IT'])).toBe('it');
    expect(pickLocale('pt', 'ja', ['zh'])).toBe('en');
  });

  it('speaks seven languages with the same strings and placeholders as English', () => {
    expect(WIDGET_LOCALES).toEqual(['en', 'nl', 'fr', 'de', 'es', 'it', 'ru']);
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const locale of WIDGET_LOCALES) {
      expect(Object.keys(STRINGS[locale]).sort()).toEqual(Object.keys(STRINGS.en).sort());
      for (const [key, text] of Object.entries(STRINGS.en)) {
        expect([locale, key, placeholders(STRINGS[locale][key as keyof typeof STRINGS.en])]).toEqual([locale, key, placeholders(text)]);
        if (locale !== 'en' && !['sourceFaq', 'sourceDocs'].includes(key)) expect([locale, key, STRINGS[locale][key as keyof typeof STRINGS.en]]).not.toEqual([locale, key, text]);
      }
    }
    // Until a language's strings script has arrived, the widget speaks English.
    expect(translate('de', 'resultsCount', { count: 3 })).toBe('Answers found: 3');
    addStrings('de', de);
    expect(translate('de', 'resultsCount', { count: 3 })).toBe('Gefundene Antworten: 3');
  });
});

describe('instants as the customer reads them', () => {
  // Local dates on both sides, so the result does not depend on the machine's time zone.
  const now = new Date(2026, 11, 2, 6, 0);
  beforeAll(() => {
    addStrings('de', de);
    addStrings('ru', ru);
  });
  it('says today, a weekday, or a date when a week or more away', () => {
    expect(describeInstant('en', new Date(2026, 11, 2, 9, 0), now)).toBe('today at 09:00 AM');
    expect(describeInstant('de', new Date(2026, 11, 3, 9, 0), now)).toBe('am Donnerstag um 09:00');
    expect(describeInstant('en', new Date(2026, 11, 28, 9, 0), now)).toBe('Monday, December 28 at 09:00 AM');
    expect(describeInstant('ru', new Date(2026, 11, 3, 9, 0), now)).toBe('3 декабря в 09:00');
  });
});

describe('attachments checked before upload', () => {
  const limits = { maxFiles: 2, maxFileSizeBytes: 1000, allowedMimeTypes: ['image/*', 'application/pdf'] };
  it('names each file that is too large or of a type not accepted, and too many files', () => {
    expect(fileProblems([{ name: 'a.png', size: 10, type: 'image/png' }, { name: 'b.pdf', size: 10, type: 'application/pdf' }], limits)).toEqual([]);
    expect(
      fileProblems(
        [
          { name: 'big.jpg', size: 1001, type: 'image/jpeg' },
          { name: 'run.exe', size: 10, type: 'application/x-msdownload' },
          { name: 'c.png', size: 10, type: 'image/png' },
        ],
        limits
      )
    ).toEqual([{ key: 'fileTooMany' }, { key: 'fileTooBig', name: 'big.jpg' }, { key: 'fileType', name: 'run.exe' }]);
  });
});
