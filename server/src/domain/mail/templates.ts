import { multiLine, singleLine, usableUrl } from './escape';
import { formatMailDateWithZone } from './format';
import { type Block, type MailDocument, paragraph } from './layout';
import type { MailMessages } from './messages';
import { mailSubject } from './subject';
import type {
  MailContext,
  MailLanguage,
  MoreInfoNeededPayload,
  StaffAlertPayload,
  StaffAnsweredPayload,
  StaffMailTemplate,
  TicketReceivedPayload,
  TicketResolvedPayload,
} from './types';

/** What every template is built from: the language's strings, the context, and the language itself. */
export interface TemplateInput {
  language: MailLanguage;
  m: MailMessages;
  context: MailContext;
}

const document = (input: TemplateInput, subject: string, heading: string, blocks: Block[]): MailDocument => ({
  language: input.language,
  subject,
  siteName: singleLine(input.context.siteName),
  heading,
  blocks,
  colon: input.m.colon,
});

const ticketFacts = ({ m }: TemplateInput, payload: { reference: string; subject: string }): Block => ({
  kind: 'facts',
  rows: [
    [m.labels.reference, singleLine(payload.reference)],
    [m.labels.subject, singleLine(payload.subject)],
  ],
});

/** The end of every customer mail: button to the ticket, sign-off, then the no-reply notice and how to answer instead. */
function customerEnd({ m, context }: TemplateInput): Block[] {
  const site = singleLine(context.siteName);
  const ticketUrl = usableUrl(context.ticketUrl);
  return [
    ...(ticketUrl ? [{ kind: 'button', label: m.openTicket, url: ticketUrl } as Block] : []),
    { kind: 'signature', lines: [m.signOff, m.team(site)] },
    { kind: 'notice', parts: [m.noReply] },
    { kind: 'notice', parts: ticketUrl ? [m.replyViaLink, { url: ticketUrl }] : [m.replyViaSite(site)] },
  ];
}

export function ticketReceived(input: TemplateInput, payload: TicketReceivedPayload): MailDocument {
  const { m, context, language } = input;
  const t = m.ticketReceived;
  const reference = singleLine(payload.reference);
  const suggestions = (payload.suggestions ?? [])
    .map((s) => ({ title: singleLine(s?.title), url: usableUrl(s?.url) }))
    .filter((s) => s.title);
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.intro(reference)),
    ticketFacts(input, payload),
  ];
  if (payload.expectedResponseBy) {
    blocks.push(paragraph(t.expected(formatMailDateWithZone(payload.expectedResponseBy, language, context.timezone, 'expectedResponseBy'))));
  }
  if (payload.multipleQuestions === true) blocks.push(paragraph(t.multipleQuestions));
  if (suggestions.length > 0) blocks.push(paragraph(t.suggestions), { kind: 'links', items: suggestions });
  blocks.push(...customerEnd(input));
  return document(input, mailSubject(reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}

export function staffAnswered(input: TemplateInput, payload: StaffAnsweredPayload): MailDocument {
  const { m, context } = input;
  const t = m.staffAnswered;
  const staffName = singleLine(payload.staffName) || null;
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.intro(staffName, singleLine(context.siteName))),
    { kind: 'quote', text: payload.answer },
    ticketFacts(input, payload),
    paragraph(t.closing),
    ...customerEnd(input),
  ];
  return document(input, mailSubject(payload.reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}

export function moreInfoNeeded(input: TemplateInput, payload: MoreInfoNeededPayload): MailDocument {
  const { m } = input;
  const t = m.moreInfoNeeded;
  const question = multiLine(payload.question);
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.intro),
    ...(question ? [paragraph(t.question), { kind: 'quote', text: question } as Block] : []),
    ticketFacts(input, payload),
    paragraph(t.closing),
    ...customerEnd(input),
  ];
  return document(input, mailSubject(payload.reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}

export function ticketResolved(input: TemplateInput, payload: TicketResolvedPayload): MailDocument {
  const { m } = input;
  const t = m.ticketResolved;
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.intro(singleLine(payload.reference))),
    ticketFacts(input, payload),
    paragraph(t.reopen),
    paragraph(t.newQuestion),
    ...customerEnd(input),
  ];
  return document(input, mailSubject(payload.reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}

/** The three staff alerts share one layout: what happened, the ticket's facts, a button to the admin panel. */
export function staffAlert(template: StaffMailTemplate, input: TemplateInput, payload: StaffAlertPayload): MailDocument {
  const { m, context, language } = input;
  const reference = singleLine(payload.reference);
  const due = formatMailDateWithZone(payload.dueAt, language, context.timezone, 'dueAt');
  const target = m.targetPhrases[payload.target] ?? singleLine(payload.target);
  const lead: Block[] =
    template === 'staff-new-priority'
      ? [paragraph(m.staffNewPriority.intro(reference)), paragraph(m.staffNewPriority.due(target, due))]
      : template === 'sla-pre-breach'
        ? [paragraph(m.slaPreBreach.intro(target, reference, due)), paragraph(m.slaPreBreach.action)]
        : [paragraph(m.slaBreach.intro(target, reference, due)), paragraph(m.slaBreach.action)];
  const t = template === 'staff-new-priority' ? m.staffNewPriority : template === 'sla-pre-breach' ? m.slaPreBreach : m.slaBreach;
  const customer = singleLine(payload.customerEmail);
  const adminUrl = usableUrl(payload.adminTicketUrl);
  const rows: Array<[string, string]> = [
    [m.labels.reference, reference],
    [m.labels.subject, singleLine(payload.subject)],
    [m.labels.tier, m.tiers[payload.tier] ?? singleLine(payload.tier)],
    [m.labels.target, m.targets[payload.target] ?? singleLine(payload.target)],
    [m.labels.dueAt, due],
  ];
  if (customer) rows.push([m.labels.customer, customer]);
  const blocks: Block[] = [
    ...lead,
    { kind: 'facts', rows },
    ...(adminUrl ? [{ kind: 'button', label: m.openAdminTicket, url: adminUrl } as Block] : []),
    { kind: 'notice', parts: [m.staffFooter(singleLine(context.siteName))] },
  ];
  return document(input, mailSubject(reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}
