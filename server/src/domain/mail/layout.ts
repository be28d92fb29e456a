import { escapeHtml, htmlLines, multiLine } from './escape';

/**
 * A mail is a heading and a list of blocks, rendered twice: as plain text and as simple HTML with
 * inline styles (tables for the frame and the button, which every mail client lays out). Every
 * value is escaped where it enters the HTML; nothing is interpreted.
 */

/** A piece of a paragraph: text, or a link (shown as its URL when it has no label). */
export type Inline = string | { url: string; label?: string };

export type Block =
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  /** Someone's message (plain text, line breaks kept). */
  | { kind: 'quote'; text: string }
  | { kind: 'links'; items: Array<{ title: string; url: string | null }> }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'signature'; lines: string[] }
  /** Small print at the bottom, under a rule. */
  | { kind: 'notice'; parts: Inline[] };

export interface MailDocument {
  language: string;
  subject: string;
  siteName: string;
  heading: string;
  blocks: Block[];
  /** Between a label and its value in the text part. */
  colon: string;
}

export const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f3f4f6;',
  outer: 'background-color:#f3f4f6;',
  card: 'max-width:600px;width:100%;background-color:#ffffff;border:1px solid #e5e7eb;border-radius:6px;',
  content: `padding:28px 32px;font-family:${FONT};font-size:16px;line-height:1.5;color:#1f2937;`,
  site: 'margin:0 0 8px;font-size:13px;color:#6b7280;',
  heading: 'margin:0 0 20px;font-size:22px;line-height:1.3;font-weight:bold;color:#111827;',
  p: 'margin:0 0 16px;',
  facts: 'margin:0 0 16px;border-collapse:collapse;font-size:15px;',
  factLabel: 'padding:2px 16px 2px 0;color:#6b7280;vertical-align:top;white-space:nowrap;',
  factValue: 'padding:2px 0;color:#111827;vertical-align:top;word-break:break-word;',
  quote: 'margin:0 0 16px;padding:12px 16px;border-left:4px solid #d1d5db;background-color:#f9fafb;word-break:break-word;',
  list: 'margin:0 0 16px;padding-left:20px;',
  item: 'margin:0 0 6px;',
  link: 'color:#1d4ed8;text-decoration:underline;word-break:break-all;',
  buttonCell: 'border-radius:4px;background-color:#1d4ed8;',
  button: `display:inline-block;padding:12px 22px;font-family:${FONT};font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px;`,
  rule: 'border:0;border-top:1px solid #e5e7eb;margin:24px 0 16px;',
  notice: 'margin:0 0 8px;font-size:13px;line-height:1.5;color:#6b7280;',
};

const inlineText = (parts: Inline[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.label ? `${part.label} (${part.url})` : part.url)).join(' ');

const inlineHtml = (parts: Inline[]) =>
  parts
    .map((part) =>
      typeof part === 'string'
        ? escapeHtml(part)
        : `<a href="${escapeHtml(part.url)}" style="${STYLE.link}">${escapeHtml(part.label ?? part.url)}</a>`
    )
    .join(' ');

function blockText(block: Block, colon: string): string {
  switch (block.kind) {
    case 'paragraph':
    case 'notice':
      return inlineText(block.parts);
    case 'facts':
      return block.rows.map(([label, value]) => `${label}${colon}${value}`).join('\n');
    case 'quote':
      return multiLine(block.text);
    case 'links':
      return block.items.map(({ title, url }) => (url ? `- ${title}\n  ${url}` : `- ${title}`)).join('\n');
    case 'button':
      return `${block.label}${colon}${block.url}`;
    case 'signature':
      return block.lines.join('\n');
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.p}">${inlineHtml(block.parts)}</p>`;
    case 'notice':
      return `<p style="${STYLE.notice}">${inlineHtml(block.parts)}</p>`;
    case 'facts':
      return [
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.facts}">`,
        ...block.rows.map(
          ([label, value]) => `<tr><td style="${STYLE.factLabel}">${escapeHtml(label)}</td><td style="${STYLE.factValue}">${escapeHtml(value)}</td></tr>`
        ),
        '</table>',
      ].join('\n');
    case 'quote':
      return `<div style="${STYLE.quote}">${htmlLines(block.text)}</div>`;
    case 'links':
      return [
        `<ul style="${STYLE.list}">`,
        ...block.items.map(({ title, url }) =>
          url
            ? `<li style="${STYLE.item}"><a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(title)}</a></li>`
            : `<li style="${STYLE.item}">${escapeHtml(title)}</li>`
        ),
        '</ul>',
      ].join('\n');
    case 'button':
      return [
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">',
        `<tr><td style="${STYLE.buttonCell}"><a href="${escapeHtml(block.url)}" style="${STYLE.button}">${escapeHtml(block.label)}</a></td></tr>`,
        '</table>',
      ].join('\n');
    case 'signature':
      return `<p style="${STYLE.p}">${block.lines.map(escapeHtml).join('<br>\n')}</p>`;
  }
}

export function renderText(doc: MailDocument): string {
  const parts: string[] = [doc.heading];
  let ruled = false;
  for (const block of doc.blocks) {
    if (block.kind === 'notice' && !ruled) {
      parts.push('--');
      ruled = true;
    }
    parts.push(blockText(block, doc.colon));
  }
  return `${parts.join('\n\n')}\n`;
}

export function renderHtml(doc: MailDocument): string {
  const body: string[] = [];
  let ruled = false;
  for (const block of doc.blocks) {
    if (block.kind === 'notice' && !ruled) {
      body.push(`<hr style="${STYLE.rule}">`);
      ruled = true;
    }
    body.push(blockHtml(block));
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.outer}">`,
    '<tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.card}">`,
    `<tr><td style="${STYLE.content}">`,
    `<p style="${STYLE.site}">${escapeHtml(doc.siteName)}</p>`,
    `<h1 style="${STYLE.heading}">${escapeHtml(doc.heading)}</h1>`,
    ...body,
    '</td></tr>',
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
