import type { MailLanguage } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { ru } from './ru';
import type { MailMessages } from './types';

export type { MailMessages } from './types';

export const MAIL_MESSAGES: Record<MailLanguage, MailMessages> = { en, nl, fr, de, es, it, ru };
