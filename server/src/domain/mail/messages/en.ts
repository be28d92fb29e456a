import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('en', n, { one: 'credit', other: 'credits' });

export const en: MailMessages = {
  noReply: 'This e-mail was sent from a no-reply address. Replies to this e-mail are not read.',
  replyViaLink: 'To reply, please use the link to your ticket:',
  replyViaSite: (site) => `To reply, please go to the support page of ${site} and reply on your ticket there.`,
  questionsViaSite: (site) => `Do you have a question? Please go to the support page of ${site} and submit a ticket there.`,
  greeting: 'Hello,',
  signOff: 'Kind regards,',
  team: (site) => `The ${site} support team`,
  colon: ': ',
  labels: {
    reference: 'Reference', subject: 'Subject', tier: 'Service level', target: 'Deadline', dueAt: 'Due', customer: 'Customer',
    estimate: 'Estimate', balance: 'Credit balance', amount: 'Amount paid', creditsAdded: 'Credits added',
  },
  tiers: { standard: 'Standard', priority: 'Priority' },
  targets: { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' },
  targetPhrases: { firstResponse: 'the first response', nextResponse: 'the next response', resolution: 'the resolution' },
  openTicket: 'View your ticket',
  openAdminTicket: 'Open the ticket in the admin panel',
  staffFooter: (site) => `Automatic alert from the ${site} helpdesk. Replies to this e-mail are not read.`,
  credits,
  creditsNeverExpire: 'Credits never expire: they remain available until you use them.',

  ticketReceived: {
    subject: 'We received your question',
    heading: 'We received your question',
    intro: (ref) => `Thank you for contacting us. We have received your question and registered it under reference ${ref}.`,
    expected: (date) => `You can expect an answer by ${date}.`,
    multipleQuestions:
      'Your message seems to contain more than one question. We handle one question per ticket, so that each question gets a proper answer. Please ask your other questions in separate tickets.',
    suggestions: 'While you wait, these answers from our FAQ may already help you:',
  },
  staffAnswered: {
    subject: 'New answer to your question',
    heading: 'You have received an answer',
    intro: (name, site) => (name ? `${name} from the ${site} support team has answered your question:` : 'Our support team has answered your question:'),
    closing: 'Does this answer your question? If not, simply reply on your ticket and we will continue to help you.',
  },
  moreInfoNeeded: {
    subject: 'We need more information',
    heading: 'We need more information from you',
    intro: 'To help you further, we need a little more information about your question.',
    question: 'Our question to you:',
    closing: 'Please reply on your ticket. We will continue as soon as we have received your answer.',
  },
  ticketResolved: {
    subject: 'Your question has been resolved',
    heading: 'Your question has been resolved',
    intro: (ref) => `We have marked your ticket ${ref} as resolved. We hope we were able to help you.`,
    reopen: 'Not solved after all, or do you have a follow-up question on the same topic? Reply on your ticket and it will be reopened automatically.',
    newQuestion: 'For a new question, please submit a new ticket.',
  },
  creditEstimate: {
    subject: 'Please confirm the credit estimate',
    subjectRevised: 'Please confirm the revised credit estimate',
    heading: 'Please confirm the estimate',
    headingRevised: 'The estimate has been revised',
    intro: (ref, n, cls) =>
      `We have reviewed your question ${ref}${cls ? ` (incident class: ${cls})` : ''} and estimate that it will take ${credits(n)} to handle.`,
    introRevised: (ref, n, cls) => `We have revised the estimate for your question ${ref}${cls ? ` (incident class: ${cls})` : ''} to ${credits(n)}.`,
    confirm: 'We will start working on your question as soon as you have confirmed the estimate on your ticket.',
    charge: (min) =>
      `You will never be charged more than the estimate you confirm: we charge for the time actually spent, with a minimum of ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `Your credit balance is ${credits(n)} short of this estimate. Please top up your credits on the support page of ${site} first, and then confirm the estimate.`,
  },
  paymentReceived: {
    subjectPriority: 'Payment received for priority handling',
    subjectCredits: (n) => (n === null ? 'Payment received' : `Payment received: ${credits(n)} added`),
    headingPriority: 'Your ticket now has priority',
    headingCredits: 'Thank you for your payment',
    introPriority: (amount, ref) => `We have received your payment of ${amount} for priority handling of your ticket${ref ? ` ${ref}` : ''}. Thank you!`,
    priority: 'Your ticket is now a priority ticket: it is handled ahead of standard tickets and is also answered on Sundays and public holidays.',
    expected: (date) => `You can expect an answer by ${date}.`,
    introCredits: (amount) => `We have received your payment of ${amount}. Thank you!`,
    creditsAdded: (n) => `We have added ${credits(n)} to your account.`,
    balance: (n) => `Your credit balance is now ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Priority payment not completed',
    heading: 'Your priority payment was not completed',
    intro: (ref) => `The payment for priority handling of your ticket ${ref} was not completed: it was cancelled or has expired. Nothing has been charged.`,
    standard: 'Your question is not lost: we will handle it as a standard ticket, which is answered on business days.',
    expected: (date) => `You can expect an answer by ${date}.`,
    newPriority: 'Would you like priority handling after all? You can still choose it when you submit a new ticket.',
  },
  balanceLow: {
    subject: 'Your support credit balance is low',
    heading: 'Your credit balance is low',
    intro: (n, min) => `Your support credit balance is now ${credits(n)}. That is below the minimum of ${credits(min)} that an incident needs.`,
    topUp: (site) => `You can top up your credits yourself at any time on the support page of ${site}.`,
  },
  staffNewPriority: {
    subject: 'New priority ticket',
    heading: 'New priority ticket',
    intro: (ref) => `A customer has submitted priority ticket ${ref}.`,
    due: (target, date) => `Deadline for ${target}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'SLA deadline approaching',
    heading: 'SLA deadline approaching',
    intro: (target, ref, date) => `The deadline for ${target} on ticket ${ref} is approaching: ${date}.`,
    action: 'Please pick up this ticket before the deadline.',
  },
  slaBreach: {
    subject: 'SLA deadline missed',
    heading: 'SLA deadline missed',
    intro: (target, ref, date) => `Ticket ${ref} has missed the deadline for ${target} (${date}).`,
    action: 'Please handle this ticket as soon as possible.',
  },
};
