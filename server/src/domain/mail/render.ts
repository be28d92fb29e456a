import { parseMailTemplate, resolveMailLanguage } from './language';
import { renderHtml, renderText } from './layout';
import { MAIL_MESSAGES } from './messages';
import * as templates from './templates';
import type {
  BalanceLowPayload,
  CreditEstimatePayload,
  MailContext,
  MailPayloads,
  MailTemplate,
  MoreInfoNeededPayload,
  PaymentReceivedPayload,
  PriorityExpiredPayload,
  RenderedMail,
  StaffAlertPayload,
  StaffAnsweredPayload,
  TicketReceivedPayload,
  TicketResolvedPayload,
} from './types';

/**
 * Renders one automatic mail in the recipient's language (an unknown or missing one is English):
 * a one-line subject, a text part and an HTML part. Pure: dates are shown in `context.timezone`,
 * nothing is read from the clock. Throws a RangeError for an unknown template, a date that is not
 * ISO, a zone that is not IANA, a count of credits that is not a number, or an amount of money
 * that is not a whole number of cents in a three-letter currency.
 */
export function renderMail<T extends MailTemplate>(
  template: T,
  language: string | null | undefined,
  payload: MailPayloads[T],
  context: MailContext
): RenderedMail {
  const lang = resolveMailLanguage(language);
  const input: templates.TemplateInput = { language: lang, m: MAIL_MESSAGES[lang], context };
  const name = parseMailTemplate(template);
  const doc = (() => {
    switch (name) {
      case 'ticket-received':
        return templates.ticketReceived(input, payload as TicketReceivedPayload);
      case 'staff-answered':
        return templates.staffAnswered(input, payload as StaffAnsweredPayload);
      case 'more-info-needed':
        return templates.moreInfoNeeded(input, payload as MoreInfoNeededPayload);
      case 'ticket-resolved':
        return templates.ticketResolved(input, payload as TicketResolvedPayload);
      case 'credit-estimate':
        return templates.creditEstimate(input, payload as CreditEstimatePayload);
      case 'payment-received':
        return templates.paymentReceived(input, payload as PaymentReceivedPayload);
      case 'priority-expired':
        return templates.priorityExpired(input, payload as PriorityExpiredPayload);
      case 'balance-low':
        return templates.balanceLow(input, payload as BalanceLowPayload);
      case 'staff-new-priority':
      case 'sla-pre-breach':
      case 'sla-breach':
        return templates.staffAlert(name, input, payload as StaffAlertPayload);
      default:
        throw new RangeError(`template: "${String(template)}" is not a mail template`);
    }
  })();
  return { subject: doc.subject, text: renderText(doc), html: renderHtml(doc) };
}
