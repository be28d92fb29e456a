import type { MailMessages } from './types';

export const en: MailMessages = {
  noReply: 'This e-mail was sent from a no-reply address. Replies to this e-mail are not read.',
  replyViaLink: 'To reply, please use the link to your ticket:',
  replyViaSite: (site) => `To reply, please go to the support page of ${site} and reply on your ticket there.`,
  greeting: 'Hello,',
  signOff: 'Kind regards,',
  team: (site) => `The ${site} support team`,
  colon: ': ',
  labels: { reference: 'Reference', subject: 'Subject', tier: 'Service level', target: 'Deadline', dueAt: 'Due', customer: 'Customer' },
  tiers: { standard: 'Standard', priority: 'Priority' },
  targets: { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' },
  targetPhrases: { firstResponse: 'the first response', nextResponse: 'the next response', resolution: 'the resolution' },
  openTicket: 'View your ticket',
  openAdminTicket: 'Open the ticket in the admin panel',
  staffFooter: (site) => `Automatic alert from the ${site} helpdesk. Replies to this e-mail are not read.`,

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
