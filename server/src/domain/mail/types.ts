import type { TargetName, Tier } from '../sla/types';

/** Every automatic e-mail the helpdesk sends. The first eight go to customers, the last three to staff. */
export const MAIL_TEMPLATES = [
  'ticket-received',
  'staff-answered',
  'more-info-needed',
  'ticket-resolved',
  'credit-estimate',
  'payment-received',
  'priority-expired',
  'balance-low',
  'staff-new-priority',
  'sla-pre-breach',
  'sla-breach',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

export const CUSTOMER_MAIL_TEMPLATES = [
  'ticket-received',
  'staff-answered',
  'more-info-needed',
  'ticket-resolved',
  'credit-estimate',
  'payment-received',
  'priority-expired',
  'balance-low',
] as const;
export type CustomerMailTemplate = (typeof CUSTOMER_MAIL_TEMPLATES)[number];

export const STAFF_MAIL_TEMPLATES = ['staff-new-priority', 'sla-pre-breach', 'sla-breach'] as const;
export type StaffMailTemplate = (typeof STAFF_MAIL_TEMPLATES)[number];

/** The languages every mail is written in; anything else is sent in English. */
export const MAIL_LANGUAGES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export interface RenderedMail {
  /** One line: no CR, LF or other control characters, at most MAIL_SUBJECT_MAX_LENGTH characters. */
  subject: string;
  text: string;
  html: string;
}

export interface MailContext {
  /** The site's name, as customers know it. */
  siteName: string;
  /** IANA zone of the service (e.g. `Europe/Amsterdam`): every date is shown in it. */
  timezone: string;
  /**
   * Absolute http(s) link to the ticket on the site, or null. Without one (or with a link that is
   * not absolute http(s)) customer mails point to the site's support page instead.
   */
  ticketUrl: string | null;
}

/** A suggested FAQ answer; `url` may be null (the FAQ has no page of its own), then only the title is shown. */
export interface MailSuggestion {
  title: string;
  url: string | null;
}

interface TicketMail {
  /** `HD-000123`. */
  reference: string;
  /** The ticket's subject as the customer typed it: plain text, never interpreted. */
  subject: string;
}

export interface TicketReceivedPayload extends TicketMail {
  /** ISO instant of the expected first answer; null leaves the sentence out (e.g. a ticket awaiting payment). */
  expectedResponseBy: string | null;
  suggestions: MailSuggestion[];
  /** The body seemed to ask several questions: adds the one-question-per-ticket reminder. */
  multipleQuestions: boolean;
}

export interface StaffAnsweredPayload extends TicketMail {
  /** The staff answer: plain text, line breaks kept. */
  answer: string;
  /** Who answered; without it the mail says "our support team". */
  staffName?: string | null;
}

export interface MoreInfoNeededPayload extends TicketMail {
  /** The staff message that asks for the information (plain text), if any. */
  question?: string | null;
  staffName?: string | null;
}

export type TicketResolvedPayload = TicketMail;

/** The credits a ticket is expected to take, for the customer to confirm before work starts. */
export interface CreditEstimatePayload extends TicketMail {
  /** Credits the ticket is estimated to take: the most it will be charged once confirmed. */
  estimate: number;
  /** The customer's credit balance now. */
  balance: number;
  /** Credits the balance is short of the estimate; above 0 asks to top up before confirming. */
  missing: number;
  /** The estimate replaces an earlier one: the mail says it was revised. */
  revised: boolean;
  /** Name of the ticket's incident class, in the customer's language, or null. */
  incidentClass: string | null;
  /** The least a handled incident is charged (the `credits.minimumCharge` setting); 1 when not given. */
  minimumCharge?: number | null;
}

/** A completed payment: for a priority ticket, or for a pack of credits. */
export interface PaymentReceivedPayload {
  kind: 'priority' | 'credits';
  /** In the currency's minor unit (cents), a whole number. */
  amountCents: number;
  /** ISO 4217 code, lower or upper case (`eur`, `EUR`). */
  currency: string;
  /** Credits added by the payment (kind `credits`); null leaves the sentence out. */
  credits: number | null;
  /** The balance after the payment (kind `credits`); null leaves the sentence out. */
  balance: number | null;
  /** The ticket the payment is for; null for a payment that concerns no ticket (then no ticket facts). */
  reference: string | null;
  subject: string | null;
  ticketDocumentId?: string;
  /** ISO instant of the expected answer (kind `priority`); null leaves the sentence out. */
  expectedResponseBy: string | null;
}

/** The payment for a priority ticket was cancelled or expired: the ticket goes on as standard. */
export interface PriorityExpiredPayload extends TicketMail {
  /** ISO instant of the expected answer as a standard ticket; null leaves the sentence out. */
  expectedResponseBy: string | null;
}

/** The customer's credit balance dropped below what an incident needs at least. */
export interface BalanceLowPayload {
  balance: number;
  /** Credits an incident takes at least. */
  minimum: number;
}

/** The three staff alerts: a new priority ticket, a deadline close to breach, a breached deadline. */
export interface StaffAlertPayload extends TicketMail {
  tier: Tier;
  target: TargetName;
  /** ISO instant the target is due. */
  dueAt: string;
  customerEmail?: string | null;
  /** Absolute http(s) link to the ticket in the admin panel; adds a button when given. */
  adminTicketUrl?: string | null;
}

export interface MailPayloads {
  'ticket-received': TicketReceivedPayload;
  'staff-answered': StaffAnsweredPayload;
  'more-info-needed': MoreInfoNeededPayload;
  'ticket-resolved': TicketResolvedPayload;
  'credit-estimate': CreditEstimatePayload;
  'payment-received': PaymentReceivedPayload;
  'priority-expired': PriorityExpiredPayload;
  'balance-low': BalanceLowPayload;
  'staff-new-priority': StaffAlertPayload;
  'sla-pre-breach': StaffAlertPayload;
  'sla-breach': StaffAlertPayload;
}

export type MailPayload<T extends MailTemplate = MailTemplate> = MailPayloads[T];
