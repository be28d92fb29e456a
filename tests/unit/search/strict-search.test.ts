import fc from 'fast-check';
import { Index } from 'flexsearch';
import { encoderFor } from '../../../server/src/domain/search/encoders';
import { createStrictSearch, type StrictSearchable } from '../../../server/src/domain/search/strict-search';

/** Words that share beginnings and stems, so entries overlap the way FAQ texts do. */
const VOCABULARY = {
  en: ['invoice', 'invoices', 'invoiced', 'refund', 'refunded', 'account', 'accounts', 'password', 'reset', 'order', 'orders', 'parcel', 'delivery', 'delivered', 'billing', 'address', 'the', 'my', 'is'],
  ru: ['счёт', 'счета', 'пароль', 'паролей', 'заявка', 'заявки', 'доставка', 'заказ', 'заказы', 'мой', 'не'],
};

/** An index as the search service makes it: forward tokens, the language's encoder, entries numbered 1, 2, 3… */
const indexOf = (locale: keyof typeof VOCABULARY, texts: string[]) => {
  const index = new Index({ tokenize: 'forward', encoder: encoderFor(locale) });
  texts.forEach((text, n) => index.add(n + 1, text));
  return index;
};

const textOf = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((picked) => picked.join(' '));
/** A query as typed: whole words, a half-typed last one, now and then a word no entry has. */
const queryOf = (words: string[]) =>
  fc
    .tuple(fc.array(fc.constantFrom(...words, 'zebra'), { minLength: 1, maxLength: 4 }), fc.nat(6))
    .map(([picked, cut]) => {
      const last = picked[picked.length - 1];
      picked[picked.length - 1] = last.slice(0, Math.max(2, last.length - cut));
      return picked.join(' ');
    });

describe('strict search (every query word, counted in a typed array)', () => {
  it.each(Object.keys(VOCABULARY) as Array<keyof typeof VOCABULARY>)('answers what flexsearch answers, id for id, in %s', (locale) => {
    const words = VOCABULARY[locale];
    const strictSearch = createStrictSearch();
    fc.assert(
      fc.property(fc.array(textOf(words), { minLength: 1, maxLength: 60 }), fc.array(queryOf(words), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 20 }), (texts, queries, limit) => {
        const index = indexOf(locale, texts);
        for (const query of queries) {
          expect(strictSearch(index as unknown as StrictSearchable, query, limit)).toEqual(index.search(query, { limit }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the entries holding every word, best placed first, and stops at the limit', () => {
    const index = indexOf('en', ['Refund for a parcel', 'Where is my parcel?', 'Parcel refunded twice', 'Reset your password', 'Refunds take five days']);
    const strictSearch = createStrictSearch();
    // Both hold the two words; "Parcel refunded twice" holds them earlier.
    expect(strictSearch(index as unknown as StrictSearchable, 'refund parcel', 5)).toEqual([3, 1]);
    // Two of the three with "parcel", stopping at the limit: the two where it is the first word
    // ("where", "is" and "my" are stop words), not "Refund for a parcel".
    expect(strictSearch(index as unknown as StrictSearchable, 'parc', 2)).toEqual([2, 3]);
    expect(strictSearch(index as unknown as StrictSearchable, 'parcel zebra', 5)).toEqual([]);
  });

  it('leaves queries of more words than it counts to flexsearch', () => {
    const terms = Array.from({ length: 256 }, (_, n) => `term${n}`);
    const index: StrictSearchable = { map: new Map(terms.map((term) => [term, [[1]]])), encoder: { encode: () => terms }, resolution: 9 };
    expect(createStrictSearch()(index, 'a very long query', 5)).toBeNull();
    expect(createStrictSearch()({ ...index, encoder: { encode: () => terms.slice(0, 255) } }, 'a long query', 5)).toEqual([1]);
  });

  it('starts each search from zero counts, also after one that stopped at its limit', () => {
    const index = indexOf('en', ['parcel refund', 'parcel refund', 'parcel refund', 'parcel']);
    const strictSearch = createStrictSearch();
    expect(strictSearch(index as unknown as StrictSearchable, 'parcel refund', 1)).toHaveLength(1);
    // Counts left over from the first search would make entry 4 look like it holds both words.
    expect(strictSearch(index as unknown as StrictSearchable, 'refund parcel', 5)).toEqual([1, 2, 3]);
  });
});
