/**
 * Search snippets: a window of the text around the first matched word, with every matched word
 * wrapped in <mark>. The rest of the text is HTML-escaped, so the snippet is safe to render.
 */

const HTML_SPECIAL = /[&<>"']/;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Most stretches of text have nothing to escape: tested first, replaced only when needed.
const escapeHtml = (text: string) => (HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]) : text);

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

/**
 * A query as typed, or its `queryWords` already worked out: a caller that snippets several results
 * of one query splits it once.
 */
export type Query = string | readonly string[];
const wordsOf = (query: Query) => (typeof query === 'string' ? queryWords(query) : query);

/** A folded word of the text matches a query word when one starts with the other (partial words as typed). */
const matchesFolded = (folded: string, terms: readonly string[]) =>
  terms.some((term) => folded.startsWith(term) || (folded.length >= 4 && term.startsWith(folded)));

const matches = (word: string, terms: readonly string[]) => matchesFolded(foldWord(word), terms);

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * Where the first word matching a query word starts, or -1. Plain ASCII text (the common case) is
 * searched with indexOf on its lower-case copy, which keeps every position: a matching word starts
 * with the first four letters of a query word either way (see `matches`), so only the words that
 * start there are compared. Other text is compared word by word after folding.
 */
function firstMatch(plain: string, terms: readonly string[]): number {
  if (!ASCII.test(plain)) {
    for (const word of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (matches(word[0], terms)) return word.index ?? -1;
    }
    return -1;
  }
  const lower = plain.toLowerCase();
  let first = -1;
  for (const term of terms) {
    const start = term.slice(0, 4);
    for (let at = lower.indexOf(start); at !== -1 && (first === -1 || at < first); at = lower.indexOf(start, at + 1)) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      let end = at + start.length;
      while (end < lower.length && isWordChar(lower.charCodeAt(end))) end += 1;
      if (matches(lower.slice(at, end), terms)) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** Whether a text holds a word matching one of the query's words (the words a snippet marks). */
export const mentions = (text: string, query: Query): boolean => firstMatch(text, wordsOf(query)) !== -1;

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
export function makeSnippet(text: string, query: Query, maxLength = 160, { plain: isPlain = false } = {}): string {
  const plain = isPlain ? text : plainText(text);
  const terms = wordsOf(query);
  const first = firstMatch(plain, terms);
  let start = 0;
  if (first > maxLength / 3) {
    start = plain.lastIndexOf(' ', first - Math.floor(maxLength / 3)) + 1;
  }
  let end = Math.min(plain.length, start + maxLength);
  if (end < plain.length) end = Math.max(plain.lastIndexOf(' ', end), start + 1);
  const window = plain.slice(start, end);
  const marked = ASCII.test(window) ? markAscii(window, terms) : markWords(window, terms);
  return `${start > 0 ? '… ' : ''}${marked}${end < plain.length ? ' …' : ''}`;
}

/** Every word of the window that matches a query word in <mark>, the rest escaped. */
function markWords(window: string, terms: readonly string[]): string {
  let marked = '';
  let cursor = 0;
  for (const word of window.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!matches(word[0], terms) || word.index === undefined) continue;
    marked += `${escapeHtml(window.slice(cursor, word.index))}<mark>${escapeHtml(word[0])}</mark>`;
    cursor = word.index + word[0].length;
  }
  return marked + escapeHtml(window.slice(cursor));
}

/**
 * `markWords` for a plain ASCII window (the common case), by character codes: the suggest route
 * makes five snippets per keystroke, and the Unicode word regex with a fold per word was a third of
 * the search's time. Its words are ASCII letters and digits, so they need no escaping.
 */
function markAscii(window: string, terms: readonly string[]): string {
  const lower = window.toLowerCase();
  let marked = '';
  let cursor = 0;
  for (let at = 0; at < lower.length; ) {
    if (!isWordChar(lower.charCodeAt(at))) {
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < lower.length && isWordChar(lower.charCodeAt(end))) end += 1;
    if (matchesFolded(lower.slice(at, end), terms)) {
      marked += `${escapeHtml(window.slice(cursor, at))}<mark>${window.slice(at, end)}</mark>`;
      cursor = end;
    }
    at = end;
  }
  return marked + escapeHtml(window.slice(cursor));
}
