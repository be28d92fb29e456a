/**
 * Search snippets: a window of the text around the first matched word, with every matched word
 * wrapped in <mark>. The rest of the text is HTML-escaped, so the snippet is safe to render.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

/** Lower-case, accent-free form used to compare words. */
export const foldWord = (word: string) =>
  word
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

export function makeSnippet(text: string, query: string, maxLength = 160): string {
  const plain = plainText(text);
  const terms = queryWords(query);
  const words = [...plain.matchAll(/[\p{L}\p{N}]+/gu)];
  const first = words.find((word) => matches(word[0], terms));
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
