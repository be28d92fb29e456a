/**
 * Search snippets: a window of the text around the first matched word, with every matched word
 * wrapped in <mark>. The rest of the text is HTML-escaped, so the snippet is safe to render.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, accent-free form used to compare words (ASCII needs no Unicode folding: the common, fast case). */
export const foldWord = (word: string) =>
  ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();

/** The query's words worth marking (two letters or more). */
export const queryWords = (query: string): string[] =>
  [...new Set((query.match(/[\p{L}\p{N}]{2,}/gu) ?? []).map(foldWord))];

/** A word of the text matches a query word when one starts with the other (partial words as typed). */
const matches = (word: string, terms: string[]) => {
  const folded = foldWord(word);
  return terms.some((term) => folded.startsWith(term) || (folded.length >= 4 && term.startsWith(folded)));
};

/** Strips the Markdown that would read as noise in a one-line snippet. */
export const plainText = (markdown: string) =>
  markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `plain: true` when the text is already plain (the search index keeps it so), to skip stripping it again. */
export function makeSnippet(text: string, query: string, maxLength = 160, { plain: isPlain = false } = {}): string {
  const plain = isPlain ? text : plainText(text);
  const terms = queryWords(query);
  let first: RegExpMatchArray | undefined;
  for (const word of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (matches(word[0], terms)) {
      first = word;
      break;
    }
  }
  let start = 0;
  if (first?.index !== undefined && first.index > maxLength / 3) {
    start = plain.lastIndexOf(' ', first.index - Math.floor(maxLength / 3)) + 1;
  }
  let end = Math.min(plain.length, start + maxLength);
  if (end < plain.length) end = Math.max(plain.lastIndexOf(' ', end), start + 1);
  const window = plain.slice(start, end);

  let marked = '';
  let cursor = 0;
  for (const word of window.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!matches(word[0], terms) || word.index === undefined) continue;
    marked += `${escapeHtml(window.slice(cursor, word.index))}<mark>${escapeHtml(word[0])}</mark>`;
    cursor = word.index + word[0].length;
  }
  marked += escapeHtml(window.slice(cursor));
  return `${start > 0 ? '… ' : ''}${marked}${end < plain.length ? ' …' : ''}`;
}
