/**
 * Search snippets arrive as HTML-escaped text with the matched words in `<mark>` (the server's
 * makeSnippet). The widget never assigns HTML: it splits the snippet into text runs, marked or not,
 * decodes the five entities the server writes, and renders each run as a text node.
 */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(/<\/?mark>/).entries()) {
    // split() alternates outside / inside a <mark>…</mark> pair.
    if (piece) parts.push({ text: decode(piece), marked: index % 2 === 1 });
  }
  return parts;
}

/** A block of an FAQ answer: a paragraph, or a list when every line of the block is a list item. */
export type AnswerBlock = { list: false; text: string } | { list: true; items: string[] };

const LIST_ITEM = /^\s*([-*+]|\d+\.)\s+/;
const inline = (text: string) =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|>)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** An FAQ answer (Markdown) as plain blocks: links keep their text, emphasis and headings' marks go. */
export function answerBlocks(markdown: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  for (const block of markdown.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim());
    if (lines.length && lines.every((line) => LIST_ITEM.test(line))) {
      blocks.push({ list: true, items: lines.map((line) => inline(line.replace(LIST_ITEM, ''))) });
    } else {
      const text = inline(block.replace(LIST_ITEM, ''));
      if (text) blocks.push({ list: false, text });
    }
  }
  return blocks;
}
