/**
 * The searchable text of a content field: strings (plain or Markdown) as they are, and Strapi's
 * "blocks" rich text as its text, with paragraphs, headings and list items on lines of their own.
 */
const INLINE = new Set(['text', 'link']);

export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(fieldText).filter(Boolean).join('\n');
  if (value && typeof value === 'object') {
    const node = value as { type?: string; text?: unknown; children?: unknown };
    if (typeof node.text === 'string') return node.text;
    if (Array.isArray(node.children)) {
      return node.children
        .map((child) => fieldText(child) + (INLINE.has(child?.type) ? '' : '\n'))
        .join('')
        .trim();
    }
  }
  return '';
}
