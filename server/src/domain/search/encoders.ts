/// <reference path="./language-packages.d.ts" />
import { Charset, Encoder } from 'flexsearch';
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as italianStemmer } from '@orama/stemmers/italian';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { stopwords as germanStopWords } from '@orama/stopwords/german';
import { stopwords as italianStopWords } from '@orama/stopwords/italian';
import { stopwords as russianStopWords } from '@orama/stopwords/russian';
import { eng as englishStopWords, spa as spanishStopWords } from 'stopword';

/** The languages search understands; any other locale is indexed without stemming or stop words. */
export const SEARCH_LANGUAGES = ['en', 'de', 'nl', 'fr', 'es', 'it', 'ru'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

interface Language {
  stem: (word: string) => string;
  stopWords: readonly string[];
  cyrillic?: boolean;
}

/**
 * Snowball stemmers for all seven languages. Stop words are Snowball's own lists (@orama/stopwords),
 * except English and Spanish: its Spanish list has 577 words, among them "cuenta", "horas", "días"
 * and "nuevo", which customers search for; for English the shorter `stopword` list ranked one more
 * labelled query first. flexsearch's own packs (English, French; German has no labelled queries
 * yet) were measured against these on the labelled queries plus typo'd and half-typed forms of
 * every FAQ question, and put the right entry first less often (English 0.89 against 0.92, French
 * 0.91 against 0.96), so they are not used.
 */
const LANGUAGES: Record<SearchLanguage, Language> = {
  en: { stem: englishStemmer, stopWords: englishStopWords },
  de: { stem: germanStemmer, stopWords: germanStopWords },
  nl: { stem: dutchStemmer, stopWords: dutchStopWords },
  fr: { stem: frenchStemmer, stopWords: frenchStopWords },
  es: { stem: spanishStemmer, stopWords: spanishStopWords },
  it: { stem: italianStemmer, stopWords: italianStopWords },
  ru: { stem: russianStemmer, stopWords: russianStopWords, cyrillic: true },
};

const MARKS = /[\u0300-\u036f]/g;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/**
 * Latin text: lower case without accents, so "devolucion" finds "devolución" and "perche" finds
 * "perché" (the stemmers then see the same letters on both sides). ß becomes ss as German writes it
 * without the letter.
 */
export const foldLatin = (text: string) => text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');

/**
 * Cyrillic text: lower case and ё as е, as most Russians type it. No accent stripping: NFKD would
 * turn й into и, which the Russian stemmer's endings (-ый, -ий, -ой) depend on.
 */
export const foldCyrillic = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * Stop words out, each word stemmed. A word the stemmer shortens is kept as typed as well: a
 * customer's half-typed "informatio" stems to itself and is not a prefix of the stem "inform", but
 * it is one of "information", which the entry then also holds.
 */
const stemmedText = (language: Language, fold: (text: string) => string) => {
  const stopWords = new Set(language.stopWords.map(fold));
  return (text: string) => {
    const out: string[] = [];
    for (const word of text.split(WORD_BREAK)) {
      if (!word || stopWords.has(word)) continue;
      const stem = language.stem(word);
      out.push(stem);
      if (stem !== word) out.push(word);
    }
    return out.join(' ');
  };
};

const build = (code: string): Encoder => {
  const language = LANGUAGES[code as SearchLanguage];
  if (!language) return new Encoder(Charset.Normalize);
  if (language.cyrillic) {
    // No sound-alike folding exists for Cyrillic; the default letter de-duplication ("касса" as
    // "каса") is what tolerates the commonest slip.
    return new Encoder(Charset.Normalize).assign({ normalize: foldCyrillic, prepare: stemmedText(language, foldCyrillic) });
  }
  // The balanced Latin charset maps sound-alike letters to one class after stemming (v/w/f, c/k/q,
  // i/y/e, double letters once), which is what forgives typos such as "adress" or "polcy".
  return new Encoder(Charset.LatinBalance).assign({ normalize: foldLatin, prepare: stemmedText(language, foldLatin) });
};

const cache = new Map<string, Encoder>();

/** The encoder of a locale's index (and its queries): by the locale's language, `de-CH` as `de`. */
export function encoderFor(locale: string): Encoder {
  const code = locale.slice(0, 2).toLowerCase();
  let encoder = cache.get(code);
  if (!encoder) {
    encoder = build(code);
    cache.set(code, encoder);
  }
  return encoder;
}
