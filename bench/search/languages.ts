import { between, mulberry32, pick } from '../random';
import { documentIdFrom, wordCount, type Corpus } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const demoFaqs: Array<Record<string, { question: string; answer: string }>> = require('../../playground/src/seed/data/faqs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demoDocs: Array<Record<string, { title: string; body: string }>> = require('../../playground/src/seed/data/doc-pages');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const labelled: Array<{ locale: string; q: string }> = require('../../tests/fixtures/search-relevance-queries');

/** The six languages the bench indexes beside its English corpus. */
export const OTHER_LOCALES = ['nl', 'fr', 'de', 'es', 'it', 'ru'] as const;

/** The sentences of a Markdown text, without list markers and headings' hashes. */
const sentencesOf = (markdown: string) =>
  markdown
    .split(/\n+|(?<=[.!?])\s+/)
    .map((line) => line.replace(/^\s*(#+|\d+\.|[-*])\s*/, '').trim())
    .filter((line) => wordCount(line) >= 3);

/**
 * A corpus in one of the other languages, written from the playground's demo FAQ and documentation
 * in that language (text native speakers wrote, not machine-made): questions and titles are theirs,
 * answers and bodies mix their sentences to 40–150 words, so the index holds the language's real
 * inflected words and stop words at the size of a multilingual site's content.
 */
export function generateLanguageCorpus({ locale, faqs, docs, seed }: { locale: string; faqs: number; docs: number; seed: number }): Corpus {
  const random = mulberry32(seed);
  const questions = demoFaqs.map((entry) => entry[locale].question);
  const titles = demoDocs.map((page) => page[locale].title);
  const sentences = [...demoFaqs.map((entry) => entry[locale].answer), ...demoDocs.map((page) => page[locale].body)].flatMap(sentencesOf);
  const text = () => {
    const target = between(random, 40, 150);
    const picked: string[] = [];
    while (wordCount(picked.join(' ')) < target) picked.push(pick(random, sentences));
    return picked.join(' ');
  };
  return {
    faqs: Array.from({ length: faqs }, () => ({ documentId: documentIdFrom(random), question: pick(random, questions), answer: text() })),
    docs: Array.from({ length: docs }, (_, n) => {
      const title = pick(random, titles);
      return { documentId: documentIdFrom(random), title, slug: `${locale}-${n}`, body: text() };
    }),
  };
}

/** The labelled relevance queries of a language: what customers type, misspellings included. */
export const queriesIn = (locale: string): string[] => labelled.filter((query) => query.locale === locale).map((query) => query.q);
