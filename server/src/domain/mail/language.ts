import { MAIL_MESSAGES } from './messages';
import { MAIL_LANGUAGES, MAIL_TEMPLATES, type MailLanguage, type MailTemplate } from './types';

/**
 * The mail language for a ticket's or user's language tag: `nl`, `nl-BE`, `NL_be` → `nl`. An unknown,
 * empty or missing language is English.
 */
export function resolveMailLanguage(language: string | null | undefined): MailLanguage {
  const primary = String(language ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  return (MAIL_LANGUAGES as readonly string[]).includes(primary) ? (primary as MailLanguage) : 'en';
}

/** The no-reply sentence each customer mail carries, per language (tests and previews look for it). */
export const NO_REPLY_NOTICE: Record<MailLanguage, string> = Object.fromEntries(
  MAIL_LANGUAGES.map((language) => [language, MAIL_MESSAGES[language].noReply])
) as Record<MailLanguage, string>;

export const isMailTemplate = (name: unknown): name is MailTemplate =>
  typeof name === 'string' && (MAIL_TEMPLATES as readonly string[]).includes(name);

/** A template name as stored in the outbox, or null. */
export function parseMailTemplate(name: unknown): MailTemplate | null {
  return isMailTemplate(name) ? name : null;
}
