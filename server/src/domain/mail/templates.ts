import { multiLine, singleLine, usableUrl } from './escape';
import { formatMailDateWithZone, formatMailMoney } from './format';
import { type Block, type MailDocument, paragraph } from './layout';
import type { MailMessages } from './messages';
import { mailSubject } from './subject';
import type {
  BalanceLowPayload,
  CreditEstimatePayload,
  MailContext,
  MailLanguage,
  MoreInfoNeededPayload,
  PaymentReceivedPayload,
  PriorityExpiredPayload,
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

/**
 * The end of every customer mail: button to the ticket, sign-off, then the no-reply notice and how to
 * answer instead. A mail about the customer's account (credits bought, a low balance) has no ticket
 * to point to: it ends with where to ask a question instead, whatever link the context holds.
 */
function customerEnd({ m, context }: TemplateInput, about: 'ticket' | 'account' = 'ticket'): Block[] {
  const site = singleLine(context.siteName);
  const signature: Block = { kind: 'signature', lines: [m.signOff, m.team(site)] };
  const noReply: Block = { kind: 'notice', parts: [m.noReply] };
  if (about === 'account') return [signature, noReply, { kind: 'notice', parts: [m.questionsViaSite(site)] }];
  const ticketUrl = usableUrl(context.ticketUrl);
  return [
    ...(ticketUrl ? [{ kind: 'button', label: m.openTicket, url: ticketUrl } as Block] : []),
    signature,
    noReply,
    { kind: 'notice', parts: ticketUrl ? [m.replyViaLink, { url: ticketUrl }] : [m.replyViaSite(site)] },
  ];
}

/** Facts without the rows that have no value. */
const facts = (rows: Array<[string, string]>): Block => ({ kind: 'facts', rows: rows.filter(([, value]) => value) });

/** A number of credits as given, or a RangeError that names the field: a mail never shows "NaN credits". */
function creditCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${field}: "${String(value)}" is not a number of credits`);
  return value;
}

/** The least a handled incident is charged, whatever time it took, when the payload does not say. */
const MINIMUM_CHARGE = 1;

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

export function creditEstimate(input: TemplateInput, payload: CreditEstimatePayload): MailDocument {
  const { m, context } = input;
  const t = m.creditEstimate;
  const estimate = creditCount(payload.estimate, 'estimate');
  const balance = creditCount(payload.balance, 'balance');
  const missing = creditCount(payload.missing, 'missing');
  const revised = payload.revised === true;
  const reference = singleLine(payload.reference);
  const incidentClass = singleLine(payload.incidentClass) || null;
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph((revised ? t.introRevised : t.intro)(reference, estimate, incidentClass)),
    facts([
      [m.labels.reference, reference],
      [m.labels.subject, singleLine(payload.subject)],
      [m.labels.estimate, m.credits(estimate)],
      [m.labels.balance, m.credits(balance)],
    ]),
    paragraph(t.confirm),
    paragraph(t.charge(payload.minimumCharge == null ? MINIMUM_CHARGE : creditCount(payload.minimumCharge, 'minimumCharge'))),
    ...(missing > 0 ? [paragraph(t.topUpFirst(missing, singleLine(context.siteName)))] : []),
    ...customerEnd(input),
  ];
  const subject = mailSubject(reference, revised ? t.subjectRevised : t.subject, payload.subject, m.colon);
  return document(input, subject, revised ? t.headingRevised : t.heading, blocks);
}

/**
 * A payment received: for a priority ticket (a ticket mail, with its reference in the subject), or
 * for credits (an account mail with a plain subject; ticket facts only when it names a ticket).
 */
export function paymentReceived(input: TemplateInput, payload: PaymentReceivedPayload): MailDocument {
  const { m, context, language } = input;
  const t = m.paymentReceived;
  if (payload.kind !== 'priority' && payload.kind !== 'credits') {
    throw new RangeError(`kind: "${String(payload.kind)}" is not a kind of payment`);
  }
  const amount = formatMailMoney(payload.amountCents, payload.currency, language);
  const reference = singleLine(payload.reference);
  const ticketRows: Array<[string, string]> = reference
    ? [
        [m.labels.reference, reference],
        [m.labels.subject, singleLine(payload.subject)],
      ]
    : [];
  if (payload.kind === 'priority') {
    const blocks: Block[] = [
      paragraph(m.greeting),
      paragraph(t.introPriority(amount, reference || null)),
      facts([...ticketRows, [m.labels.amount, amount]]),
      paragraph(t.priority),
    ];
    if (payload.expectedResponseBy) {
      blocks.push(paragraph(t.expected(formatMailDateWithZone(payload.expectedResponseBy, language, context.timezone, 'expectedResponseBy'))));
    }
    blocks.push(...customerEnd(input));
    return document(input, mailSubject(reference, t.subjectPriority, singleLine(payload.subject), m.colon), t.headingPriority, blocks);
  }
  const credits = payload.credits == null ? null : creditCount(payload.credits, 'credits');
  const balance = payload.balance == null ? null : creditCount(payload.balance, 'balance');
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.introCredits(amount)),
    ...(credits !== null ? [paragraph(t.creditsAdded(credits))] : []),
    ...(balance !== null ? [paragraph(t.balance(balance))] : []),
    facts([
      ...ticketRows,
      [m.labels.amount, amount],
      [m.labels.creditsAdded, credits !== null ? m.credits(credits) : ''],
      [m.labels.balance, balance !== null ? m.credits(balance) : ''],
    ]),
    paragraph(m.creditsNeverExpire),
    ...customerEnd(input, reference ? 'ticket' : 'account'),
  ];
  return document(input, mailSubject('', t.subjectCredits(credits), '', m.colon), t.headingCredits, blocks);
}

export function priorityExpired(input: TemplateInput, payload: PriorityExpiredPayload): MailDocument {
  const { m, context, language } = input;
  const t = m.priorityExpired;
  const reference = singleLine(payload.reference);
  const blocks: Block[] = [paragraph(m.greeting), paragraph(t.intro(reference)), ticketFacts(input, payload), paragraph(t.standard)];
  if (payload.expectedResponseBy) {
    blocks.push(paragraph(t.expected(formatMailDateWithZone(payload.expectedResponseBy, language, context.timezone, 'expectedResponseBy'))));
  }
  blocks.push(paragraph(t.newPriority), ...customerEnd(input));
  return document(input, mailSubject(reference, t.subject, payload.subject, m.colon), t.heading, blocks);
}

export function balanceLow(input: TemplateInput, payload: BalanceLowPayload): MailDocument {
  const { m, context } = input;
  const t = m.balanceLow;
  const blocks: Block[] = [
    paragraph(m.greeting),
    paragraph(t.intro(creditCount(payload.balance, 'balance'), creditCount(payload.minimum, 'minimum'))),
    paragraph(t.topUp(singleLine(context.siteName))),
    paragraph(m.creditsNeverExpire),
    ...customerEnd(input, 'account'),
  ];
  return document(input, mailSubject('', t.subject, '', m.colon), t.heading, blocks);
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
