/**
 * Text hygiene for mails: HTML escaping, one-line header text and multi-line user text.
 * Nothing here interprets user text; it only makes it safe where it is placed.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes &, <, >, " and ' so any text is safe in HTML content and in double-quoted attributes. */
export const escapeHtml = (text: string): string => String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);

// A run of control characters (CR, LF, tab, NUL, NEL, …) or line/paragraph separators, with the
// whitespace around it.
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /\s*[\p{Cc}\u2028\u2029]+[\s\p{Cc}\u2028\u2029]*/gu;

/** One line of text: every run of control characters becomes a single space, then the ends are trimmed. */
export const singleLine = (text: string | null | undefined): string => String(text ?? '').replace(LINE_BREAKING, ' ').trim();

// Control characters that have no place in text, keeping tab and line feed.
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Multi-line user text: line endings become \n, stray control characters go, the rest stays as typed. */
export const multiLine = (text: string | null | undefined): string =>
  String(text ?? '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(STRAY_CONTROLS, '')
    .replace(/^\n+|\s+$/g, '');

/** Escaped multi-line text whose line breaks become <br>. */
export const htmlLines = (text: string): string => escapeHtml(multiLine(text)).replace(/\n/g, '<br>\n');

/** Cuts text to `max` characters (code points), ending it with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The link when it is an absolute http(s) URL a mail client can open, otherwise null. */
export function usableUrl(url: string | null | undefined): string | null {
  const trimmed = String(url ?? '').trim();
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i.test(trimmed) ? trimmed : null;
}
