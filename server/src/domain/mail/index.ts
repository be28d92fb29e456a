export * from './types';
export { renderMail } from './render';
export { resolveMailLanguage, NO_REPLY_NOTICE, isMailTemplate, parseMailTemplate } from './language';
export { MAIL_SUBJECT_MAX_LENGTH } from './subject';
export { formatMailDate, formatMailDateWithZone, formatMailMoney } from './format';
export { escapeHtml, singleLine } from './escape';
export { MAIL_MESSAGES, type MailMessages } from './messages';
