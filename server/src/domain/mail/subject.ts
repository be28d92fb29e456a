import { singleLine, truncate } from './escape';

/** Longest subject line; the customer's subject is cut (with an ellipsis) to fit. */
export const MAIL_SUBJECT_MAX_LENGTH = 200;

/**
 * `[HD-000123] We received your question: <subject>` on one line. Control characters in any part
 * (a CR/LF that would start a new header) become a single space.
 */
export function mailSubject(reference: string, label: string, userSubject: string, colon: string): string {
  const ref = singleLine(reference);
  const prefix = `${ref ? `[${ref}] ` : ''}${singleLine(label)}`;
  const subject = singleLine(userSubject);
  if (!subject) return truncate(prefix, MAIL_SUBJECT_MAX_LENGTH);
  const head = `${prefix}${colon.replace(/\s+$/, ' ')}`;
  const room = MAIL_SUBJECT_MAX_LENGTH - Array.from(head).length;
  if (room < 10) return truncate(prefix, MAIL_SUBJECT_MAX_LENGTH);
  return `${head}${truncate(subject, room)}`;
}
